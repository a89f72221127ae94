import { writeFileSync } from 'node:fs';
import { connectAsync } from 'mqtt';
import { CommandHandler, HandlerScanIngest } from '@fairscan/event-store';
import { SqliteCheckpointStore, SqliteEventStore } from '@fairscan/storage-sqlite';
import { type MessageOutcome, MqttScannerSource, scanTopic } from '@fairscan/scanner-mqtt';
import { importFile } from '@fairscan/scanner-file';
import { countEvents } from './ingest.js';
import { site } from './scans.js';

type Scan = Record<string, unknown>;

export interface AdapterFigure {
  readonly scansPerSecond: number;
  readonly eventsPerSecond: number;
}

const figure = (path: string, scans: number, seconds: number): AdapterFigure => ({ scansPerSecond: scans / seconds, eventsPerSecond: countEvents(path) / seconds });

/** Consecutive scans of one device, `size` to a message: what a handheld sends after buffering. */
function messagesOf(scans: readonly Scan[], size: number): { deviceId: string; payload: string }[] {
  const byDevice = new Map<string, Scan[]>();
  for (const scan of scans) {
    const own = byDevice.get(String(scan.deviceId)) ?? [];
    own.push(scan);
    byDevice.set(String(scan.deviceId), own);
  }
  return [...byDevice].flatMap(([deviceId, own]) =>
    Array.from({ length: Math.ceil(own.length / size) }, (_, i) => ({ deviceId, payload: own.slice(i * size, (i + 1) * size).map((s) => JSON.stringify(s)).join('\n') })),
  );
}

/**
 * MQTT QoS 1 end to end: devices publish (64 messages awaiting their PUBACK at
 * once) to mosquitto on 127.0.0.1:1883; the source stores each message in
 * SQLite before its PUBACK. Clock stops when the last scan is stored.
 */
export async function measureMqtt(path: string, scans: readonly Scan[], perMessage: number, round: number): Promise<AdapterFigure> {
  const store = SqliteEventStore.open({ path });
  const benchSite = `${site}-${process.pid}-${perMessage}-${round}`;
  let [stored, handled] = [0, 0];
  const onMessage = (o: MessageOutcome) => {
    stored += o.accepted + o.duplicates + o.rejected;
    handled++;
  };
  const source = new MqttScannerSource({ url: 'mqtt://127.0.0.1:1883', site: benchSite, onMessage });
  await source.start(new HandlerScanIngest(new CommandHandler(store, { site })));
  const devices = await connectAsync('mqtt://127.0.0.1:1883', { clientId: `bench-devices-${process.pid}` });
  const messages = messagesOf(scans, perMessage);
  const started = performance.now();
  let next = 0;
  const publisher = async () => {
    while (next < messages.length) {
      // Mosquitto drops QoS 1 messages past max_queued_messages (1000 by default) for a slow session: stay under it.
      while (next - handled > 500) await new Promise((resolve) => setTimeout(resolve, 1));
      const message = messages[next++];
      if (message === undefined) return;
      const { deviceId, payload } = message;
      await devices.publishAsync(scanTopic(benchSite, deviceId), payload, { qos: 1 });
    }
  };
  await Promise.all(Array.from({ length: 64 }, publisher));
  await untilStored(() => stored, scans.length);
  const seconds = (performance.now() - started) / 1000;
  await devices.endAsync();
  await source.stop();
  // End the persistent session: the bench leaves nothing queued on the broker.
  await (await connectAsync('mqtt://127.0.0.1:1883', { clientId: source.clientId, clean: true })).endAsync();
  await store.close();
  return figure(path, scans.length, seconds);
}

async function untilStored(stored: () => number, expected: number): Promise<void> {
  let [last, since] = [stored(), Date.now()];
  while (stored() < expected) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (stored() !== last) [last, since] = [stored(), Date.now()];
    if (Date.now() - since > 30_000) throw new Error(`MQTT bench: ${stored()} of ${expected} scans stored, none for 30 s`);
  }
}

/** `fairscan import`'s engine on an NDJSON file of the same scans, checkpointing into SQLite, into a fresh SQLite store. */
export async function measureFileImport(path: string, scans: readonly Scan[]): Promise<AdapterFigure> {
  const file = `${path}.ndjson`;
  writeFileSync(file, `${scans.map((scan) => JSON.stringify(scan)).join('\n')}\n`);
  const store = SqliteEventStore.open({ path });
  const checkpoints = SqliteCheckpointStore.open({ path: `${path}.checkpoints` });
  const started = performance.now();
  const summary = await importFile(new HandlerScanIngest(new CommandHandler(store, { site })), { path: file, reportPath: `${file}.rejected`, checkpoints });
  const seconds = (performance.now() - started) / 1000;
  await checkpoints.close();
  await store.close();
  if (summary.stored !== scans.length) throw new Error(`file import stored ${summary.stored} of ${scans.length} scans`);
  return figure(path, scans.length, seconds);
}
