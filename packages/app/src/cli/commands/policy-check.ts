import { Option, type Command } from 'commander';
import { evaluateRegister, findingFormats, renderFindings, rulePackIds, UnknownRulePackError } from '@fairscan/domain';
import { readRegisterFile } from '../register-file.js';
import { UsageError } from '../usage-error.js';
import { registerPolicyActivation } from './policy-activate.js';

interface PolicyCheckOptions {
  readonly pack?: string[];
  readonly format: (typeof findingFormats)[number];
}

/** Exit codes a CI job or a DPO's script can rely on. */
export const policyExitCodes = { clean: 0, violations: 1, invalid: 2 } as const;

/** Parses and judges a register file; returns the exit code (0 clean, 1 violations); an invalid file throws a UsageError (2). */
export async function checkRegisterFile(file: string, options: PolicyCheckOptions): Promise<number> {
  const { register } = await readRegisterFile(file);
  try {
    const evaluation = evaluateRegister(register, options.pack);
    process.stdout.write(`${renderFindings(evaluation, options.format)}\n`);
    return evaluation.violations > 0 ? policyExitCodes.violations : policyExitCodes.clean;
  } catch (error) {
    if (error instanceof UnknownRulePackError) throw new UsageError(`${error.message} (known packs: ${rulePackIds.join(', ')})`);
    throw error;
  }
}

export function registerPolicy(program: Command): void {
  const policy = program.command('policy').description('the indicator register and the rule packs that judge it');
  policy
    .command('check')
    .description('judge an indicator register (YAML or JSON): exit 0 clean, 1 violations, 2 invalid file')
    .argument('<register>', 'register file, e.g. examples/registers/proportionate.yaml')
    .option('--pack <id...>', `rule packs (default: by the register's jurisdiction): ${rulePackIds.join(', ')}`)
    .addOption(new Option('-f, --format <format>', 'output format').choices([...findingFormats]).default('text'))
    .action(async (file: string, options: PolicyCheckOptions) => {
      process.exitCode = await checkRegisterFile(file, options);
    });
  registerPolicyActivation(policy);
}
