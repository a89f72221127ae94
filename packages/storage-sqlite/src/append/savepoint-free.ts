import type Database from 'better-sqlite3';
import { type PreparedWrite } from './prepared-write.js';

/** Thrown out of the batch transaction when a call run without a savepoint failed half-way. */
export const RETRY_WITH_SAVEPOINTS = new Error('batch must be run again with a savepoint per call');

/**
 * Picks the calls of a batch that cannot fail half-way, so they may skip their
 * SAVEPOINT (~12% of ingest): every write expects `any` version, has events,
 * and none of its event ids is stored or sent earlier in the batch. Such a call
 * can only fail on a broken invariant (a stale cached position): then the whole
 * batch rolls back and runs again with a savepoint per call, so atomicity per
 * call never depends on the pick being right.
 */
export class SavepointFree {
  private readonly storedIds: Database.Statement;

  constructor(db: Database.Database) {
    // One probe of the event_id index per id, in one statement for the whole batch.
    this.storedIds = db.prepare('SELECT event_id FROM events WHERE event_id IN (SELECT value FROM json_each(?))').pluck();
  }

  /** Indexes (in `calls`) of the calls that may run without a savepoint. */
  pick(calls: ReadonlyArray<readonly PreparedWrite[]>): Set<number> {
    const ids: string[] = [];
    for (const writes of calls) for (const write of writes) for (const payload of write.payloads) ids.push(payload[0]);
    const stored = new Set(this.storedIds.all(JSON.stringify(ids)) as string[]);
    const seen = new Set<string>();
    const picked = new Set<number>();
    calls.forEach((writes, index) => {
      let safe = true;
      for (const write of writes) safe = plainWrite(write, stored, seen) && safe;
      if (safe) picked.add(index);
    });
    return picked;
  }
}

/** Records the write's ids as seen (a later call resending one is not safe either), and says whether it is plain. */
function plainWrite(write: PreparedWrite, stored: ReadonlySet<string>, seen: Set<string>): boolean {
  let safe = write.expectedVersion === 'any' && write.payloads.length > 0;
  for (const [eventId] of write.payloads) {
    if (stored.has(eventId) || seen.has(eventId)) safe = false;
    seen.add(eventId);
  }
  return safe;
}
