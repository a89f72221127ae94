import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { rulePackIds } from '@fairscan/domain';
import { type Account, assertAllowed, guardRead } from '@fairscan/privacy';
import { collectCompliance, type ComplianceFormat, complianceFormats, renderCompliance } from '@fairscan/reporting';
import { type Fairscan } from '../../container/build-container.js';
import { assertSameSite, readRegisterFile } from '../register-file.js';
import { addAsOption, withAccount } from './acting-as.js';

interface ComplianceOptions {
  readonly as: string;
  readonly format: ComplianceFormat;
  readonly register?: string;
  readonly pack?: string[];
  readonly out?: string;
  readonly detail?: boolean;
}

/**
 * The DPO's copy lists each read with its reader and subject: the DPO alone
 * may see the audit whole, and that read is itself logged (CNIL-VIDEO).
 */
async function openDetail(fairscan: Fairscan, account: Account): Promise<void> {
  const { store, config } = fairscan;
  const read = { action: 'read:audit' as const, resource: { site: config.site }, subject: `site:${config.site}` };
  await guardRead(store, account, { ...read, purpose: 'compliance review: reads one by one', what: 'compliance-report --detail' });
}

async function runCompliance(fairscan: Fairscan, account: Account, options: ComplianceOptions): Promise<void> {
  const { store, config } = fairscan;
  // Those who answer for the register produce the document the works council is shown.
  assertAllowed(account, 'manage:policy', { site: config.site });
  if (options.detail === true) await openDetail(fairscan, account);
  const file = options.register === undefined ? undefined : await readRegisterFile(options.register);
  if (file !== undefined && options.register !== undefined) assertSameSite(file.register, options.register, config.site);
  const data = await collectCompliance(store, config.site, { register: file?.register, packs: options.pack, detail: options.detail });
  const text = renderCompliance(data, options.format);
  if (options.out === undefined) process.stdout.write(text);
  else await writeFile(options.out, text, 'utf8');
}

export function registerComplianceReport(program: Command): void {
  addAsOption(
    program
      .command('compliance-report')
      .description('for the works council: the register in force, policy findings and overrides, retention proofs, reads by role and purpose'),
    'a site-manager or DPO account (manage:policy)',
  )
    .addOption(new Option('-f, --format <format>', 'output format').choices([...complianceFormats]).default('markdown'))
    .option('--register <file>', 'the register file, to list its indicators and judge it (findings, overrides)')
    .addOption(new Option('--pack <id...>', 'rule packs to judge the register by (default: those it was activated under)').choices([...rulePackIds]))
    .option('-o, --out <file>', 'write here instead of stdout')
    .option('--detail', 'DPO only, logged: add each read with its reader and subject (never for the works council)')
    .action(async (options: ComplianceOptions, command: Command) => {
      await withAccount(command, options.as, (fairscan, account) => runCompliance(fairscan, account, options));
    });
}
