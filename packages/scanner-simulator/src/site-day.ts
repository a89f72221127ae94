import { type BizStep } from '@fairscan/domain';
import { estimateScans } from './estimate.js';
import { type ResolvedOptions, type SiteDayOptions, resolveOptions } from './options.js';
import { RandomSource } from './random.js';
import { type Workforce, planWorkforce } from './workforce.js';

/** Everything decided before the first command: who works when and where, and what to expect. */
export interface SiteDayPlan {
  readonly options: ResolvedOptions;
  readonly root: RandomSource;
  readonly workforce: Workforce;
  readonly toStowLimit: number;
  readonly expectedScans: number;
}

/** A rough first guess of scans per person-shift, refined against the planned workforce below. */
const scansPerWorkerGuess = 1500;

function stowLimit(workforce: Workforce): number {
  const stowers = Math.max(...workforce.shifts.map((shift) => shift.roles.stow));
  return 60 * stowers + 200;
}

function plan(options: ResolvedOptions, root: RandomSource, workers: number): SiteDayPlan {
  const workforce = planWorkforce(options, workers, root.fork('workforce'));
  const toStowLimit = stowLimit(workforce);
  const expectedScans = estimateScans(workforce.workers, options.invalidCodeRate);
  return { options, root, workforce, toStowLimit, expectedScans };
}

const missBy = (day: SiteDayPlan): number => Math.abs(day.expectedScans - day.options.targetScans);

/**
 * Headcount for the target: a couple of proportional corrections from a first
 * guess (the estimate is near linear), then whichever whole number of people
 * next to it lands nearest.
 */
function sizeForTarget(options: ResolvedOptions, root: RandomSource): SiteDayPlan {
  let workers = Math.max(1, Math.ceil(options.targetScans / scansPerWorkerGuess));
  let sized = plan(options, root, workers);
  for (let round = 0; round < 3; round++) {
    const next = Math.max(1, Math.round((workers * options.targetScans) / Math.max(1, sized.expectedScans)));
    if (next === workers) break;
    workers = next;
    sized = plan(options, root, workers);
  }
  const neighbours = [workers - 1, workers + 1].filter((n) => n >= 1).map((n) => plan(options, root, n));
  return neighbours.reduce((best, day) => (missBy(day) < missBy(best) ? day : best), sized);
}

export function planSiteDay(options: SiteDayOptions): SiteDayPlan {
  const resolved = resolveOptions(options);
  const root = RandomSource.fromSeed(resolved.seed, `${resolved.site}|${resolved.date}`);
  return resolved.workers === undefined ? sizeForTarget(resolved, root) : plan(resolved, root, resolved.workers);
}

export interface ShiftDescription {
  readonly name: string;
  readonly start: string;
  readonly end: string;
  readonly shiftDate: string;
  readonly workers: number;
}

/** What a site day will hold, for progress bars and a CLI summary, without generating it. */
export interface SiteDayDescription {
  readonly site: string;
  readonly date: string;
  readonly workers: number;
  readonly shifts: readonly ShiftDescription[];
  readonly expectedScans: number;
  readonly bins: number;
  readonly stations: Readonly<Record<BizStep, number>>;
}

export function describeSiteDay(options: SiteDayOptions): SiteDayDescription {
  const day = planSiteDay(options);
  const shifts = day.workforce.shifts.map((shift) => ({
    name: shift.name,
    start: new Date(shift.start).toISOString(),
    end: new Date(shift.end).toISOString(),
    shiftDate: shift.shiftDate,
    workers: Object.values(shift.roles).reduce((a, b) => a + b, 0),
  }));
  return {
    site: day.options.site,
    date: day.options.date,
    workers: day.workforce.workers.length,
    shifts,
    expectedScans: day.expectedScans,
    bins: day.options.bins,
    stations: day.workforce.stationCounts,
  };
}
