import { expect } from 'chai';
import { type FairscanEvent } from '../events/index.js';
import { type ShiftEvent } from '../events/shift-events.js';
import { toOperatorRef, type OperatorRef } from '../gs1/operator-ref.js';
import { asStored } from '../testing/stored-events.js';
import { breakCompliance, type BreakComplianceState } from './break-compliance.js';
import { breakComplianceAt, supervisorView, workerView } from './break-compliance-views.js';
import { frBreakRule } from './break-rules.js';
import { foldProjection } from './projection.js';

const ana = toOperatorRef('op_aaaaaaaaaaaaaaaa');
const ben = toOperatorRef('op_bbbbbbbbbbbbbbbb');
const t = (hhmm: string, day = '01'): string => `2024-03-${day}T${hhmm}:00Z`;
const stream = (operator: OperatorRef): string => `shift-lil1-2024-03-01-${operator}`;

const started = (operator: OperatorRef, at: string): ShiftEvent => ({ type: 'ShiftStarted', data: { operator, at } });
const breakFrom = (operator: OperatorRef, from: string, to?: string): ShiftEvent[] => [
  { type: 'BreakStarted', data: { operator, source: 'worker', at: from } },
  ...(to === undefined ? [] : [{ type: 'BreakEnded', data: { operator, source: 'worker', at: to } } as ShiftEvent]),
];

function fold(...shifts: Array<[OperatorRef, ShiftEvent[]]>): BreakComplianceState {
  return foldProjection(breakCompliance, shifts.flatMap(([operator, events]) => asStored(stream(operator), events)));
}

const statusAt = (state: BreakComplianceState, asOf: string) => breakComplianceAt(state, asOf)[0]?.status;

