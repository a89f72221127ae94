import { type BizStep, bizSteps, type StoredEvent } from '@fairscan/domain';
import { type PersonKind, type WeeklyAggregateFolded, type WeeklyAggregateRow } from './aggregate-events.js';
import { type DayContribution } from './day-contribution.js';

/** A week's aggregate as it is being folded: items per person and bizStep, hours per person. */
export interface WeekState {
  readonly days: ReadonlySet<string>;
  readonly items: ReadonlyMap<string, ReadonlyMap<BizStep, number>>;
  /** Undefined: a shift of theirs had no declared end, so their hours are unknown for the week. */
  readonly hours: ReadonlyMap<string, number | undefined>;
  readonly kinds: ReadonlyMap<string, PersonKind>;
}

export const emptyWeek = (): WeekState => ({ days: new Set(), items: new Map(), hours: new Map(), kinds: new Map() });

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;

/** The state a stored snapshot (its rows and closing marker) describes. */
export function weekStateOf(rows: readonly StoredEvent[], marker: WeeklyAggregateFolded['data']): WeekState {
  const items = new Map<string, Map<BizStep, number>>();
  const hours = new Map<string, number | undefined>();
  const kinds = new Map<string, PersonKind>();
  for (const { data } of rows) {
    const row = data as WeeklyAggregateRow;
    items.set(row.person, (items.get(row.person) ?? new Map<BizStep, number>()).set(row.bizStep, row.items));
    hours.set(row.person, row.hoursWorked);
    kinds.set(row.person, row.personKind);
  }
  return { days: new Set(marker.days), items, hours, kinds };
}

/** Adds a day; a person's hours stay unknown once any of their shifts was. */
export function addDay(state: WeekState, day: DayContribution): WeekState {
  const items = new Map([...state.items].map(([person, steps]) => [person, new Map(steps)]));
  const hours = new Map(state.hours);
  for (const [person, steps] of day.items) {
    const mine = items.get(person) ?? new Map<BizStep, number>();
    for (const [bizStep, count] of steps) mine.set(bizStep, (mine.get(bizStep) ?? 0) + count);
    items.set(person, mine);
    const before = hours.has(person) ? hours.get(person) : 0;
    const added = day.hours.get(person);
    hours.set(person, before === undefined || added === undefined ? undefined : before + added);
  }
  return { days: new Set([...state.days, day.day]), items, hours, kinds: new Map([...state.kinds, ...day.kinds]) };
}

/** The rows to store, in a stable order (person, then bizStep as CBV lists them). */
export function rowsOf(state: WeekState, week: string): WeeklyAggregateRow[] {
  const rows: WeeklyAggregateRow[] = [];
  for (const person of [...state.items.keys()].sort()) {
    const hoursWorked = state.hours.get(person);
    const steps = state.items.get(person) as ReadonlyMap<BizStep, number>;
    for (const bizStep of bizSteps.filter((step) => steps.has(step))) {
      const items = steps.get(bizStep) as number;
      rows.push({
        week,
        person,
        personKind: state.kinds.get(person) ?? 'pseudonym',
        bizStep,
        items,
        ...(hoursWorked === undefined ? {} : { hoursWorked: round(hoursWorked, 2) }),
        ...(hoursWorked ? { itemsPerHour: round(items / hoursWorked, 1) } : {}),
      });
    }
  }
  return rows;
}
