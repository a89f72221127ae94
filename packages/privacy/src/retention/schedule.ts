import { type RetentionByCategory, type RetentionCategory, retentionCategories, type StoredEvent } from '@fairscan/domain';

export type RetentionDays = Readonly<Record<RetentionCategory, number>>;

/**
 * Where a category's days came from, so a proof can say which rule applied:
 * `active-register` is the retention section of the register activated in
 * `policy-<site>` (RegisterActivated), `register` a register file given for one run.
 */
export type RetentionSource = 'default' | 'policy-stream' | 'active-register' | 'register';

export interface RetentionSchedule {
  readonly days: RetentionDays;
  readonly sources: Readonly<Record<RetentionCategory, RetentionSource>>;
}

/**
 * design.md's defaults. CNIL-RET-OK: raw attribution and task links for the
 * working day, declared shifts a week (AFL-FIX), weekly aggregates 13 weeks
 * (fr-cnil-2023); operational facts for the business; the audit 5 years.
 */
export const defaultRetentionDays: RetentionDays = {
  attribution: 1,
  task: 1,
  shift: 7,
  aggregate: 91,
  package: 400,
  location: 400,
  audit: 1825,
};

export interface ScheduleInputs {
  /** Events of `policy-<site>`: the last `RetentionPolicySet` or `RegisterActivated` naming a category wins. */
  readonly policy?: readonly StoredEvent[];
  /** A register file's `retention` section: given explicitly, it wins over the stream. */
  readonly register?: Partial<RetentionByCategory>;
}

/** Defaults, overridden by the site's policy stream (set policies and the active register, in order), overridden by a register passed for this run. */
export function retentionSchedule(inputs: ScheduleInputs = {}): RetentionSchedule {
  const days: Record<RetentionCategory, number> = { ...defaultRetentionDays };
  const sources = Object.fromEntries(retentionCategories.map((category) => [category, 'default'])) as Record<RetentionCategory, RetentionSource>;
  for (const event of inputs.policy ?? []) applyPolicyEvent(event, days, sources);
  for (const [category, value] of Object.entries(inputs.register ?? {})) {
    if (value === undefined) continue;
    days[category as RetentionCategory] = checkedDays(value, `register retention.${category}`);
    sources[category as RetentionCategory] = 'register';
  }
  return { days, sources };
}

type Days = Record<RetentionCategory, number>;
type Sources = Record<RetentionCategory, RetentionSource>;

function applyPolicyEvent(event: StoredEvent, days: Days, sources: Sources): void {
  if (event.type === 'RetentionPolicySet') {
    const { category, days: value } = event.data as { category: RetentionCategory; days: unknown };
    setDays(category, value, 'policy-stream', `policy event ${event.streamPosition}`, { days, sources });
  } else if (event.type === 'RegisterActivated') {
    const { retention } = event.data as { retention?: Record<string, unknown> };
    for (const [category, value] of Object.entries(retention ?? {})) {
      setDays(category as RetentionCategory, value, 'active-register', `policy event ${event.streamPosition}`, { days, sources });
    }
  }
}

function setDays(category: RetentionCategory, value: unknown, source: RetentionSource, where: string, into: { days: Days; sources: Sources }): void {
  if (!retentionCategories.includes(category)) throw new RangeError(`${where}: unknown category "${String(category)}"`);
  into.days[category] = checkedDays(value, `${where} (${category})`);
  into.sources[category] = source;
}

/** A stored policy is data from anywhere: a malformed one stops the run rather than deleting on a guess. */
function checkedDays(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${where}: days ${JSON.stringify(value)} is not a whole number of at least 1`);
  }
  return value;
}