describe('breakCompliance (FR-L3121-16)', () => {
  it('given the rule, when read, then it is 20 minutes after 6 hours and cites its source', () => {
    expect(frBreakRule).to.include({ reference: 'FR-L3121-16', minBreakMinutes: 20, workMinutesBeforeBreak: 360 });
  });

  it('given a shift with no break, when evaluated over time, then ok, due-soon from 5h30, owed from 6h', () => {
    const state = fold([ana, [started(ana, t('06:00'))]]);
    expect(statusAt(state, t('11:29'))).to.equal('ok');
    expect(statusAt(state, t('11:30'))).to.equal('due-soon');
    expect(statusAt(state, t('12:00'))).to.equal('owed');
  });

  it('given a 15-minute break, when evaluated, then it does not count but is not work either', () => {
    const state = fold([ana, [started(ana, t('06:00')), ...breakFrom(ana, t('09:00'), t('09:15'))]]);
    expect(breakComplianceAt(state, t('12:10'))[0]).to.include({ status: 'due-soon', workedMinutes: 355 });
    expect(statusAt(state, t('12:15'))).to.equal('owed');
  });

  it('given a 20-minute break after 4 hours, when evaluated at 7 hours on shift, then ok', () => {
    const state = fold([ana, [started(ana, t('06:00')), ...breakFrom(ana, t('10:00'), t('10:20'))]]);
    expect(breakComplianceAt(state, t('13:00'))[0]).to.include({ status: 'ok', workedMinutes: 400, minutesSinceQualifyingBreak: 160 });
  });

  it('given a break taken early, when 6 more hours are worked, then a break is owed again (protective reading)', () => {
    const state = fold([ana, [started(ana, t('06:00')), ...breakFrom(ana, t('07:00'), t('07:30'))]]);
    expect(statusAt(state, t('13:29'))).to.equal('due-soon');
    expect(statusAt(state, t('13:30'))).to.equal('owed');
  });

  it('given a break still in progress for 20 minutes, when evaluated, then it already counts', () => {
    const state = fold([ana, [started(ana, t('06:00')), ...breakFrom(ana, t('11:45'))]]);
    expect(statusAt(state, t('12:00'))).to.equal('due-soon');
    expect(statusAt(state, t('12:05'))).to.equal('ok');
  });

  it('given a break taken only after 6h30, when evaluated later, then the shift shows missed (the breach stays visible)', () => {
    const state = fold([ana, [started(ana, t('06:00')), ...breakFrom(ana, t('12:30'), t('12:50'))]]);
    expect(statusAt(state, t('12:40')), 'the break is not 20 minutes yet').to.equal('owed');
    expect(statusAt(state, t('12:55'))).to.equal('missed');
    expect(statusAt(state, t('14:00'))).to.equal('missed');
  });

  it('given a night shift across midnight that ended without a break, when evaluated next day, then it shows missed', () => {
    const state = fold([ana, [started(ana, t('22:00')), { type: 'ShiftEnded', data: { operator: ana, at: t('05:00', '02') } }]]);
    expect(breakComplianceAt(state, t('12:00', '02'))[0]).to.include({ status: 'missed', workedMinutes: 420 });
  });

  it('given two shifts, when the supervisor looks, then rows hold only a pseudonym and a status, owed first', () => {
    const state = fold([ana, [started(ana, t('08:00'))]], [ben, [started(ben, t('06:00'))]]);
    const rows = supervisorView(state, t('12:30'));
    expect(rows).to.eql([{ operator: ben, status: 'owed' }, { operator: ana, status: 'ok' }]);
    for (const row of rows) expect(Object.keys(row)).to.have.members(['operator', 'status']);
    expect(JSON.stringify(rows)).not.to.match(/minute|duration|break|T\d\d:/i);
  });

  it('given scans, attributions and tasks of the same worker, when folded, then nothing changes (CNIL-IDLE)', () => {
    const shift = asStored(stream(ana), [started(ana, t('06:00'))]);
    const scanning: FairscanEvent[] = [
      { type: 'ItemStowed', data: { scanId: 's1', code: '96385074', codeType: 'gtin', bizStep: 'storing', readPoint: 'stow-03', bizLocation: 'A-01', occurredAt: t('07:00') } },
      { type: 'ScanAttributed', data: { scanId: 's1', operator: ana, bizStep: 'storing', readPoint: 'stow-03', occurredAt: t('07:00') } },
      { type: 'TaskAssigned', data: { taskId: 'T-1', operator: ana, at: t('07:00') } },
    ];
    const before = foldProjection(breakCompliance, shift);
    const after = foldProjection(breakCompliance, [...shift, ...asStored(`attribution-lil1-2024-03-01`, scanning), ...asStored(stream(ana), scanning, { fromPosition: 1 })]);
    expect(after).to.eql(before);
    expect(breakCompliance.eventTypes).to.have.members(['ShiftStarted', 'ShiftEnded', 'BreakStarted', 'BreakEnded']);
    // Hours without a single scan are work like any other; inactivity is never a break.
    expect(statusAt(after, t('12:00'))).to.equal('owed');
  });

  it('given their own shift, when the worker looks, then they see their worked minutes and breaks', () => {
    const state = fold([ana, [started(ana, t('06:00')), ...breakFrom(ana, t('09:00'), t('09:10')), ...breakFrom(ana, t('11:00'), t('11:25'))]]);
    const view = workerView(state, ana, t('12:00'));
    expect(view).to.include({ operator: ana, status: 'ok', workedMinutes: 325, minutesSinceQualifyingBreak: 35, shiftStartedAt: '2024-03-01T06:00:00.000Z' });
    expect(view?.breaks).to.eql([
      { startedAt: '2024-03-01T09:00:00.000Z', endedAt: '2024-03-01T09:10:00.000Z', minutes: 10, source: 'worker', counts: false },
      { startedAt: '2024-03-01T11:00:00.000Z', endedAt: '2024-03-01T11:25:00.000Z', minutes: 25, source: 'worker', counts: true },
    ]);
    expect(workerView(state, ben, t('12:00'))).to.equal(undefined);
  });

  it('given a replay to an earlier instant, when the worker looks, then later events are not shown yet', () => {
    const state = fold([ana, [started(ana, t('06:00')), ...breakFrom(ana, t('09:00'), t('09:30'))]]);
    const view = workerView(state, ana, t('09:10'));
    expect(view?.breaks).to.eql([{ startedAt: '2024-03-01T09:00:00.000Z', minutes: 10, source: 'worker', counts: false }]);
    expect(view?.workedMinutes).to.equal(180);
  });
});
