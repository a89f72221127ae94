import { type RandomSource } from './random.js';
import { type BreakSource } from './simulated-command.js';

export interface PlannedBreak {
  readonly start: number;
  readonly end: number;
  readonly source: BreakSource;
}

export interface WorkBlock {
  readonly start: number;
  readonly end: number;
}

const minute = 60_000;
const hour = 60 * minute;

/** Share of people whose main break comes late (after 6 h) or short (under 20 min). */
export const lateBreakShare = 0.03;
export const shortBreakShare = 0.03;
const badgeShare = 0.2;

function at(rng: RandomSource, from: number, hoursMin: number, hoursMax: number): number {
  return Math.round(from + rng.between(hoursMin, hoursMax) * hour);
}

/**
 * FR-L3121-16: 20 minutes once 6 hours are worked. The schedule puts the
 * main break mid-shift; a few people take it late or short, so the
 * break-compliance projection has someone to protect.
 */
function mainBreak(workStart: number, rng: RandomSource): PlannedBreak {
  const roll = rng.float();
  const minutes = (min: number, max: number): number => Math.round(rng.between(min, max) * minute);
  if (roll < lateBreakShare) {
    const start = at(rng, workStart, 6.1, 6.6);
    return { start, end: start + minutes(20, 30), source: 'worker' };
  }
  const start = at(rng, workStart, 3, 4.25);
  if (roll < lateBreakShare + shortBreakShare) return { start, end: start + minutes(10, 15), source: 'schedule' };
  const source: BreakSource = roll < lateBreakShare + shortBreakShare + badgeShare ? 'badge' : 'schedule';
  return { start, end: start + minutes(20, 30), source };
}

const clashes = (candidate: PlannedBreak, taken: readonly PlannedBreak[]): boolean =>
  taken.some((b) => candidate.start < b.end + 15 * minute && b.start < candidate.end + 15 * minute);

/** CNIL-IDLE: these are declared by the worker, never inferred from a quiet scanner. */
function workerBreak(workStart: number, workEnd: number, rng: RandomSource): PlannedBreak {
  const length = Math.round(rng.between(4, 12) * minute);
  const start = Math.round(rng.between(workStart + 45 * minute, workEnd - 30 * minute - length));
  return { start, end: start + length, source: 'worker' };
}

/** A person's breaks for one shift, in time order, never overlapping. */
export function planBreaks(workStart: number, workEnd: number, rng: RandomSource): PlannedBreak[] {
  const breaks = [mainBreak(workStart, rng)];
  const wanted = rng.pick([0, 0, 1, 1, 1, 2]);
  for (let i = 0; i < wanted; i++) {
    const candidate = workerBreak(workStart, workEnd, rng);
    if (!clashes(candidate, breaks)) breaks.push(candidate);
  }
  return breaks.sort((a, b) => a.start - b.start);
}

/** The stretches of work between the breaks. */
export function workBlocks(workStart: number, workEnd: number, breaks: readonly PlannedBreak[]): WorkBlock[] {
  const blocks: WorkBlock[] = [];
  let from = workStart;
  for (const b of breaks) {
    blocks.push({ start: from, end: b.start });
    from = b.end;
  }
  blocks.push({ start: from, end: workEnd });
  return blocks;
}
