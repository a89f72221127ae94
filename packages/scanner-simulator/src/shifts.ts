export type ShiftName = 'early' | 'late' | 'night';

export interface Shift {
  readonly name: ShiftName;
  /** Scheduled start and end, epoch ms (UTC). */
  readonly start: number;
  readonly end: number;
  /** The day the shift started: a night shift's events run past midnight but belong to this day. */
  readonly shiftDate: string;
  /** Share of the day's people on this shift. */
  readonly share: number;
}

const hour = 3_600_000;

/** Two 8-hour day shifts, and a lighter night shift when asked for. */
export function shiftsOf(date: string, nightShift: boolean): Shift[] {
  const midnight = Date.parse(`${date}T00:00:00.000Z`);
  const at = (name: ShiftName, startHour: number, share: number): Shift => ({
    name,
    start: midnight + startHour * hour,
    end: midnight + (startHour + 8) * hour,
    shiftDate: date,
    share,
  });
  if (!nightShift) return [at('early', 5, 0.5), at('late', 13, 0.5)];
  return [at('early', 5, 0.4), at('late', 13, 0.4), at('night', 21, 0.2)];
}
