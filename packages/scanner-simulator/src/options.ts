import { type BizStep, isDay } from '@fairscan/domain';

export interface SiteDayOptions {
  /** Any safe integer; the same options always give the same day, byte for byte. */
  readonly seed: number;
  /** Site id, e.g. `lil1`; it seeds the day too, so two sites never share pseudonyms. */
  readonly site: string;
  /** The day, YYYY-MM-DD. Times are UTC. */
  readonly date: string;
  /** People working the day, across all shifts (one shift each). Default: enough for `targetScans`. */
  readonly workers?: number;
  /** Scans to aim for when `workers` is not given. Default 100,000. */
  readonly targetScans?: number;
  /** Fraction of scans whose code has a wrong check digit, to exercise rejection. Default 0.002. */
  readonly invalidCodeRate?: number;
  /** Storage bins. Default: enough for the day's stows. */
  readonly bins?: number;
  /** Stations per business step. Default: from the headcount in each role. */
  readonly stations?: Partial<Record<BizStep, number>>;
  /** Add a 21:00-05:00 night shift (it ends the next calendar day). Default false. */
  readonly nightShift?: boolean;
}

export interface ResolvedOptions {
  readonly seed: number;
  readonly site: string;
  readonly date: string;
  readonly workers: number | undefined;
  readonly targetScans: number;
  readonly invalidCodeRate: number;
  readonly bins: number;
  readonly stations: Partial<Record<BizStep, number>>;
  readonly nightShift: boolean;
}

const siteIdPattern = /^[A-Za-z0-9._:-]{1,64}$/;

function problem(field: string, message: string, value: unknown): never {
  throw new RangeError(`site-day option "${field}": ${message} (got ${JSON.stringify(value)})`);
}

function checkInteger(field: string, value: unknown, min: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    problem(field, `must be an integer of at least ${min}`, value);
  }
}

function checkStations(stations: SiteDayOptions['stations']): void {
  for (const [bizStep, count] of Object.entries(stations ?? {})) checkInteger(`stations.${bizStep}`, count, 1);
}

function checkIdentity(options: SiteDayOptions): void {
  if (!Number.isSafeInteger(options.seed)) problem('seed', 'must be a safe integer', options.seed);
  if (typeof options.site !== 'string' || !siteIdPattern.test(options.site)) {
    problem('site', 'must be 1-64 characters of A-Z a-z 0-9 . _ : - (it goes into stream names)', options.site);
  }
  if (!isDay(options.date)) problem('date', 'must be a calendar day YYYY-MM-DD', options.date);
}

function checkRate(rate: unknown): void {
  if (rate === undefined) return;
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 0.5)) problem('invalidCodeRate', 'must be a fraction from 0 to 0.5', rate);
}

/** Checks every option and fills the defaults; throws a RangeError naming the option that is wrong. */
export function resolveOptions(options: SiteDayOptions): ResolvedOptions {
  checkIdentity(options);
  checkInteger('workers', options.workers, 1);
  checkInteger('targetScans', options.targetScans, 1);
  checkInteger('bins', options.bins, 1);
  checkRate(options.invalidCodeRate);
  checkStations(options.stations);
  const targetScans = options.targetScans ?? 100_000;
  return {
    seed: options.seed,
    site: options.site,
    date: options.date,
    workers: options.workers,
    targetScans,
    invalidCodeRate: options.invalidCodeRate ?? 0.002,
    // Chaotic storage: each stow picks any bin, so ~1 bin per 25 scans keeps bins sparsely filled.
    bins: options.bins ?? Math.max(200, Math.ceil(targetScans / 25)),
    stations: options.stations ?? {},
    nightShift: options.nightShift ?? false,
  };
}
