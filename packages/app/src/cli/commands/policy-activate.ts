import { Option, type Command } from 'commander';
import { canonicalJson, type RegisterActivatedData, rulePackIds, sha256Hex } from '@fairscan/domain';
import { assertAllowed } from '@fairscan/privacy';
import { readActiveRegister } from '@fairscan/reporting';
import { withFairscan } from '../open-fairscan.js';
import { assertSameSite, readRegisterFile } from '../register-file.js';
import { addAsOption, say, withAccount } from './acting-as.js';

interface ActivateOptions {
  readonly as: string;
  readonly pack?: string[];
}

function overrideLines(active: RegisterActivatedData): string[] {
  if (active.overrides.length === 0) return ['overrides: none (no violation is kept)'];
  return [
    'overrides (violations kept on purpose; every report names them):',
    ...active.overrides.map((o) => `  ${o.rule} on "${o.indicator}": approved by ${o.approvedBy} on ${o.date}: ${o.justification}`),
  ];
}

/** The register in force, as the works council and every report see it. */
export function describeActive(active: RegisterActivatedData): string[] {
  const { attribution, task, shift, aggregate } = active.retention;
  return [
    `register in force at ${active.site}: sha256 ${active.registerHash}`,
    `activated ${active.at}${active.activatedBy === undefined ? '' : ` by ${active.activatedBy}`}, judged against ${active.packs.join(', ')}`,
    `notice: ${active.noticeVersion ?? 'not recorded'}`,
    `retention (days): attribution ${attribution}, task ${task}, shift ${shift}, aggregate ${aggregate}`,
    ...overrideLines(active),
  ];
}

function registerActivate(policy: Command): void {
  addAsOption(
    policy
      .command('activate')
      .description('put an indicator register in force through the command handler: refused (exit 1) while a violation has no justified override'),
    'a site-manager or DPO account (manage:policy)',
  )
    .argument('<register>', 'register file (YAML or JSON), e.g. examples/registers/proportionate.yaml')
    .addOption(new Option('--pack <id...>', "rule packs (default: by the register's jurisdiction)").choices([...rulePackIds]))
    .action(async (file: string, options: ActivateOptions, command: Command) => {
      const { plain, register } = await readRegisterFile(file);
      await withAccount(command, options.as, async ({ store, handler, config }, account) => {
        assertSameSite(register, file, config.site);
        assertAllowed(account, 'manage:policy', { site: config.site });
        const at = new Date().toISOString();
        // The one command handler: its decider judges the register and refuses it while a violation has no justified override.
        const outcome = await handler.parseAndExecute('ActivateRegister', { register: plain, packs: options.pack, at, activatedBy: account.id });
        if (outcome.writes.length === 0) say(`register sha256 ${sha256Hex(canonicalJson(register))} is already in force at ${config.site}: nothing changed`);
        const active = await readActiveRegister(store, config.site);
        if (outcome.writes.length > 0 && active !== undefined) for (const line of describeActive(active)) say(line);
      });
    });
}

function registerShow(policy: Command): void {
  policy
    .command('show')
    .description('the register in force: its hash, packs, retention, and each override with its justification')
    .action(async (_options: unknown, command: Command) => {
      await withFairscan(command, async ({ store, config }) => {
        const active = await readActiveRegister(store, config.site);
        if (active === undefined) {
          say(`no register activated at ${config.site}; activate one with: fairscan policy activate <register> --as <account>`);
          return;
        }
        for (const line of describeActive(active)) say(line);
      });
    });
}

export function registerPolicyActivation(policy: Command): void {
  registerActivate(policy);
  registerShow(policy);
}
