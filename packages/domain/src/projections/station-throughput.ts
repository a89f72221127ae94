import { packageEventTypes } from '../events/package-events.js';
import { type BizStep } from '../gs1/epcis.js';
import { instantMs, isOneOf, type Projection } from './projection.js';

/** Stations, not people: package events per readPoint per bizStep per quarter hour (CNIL-OK: station flow). */
export const throughputBucketMinutes = 15;
const bucketMs = throughputBucketMinutes * 60_000;

/** readPoint → bizStep → bucket start (epoch ms, UTC) → package events. */
export type StationThroughputState = Map<string, Map<BizStep, Map<number, number>>>;

export interface ThroughputRow {
  readonly station: string;
  readonly bizStep: BizStep;
  /** UTC start of the 15-minute bucket, ISO-8601. */
  readonly bucketStart: string;
  readonly count: number;
}

export interface ThroughputFilter {
  readonly station?: string;
  readonly bizStep?: BizStep;
  /** Buckets starting at or after this instant. */
  readonly from?: string;
  /** Buckets starting before this instant. */
  readonly until?: string;
}

const types = new Set(packageEventTypes);

export const bucketStartOf = (instant: string): string =>
  new Date(Math.floor(instantMs(instant) / bucketMs) * bucketMs).toISOString();

function child<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

export const stationThroughput: Projection<StationThroughputState> = {
  name: 'stationThroughput',
  eventTypes: packageEventTypes,
  initialState: () => new Map(),
  evolve: (state, event) => {
    if (!isOneOf(types, event)) return state;
    const { readPoint, bizStep, occurredAt } = event.data;
    const buckets = child(child(state, readPoint, () => new Map()), bizStep, () => new Map<number, number>());
    const bucket = Math.floor(instantMs(occurredAt) / bucketMs) * bucketMs;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    return state;
  },
};

function inWindow(bucket: number, filter: ThroughputFilter): boolean {
  if (filter.from !== undefined && bucket < instantMs(filter.from)) return false;
  return filter.until === undefined || bucket < instantMs(filter.until);
}

const wanted = <T>(value: T, only: T | undefined): boolean => only === undefined || value === only;

const byBucketThenStation = (a: ThroughputRow, b: ThroughputRow): number =>
  a.bucketStart.localeCompare(b.bucketStart) || a.station.localeCompare(b.station) || a.bizStep.localeCompare(b.bizStep);

/** Rows sorted by bucket, then station, then bizStep. */
export function throughputRows(state: StationThroughputState, filter: ThroughputFilter = {}): ThroughputRow[] {
  const rows: ThroughputRow[] = [];
  for (const [station, steps] of state) {
    if (!wanted(station, filter.station)) continue;
    for (const [bizStep, buckets] of steps) {
      if (!wanted(bizStep, filter.bizStep)) continue;
      for (const [bucket, count] of buckets) {
        if (inWindow(bucket, filter)) rows.push({ station, bizStep, bucketStart: new Date(bucket).toISOString(), count });
      }
    }
  }
  return rows.sort(byBucketThenStation);
}

/** Total package events per station and bizStep over the filter's window, busiest first. */
export function stationTotals(state: StationThroughputState, filter: ThroughputFilter = {}): Array<Omit<ThroughputRow, 'bucketStart'>> {
  const totals = new Map<string, { station: string; bizStep: BizStep; count: number }>();
  for (const row of throughputRows(state, filter)) {
    const total = child(totals, `${row.station}\u0000${row.bizStep}`, () => ({ station: row.station, bizStep: row.bizStep, count: 0 }));
    total.count += row.count;
  }
  return [...totals.values()].sort((a, b) => b.count - a.count || a.station.localeCompare(b.station));
}
