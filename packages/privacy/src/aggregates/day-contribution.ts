import { type BizStep, type OperatorRef, type ScanAttributed, streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { type SubjectRef } from '../identity/identity-events.js';
import { type PersonKind } from './aggregate-events.js';
import { declaredHours } from './declared-hours.js';
import { aggregatePersonOf } from './person-key.js';

/** One day's part of the weekly aggregates, per person (not per pseudonym). */
export interface DayContribution {
  readonly day: string;
  /** Items per person and bizStep: attributed scans of the day. */
  readonly items: ReadonlyMap<string, ReadonlyMap<BizStep, number>>;
  /** Declared hours per person who handled items; undefined when a shift of theirs has no declared end. */
  readonly hours: ReadonlyMap<string, number | undefined>;
  readonly kinds: ReadonlyMap<string, PersonKind>;
}

async function itemsByOperator(store: EventStore, site: string, day: string): Promise<Map<OperatorRef, Map<BizStep, number>>> {
  const items = new Map<OperatorRef, Map<BizStep, number>>();
  for await (const event of store.readStream(streams.attribution(site, day))) {
    if (event.type !== 'ScanAttributed') continue;
    const { operator, bizStep } = (event.data as ScanAttributed['data']);
    const steps = items.get(operator) ?? new Map<BizStep, number>();
    steps.set(bizStep, (steps.get(bizStep) ?? 0) + 1);
    items.set(operator, steps);
  }
  return items;
}

/** Hours of the shifts that started on `day`, by pseudonym. A night shift counts on its first day, as its stream does. */
async function hoursByOperator(store: EventStore, site: string, day: string): Promise<Map<string, number | undefined>> {
  const prefix = `shift-${site}-${day}-`;
  const hours = new Map<string, number | undefined>();
  for await (const streamName of store.listStreams(prefix)) {
    const events = [];
    for await (const event of store.readStream(streamName)) events.push(event);
    hours.set(streamName.slice(prefix.length), declaredHours(events));
  }
  return hours;
}

const addHours = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined ? undefined : a + b;

/**
 * Reads one day's attribution and shifts and folds them per person. A
 * pseudonym that scanned without a shift starting that day adds no hours
 * (its shift started the day before).
 */
export async function readDayContribution(
  store: EventStore,
  site: string,
  day: string,
  subjects: ReadonlyMap<string, SubjectRef>,
): Promise<DayContribution> {
  const byOperator = await itemsByOperator(store, site, day);
  const shiftHours = await hoursByOperator(store, site, day);
  const items = new Map<string, Map<BizStep, number>>();
  const hours = new Map<string, number | undefined>();
  const kinds = new Map<string, PersonKind>();
  for (const [operator, steps] of byOperator) {
    const { person, personKind } = aggregatePersonOf(operator, subjects);
    const mine = items.get(person) ?? new Map<BizStep, number>();
    for (const [bizStep, count] of steps) mine.set(bizStep, (mine.get(bizStep) ?? 0) + count);
    items.set(person, mine);
    const shift = shiftHours.has(operator) ? shiftHours.get(operator) : 0;
    hours.set(person, addHours(hours.has(person) ? hours.get(person) : 0, shift));
    kinds.set(person, personKind);
  }
  return { day, items, hours, kinds };
}
