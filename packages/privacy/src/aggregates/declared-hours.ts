import { type ShiftEvent } from '@fairscan/domain';

const HOUR_MS = 3_600_000;

interface Tally {
  start?: number;
  end?: number;
  breakStart?: number;
  breakMs: number;
}

const steps: Record<ShiftEvent['type'], (tally: Tally, at: number) => void> = {
  ShiftStarted: (tally, at) => (tally.start = at),
  ShiftEnded: (tally, at) => (tally.end = at),
  BreakStarted: (tally, at) => (tally.breakStart = at),
  BreakEnded: (tally, at) => {
    if (tally.breakStart !== undefined) tally.breakMs += at - tally.breakStart;
    tally.breakStart = undefined;
  },
};

/**
 * Hours worked in one shift: from its declared start to its declared end,
 * minus its declared breaks. CNIL-IDLE: scanner inactivity plays no part.
 * Undefined while the shift has no declared start or end.
 */
export function declaredHours(events: readonly { readonly type: string; readonly data: unknown }[]): number | undefined {
  const tally: Tally = { breakMs: 0 };
  for (const event of events) {
    const step = steps[event.type as ShiftEvent['type']];
    const at = Date.parse((event.data as { at?: string }).at ?? '');
    if (step !== undefined && !Number.isNaN(at)) step(tally, at);
  }
  if (tally.start === undefined || tally.end === undefined) return undefined;
  return Math.max(0, tally.end - tally.start - tally.breakMs) / HOUR_MS;
}
