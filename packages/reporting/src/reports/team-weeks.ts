import { type Projection, type StoredEvent } from '@fairscan/domain';
import { type EmployeeEnrolled, type TeamRow, type WeeklyAggregateRow } from '@fairscan/privacy';

/** Person keys (`sub_…`, `opk_…`) stay inside this state; no table built from it shows one (AGG-K5). */
export interface TeamWeeksState {
  /** Rows read since the last snapshot marker of each `aggregate-<site>-<week>` stream. */
  readonly pending: Map<string, WeeklyAggregateRow[]>;
  /** The latest complete snapshot of each week, by `<site> <week>`. */
  readonly weeks: Map<string, WeeklyAggregateRow[]>;
  /** A subject's team now (the last EmployeeEnrolled). */
  readonly teams: Map<string, string>;
}

/** People the registry cannot place in a team: pseudonym-only aggregates, or a subject never enrolled. */
export const noTeam = '(no team)';

const weekKey = (event: StoredEvent, week: string): string => `${event.streamName.slice('aggregate-'.length, -week.length - 1)} ${week}`;

/**
 * Weekly per-person aggregates as retention folded them, with each person's
 * team: each fold rewrites a week and closes it with a marker, so the rows
 * before the last marker are the week.
 */
export const teamWeeks: Projection<TeamWeeksState> = {
  name: 'teamWeeks',
  eventTypes: ['WeeklyAggregateRecorded', 'WeeklyAggregateFolded', 'EmployeeEnrolled'],
  initialState: () => ({ pending: new Map(), weeks: new Map(), teams: new Map() }),
  evolve(state, event) {
    if (event.type === 'EmployeeEnrolled') {
      const { subjectRef, team } = (event as unknown as EmployeeEnrolled).data;
      state.teams.set(subjectRef, team);
    } else if (event.type === 'WeeklyAggregateRecorded' && event.streamName.startsWith('aggregate-')) {
      const row = event.data as WeeklyAggregateRow;
      const key = weekKey(event, row.week);
      const rows = state.pending.get(key) ?? [];
      rows.push(row);
      state.pending.set(key, rows);
    } else if (event.type === 'WeeklyAggregateFolded' && event.streamName.startsWith('aggregate-')) {
      const key = weekKey(event, (event.data as { week: string }).week);
      state.weeks.set(key, state.pending.get(key) ?? []);
      state.pending.delete(key);
    }
    return state;
  },
};

/** One week's rows as `teamAggregate` takes them: person, team, bizStep, items, hours. */
export const teamRowsOf = (state: TeamWeeksState, key: string): TeamRow[] =>
  (state.weeks.get(key) ?? []).map((row) => ({
    team: state.teams.get(row.person) ?? noTeam,
    bizStep: row.bizStep,
    person: row.person,
    items: row.items,
    ...(row.hoursWorked === undefined ? {} : { hoursWorked: row.hoursWorked }),
  }));
