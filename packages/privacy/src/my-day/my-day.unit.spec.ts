import { expect } from 'chai';
import { asStored, type FairscanEvent, type OperatorRef, toOperatorRef } from '@fairscan/domain';
import { myDay } from './my-day.js';
import { personDay } from './person-day.js';

const ana = toOperatorRef('op_aaaaaaaaaaaaaaaa');
const ben = toOperatorRef('op_bbbbbbbbbbbbbbbb');
const t = (hhmm: string): string => `2026-03-02T${hhmm}:00.000Z`;

const shift = (operator: OperatorRef): FairscanEvent[] => [
  { type: 'ShiftStarted', data: { operator, at: t('06:00') } },
  { type: 'BreakStarted', data: { operator, source: 'worker', at: t('09:00') } },
  { type: 'BreakEnded', data: { operator, source: 'worker', at: t('09:25') } },
];
const task = (taskId: string, operator: OperatorRef, more: FairscanEvent[] = []): FairscanEvent[] => [
  { type: 'TaskCreated', data: { taskId, bizStep: 'picking', station: 'pick-01', units: 10, at: t('06:10') } },
  { type: 'TaskAssigned', data: { taskId, operator, at: t('06:11') } },
  ...more,
];
const scan = (scanId: string, operator: OperatorRef, bizStep: 'picking' | 'packing' = 'picking'): FairscanEvent => ({
  type: 'ScanAttributed',
  data: { scanId, operator, bizStep, readPoint: 'pick-01', occurredAt: t('07:00') },
});

/** Ana's and Ben's shifts on one day, as the store holds them: shared task and attribution streams. */
const day = [
  ...asStored(`shift-lil1-2026-03-02-${ana}`, shift(ana)),
  ...asStored(`shift-lil1-2026-03-02-${ben}`, shift(ben)),
  ...asStored('task-lil1-T1', task('T1', ana, [{ type: 'TaskCompleted', data: { taskId: 'T1', unitsDone: 10, at: t('08:00') } }])),
  ...asStored('task-lil1-T2', task('T2', ben)),
  ...asStored('task-lil1-T3', task('T3', ana, [{ type: 'TaskAssigned', data: { taskId: 'T3', operator: ben, at: t('07:30') } }])),
  ...asStored('attribution-lil1-2026-03-02', [scan('s1', ana), scan('s2', ana, 'packing'), scan('s3', ben), scan('s4', ben), scan('s5', ben)]),
];

/** Every key at any depth of a value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, field]) => [key, ...keysOf(field)]);
}

describe('myDay', () => {
  const view = myDay(day, ana, t('12:00'));

  it("counts the worker's own items by step, never a colleague's", () => {
    expect(view.itemsHandled).to.equal(2);
    expect(view.itemsByStep).to.deep.equal({ picking: 1, packing: 1 });
    expect(myDay(day, ben, t('12:00')).itemsHandled).to.equal(3);
  });

  it('lists their tasks with progress, and drops a task reassigned to someone else', () => {
    expect(view.tasks.map(({ taskId, status, unitsDone }) => ({ taskId, status, unitsDone }))).to.deep.equal([{ taskId: 'T1', status: 'completed', unitsDone: 10 }]);
  });

  it('shows their shift, declared breaks and break status (FR-L3121-16)', () => {
    expect(view.shift).to.include({ status: 'ok', workedMinutes: 335, shiftStartedAt: t('06:00') });
    expect(view.shift?.breaks).to.have.lengthOf(1);
    expect(view.shift?.breaks[0]).to.include({ minutes: 25, counts: true, source: 'worker' });
  });

  it('has exactly these fields: no rank, percentile, average or comparison with colleagues', () => {
    expect(Object.keys(view).sort()).to.deep.equal(['asOf', 'itemsByStep', 'itemsHandled', 'operator', 'shift', 'tasks']);
    const keys = keysOf(view);
    expect(keys.filter((key) => /rank|percentile|average|mean|median|compar|colleague|team|best|top|relative/i.test(key))).to.deep.equal([]);
    expect(JSON.stringify(view)).not.to.include(ben);
  });

  it('is empty, not wrong, for a pseudonym with nothing on the day', () => {
    const none = myDay(day, toOperatorRef('op_cccccccccccccccc'), t('12:00'));
    expect(none).to.deep.equal({ operator: 'op_cccccccccccccccc', asOf: t('12:00'), tasks: [], itemsHandled: 0, itemsByStep: {} });
  });
});

describe('personDay (what a team lead sees)', () => {
  it('holds the tasks and the break status only: no break times, durations or item counts (CNIL-IDLE)', () => {
    const view = personDay(day, ben, t('12:00'));
    expect(view).to.deep.equal({
      operator: ben,
      asOf: t('12:00'),
      breakStatus: 'ok',
      tasks: [
        { taskId: 'T2', bizStep: 'picking', station: 'pick-01', status: 'assigned' },
        { taskId: 'T3', bizStep: 'picking', station: 'pick-01', status: 'assigned' },
      ],
    });
    expect(JSON.stringify(view)).not.to.match(/minute|items|09:00|09:25|units/i);
  });

  it('shows that a break is owed after 6 hours without one', () => {
    const events = asStored(`shift-lil1-2026-03-02-${ana}`, [{ type: 'ShiftStarted', data: { operator: ana, at: t('05:00') } }] as FairscanEvent[]);
    expect(personDay(events, ana, t('11:30')).breakStatus).to.equal('owed');
  });
});
