import { type Finding } from './finding.js';
import { overridesOf } from './indicator-reading.js';
import { defaultPackIds, rulePack } from './packs/index.js';
import { type Register } from './register.js';

export interface Evaluation {
  /** The rule packs applied, in order. */
  readonly packs: readonly string[];
  readonly findings: readonly Finding[];
  /** Violations without an override: the register cannot be activated while this is not 0. */
  readonly violations: number;
  readonly warnings: number;
  readonly overridden: number;
}

/** A recorded override turns the finding into an overridden one; it stays in the report with its justification. */
function withOverride(register: Register, found: Finding): Finding {
  const indicator = register.indicators.find((candidate) => candidate.id === found.indicator);
  const override = overridesOf(indicator).find((candidate) => candidate.rule === found.rule);
  if (found.indicator === undefined || override === undefined) return found;
  return {
    ...found,
    message: `${found.message} (overridden: approved by ${override.approvedBy} on ${override.date})`,
    overridden: true,
    justification: override.justification,
  };
}

const count = (findings: readonly Finding[], test: (found: Finding) => boolean): number => findings.filter(test).length;

/**
 * Judges a register against rule packs: `packIds` when given (one or several),
 * else the packs of its jurisdiction. Throws UnknownRulePackError for a pack
 * that does not exist, before judging anything.
 */
export function evaluateRegister(register: Register, packIds?: readonly string[]): Evaluation {
  const packs = [...new Set(packIds !== undefined && packIds.length > 0 ? packIds : defaultPackIds(register))].map(rulePack);
  const findings = packs.flatMap((pack) => pack.rules.flatMap((rule) => rule(register))).map((found) => withOverride(register, found));
  return {
    packs: packs.map((pack) => pack.id),
    findings,
    violations: count(findings, (found) => found.severity === 'violation' && found.overridden !== true),
    warnings: count(findings, (found) => found.severity === 'warning' && found.overridden !== true),
    overridden: count(findings, (found) => found.overridden === true),
  };
}
