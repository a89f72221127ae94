import { type Finding } from './finding.js';
import { type Indicator } from './indicator.js';
import { parseIsoDuration } from './iso-duration.js';
import { measureOf, type Measure } from './measures.js';
import { type Override } from './override.js';
import { type Register } from './register.js';

/** AGG-K5: no aggregate over fewer people than this. */
export const minimumGroupSize = 5;

/**
 * Rules judge what an indicator measures, never what it is called: an
 * individual indicator, or a team one that may cover fewer than 5 people
 * (AGG-K5), is about a person.
 */
export const readsAsIndividual = (indicator: Indicator): boolean =>
  indicator.subject === 'individual' || (indicator.subject === 'team' && (indicator.minGroupSize ?? 0) < minimumGroupSize);

export const measureFor = (indicator: Indicator): Measure | undefined => measureOf(indicator.measure);

export const windowSeconds = (indicator: Indicator): number => parseIsoDuration(indicator.window) ?? 0;

/** US-QUOTA: a threshold on one person is a quota, whatever the indicator is called. */
export const isQuota = (indicator: Indicator): boolean =>
  readsAsIndividual(indicator) && indicator.threshold !== undefined && indicator.threshold !== null;

export const overridesOf = (indicator: Indicator | undefined): readonly Override[] => {
  const override = indicator?.override;
  if (override === undefined) return [];
  return Array.isArray(override) ? override : [override];
};

/** `field` of the indicator's entry in the register: `indicators[2].measure`. */
export type FieldPath = (field: string) => string;

/** The findings `judge` makes about each indicator, with the path of its entry. */
export function judgeIndicators(register: Register, judge: (indicator: Indicator, at: FieldPath) => Finding[]): Finding[] {
  return register.indicators.flatMap((indicator, index) => judge(indicator, (field) => `indicators[${index}].${field}`));
}

/** `"idle-time"` for messages: the id is how the register's authors know the indicator. */
export const named = (indicator: Indicator): string => `"${indicator.id}"`;
