import { createHash } from 'node:crypto';
import { type NewEvent, type StoredEvent, streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { issuedPseudonyms, readIdentity } from '../identity/identity-stream.js';
import { type SubjectRef } from '../identity/identity-events.js';
import { hasExpired, isoWeekOf, weekEnd } from '../retention/periods.js';
import { retryOnConflict } from '../store/retry-on-conflict.js';
import { newEvent } from '../store/stream-snapshot.js';
import { type WeeklyAggregateFolded, type WeeklyAggregateRecorded } from './aggregate-events.js';
import { readDayContribution } from './day-contribution.js';
import { addDay, emptyWeek, rowsOf, type WeekState, weekStateOf } from './week-state.js';

export interface FoldOptions {
  /** When the fold happened (ISO), recorded in the snapshot marker. */
  readonly at: string;
  /** Weeks whose aggregates have already expired are not folded: they would be deleted at once. */
  readonly aggregateCutoff?: Date;
}

export interface FoldedWeek {
  readonly week: string;
  readonly streamName: string;
  /** Days added by this fold (none when they were folded before); in a plan, the days to fold. */
  readonly days: readonly string[];
  /** Rows of the week's snapshot after the fold; absent in a plan. */
  readonly rows?: number;
}

interface Snapshot {
  readonly version: number;
  readonly state: WeekState;
  /** Position of the current snapshot's first event; events before it are stale. */
  readonly start: number;
  readonly first: number;
}

/** The last complete snapshot: the rows before the last marker, back to the marker before it. */
async function readSnapshot(store: EventStore, streamName: string): Promise<Snapshot> {
  const version = await store.streamVersion(streamName);
  let rows: StoredEvent[] = [];
  let current: Snapshot = { version, state: emptyWeek(), start: version + 1, first: version + 1 };
  let first: number | undefined;
  for await (const event of store.readStream(streamName)) {
    first ??= event.streamPosition;
    if (event.type !== 'WeeklyAggregateFolded') {
      rows.push(event);
      continue;
    }
    const start = rows[0]?.streamPosition ?? event.streamPosition;
    current = { version, state: weekStateOf(rows, event.data as WeeklyAggregateFolded['data']), start, first };
    rows = [];
  }
  return current;
}

/** Event ids from the snapshot's content: re-running the same fold appends nothing new. */
function foldId(streamName: string, days: readonly string[], key: string): string {
  const hex = createHash('sha256').update(`${streamName}|${days.join(',')}|${key}`, 'utf8').digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function snapshotEvents(streamName: string, week: string, state: WeekState, at: string): NewEvent[] {
  const days = [...state.days].sort();
  const rows = rowsOf(state, week);
  const recorded = rows.map((row) => {
    const event: WeeklyAggregateRecorded = { type: 'WeeklyAggregateRecorded', data: row };
    return newEvent(event, at, foldId(streamName, days, `${row.person}|${row.bizStep}`));
  });
  const marker: WeeklyAggregateFolded = { type: 'WeeklyAggregateFolded', data: { week, days, rows: rows.length, at } };
  return [...recorded, newEvent(marker, at, foldId(streamName, days, 'folded'))];
}

async function foldWeek(store: EventStore, site: string, week: string, days: readonly string[], context: { subjects: ReadonlyMap<string, SubjectRef>; at: string }): Promise<FoldedWeek> {
  const streamName = streams.aggregate(site, week);
  return retryOnConflict(async () => {
    const snapshot = await readSnapshot(store, streamName);
    const added = days.filter((day) => !snapshot.state.days.has(day)).sort();
    let state = snapshot.state;
    for (const day of added) state = addDay(state, await readDayContribution(store, site, day, context.subjects));
    if (added.length > 0) await store.appendToStream(streamName, snapshotEvents(streamName, week, state, context.at), { expectedVersion: snapshot.version });
    // The previous snapshot goes (also one left by an interrupted fold): only the latest week total remains.
    const start = added.length > 0 ? snapshot.version + 1 : snapshot.start;
    if (snapshot.first < start) await store.truncateBefore(streamName, start);
    return { week, streamName, days: added, rows: rowsOf(state, week).length };
  });
}

async function subjectsOf(store: EventStore, site: string): Promise<Map<string, SubjectRef>> {
  const { events } = await readIdentity(store, site);
  return new Map(issuedPseudonyms(events).map(({ data }) => [data.operator, data.subjectRef]));
}

/** The weeks `days` fall in, with their days, leaving out weeks whose aggregates have already expired. */
export function weeksToFold(site: string, days: readonly string[], aggregateCutoff?: Date): FoldedWeek[] {
  const byWeek = new Map<string, string[]>();
  for (const day of [...days].sort()) byWeek.set(isoWeekOf(day), [...(byWeek.get(isoWeekOf(day)) ?? []), day]);
  return [...byWeek]
    .filter(([week]) => aggregateCutoff === undefined || !hasExpired(weekEnd(week) ?? NaN, aggregateCutoff))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, weekDays]) => ({ week, streamName: streams.aggregate(site, week), days: weekDays }));
}

/**
 * Folds the attribution of `days` into the weekly per-person aggregates
 * (`aggregate-<site>-<YYYY-Www>`), before retention deletes them.
 * Idempotent: a day already folded into its week is skipped.
 */
export async function foldWeeklyAggregates(store: EventStore, site: string, days: readonly string[], options: FoldOptions): Promise<FoldedWeek[]> {
  const weeks = weeksToFold(site, days, options.aggregateCutoff);
  if (weeks.length === 0) return [];
  const context = { subjects: await subjectsOf(store, site), at: options.at };
  const folded: FoldedWeek[] = [];
  for (const { week, days: weekDays } of weeks) folded.push(await foldWeek(store, site, week, weekDays, context));
  return folded;
}
