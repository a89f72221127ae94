import { type BizStep, type OperatorRef, bizSteps, operatorRefFromBytes } from '@fairscan/domain';
import { apportion } from './apportion.js';
import { type PlannedBreak, planBreaks } from './breaks.js';
import { type ResolvedOptions } from './options.js';
import { type RandomSource } from './random.js';
import { type Role, roleProfiles, roleWeights, roles } from './roles.js';
import { type Shift, shiftsOf } from './shifts.js';
import { stationPrefixes } from './site-layout.js';

/** One person's shift, planned before the day runs. */
export interface WorkerPlan {
  /** Position in the day's plan; orders simultaneous commands, never emitted. */
  readonly index: number;
  /** A fresh pseudonym for this shift only, so days cannot be joined without the identity stream. */
  readonly operator: OperatorRef;
  readonly deviceId: string;
  readonly role: Role;
  readonly station: string;
  readonly shift: Shift;
  readonly badgeIn: number;
  readonly badgeOut: number;
  readonly workStart: number;
  readonly workEnd: number;
  readonly breaks: readonly PlannedBreak[];
  /** Multiplies this person's time per scan: below 1 is quicker than the role's mean. */
  readonly pace: number;
}

export interface ShiftPlan extends Shift {
  readonly roles: Readonly<Record<Role, number>>;
}

export interface Workforce {
  readonly shifts: readonly ShiftPlan[];
  readonly workers: readonly WorkerPlan[];
  readonly stationCounts: Readonly<Record<BizStep, number>>;
}

const minute = 60_000;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function staffShift(headcount: number): Record<Role, number> {
  const weights = roleWeights();
  const counts = apportion(headcount, roles.map((role) => weights[role]), 1);
  return Object.fromEntries(roles.map((role, i) => [role, counts[i] ?? 0])) as Record<Role, number>;
}

function countStations(staffing: readonly Record<Role, number>[], wanted: ResolvedOptions['stations']): Record<BizStep, number> {
  const counts = { cycle_counting: 1 } as Record<BizStep, number>;
  for (const role of roles) {
    const { bizStep, workersPerStation } = roleProfiles[role];
    const peak = Math.max(...staffing.map((shift) => shift[role]));
    counts[bizStep] = Math.max(1, Math.ceil(peak / workersPerStation));
  }
  for (const step of bizSteps) counts[step] = wanted[step] ?? counts[step];
  return counts;
}

interface ShiftContext {
  readonly shift: Shift;
  readonly stationCounts: Readonly<Record<BizStep, number>>;
  readonly rng: RandomSource;
  readonly firstIndex: number;
}

function planPerson(context: ShiftContext, role: Role, roleIndex: number, device: number, k: number): WorkerPlan {
  const { shift, stationCounts, rng } = context;
  const bizStep = roleProfiles[role].bizStep;
  const badgeIn = Math.round(shift.start + rng.between(-6, 3) * minute);
  const badgeOut = Math.round(shift.end + rng.between(0, 6) * minute);
  const workStart = Math.round(badgeIn + rng.between(1, 4) * minute);
  const workEnd = Math.round(badgeOut - rng.between(1, 4) * minute);
  return {
    index: context.firstIndex + k,
    operator: operatorRefFromBytes(rng.bytes(16)),
    deviceId: `hh-${pad(device, 4)}`,
    role,
    station: `${stationPrefixes[bizStep]}-${pad((roleIndex % stationCounts[bizStep]) + 1, 2)}`,
    shift,
    badgeIn,
    badgeOut,
    workStart,
    workEnd,
    breaks: planBreaks(workStart, workEnd, rng),
    pace: rng.between(0.85, 1.15),
  };
}

function planShift(context: ShiftContext, staffing: Record<Role, number>): WorkerPlan[] {
  const people = roles.flatMap((role) => Array.from({ length: staffing[role] }, (_, i) => [role, i] as const));
  // Handhelds come from a shared pool: the same device id says nothing about who held it yesterday.
  const devices = context.rng.shuffled(people.map((_, i) => i + 1));
  return people.map(([role, roleIndex], k) => planPerson(context, role, roleIndex, devices[k] ?? k + 1, k));
}

/** Who works which shift, in which role and station, with which breaks. */
export function planWorkforce(options: ResolvedOptions, workers: number, rng: RandomSource): Workforce {
  const shifts = shiftsOf(options.date, options.nightShift);
  const headcounts = apportion(workers, shifts.map((shift) => shift.share));
  const staffing = headcounts.map(staffShift);
  const stationCounts = countStations(staffing, options.stations);
  const plans: WorkerPlan[] = [];
  shifts.forEach((shift, s) => {
    const context = { shift, stationCounts, rng: rng.fork(`shift:${s}`), firstIndex: plans.length };
    plans.push(...planShift(context, staffing[s] ?? staffShift(0)));
  });
  return {
    shifts: shifts.map((shift, s) => ({ ...shift, roles: staffing[s] ?? staffShift(0) })),
    workers: plans,
    stationCounts,
  };
}
