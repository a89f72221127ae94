import { type BizStep, bizSteps } from '@fairscan/domain';
import { derivable, sharesLine } from './suppression-graph.js';

/** One person's week at one bizStep, with the team a caller assigns them to. */
export interface TeamRow {
  readonly team: string;
  readonly bizStep: BizStep;
  readonly person: string;
  readonly items: number;
  readonly hoursWorked?: number;
}

/** `fewer-than-k`: the entry is about too few people; `complementary`: hidden so another cannot be computed from totals. */
export type Suppression = 'fewer-than-k' | 'complementary';

/** One entry of the team table; `team` or `bizStep` absent means a total over all of them. */
export interface TeamCell {
  readonly team?: string;
  readonly bizStep?: BizStep;
  readonly people?: number;
  readonly items?: number;
  readonly hoursWorked?: number;
  readonly itemsPerHour?: number;
  readonly suppressed?: Suppression;
}

export interface TeamTable {
  readonly k: number;
  /** Team × bizStep entries that hold anyone, then team totals, bizStep totals and the site total. */
  readonly cells: readonly TeamCell[];
}

interface Entry {
  readonly row: string;
  readonly column: string;
  readonly team?: string;
  readonly bizStep?: BizStep;
  readonly people: Map<string, number>;
  items: number;
  suppressed?: Suppression;
}

const ALL = '*';

type Key = readonly [team: string | undefined, bizStep: BizStep | undefined];

/** Every entry of the table, in output order: cells, team totals, bizStep totals, site total. */
function tableKeys(rows: readonly TeamRow[]): Key[] {
  const teams = [...new Set(rows.map((row) => row.team))].sort();
  const steps = bizSteps.filter((step) => rows.some((row) => row.bizStep === step));
  const cells = teams.flatMap((team) => steps.map((step): Key => [team, step]));
  return [...cells, ...teams.map((team): Key => [team, undefined]), ...steps.map((step): Key => [undefined, step]), [undefined, undefined]];
}

// Row and column nodes are named apart: the totals row and the totals column are different lines.
const rowNode = (team?: string): string => `team:${team ?? ALL}`;
const columnNode = (bizStep?: BizStep): string => `step:${bizStep ?? ALL}`;

const emptyEntry = ([team, bizStep]: Key): Entry => ({
  row: rowNode(team),
  column: columnNode(bizStep),
  ...(team ? { team } : {}),
  ...(bizStep ? { bizStep } : {}),
  people: new Map(),
  items: 0,
});

function entriesOf(rows: readonly TeamRow[]): Entry[] {
  const entries = new Map(tableKeys(rows).map((key) => [`${rowNode(key[0])}|${columnNode(key[1])}`, emptyEntry(key)]));
  const entry = (team?: string, bizStep?: BizStep): Entry => entries.get(`${rowNode(team)}|${columnNode(bizStep)}`) as Entry;
  for (const row of rows) {
    for (const target of [entry(row.team, row.bizStep), entry(row.team), entry(undefined, row.bizStep), entry()]) {
      // A person's hours are for the week, all bizSteps: counted once per entry.
      target.people.set(row.person, Math.max(target.people.get(row.person) ?? 0, row.hoursWorked ?? 0));
      target.items += row.items;
    }
  }
  return [...entries.values()];
}

/** Hides entries until no suppressed one is a bridge, picking each time the smallest published entry on its lines. */
function suppressComplements(entries: Entry[]): void {
  for (;;) {
    const exposed = derivable(entries.filter((entry) => entry.suppressed !== undefined))[0];
    if (exposed === undefined) return;
    const candidates = entries.filter((entry) => entry.suppressed === undefined && entry.people.size > 0);
    const byPeople = (a: Entry, b: Entry) => a.people.size - b.people.size;
    const next = candidates.filter((entry) => sharesLine(entry, exposed)).sort(byPeople)[0] ?? candidates.sort(byPeople)[0];
    // Unreachable: once every non-empty entry is hidden, each lies on a cell–team–site–bizStep cycle.
    if (next === undefined) return;
    next.suppressed = 'complementary';
  }
}

function cellOf(entry: Entry): TeamCell {
  const where = { ...(entry.team ? { team: entry.team } : {}), ...(entry.bizStep ? { bizStep: entry.bizStep } : {}) };
  if (entry.suppressed !== undefined) return { ...where, suppressed: entry.suppressed };
  const hoursWorked = Math.round([...entry.people.values()].reduce((sum, hours) => sum + hours, 0) * 100) / 100;
  const itemsPerHour = hoursWorked > 0 ? Math.round((entry.items / hoursWorked) * 10) / 10 : undefined;
  return { ...where, people: entry.people.size, items: entry.items, hoursWorked, ...(itemsPerHour === undefined ? {} : { itemsPerHour }) };
}

/**
 * Team aggregates a team lead or analyst may read (AGG-K5): every entry
 * about fewer than `k` people is suppressed, and so are as many others as it
 * takes for no suppressed entry to be computable from the totals (a team
 * total minus its other bizSteps, a site total minus the other teams...).
 */
export function teamAggregate(rows: readonly TeamRow[], k = 5): TeamTable {
  const entries = entriesOf(rows);
  for (const entry of entries) if (entry.people.size > 0 && entry.people.size < k) entry.suppressed = 'fewer-than-k';
  suppressComplements(entries);
  const shown = entries.filter((entry) => entry.team === undefined || entry.bizStep === undefined || entry.people.size > 0);
  return { k, cells: shown.map(cellOf) };
}
