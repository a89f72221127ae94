import { parseCommand } from '@fairscan/domain';
import { CommandHandler, type EventStore } from '@fairscan/event-store';
import { SqliteEventStore, openDatabase, INSERT_EVENT_SQL } from '@fairscan/storage-sqlite';
import { site } from './scans.js';

const callers = 64;

/** Rows in the largest group commit the callers can make: each awaits one scan, so at most `callers` scans' rows. */
export const rowsPerGroupCommit = (rows: number, scans: number): number => Math.round((rows / scans) * callers);

/** Seconds for 64 concurrent callers to send every RecordScan through the command handler into `store` (then closed). */
export async function driveIngest(store: EventStore, scans: ReadonlyArray<Record<string, unknown>>): Promise<number> {
  const handler = new CommandHandler(store, { site });
  let next = 0;
  const caller = async () => {
    while (next < scans.length) await handler.parseAndExecute('RecordScan', scans[next++]!);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: callers }, caller));
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return seconds;
}

type Writes = Parameters<EventStore['appendToStreams']>[0];

/** A store that acknowledges every append and keeps nothing but, if asked, the writes it was given. */
function acknowledgingStore(kept?: Writes[]): { store: EventStore; events: () => number } {
  let events = 0;
  const store = {
    appendToStreams: async (writes: Writes) => {
      kept?.push(writes);
      return writes.map((write) => {
        events += write.events.length;
        return { nextExpectedVersion: 0, lastGlobalPosition: events, duplicate: false };
      });
    },
    close: async () => undefined,
  } as unknown as EventStore;
  return { store, events: () => events };
}

/**
 * Diagnostic: the same 64 callers through the command handler into a store
 * that acknowledges every append and keeps nothing: what the handler path
 * alone (validation, facts, ids, envelopes, promises) can carry.
 */
export async function measureHandlerAlone(scans: ReadonlyArray<Record<string, unknown>>): Promise<number> {
  const { store, events } = acknowledgingStore();
  const seconds = await driveIngest(store, scans);
  return events() / seconds;
}

/**
 * Diagnostic: the appends the command handler makes of these scans, gathered
 * beforehand, then given to SQLite 2,048 at a time: the store's append path
 * alone, what would be left on the writing thread if the whole command handler
 * ran on another.
 */
export async function measureAppendsIntoStore(path: string, scans: ReadonlyArray<Record<string, unknown>>): Promise<number> {
  const kept: Writes[] = [];
  await driveIngest(acknowledgingStore(kept).store, scans);
  return intoStore(path, kept, (store) => (writes) => store.appendToStreams(writes));
}

/** Events stored per second when `items` go into a fresh SQLite file at `path`, 2,048 in flight (a file import's or HTTP batches' share). */
async function intoStore<Item>(path: string, items: readonly Item[], writerFor: (store: EventStore) => (item: Item) => Promise<unknown>): Promise<number> {
  const store = SqliteEventStore.open({ path });
  const write = writerFor(store);
  const started = performance.now();
  for (let i = 0; i < items.length; i += 2048) await Promise.all(items.slice(i, i + 2048).map(write));
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return countEvents(path) / seconds;
}

/** RecordScan commands from 64 concurrent callers through the command handler into SQLite. */
export async function measureIngest(path: string, scans: ReadonlyArray<Record<string, unknown>>): Promise<number> {
  const seconds = await driveIngest(SqliteEventStore.open({ path }), scans);
  return countEvents(path) / seconds;
}

/**
 * Diagnostic: the same commands validated before the clock starts, then
 * executed 2,048 at a time (what a file import or HTTP batches keep in flight)
 * into SQLite: what every single-threaded source is left with when reading,
 * parsing and validating its input cost nothing.
 */
export async function measureValidatedIntoStore(path: string, scans: ReadonlyArray<Record<string, unknown>>): Promise<number> {
  const commands = scans.map((scan) => {
    const parsed = parseCommand('RecordScan', scan);
    if (!parsed.ok) throw new Error(`bench scan ${String(scan.scanId)} is not valid`);
    return parsed.command;
  });
  return intoStore(path, commands, (store) => {
    const handler = new CommandHandler(store, { site });
    return (command) => handler.execute(command);
  });
}

export function countEvents(path: string): number {
  const db = openDatabase({ path });
  const count = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  db.close();
  return count;
}

type Row = [string, number, string, string, string | null, string];

export function readRows(path: string): Row[] {
  const db = openDatabase({ path });
  const rows = db
    .prepare('SELECT stream_name, stream_position, event_id, type, data, metadata FROM events ORDER BY global_position')
    .raw()
    .all() as Row[];
  db.close();
  return rows;
}

/**
 * The floor: the very same rows, a prepared INSERT, `perTransaction` (1,000 by
 * the definition) per transaction, same table and pragmas.
 */
export function measureRawInsert(path: string, rows: readonly Row[], perTransaction = 1000): number {
  const db = openDatabase({ path });
  const insert = db.prepare(INSERT_EVENT_SQL);
  const insertBatch = db.transaction((batch: readonly Row[]) => {
    for (const row of batch) insert.run(...row);
  });
  const started = performance.now();
  for (let i = 0; i < rows.length; i += perTransaction) insertBatch(rows.slice(i, i + perTransaction));
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return rows.length / seconds;
}
