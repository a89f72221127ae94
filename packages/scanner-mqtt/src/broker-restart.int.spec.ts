import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { CommandHandler, HandlerScanIngest, InMemoryEventStore, type ScanIngest } from '@fairscan/event-store';
import { expectStoredOnce, validScans } from '@fairscan/event-store/scanner-conformance';
import { Devices } from './device.fixture.spec.js';
import { MqttScannerSource, type MessageOutcome } from './mqtt-scanner-source.js';
import { missing, OwnMosquitto } from './mosquitto.fixture.spec.js';

const site = 'lille-1';
const scanIds = (scans: readonly Record<string, unknown>[]) => scans.map((scan) => String(scan.scanId));

/** Publishes every scan in its own message, `inFlight` at a time, each awaiting the broker's PUBACK (resent by mqtt.js after a reconnect). */
async function publishAll(devices: Devices, scans: readonly Record<string, unknown>[], inFlight: number, onAcked: (n: number) => void) {
  let next = 0;
  let acked = 0;
  const publisher = async () => {
    while (next < scans.length) {
      const scan = scans[next++]!;
      await devices.send(String(scan.deviceId), [scan]);
      onAcked(++acked);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, publisher));
}

describe('MqttScannerSource against its own mosquitto', function () {
  this.timeout(90_000);
  let broker: OwnMosquitto;
  let store: InMemoryEventStore;
  let ingest: HandlerScanIngest;
  const outcomes: MessageOutcome[] = [];

  before(function () {
    if (spawnSync('mosquitto', ['-h']).error !== undefined) missing(this, 'the mosquitto binary');
  });
  beforeEach(async () => {
    broker = await OwnMosquitto.start();
    store = new InMemoryEventStore();
    ingest = new HandlerScanIngest(new CommandHandler(store, { site }));
    outcomes.length = 0;
  });
  afterEach(async () => {
    await broker.close();
    await store.close();
  });

  const startSource = async (into: ScanIngest) => {
    const source = new MqttScannerSource({ url: broker.url, site, reconnect: { minMs: 50, maxMs: 500 }, onMessage: (o) => outcomes.push(o) });
    await source.start(into);
    return source;
  };

  it('given a publisher sending while the broker is stopped and restarted mid-stream, then no scan is lost and none stored twice', async () => {
    const source = await startSource(ingest);
    const devices = await Devices.connect(broker.url, site);
    const scans = [...validScans('tc52-0001', 300), ...validScans('tc52-0002', 300)];
    let restart: Promise<void> | undefined;
    await publishAll(devices, scans, 8, (acked) => {
      if (acked === 200) restart = broker.down().then(() => new Promise((r) => setTimeout(r, 500))).then(() => broker.up());
    });
    await restart;
    await expectStoredOnce(store, scanIds(scans), 30_000);
    await source.stop();
    await devices.close();
  });

  it('given fairscan crashing after storing a message but before its PUBACK, when the broker redelivers it, then it is stored once', async () => {
    let crashes = 1;
    const crashing: ScanIngest = {
      ingest: async (records, origin) => {
        const acks = await ingest.ingest(records, origin);
        if (crashes-- > 0) throw new Error('crashed before the PUBACK');
        return acks;
      },
    };
    const source = await startSource(crashing);
    const devices = await Devices.connect(broker.url, site);
    const scans = validScans('tc52-0003', 5);
    await devices.send('tc52-0003', scans);
    await expectStoredOnce(store, scanIds(scans), 10_000);
    const deadline = Date.now() + 10_000;
    while (!outcomes.some((o) => o.duplicates === 5) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(outcomes, 'the redelivered message is acknowledged as duplicates').to.deep.include({ deviceId: 'tc52-0003', accepted: 0, duplicates: 5, rejected: 0 });
    await source.stop();
    await devices.close();
  });

  it('given scans published while fairscan is down, when it comes back with its session, then they are stored', async () => {
    const first = await startSource(ingest);
    await first.stop();
    const devices = await Devices.connect(broker.url, site);
    const scans = validScans('tc52-0004', 50);
    for (const scan of scans) await devices.send('tc52-0004', [scan]);
    const second = await startSource(ingest);
    await expectStoredOnce(store, scanIds(scans), 10_000);
    await second.stop();
    await devices.close();
  });
});
