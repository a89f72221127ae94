import { expect } from 'chai';
import { CommandHandler, HandlerScanIngest, InMemoryEventStore } from '@fairscan/event-store';
import { expectStoredOnce, validScans } from '@fairscan/event-store/scanner-conformance';
import { HeldIngest, until } from './ingest.fixture.spec.js';
import { MqttScannerSource } from './mqtt-scanner-source.js';
import { RecordingBroker } from './recording-broker.fixture.spec.js';
import { scanTopic } from './topics.js';

const site = 'lille-1';
const quiet = () => new Promise((resolve) => setTimeout(resolve, 150));

/**
 * The PUBACK on the wire, against a broker that records each one: mqtt.js
 * 5.16 must send none of its own (the source sends them), and the source
 * sends each only once stored, in arrival order, on the message's connection.
 */
describe('MqttScannerSource PUBACKs (recording broker)', function () {
  this.timeout(20_000);
  let broker: RecordingBroker;
  let store: InMemoryEventStore;
  let held: HeldIngest;
  let source: MqttScannerSource;
  const errors: Error[] = [];
  const [a, b, c] = validScans('tc52-0001', 3) as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
  const id = (scan: Record<string, unknown>) => String(scan.scanId);
  const topic = scanTopic(site, 'tc52-0001');

  beforeEach(async () => {
    broker = await RecordingBroker.start();
    store = new InMemoryEventStore();
    held = new HeldIngest(new HandlerScanIngest(new CommandHandler(store, { site })));
    errors.length = 0;
    source = new MqttScannerSource({ url: broker.url, site, reconnect: { minMs: 20, maxMs: 100 }, onError: (e) => errors.push(e) });
    await source.start(held);
  });
  afterEach(async () => {
    await source.stop();
    await broker.close();
    await store.close();
  });

  it('given three messages stored last to first, then all are stored at once and PUBACKed only once stored, in arrival order, once each', async () => {
    const connection = await broker.connection(1);
    [a, b, c].forEach((scan, i) => connection.publish(i + 1, topic, JSON.stringify(scan)));
    await held.holding([id(a), id(b), id(c)]);
    held.store(id(c));
    held.store(id(b));
    await quiet();
    expect(connection.pubacks, 'nothing before the first message is stored').to.deep.equal([]);
    held.store(id(a));
    await until(() => connection.pubacks.length === 3, 'three PUBACKs');
    await quiet();
    expect(connection.pubacks, 'in the order the messages came, and none from mqtt.js').to.deep.equal([1, 2, 3]);
    await expectStoredOnce(store, [id(a), id(b), id(c)], 1_000);
  });

  it('given a message stored after its connection dropped, then its PUBACK is not sent on the next connection, where the packet id names another message', async () => {
    const first = await broker.connection(1);
    first.publish(1, topic, JSON.stringify(a));
    await held.holding([id(a)]);
    first.drop();
    const second = await broker.connection(2);
    second.publish(1, topic, JSON.stringify(b));
    await held.holding([id(b)]);
    held.store(id(a));
    await quiet();
    expect(second.pubacks, 'packet 1 on this connection is b, not stored yet').to.deep.equal([]);
    held.store(id(b));
    await until(() => second.pubacks.length === 1, 'the PUBACK for b');
    expect(second.pubacks).to.deep.equal([1]);
  });

  it('given the store failing on the second of three messages, then neither it nor the third is PUBACKed, and the connection is dropped for the redelivery', async () => {
    const first = await broker.connection(1);
    [a, b, c].forEach((scan, i) => first.publish(i + 1, topic, JSON.stringify(scan)));
    await held.holding([id(a), id(b), id(c)]);
    held.store(id(a));
    await until(() => first.pubacks.length === 1, 'the PUBACK for a');
    held.store(id(c));
    held.fail(id(b));
    await until(() => first.closed, 'the connection dropped');
    expect(first.pubacks, 'c is stored, but its PUBACK would come before b').to.deep.equal([1]);
    expect(errors.map((e) => e.message)).to.deep.equal([`the store failed (scan ${id(b)})`]);
    // What a broker does on the next connection: send the unacknowledged messages again.
    const second = await broker.connection(2);
    second.publish(2, topic, JSON.stringify(b));
    second.publish(3, topic, JSON.stringify(c));
    await held.holding([id(b), id(c)]);
    held.store(id(b));
    held.store(id(c));
    await until(() => second.pubacks.length === 2, 'the PUBACKs for b and c');
    expect(second.pubacks).to.deep.equal([2, 3]);
    await expectStoredOnce(store, [id(a), id(b), id(c)], 1_000);
  });
});
