import { finding, type Rule } from '../finding.js';
import { type Indicator } from '../indicator.js';
import { judgeIndicators, measureFor, minimumGroupSize, named, readsAsIndividual } from '../indicator-reading.js';

/** fr-cnil-2023 rules about what each indicator measures (cnil-findings.md, "Indicators"). */

/** CNIL-IDLE covers 10 minutes and more, CNIL-LATENCY what is shorter (AFL's "latency under ten minutes"). */
const idleBoundarySeconds = 600;

const timesPerson = (indicator: Indicator, timing: 'gestures' | 'idle' | 'day-edges'): boolean =>
  readsAsIndividual(indicator) && measureFor(indicator)?.times === timing;

// No threshold flags any inactivity at all, which is CNIL-IDLE's range too.
const isUnderTenMinutes = (indicator: Indicator): boolean => (indicator.threshold ?? idleBoundarySeconds) < idleBoundarySeconds;

const thresholdText = (indicator: Indicator): string =>
  indicator.threshold === undefined || indicator.threshold === null ? 'with no threshold' : `with a threshold of ${indicator.threshold} s`;

// CNIL-SMG: AFL's "Stow Machine Gun" flagged scans < 1.25 s apart; any threshold times the gesture.
export const cnilSmg: Rule = (register) =>
  judgeIndicators(register, (indicator, at) =>
    timesPerson(indicator, 'gestures')
      ? [finding('CNIL-SMG', at('measure'), `${named(indicator)} times the gap between one person's consecutive scans (${indicator.measure}, ${thresholdText(indicator)}): it monitors each gesture; measure station throughput or a weekly rate instead`, indicator.id)]
      : [],
  );

// CNIL-IDLE and CNIL-LATENCY: whatever the threshold, an individual inactivity indicator makes people justify pauses.
export const cnilIdle: Rule = (register) =>
  judgeIndicators(register, (indicator, at) =>
    timesPerson(indicator, 'idle') && !isUnderTenMinutes(indicator)
      ? [finding('CNIL-IDLE', at('measure'), `${named(indicator)} flags a person's scanner inactivity (${indicator.measure}, ${thresholdText(indicator)}): breaks are declared, never inferred or justified; measure backlog per station instead`, indicator.id)]
      : [],
  );

export const cnilLatency: Rule = (register) =>
  judgeIndicators(register, (indicator, at) =>
    timesPerson(indicator, 'idle') && isUnderTenMinutes(indicator)
      ? [finding('CNIL-LATENCY', at('measure'), `${named(indicator)} flags a person's scanner inactivity under 10 minutes (${indicator.measure}, ${thresholdText(indicator)}): interruptions of a few minutes are not to be explained; drop it`, indicator.id)]
      : [],
  );

export const cnilBadge: Rule = (register) =>
  judgeIndicators(register, (indicator, at) =>
    timesPerson(indicator, 'day-edges')
      ? [finding('CNIL-BADGE', at('measure'), `${named(indicator)} times a person's pauses at the start or end of the day (${indicator.measure}): drop it`, indicator.id)]
      : [],
  );

// CNIL-JUSTIFY: a person never has to explain a number about them; breaks are declared, never justified.
export const cnilJustify: Rule = (register) =>
  judgeIndicators(register, (indicator, at) =>
    readsAsIndividual(indicator) && indicator.requiresJustification === true
      ? [finding('CNIL-JUSTIFY', at('requiresJustification'), `${named(indicator)} makes a person justify their ${indicator.measure}: set requiresJustification: false, or measure per team`, indicator.id)]
      : [],
  );

export const aggregateK5: Rule = (register) =>
  judgeIndicators(register, (indicator, at) => {
    if (indicator.subject !== 'team' || (indicator.minGroupSize ?? 0) >= minimumGroupSize) return [];
    const size = indicator.minGroupSize === undefined ? 'has no minGroupSize' : `has minGroupSize ${indicator.minGroupSize}`;
    return [finding('AGG-K5', at('minGroupSize'), `${named(indicator)} ${size}: a team of fewer than ${minimumGroupSize} exposes individuals; set minGroupSize: ${minimumGroupSize} or more`, indicator.id)];
  });
