import { type Evaluation } from './evaluate-register.js';
import { type Finding } from './finding.js';
import { overridesOf } from './indicator-reading.js';
import { type Register } from './register.js';

export interface ActivationDecision {
  readonly allowed: boolean;
  /** The violations that keep the register from being activated. */
  readonly blocking: readonly Finding[];
}

const minimumJustification = 20;

/** Checked against the register itself, so an evaluation that claims an override without one cannot activate. */
function isJustifiedOverride(register: Register, found: Finding): boolean {
  const indicator = register.indicators.find((candidate) => candidate.id === found.indicator);
  return (
    found.overridden === true &&
    overridesOf(indicator).some((override) => override.rule === found.rule && override.justification.trim().length >= minimumJustification)
  );
}

/**
 * A register is activated only when every violation carries a recorded
 * override with its justification; warnings never block.
 */
export function activationDecision(register: Register, evaluation: Evaluation): ActivationDecision {
  const blocking = evaluation.findings.filter((found) => found.severity === 'violation' && !isJustifiedOverride(register, found));
  return { allowed: blocking.length === 0, blocking };
}
