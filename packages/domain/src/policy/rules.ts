/**
 * Every rule the packs apply: its severity, what it judges and its sources
 * (the rows of cnil-findings.md). Findings take their severity and
 * references from here, so the docs, the packs and the reports cannot drift.
 */
export type Severity = 'violation' | 'warning';

export interface RuleInfo {
  readonly id: string;
  readonly pack: string;
  readonly severity: Severity;
  readonly judges: string;
  readonly references: readonly string[];
}

const cnil = 'CNIL SAN-2023-021';
const minimisation = 'GDPR Art. 5(1)(c)';
const legitimateInterest = 'GDPR Art. 6(1)(f)';
const proportionate = 'Code du travail L1121-1';
const ab701 = 'California Labor Code 2100–2108';

export const ruleCatalogue = [
  { id: 'CNIL-SMG', pack: 'fr-cnil-2023', severity: 'violation', judges: 'an individual scan-interval indicator, at any threshold: it times each gesture', references: [cnil, minimisation, legitimateInterest, proportionate] },
  { id: 'CNIL-IDLE', pack: 'fr-cnil-2023', severity: 'violation', judges: 'an individual inactivity indicator with a threshold of 10 minutes or more, or none', references: [cnil, minimisation, legitimateInterest, proportionate] },
  { id: 'CNIL-LATENCY', pack: 'fr-cnil-2023', severity: 'violation', judges: 'an individual inactivity indicator with a threshold under 10 minutes', references: [cnil, minimisation, legitimateInterest, proportionate] },
  { id: 'CNIL-BADGE', pack: 'fr-cnil-2023', severity: 'violation', judges: 'an individual time-to-first-scan or time-after-last-scan indicator: it times the pauses at the start and end of the day', references: [cnil, minimisation, legitimateInterest, proportionate] },
  { id: 'CNIL-RET-31', pack: 'fr-cnil-2023', severity: 'violation', judges: 'raw individual data (attribution, task) kept more than 7 days, or an individual indicator finer than a week kept more than 7 days', references: [cnil, minimisation, 'GDPR Art. 5(1)(e)', "Conseil d'État n° 492830"] },
  { id: 'CNIL-JUSTIFY', pack: 'fr-cnil-2023', severity: 'violation', judges: 'an individual indicator that makes the worker justify it (breaks are declared, never justified)', references: [cnil, minimisation, proportionate] },
  { id: 'CNIL-INFO', pack: 'fr-cnil-2023', severity: 'violation', judges: 'no notice, or a notice that does not reach permanent and temporary workers alike', references: [cnil, 'GDPR Art. 12', 'GDPR Art. 13', 'Code du travail L1222-4'] },
  { id: 'AGG-K5', pack: 'fr-cnil-2023', severity: 'violation', judges: 'a team indicator without a minimum group size of 5 people', references: [minimisation, 'workplace analytics practice: no aggregate over fewer than 5 people'] },
  { id: 'FR-L2312-38', pack: 'fr-cnil-2023', severity: 'warning', judges: 'no works council (CSE) consultation recorded before the indicators are deployed', references: ['Code du travail L2312-38'] },
  { id: 'US-QUOTA-DISCLOSE', pack: 'us-ca-ab701', severity: 'violation', judges: 'an individual threshold (a quota) not disclosed to the workers in writing', references: [ab701, 'California Labor Code 2101'] },
  { id: 'US-QUOTA-DATA-90', pack: 'us-ca-ab701', severity: 'violation', judges: 'individual work-speed data kept less than 90 days or not visible to the worker', references: [ab701, 'California Labor Code 2104'] },
  { id: 'US-QUOTA-BREAKS', pack: 'us-ca-ab701', severity: 'violation', judges: 'a quota that does not exclude meal and rest breaks', references: [ab701, 'California Labor Code 2102', 'California Labor Code 2103(b)'] },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof ruleCatalogue)[number]['id'];

export const ruleIds: readonly RuleId[] = ruleCatalogue.map((rule) => rule.id);

const byId = new Map<string, RuleInfo>(ruleCatalogue.map((rule) => [rule.id, rule]));

export const ruleInfo = (id: RuleId): RuleInfo => byId.get(id) as RuleInfo;
