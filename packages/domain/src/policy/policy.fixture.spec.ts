import { parseRegister } from './parse-register.js';
import { type Register } from './register.js';

/** Test data for the policy specs: a valid register as plain data, and its parsed form. */

export type Plain = Record<string, unknown>;

/** A weekly individual pick rate, visible to the worker: proportionate under fr-cnil-2023. */
export const weeklyPickRate: Plain = {
  id: 'weekly-pick-rate',
  measure: 'items-per-hour',
  subject: 'individual',
  window: 'P1W',
  threshold: null,
  visibleTo: ['worker', 'team-lead'],
  realtime: false,
  retentionDays: 91,
  purpose: 'coaching',
  requiresJustification: false,
};

/** A register with no finding under fr-cnil-2023; `fields` replace its top-level fields, `undefined` removes one. */
export const aRegister = (fields: Plain = {}): Plain => withoutUndefined({
  site: 'lille-1',
  jurisdiction: 'FR',
  consultation: { worksCouncil: '2026-02-10' },
  notice: { version: '2026-03', givenTo: ['permanent', 'temporary'] },
  retention: { attribution: 1, task: 1, shift: 7, aggregate: 91 },
  indicators: [weeklyPickRate],
  ...fields,
});

function withoutUndefined(plain: Plain): Plain {
  return Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined));
}

/** An indicator: `fields` over the weekly pick rate. */
export const anIndicator = (fields: Plain): Plain => ({ ...weeklyPickRate, ...fields });

export const anOverride = (rule: string, fields: Plain = {}): Plain => ({
  rule,
  justification: 'forklift safety study agreed with the CSE, ends 2026-06',
  approvedBy: 'dpo@lille-1',
  date: '2026-02-12',
  ...fields,
});

/** Parses `plain`, failing the test with every error when it is not a valid register. */
export function validRegister(plain: unknown): Register {
  const parsed = parseRegister(plain);
  if (!parsed.ok) throw new Error(`fixture is not a valid register: ${JSON.stringify(parsed.errors)}`);
  return parsed.register;
}

/** A valid register holding exactly `indicators` (ids numbered when not given), other fields from `fields`. */
export const registerWith = (indicators: readonly Plain[], fields: Plain = {}): Register =>
  validRegister(aRegister({ ...fields, indicators: indicators.map((indicator, index) => anIndicator({ id: `indicator-${index}`, ...indicator })) }));
