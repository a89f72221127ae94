import { expect } from 'chai';
import { type ShiftCommand } from '../commands/command.js';
import { type ShiftEvent } from '../events/shift-events.js';
import { toOperatorRef } from '../gs1/operator-ref.js';
import { deciderSpec } from '../testing/decider-spec.js';
import { shiftDecider } from './shift-decider.js';

const operator = toOperatorRef('op_abcdefghijk23456');
const t = (hhmm: string): string => `2024-03-01T${hhmm}:00Z`;
const spec = deciderSpec(shiftDecider);

const shiftStarted: ShiftEvent = { type: 'ShiftStarted', data: { operator, at: t('06:00') } };
const breakStarted: ShiftEvent = { type: 'BreakStarted', data: { operator, source: 'schedule', at: t('10:00') } };
const breakEnded: ShiftEvent = { type: 'BreakEnded', data: { operator, source: 'worker', at: t('10:20') } };

const startShift: ShiftCommand = { type: 'StartShift', data: { operator, at: t('06:00') } };
const endShift = (at: string): ShiftCommand => ({ type: 'EndShift', data: { operator, at } });
const startBreak = (at: string): ShiftCommand => ({ type: 'StartBreak', data: { operator, source: 'worker', at } });
const endBreak = (at: string): ShiftCommand => ({ type: 'EndBreak', data: { operator, source: 'worker', at } });

describe('shiftDecider', () => {
  it('given no shift, when StartShift, then ShiftStarted; and a second StartShift is rejected', () => {
    expect(spec.given([]).when(startShift)).to.eql({ events: [shiftStarted] });
    expect(spec.given([shiftStarted]).when(startShift).error?.code).to.equal('shift-already-started');
  });

  it('given no shift, when StartBreak, then it is rejected: breaks happen only during a shift', () => {
    const { error } = spec.given([]).when(startBreak(t('07:00')));
    expect(error?.code).to.equal('shift-not-started');
    expect(error?.message).to.equal('cannot start a break: the shift has not started');
  });

  it('given a break in progress, when StartBreak, then it is rejected: breaks do not overlap', () => {
    expect(spec.given([shiftStarted, breakStarted]).when(startBreak(t('10:05'))).error?.code).to.equal('break-already-started');
  });

  it('given a shift with no break, when EndBreak, then it is rejected', () => {
    expect(spec.given([shiftStarted]).when(endBreak(t('09:00'))).error?.code).to.equal('no-break');
  });

  it('given a break, when EndBreak, then BreakEnded with the declared source', () => {
    expect(spec.given([shiftStarted, breakStarted]).when(endBreak(t('10:20')))).to.eql({ events: [breakEnded] });
  });

  it('given a break in progress, when EndShift, then BreakEnded then ShiftEnded at the same instant', () => {
    expect(spec.given([shiftStarted, breakStarted]).when(endShift(t('14:00')))).to.eql({
      events: [
        { type: 'BreakEnded', data: { operator, source: 'schedule', at: t('14:00') } },
        { type: 'ShiftEnded', data: { operator, at: t('14:00') } },
      ],
    });
  });

  it('given an ended shift, when StartBreak or EndShift, then both are rejected', () => {
    const ended: ShiftEvent = { type: 'ShiftEnded', data: { operator, at: t('14:00') } };
    expect(spec.given([shiftStarted, ended]).when(startBreak(t('14:10'))).error?.code).to.equal('shift-ended');
    expect(spec.given([shiftStarted, ended]).when(endShift(t('14:10'))).error?.code).to.equal('shift-ended');
  });

  it('given a shift, when a command is dated before the last event, then it is rejected as out of order', () => {
    const { error } = spec.given([shiftStarted, breakStarted, breakEnded]).when(endShift(t('10:10')));
    expect(error?.code).to.equal('out-of-order');
    expect(error?.message).to.equal(`at ${t('10:10')} is before the shift's last event at ${t('10:20')}`);
  });
});
