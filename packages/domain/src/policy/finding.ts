import { type Register } from './register.js';
import { ruleInfo, type RuleId, type Severity } from './rules.js';

/** What a rule found: severity and references come from the rule catalogue. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The indicator's id; absent when the finding is about the register as a whole. */
  readonly indicator?: string;
  readonly path: string;
  readonly message: string;
  readonly references: readonly string[];
  /** A recorded override keeps the indicator; the finding stays in every report. */
  readonly overridden?: boolean;
  readonly justification?: string;
}

/** A pure rule: the findings it makes about one register. */
export type Rule = (register: Register) => Finding[];

export function finding(rule: RuleId, path: string, message: string, indicator?: string): Finding {
  const { severity, references } = ruleInfo(rule);
  return { rule, severity, ...(indicator === undefined ? {} : { indicator }), path, message, references: [...references] };
}
