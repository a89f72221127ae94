import { v7 } from 'uuid';
import { parseCommand, scanFacts, type RecordScan } from '@fairscan/domain';
import { openDatabase, INSERT_EVENT_SQL } from '@fairscan/storage-sqlite';
import { simulateSiteDay } from '@fairscan/scanner-simulator';
import { site } from './scans.js';

/**
 * Writes `target` events of simulated site days straight into a store file
 * (the fixture is not what is measured), with stream positions and metadata
 * as the command handler would write them.
 */
export function writeReplayFixture(path: string, target: number): number {
  const db = openDatabase({ path, synchronous: 'NORMAL' });
  const insert = db.prepare(INSERT_EVENT_SQL);
  const versions = new Map<string, number>();
  const recordedAt = new Date().toISOString();
  let written = 0;
  const writeBatch = db.transaction((scans: RecordScan[]) => {
    for (const scan of scans) {
      for (const { streamName, events } of scanFacts(scan, site)) {
        for (const event of events) {
          const position = (versions.get(streamName) ?? -1) + 1;
          versions.set(streamName, position);
          const metadata = { eventId: v7(), occurredAt: scan.occurredAt, recordedAt, schemaVersion: 1, deviceId: scan.deviceId };
          insert.run(streamName, position, metadata.eventId, event.type, JSON.stringify(event.data), JSON.stringify(metadata));
          written++;
        }
      }
    }
  });
  for (let seed = 1; written < target; seed++) {
    let batch: RecordScan[] = [];
    for (const command of simulateSiteDay({ seed, site, date: '2026-03-02', targetScans: 200_000, invalidCodeRate: 0 })) {
      if (command.type !== 'RecordScan') continue;
      const parsed = parseCommand('RecordScan', command.data as unknown as Record<string, unknown>);
      if (parsed.ok) batch.push(parsed.command.data as RecordScan);
      if (batch.length === 1000) {
        writeBatch(batch);
        batch = [];
        if (written >= target) break;
      }
    }
    if (batch.length > 0) writeBatch(batch);
  }
  db.close();
  return written;
}

/** The payloads replay parses, for the JSON.parse floor. */
export function readPayloads(path: string, limit: number): Array<[string | null, string]> {
  const db = openDatabase({ path });
  const rows = db.prepare('SELECT data, metadata FROM events ORDER BY global_position LIMIT ?').raw().all(limit);
  db.close();
  return rows as Array<[string | null, string]>;
}

export function measureJsonParse(payloads: ReadonlyArray<[string | null, string]>, rounds: number): number {
  let sink = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const [data, metadata] of payloads) {
      const parsed = [data === null ? undefined : JSON.parse(data), JSON.parse(metadata)];
      sink += parsed.length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (sink < 0) console.log(sink);
  return (payloads.length * rounds) / seconds;
}
