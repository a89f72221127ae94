import { finding, type Finding, type Rule } from '../finding.js';
import { type Indicator } from '../indicator.js';
import { secondsPerWeek } from '../iso-duration.js';
import { judgeIndicators, named, readsAsIndividual, windowSeconds } from '../indicator-reading.js';
import { workerCategories } from '../register-parts.js';
import { type Register } from '../register.js';

/** fr-cnil-2023 rules about retention, information and consultation (cnil-findings.md). */

/** CNIL-RET-31 / AFL-FIX: individual data finer than a week is kept at most 7 days. */
export const maxFineGrainedDays = 7;

const rawCategories: Readonly<Record<string, string>> = { attribution: 'link each scan to a person', task: 'name who did each task' };

/**
 * The CNIL-RET-31 message for keeping a raw personal category `days` days, or
 * undefined when that is proportionate. Shared by the register check and the
 * retention-policy decider, so a policy set on its own is judged the same way.
 */
export function rawRetentionExcess(category: string, days: number): string | undefined {
  const holds = rawCategories[category];
  if (holds === undefined || days <= maxFineGrainedDays) return undefined;
  return `${category} streams ${holds} and are kept ${days} days: keep them for the working day (1), at most ${maxFineGrainedDays}, then weekly aggregates only`;
}

function rawRetention(register: Register): Finding[] {
  return Object.entries(register.retention).flatMap(([category, days]) => {
    const excess = rawRetentionExcess(category, days);
    return excess === undefined ? [] : [finding('CNIL-RET-31', `retention.${category}`, excess)];
  });
}

const isFineGrainedPersonal = (indicator: Indicator): boolean =>
  readsAsIndividual(indicator) && windowSeconds(indicator) < secondsPerWeek && indicator.retentionDays > maxFineGrainedDays;

export const cnilRetention: Rule = (register) => [
  ...rawRetention(register),
  ...judgeIndicators(register, (indicator, at) =>
    isFineGrainedPersonal(indicator)
      ? [finding('CNIL-RET-31', at('retentionDays'), `${named(indicator)} holds one value per person per ${indicator.window} and keeps it ${indicator.retentionDays} days: keep it at most ${maxFineGrainedDays} days, or aggregate weekly (P1W)`, indicator.id)]
      : [],
  ),
];

// CNIL-INFO: AFL's temporary workers were not informed; the notice must reach every category of worker.
export const cnilInfo: Rule = (register) => {
  if (register.notice === undefined) {
    return [finding('CNIL-INFO', 'notice', `no information notice recorded: tell every worker before collection and record it (notice: { version, givenTo: [${workerCategories.join(', ')}] })`)];
  }
  const missing = workerCategories.filter((category) => !register.notice?.givenTo.includes(category));
  if (missing.length === 0) return [];
  return [finding('CNIL-INFO', 'notice.givenTo', `notice ${register.notice.version} was not given to ${missing.join(' or ')} workers: every worker, temporary ones included, must be informed before collection`)];
};

export const worksCouncilConsulted: Rule = (register) =>
  typeof register.consultation?.worksCouncil === 'string'
    ? []
    : [finding('FR-L2312-38', 'consultation.worksCouncil', 'no works council (CSE) consultation recorded: consult it before deploying the indicators and record the date (consultation: { worksCouncil: YYYY-MM-DD })')];
