import { finding, type Rule } from '../finding.js';
import { type Indicator } from '../indicator.js';
import { isQuota, judgeIndicators, measureFor, named, readsAsIndividual } from '../indicator-reading.js';

/** California Labor Code 2104: the worker may ask for their last 90 days of work-speed data. */
const workSpeedDays = 90;

const isWorkSpeedData = (indicator: Indicator): boolean => readsAsIndividual(indicator) && measureFor(indicator)?.workSpeed === true;

export const quotaDisclosed: Rule = (register) =>
  judgeIndicators(register, (indicator, at) =>
    isQuota(indicator) && indicator.disclosed !== true
      ? [finding('US-QUOTA-DISCLOSE', at('disclosed'), `${named(indicator)} sets a threshold of ${indicator.threshold} on one person, which makes it a quota: describe it to the workers in writing, then set disclosed: true`, indicator.id)]
      : [],
  );

export const ownWorkSpeedData: Rule = (register) =>
  judgeIndicators(register, (indicator, at) => {
    if (!isWorkSpeedData(indicator)) return [];
    const tooShort = indicator.retentionDays < workSpeedDays
      ? [finding('US-QUOTA-DATA-90', at('retentionDays'), `${named(indicator)} is work-speed data kept ${indicator.retentionDays} days: keep it ${workSpeedDays} days so the worker can request it`, indicator.id)]
      : [];
    const hidden = indicator.visibleTo.includes('worker')
      ? []
      : [finding('US-QUOTA-DATA-90', at('visibleTo'), `${named(indicator)} is work-speed data the worker cannot see: add worker to visibleTo`, indicator.id)];
    return [...tooShort, ...hidden];
  });

// California Labor Code 2102, 2103(b): a quota may not count meal or rest breaks against the worker.
export const quotaExcludesBreaks: Rule = (register) =>
  judgeIndicators(register, (indicator, at) =>
    isQuota(indicator) && indicator.excludesBreaks !== true
      ? [finding('US-QUOTA-BREAKS', at('excludesBreaks'), `quota ${named(indicator)} does not say it leaves meal and rest breaks out: exclude break time, then set excludesBreaks: true`, indicator.id)]
      : [],
  );

/** us-ca-ab701: California AB 701 (Labor Code 2100–2108), warehouse quotas. */
export const usCaAb701 = {
  id: 'us-ca-ab701',
  title: 'California: AB 701 warehouse quotas (Labor Code 2100–2108)',
  rules: [quotaDisclosed, ownWorkSpeedData, quotaExcludesBreaks] as readonly Rule[],
} as const;
