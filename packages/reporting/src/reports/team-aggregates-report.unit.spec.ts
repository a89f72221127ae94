import { expect } from 'chai';
import { asStored, type DomainEvent, foldProjection, type StoredEvent } from '@fairscan/domain';
import { renderReport, reportFormats } from '../render/index.js';
import { teamAggregatesReport } from './team-aggregates-report.js';

const week = '2026-W10';
const person = (team: string, i: number) => `sub_${team}${'abcdefghijklmnop'[i]}xxxxxxxxxxxxxxxxxxxxx`;

/** `count` people of `team`, enrolled, with one weekly picking row each. */
function crew(team: string, count: number, items = 100): { enrolled: DomainEvent[]; rows: DomainEvent[] } {
  const people = Array.from({ length: count }, (_, i) => person(team, i));
  return {
    enrolled: people.map((subjectRef) => ({ type: 'EmployeeEnrolled', data: { site: 'agg-1', subjectRef, team, employeeId: {}, at: '2026-03-01T08:00:00Z' } })),
    rows: people.map((p) => ({ type: 'WeeklyAggregateRecorded', data: { week, person: p, personKind: 'subject', bizStep: 'picking', items, hoursWorked: 7 } })),
  };
}

const marker: DomainEvent = { type: 'WeeklyAggregateFolded', data: { week, days: ['2026-03-02'], rows: 0, at: '2026-03-02T23:30:00Z' } };

function fold(...parts: StoredEvent[][]) {
  return foldProjection(teamAggregatesReport.projection, parts.flat());
}

const context = { asOf: '2026-03-03T00:00:00Z', limit: 100 };

describe('report team-aggregates (AGG-K5)', () => {
  const big = crew('team-a', 6);
  const small = crew('team-b', 3);
  const aggregates = asStored(`aggregate-agg-1-${week}`, [...big.rows, ...small.rows, marker]);
  const state = fold(asStored('employee-agg-1-x', [...big.enrolled, ...small.enrolled]), aggregates);

  it('publishes every line about 5 people or more, with its figures', () => {
    const other = crew('team-c', 7);
    const all = fold(asStored('employee-agg-1-y', [...big.enrolled, ...other.enrolled]), asStored(`aggregate-agg-1-${week}`, [...big.rows, ...other.rows, marker]));
    const [table] = teamAggregatesReport.tables(all, context);
    expect(table?.rows.find((row) => row[1] === 'team-a' && row[2] === 'picking')).to.deep.equal([week, 'team-a', 'picking', 6, 600, 42, 14.3, '']);
    expect(table?.rows.find((row) => row[1] === 'all teams' && row[2] === 'all steps')?.slice(3, 5)).to.deep.equal([13, 1300]);
  });

  it('suppresses a team of 3 and whatever would give it away by subtraction', () => {
    const [table] = teamAggregatesReport.tables(state, context);
    const line = (team: string, step: string) => table?.rows.find((row) => row[1] === team && row[2] === step);
    expect(line('team-b', 'picking')?.slice(3)).to.deep.equal(['', '', '', '', 'suppressed (< 5 people)']);
    // Site picking (9) minus team-a picking (6) would be team-b: one of them is hidden too.
    expect([line('team-a', 'picking'), line('all teams', 'picking')].some((row) => row?.[7] !== '')).to.equal(true);
    for (const row of table?.rows ?? []) if (row[7] === '') expect(row[3]).to.be.at.least(5);
  });

  it('shows no person key in any format', () => {
    for (const format of reportFormats) {
      const text = teamAggregatesReport.tables(state, context).map((table) => renderReport(table, format)).join('\n');
      expect(text, format).not.to.match(/sub_|opk_|op_/);
    }
  });

  it('reads the latest snapshot of a week: rows after the last marker are not a week yet', () => {
    const refolded = asStored(`aggregate-agg-1-${week}`, [...crew('team-a', 6, 1).rows, marker, ...crew('team-a', 6, 2).rows, marker, ...crew('team-a', 6, 3).rows]);
    const [table] = teamAggregatesReport.tables(fold(asStored('employee-agg-1-x', big.enrolled), refolded), context);
    expect(table?.rows.find((row) => row[1] === 'team-a' && row[2] === 'picking')?.[4]).to.equal(12);
  });

  it('keeps a team lead to their own team', () => {
    const [table] = teamAggregatesReport.tables(state, { ...context, team: 'team-a' });
    expect(new Set(table?.rows.map((row) => row[1]))).to.deep.equal(new Set(['team-a']));
  });
});
