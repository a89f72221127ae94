import { expect } from 'chai';
import { type BizStep } from '@fairscan/domain';
import { teamAggregate, type TeamCell, type TeamRow } from './team-aggregate.js';

/** `people` people of `team` at `bizStep`, 10 items and 7 hours each. */
const crew = (team: string, bizStep: BizStep, people: number, from = 0): TeamRow[] =>
  Array.from({ length: people }, (_, i) => ({ team, bizStep, person: `${team}-${from + i}`, items: 10, hoursWorked: 7 }));

const find = (cells: readonly TeamCell[], team?: string, bizStep?: BizStep) => cells.find((cell) => cell.team === team && cell.bizStep === bizStep);

/** Every line of the table with its total: a line with exactly one hidden entry gives it away by subtraction. */
function lines(cells: readonly TeamCell[]): TeamCell[][] {
  const teams = [...new Set(cells.map((cell) => cell.team))];
  const steps = [...new Set(cells.map((cell) => cell.bizStep))];
  return [...teams.map((team) => cells.filter((cell) => cell.team === team)), ...steps.map((step) => cells.filter((cell) => cell.bizStep === step))];
}

describe('team aggregates (AGG-K5)', () => {
  it('publishes every entry about 5 people or more, with totals', () => {
    const table = teamAggregate([...crew('A', 'picking', 5), ...crew('A', 'packing', 6, 5), ...crew('B', 'picking', 7)]);
    expect(table.cells.every((cell) => cell.suppressed === undefined)).to.equal(true);
    expect(find(table.cells, 'A', 'picking')).to.deep.equal({ team: 'A', bizStep: 'picking', people: 5, items: 50, hoursWorked: 35, itemsPerHour: 1.4 });
    expect(find(table.cells, 'A')).to.include({ people: 11, items: 110 });
    expect(find(table.cells, undefined, 'picking')).to.include({ people: 12, items: 120 });
    expect(find(table.cells)).to.include({ people: 18, items: 180 });
  });

  it('suppresses a cell of 3 people and the cells that would give it away as "team total minus the other cells"', () => {
    const rows = [...crew('A', 'picking', 6), ...crew('A', 'packing', 3, 6), ...crew('B', 'picking', 5), ...crew('B', 'packing', 7, 5)];
    const { cells } = teamAggregate(rows);
    expect(find(cells, 'A', 'packing')).to.deep.equal({ team: 'A', bizStep: 'packing', suppressed: 'fewer-than-k' });
    // The exact case: team A's total is published, so A/picking must not be, or A/packing = total - A/picking.
    const teamTotal = find(cells, 'A');
    const picking = find(cells, 'A', 'picking');
    expect(teamTotal?.suppressed === undefined && picking?.suppressed === undefined).to.equal(false);
    for (const line of lines(cells)) expect(line.filter((cell) => cell.suppressed !== undefined)).to.not.have.lengthOf(1);
  });

  it('shows nothing but numbers for published entries: a suppressed one carries no count, items or hours', () => {
    const { cells } = teamAggregate([...crew('A', 'picking', 2), ...crew('B', 'picking', 9)]);
    for (const cell of cells.filter((c) => c.suppressed !== undefined)) expect(Object.keys(cell).sort()).to.deep.equal(['bizStep', 'suppressed', 'team'].filter((key) => key in cell).sort());
    expect(find(cells, 'A', 'picking')?.suppressed).to.equal('fewer-than-k');
    // Site total 11 - B's 9 would be A's 2: one of them must go as well.
    expect([find(cells, 'B', 'picking'), find(cells, undefined, 'picking')].some((cell) => cell?.suppressed === 'complementary')).to.equal(true);
  });

  it('leaves no suppressed entry alone on a line, whatever the table (seeded tables)', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const steps: BizStep[] = ['receiving', 'storing', 'picking', 'packing'];
    for (let round = 0; round < 40; round++) {
      const rows = ['A', 'B', 'C', 'D'].slice(0, 2 + next(3)).flatMap((team) => steps.flatMap((step) => crew(team, step, next(9), steps.indexOf(step) * 10)));
      const { cells } = teamAggregate(rows);
      for (const cell of cells) if (cell.people !== undefined) expect(cell.people).to.be.at.least(5);
      for (const line of lines(cells)) expect(line.filter((cell) => cell.suppressed !== undefined), `round ${round}`).to.not.have.lengthOf(1);
    }
  });

  it('takes k from the caller', () => {
    const rows = [...crew('A', 'picking', 3), ...crew('B', 'picking', 3, 3)];
    expect(teamAggregate(rows, 3).cells.every((cell) => cell.suppressed === undefined)).to.equal(true);
    const { cells } = teamAggregate(rows);
    expect(cells.filter((cell) => cell.team !== undefined).every((cell) => cell.suppressed === 'fewer-than-k')).to.equal(true);
    // Two hidden teams of 3 cannot be told apart from a site total of 6: that total is shown.
    expect(find(cells)).to.include({ people: 6, items: 60 });
  });
});
