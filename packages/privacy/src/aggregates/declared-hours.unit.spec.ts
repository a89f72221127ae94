import { expect } from 'chai';
import { declaredHours } from './declared-hours.js';

const at = (type: string, time: string) => ({ type, data: { at: `2026-03-02T${time}:00Z` } });

describe('declared hours', () => {
  it('counts from declared start to declared end, minus declared breaks', () => {
    const events = [at('ShiftStarted', '06:00'), at('BreakStarted', '10:00'), at('BreakEnded', '10:20'), at('BreakStarted', '12:00'), at('BreakEnded', '12:40'), at('ShiftEnded', '14:00')];
    expect(declaredHours(events)).to.equal(7);
  });

  it('ignores scans entirely: time between scans is never taken for a break (CNIL-IDLE)', () => {
    const events = [at('ShiftStarted', '06:00'), at('ScanAttributed', '06:05'), at('ScanAttributed', '09:55'), at('ShiftEnded', '14:00')];
    expect(declaredHours(events)).to.equal(8);
  });

  it('is unknown while the shift has no declared end', () => {
    expect(declaredHours([at('ShiftStarted', '06:00'), at('BreakStarted', '10:00')])).to.equal(undefined);
  });
});
