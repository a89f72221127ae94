import { Indicator } from './indicator.js';
import { measureOf } from './measures.js';
import { type Register } from './register.js';
import { type RegisterError } from './register-error.js';

const at = (index: number, field: string): string => `indicators[${index}].${field}`;

function duplicateId(indicators: readonly Indicator[], indicator: Indicator, index: number): RegisterError[] {
  const first = indicators.findIndex((other) => other.id === indicator.id);
  return first < index ? [{ path: at(index, 'id'), message: `duplicates the id of indicators[${first}] ("${indicator.id}")` }] : [];
}

// A per-person package dwell time or a per-item inactivity means nothing; refusing it keeps the rules sound.
function subjectFitsMeasure(indicator: Indicator, index: number): RegisterError[] {
  const measure = measureOf(String(indicator.measure));
  const subjects: readonly string[] = measure?.subjects ?? [];
  if (measure === undefined || subjects.includes(indicator.subject) || typeof indicator.subject !== 'string') return [];
  return [{ path: at(index, 'subject'), message: `${measure.id} is measured per ${subjects.join(' or ')}, not per ${indicator.subject}` }];
}

function groupSizeOnTeamsOnly(indicator: Indicator, index: number): RegisterError[] {
  if (indicator.minGroupSize === undefined || indicator.subject === 'team') return [];
  return [{ path: at(index, 'minGroupSize'), message: `only team indicators have a minimum group size (subject is ${String(indicator.subject)})` }];
}

/** Checks that span fields, run once every indicator has been built. */
export function registerChecks(register: Register): RegisterError[] {
  if (!Array.isArray(register.indicators)) return [];
  const indicators = register.indicators.filter((indicator): indicator is Indicator => indicator instanceof Indicator);
  return register.indicators.flatMap((indicator, index) =>
    indicator instanceof Indicator
      ? [...duplicateId(indicators, indicator, index), ...subjectFitsMeasure(indicator, index), ...groupSizeOnTeamsOnly(indicator, index)]
      : [],
  );
}
