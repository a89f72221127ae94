import { type Suppression, teamAggregate, type TeamCell } from '@fairscan/privacy';
import { type ReportTable } from '../render/report-table.js';
import { defineReport, type ReportContext } from './report-definition.js';
import { teamRowsOf, teamWeeks, type TeamWeeksState } from './team-weeks.js';

/** AGG-K5: no group aggregate over fewer than 5 people. */
export const minGroupSize = 5;

const shownAs: Record<Suppression, string> = {
  'fewer-than-k': `suppressed (< ${minGroupSize} people)`,
  complementary: 'suppressed (would reveal a small group)',
};

const columns = ['week', 'team', 'bizStep', 'people', 'items', 'hours worked', 'items/hour', 'suppressed'];

const row = (week: string, cell: TeamCell): Array<string | number> => {
  const where = [week, cell.team ?? 'all teams', cell.bizStep ?? 'all steps'];
  // A suppressed line keeps its place and says why, with no figure at all (not even a count).
  if (cell.suppressed !== undefined) return [...where, '', '', '', '', shownAs[cell.suppressed]];
  return [...where, cell.people ?? 0, cell.items ?? 0, cell.hoursWorked ?? '', cell.itemsPerHour ?? '', ''];
};

/** A team lead reads their own team's lines only; totals over other teams are not theirs to see. */
const inScope = (cell: TeamCell, context: ReportContext): boolean => context.team === undefined || cell.team === context.team;

function weekTable(state: TeamWeeksState, key: string, context: ReportContext): ReportTable {
  const [site, week] = key.split(' ') as [string, string];
  const { cells } = teamAggregate(teamRowsOf(state, key), minGroupSize);
  const shown = cells.filter((cell) => inScope(cell, context));
  return {
    title: `Team aggregates, ${site}, week ${week} (k = ${minGroupSize})`,
    columns,
    rows: shown.slice(0, context.limit).map((cell) => row(week, cell)),
    notes: [
      ...(shown.length > context.limit ? [`${shown.length - context.limit} more lines not shown (--limit)`] : []),
      'Hours are declared (shift minus declared breaks), never scanner activity (CNIL-IDLE).',
    ],
  };
}

/**
 * Weekly team aggregates from the per-person weekly aggregates retention
 * keeps (CNIL-RET-OK), suppressed below 5 people and wherever totals would
 * give a small group away (AGG-K5). Shows teams and bizSteps, never a person.
 */
export const teamAggregatesReport = defineReport<TeamWeeksState>({
  name: 'team-aggregates',
  description: `weekly team aggregates (items, declared hours, items/hour), groups under ${minGroupSize} people suppressed`,
  restricted: { action: 'read:team-aggregate' },
  projection: teamWeeks,
  tables(state, context) {
    const keys = [...state.weeks.keys()].sort().reverse();
    if (keys.length === 0) {
      return [{ title: `Team aggregates (as of ${context.asOf})`, columns, rows: [], notes: ['No weekly aggregates yet: `fairscan retention run` folds each day into its week before attribution expires.'] }];
    }
    return keys.map((key) => weekTable(state, key, context));
  },
});
