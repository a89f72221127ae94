import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { CommandHandler, HandlerScanIngest, InMemoryEventStore, type ScanIngest } from '@fairscan/event-store';
import { expectStoredOnce, validScans } from '@fairscan/event-store/scanner-conformance';
import { Devices } from './device.fixture.spec.js';
import { HeldIngest, OverlapCounter, until } from './ingest.fixture.spec.js';
import { MqttScannerSource, type MqttScannerSourceOptions } from './mqtt-scanner-source.js';
import { missing, OwnMosquitto } from './mosquitto.fixture.spec.js';

const site = 'lille-1';
const ids = (scans: readonly Record<string, unknown>[]) => scans.map((scan) => String(scan.scanId));

/** Many one-scan messages stored at once, each PUBACKed once stored: what lets SQLite group-commit them. */
describe('MqttScannerSource window against its own mosquitto', function () {
  this.timeout(60_000);
  let broker: OwnMosquitto;
  let store: InMemoryEventStore;
  let ingest: HandlerScanIngest;
  let devices: Devices;
  const sources: MqttScannerSource[] = [];

  before(async function () {
    if (spawnSync('mosquitto', ['-h']).error !== undefined) missing(this, 'the mosquitto binary');
    broker = await OwnMosquitto.start();
  });
  after(async () => await broker?.close());
  beforeEach(async () => {
    store = new InMemoryEventStore();
    ingest = new HandlerScanIngest(new CommandHandler(store, { site }));
    devices = await Devices.connect(broker.url, site);
  });
  afterEach(async () => {
    for (const source of sources.splice(0)) await source.stop();
    await devices.close();
    await store.close();
  });

  /** A source under a client id of the test's own, so no other test's session can deliver into it. */
  const startSource = async (clientId: string, into: ScanIngest, options: Partial<MqttScannerSourceOptions> = {}) => {
    const source = new MqttScannerSource({ url: broker.url, site, clientId, reconnect: { minMs: 50, maxMs: 500 }, ...options });
    sources.push(source);
    await source.start(into);
    return source;
  };

  /** Queues one-scan messages in the source's session while it is away, so the broker has them all to send at once. */
  const queued = async (clientId: string, count: number, options: Partial<MqttScannerSourceOptions> = {}) => {
    const away = new MqttScannerSource({ url: broker.url, site, clientId, ...options });
    await away.start(ingest);
    await away.stop();
    const scans = validScans('tc52-0001', count);
    await Promise.all(scans.map((scan) => devices.send('tc52-0001', [scan])));
    return scans;
  };

  for (const window of [8, 64]) {
    it(`given 200 one-scan messages waiting, when the window is ${window}, then ${window} are stored at once before any PUBACK, and each scan once`, async () => {
      const scans = await queued(`fairscan-window-${window}`, 200);
      const counter = new OverlapCounter(ingest, 0, true);
      // Not awaited: the resumed session's backlog comes before the SUBACK, which a full window holds back.
      const starting = startSource(`fairscan-window-${window}`, counter, { window });
      try {
        // Nothing is stored yet, so nothing is acknowledged: MQTT 5's receive maximum is what lets the broker send past its 20.
        await until(() => counter.now === window, `${window} messages being stored`);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(counter.most, 'the window bounds what is stored at once').to.equal(window);
      } finally {
        counter.open();
      }
      await starting;
      await expectStoredOnce(store, ids(scans), 30_000);
      expect(counter.most).to.equal(window);
    });
  }

  it('given the store failing on one message of a full window, then that message is redelivered and every scan is stored once', async () => {
    const scans = await queued('fairscan-window-failure', 40);
    const failing = String(scans[9]!.scanId);
    const attempts: string[] = [];
    const errors: Error[] = [];
    const flaky: ScanIngest = {
      ingest: async (records, origin) => {
        const scanId = String((records[0] as { scanId: string }).scanId);
        attempts.push(scanId);
        if (scanId === failing && attempts.filter((id) => id === failing).length === 1) throw new Error('disk full');
        return ingest.ingest(records, origin);
      },
    };
    await startSource('fairscan-window-failure', new OverlapCounter(flaky, 20), { onError: (e) => errors.push(e) });
    await expectStoredOnce(store, ids(scans), 30_000);
    expect(attempts.filter((id) => id === failing), 'the failed message came again').to.have.length.of.at.least(2);
    expect(errors.map((e) => e.message)).to.include('disk full');
  });

  it('given messages being stored, when the source stops, then stop waits for them, and they were acknowledged: the next session gets none again', async () => {
    const scans = await queued('fairscan-window-stop', 10);
    const held = new HeldIngest(ingest);
    const source = await startSource('fairscan-window-stop', held);
    await held.holding(ids(scans));
    let stopped = false;
    const stopping = source.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stopped, 'stop waits for the messages in the window').to.equal(false);
    for (const scanId of ids(scans)) held.store(scanId);
    await stopping;
    await expectStoredOnce(store, ids(scans), 1_000);
    const next = new OverlapCounter(ingest, 0);
    await startSource('fairscan-window-stop', next);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(next.calls, 'every message of the window was PUBACKed before the disconnect').to.equal(0);
  });

  it('given a broker without MQTT 5 (protocolVersion 4), then the window still stores many at once and each scan once', async () => {
    const scans = await queued('fairscan-window-v311', 100, { protocolVersion: 4 });
    const counter = new OverlapCounter(ingest, 20);
    await startSource('fairscan-window-v311', counter, { protocolVersion: 4 });
    await until(() => counter.calls >= 100, '100 messages handled', 30_000);
    await expectStoredOnce(store, ids(scans), 30_000);
    expect(counter.most, 'messages stored at once').to.be.above(1);
  });
});
