import { type OperatorRef, type StoredEvent, streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';

/** A shift pseudonym and the calendar day its shift started. */
export interface ShiftRef {
  readonly operator: OperatorRef;
  readonly shiftDate: string;
}

/** The personal events still held for some shifts, by kind. */
export interface HeldEvents {
  /** Each shift's own `shift-*` stream, keyed by pseudonym. */
  readonly shifts: ReadonlyMap<OperatorRef, readonly StoredEvent[]>;
  /** Every event of the task streams any of the pseudonyms was assigned in. */
  readonly tasks: readonly StoredEvent[];
  /** Their `ScanAttributed` events, from the attribution streams of the shift days. */
  readonly attributions: readonly StoredEvent[];
}

async function collect(events: AsyncIterable<StoredEvent>, keep: (event: StoredEvent) => boolean = () => true): Promise<StoredEvent[]> {
  const kept: StoredEvent[] = [];
  for await (const event of events) if (keep(event)) kept.push(event);
  return kept;
}

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Task streams are per task, not per person: read them all once and keep those assigned to one of `operators`. */
async function tasksOf(store: EventStore, site: string, operators: ReadonlySet<string>): Promise<StoredEvent[]> {
  const byStream = new Map<string, StoredEvent[]>();
  const theirs = new Set<string>();
  for await (const event of store.readAll({ filter: { streamPrefixes: [`task-${site}-`] } })) {
    const stream = byStream.get(event.streamName) ?? [];
    if (stream.length === 0) byStream.set(event.streamName, stream);
    stream.push(event);
    const operator = (event.data as { operator?: string }).operator;
    if (event.type === 'TaskAssigned' && operator !== undefined && operators.has(operator)) theirs.add(event.streamName);
  }
  return [...theirs].flatMap((streamName) => byStream.get(streamName) ?? []);
}

/** Attribution streams are per day and shared by everyone on it: only their own events are kept. */
async function attributionsOf(store: EventStore, site: string, shifts: readonly ShiftRef[], operators: ReadonlySet<string>): Promise<StoredEvent[]> {
  // A night shift attributes scans to the next calendar day too.
  const days = [...new Set(shifts.flatMap(({ shiftDate }) => [shiftDate, nextDay(shiftDate)]))].sort();
  const theirs = (event: StoredEvent) => event.type === 'ScanAttributed' && operators.has((event.data as { operator?: string }).operator ?? '');
  const perDay = await Promise.all(days.map((day) => collect(store.readStream(streams.attribution(site, day)), theirs)));
  return perDay.flat();
}

/** Reads what the store still holds about `shifts`; nothing about anyone else is returned. */
export async function heldEvents(store: EventStore, site: string, shifts: readonly ShiftRef[]): Promise<HeldEvents> {
  const operators = new Set<string>(shifts.map(({ operator }) => operator));
  const entries = await Promise.all(
    shifts.map(async ({ operator, shiftDate }) => [operator, await collect(store.readStream(streams.shift(site, shiftDate, operator)))] as const),
  );
  return {
    shifts: new Map(entries),
    tasks: operators.size === 0 ? [] : await tasksOf(store, site, operators),
    attributions: operators.size === 0 ? [] : await attributionsOf(store, site, shifts, operators),
  };
}

/** One shift's held events in one list, as `myDay` and `personDay` fold them. */
export const eventsOfShift = (held: HeldEvents, operator: OperatorRef): StoredEvent[] => [
  ...(held.shifts.get(operator) ?? []),
  ...held.tasks,
  ...held.attributions,
];
