import { type RegisterCommand } from '../commands/command.js';
import { type ActiveOverride, type PolicyEvent, type RegisterActivatedData } from '../events/policy-events.js';
import { activationDecision } from '../policy/activation-decision.js';
import { canonicalJson, sha256Hex } from '../policy/digest.js';
import { evaluateRegister, type Evaluation } from '../policy/evaluate-register.js';
import { type Finding } from '../policy/finding.js';
import { overridesOf } from '../policy/indicator-reading.js';
import { UnknownRulePackError } from '../policy/packs/index.js';
import { parseRegister } from '../policy/parse-register.js';
import { type Register } from '../policy/register.js';
import { CommandRejected, type Decider } from './decider.js';

/** The register in force at a site: which one (its hash) and the packs it passed. */
export interface ActiveRegisterState {
  readonly registerHash?: string;
  readonly packs?: readonly string[];
}

function parsed(plain: unknown): Register {
  const result = parseRegister(plain);
  if (result.ok) return result.register;
  throw new CommandRejected('invalid-register', `register: ${result.errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`);
}

function evaluated(register: Register, packs: readonly string[] | null | undefined): Evaluation {
  try {
    return evaluateRegister(register, packs ?? undefined);
  } catch (error) {
    if (error instanceof UnknownRulePackError) throw new CommandRejected('unknown-rule-pack', error.message);
    throw error;
  }
}

const blockingLine = (found: Finding): string =>
  found.indicator === undefined
    ? `  ${found.rule} at ${found.path} (the whole register: no indicator override lifts it): ${found.message}`
    : `  ${found.rule} on indicator "${found.indicator}" (${found.path}): ${found.message}`;

function refusal(register: Register, blocking: readonly Finding[]): CommandRejected {
  const count = `${blocking.length} violation${blocking.length === 1 ? '' : 's'}`;
  return new CommandRejected('register-violations', [
    `register for site "${register.site}" not activated: ${count} without a justified override`,
    ...blocking.map(blockingLine),
    'record an override (rule, a justification of at least 20 characters, approvedBy, date) on the indicator, or change the indicator',
  ].join('\n'));
}

/** The overrides that lifted a violation, once per rule and indicator. */
function activeOverrides(register: Register, evaluation: Evaluation): ActiveOverride[] {
  const lifted = new Map<string, ActiveOverride>();
  for (const found of evaluation.findings) {
    if (found.overridden !== true || found.indicator === undefined) continue;
    const override = overridesOf(register.indicators.find((candidate) => candidate.id === found.indicator)).find((o) => o.rule === found.rule);
    if (override === undefined) continue;
    const { justification, approvedBy, date } = override;
    lifted.set(`${found.rule}\u0000${found.indicator}`, { rule: found.rule, indicator: found.indicator, justification, approvedBy, date });
  }
  return [...lifted.values()];
}

function activation(register: Register, evaluation: Evaluation, command: RegisterCommand['data']): RegisterActivatedData {
  const { attribution, task, shift, aggregate } = register.retention;
  return {
    site: register.site,
    registerHash: sha256Hex(canonicalJson(register)),
    ...(register.notice === undefined ? {} : { noticeVersion: register.notice.version }),
    packs: evaluation.packs,
    overrides: activeOverrides(register, evaluation),
    retention: { attribution, task, shift, aggregate },
    ...(typeof command.activatedBy === 'string' ? { activatedBy: command.activatedBy } : {}),
    at: command.at,
  };
}

const samePacks = (a: readonly string[] | undefined, b: readonly string[]): boolean => a !== undefined && a.join('\u0000') === b.join('\u0000');

/**
 * `policy-<site>`: a register is activated only when `activationDecision`
 * allows it, i.e. every violation has a recorded, justified override
 * (CNIL-SMG, CNIL-IDLE, CNIL-RET-31…); the overrides travel in the event so
 * every report can show them. Activating the register already in force again
 * changes nothing.
 */
export const registerDecider: Decider<RegisterCommand, ActiveRegisterState, PolicyEvent> = {
  initialState: () => ({}),
  evolve: (state, event) =>
    event.type === 'RegisterActivated' ? { registerHash: event.data.registerHash, packs: event.data.packs } : state,
  decide: ({ data }, state) => {
    const register = parsed(data.register);
    const evaluation = evaluated(register, data.packs);
    const decision = activationDecision(register, evaluation);
    if (!decision.allowed) throw refusal(register, decision.blocking);
    const activated = activation(register, evaluation, data);
    if (state.registerHash === activated.registerHash && samePacks(state.packs, activated.packs)) return [];
    return [{ type: 'RegisterActivated', data: activated }];
  },
};
