import { type Command } from 'commander';
import { activationDecision, evaluateRegister, type Register } from '@fairscan/domain';
import { applyRetention, assertAllowed, type CategoryOutcome, readRetentionSchedule, type RetentionReport } from '@fairscan/privacy';
import { addAsOption, say, withAccount } from './acting-as.js';
import { assertSameSite, readRegisterFile } from '../register-file.js';
import { parseInstant } from '../parse-options.js';

interface RetentionRunOptions {
  readonly dryRun?: boolean;
  readonly now?: string;
  readonly register?: string;
  readonly as: string;
}

/**
 * CNIL-RET-31: a register file keeping raw attribution or task links, or
 * fine-grained individual indicators, beyond 7 days without a justified
 * override is not applied (exit 1), as `policy activate` would refuse it.
 */
function refuseLongRetention(register: Register, file: string): void {
  const blocking = activationDecision(register, evaluateRegister(register)).blocking.filter((found) => found.rule === 'CNIL-RET-31');
  if (blocking.length === 0) return;
  const lines = blocking.map((found) => `  ${found.path}: ${found.message}`);
  throw new Error([`${file}: retention not applied: CNIL-RET-31 violation${blocking.length === 1 ? '' : 's'} without a justified override`, ...lines].join('\n'));
}

const headings = ['category', 'days', 'source', 'cut-off', 'streams', 'truncated', 'events', 'proof'];

function rowOf(outcome: CategoryOutcome, site: string): string[] {
  const proof = outcome.proof === undefined ? '-' : `audit-${site} #${outcome.proof.position}`;
  return [outcome.category, String(outcome.days), outcome.source, outcome.cutoff, String(outcome.streams), String(outcome.truncated), String(outcome.events), proof];
}

/** Plain aligned columns: numbers right, text left; readable in a terminal and in a DPO's log. */
function table(rows: readonly string[][]): string[] {
  const widths = headings.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const numeric = (i: number) => i === 1 || (i >= 4 && i <= 6);
  return rows.map((row) => row.map((cell, i) => (numeric(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd());
}

function headline(report: RetentionReport, site: string): string {
  if (report.dryRun) return `retention dry run for site ${site} at ${report.now}: nothing deleted, nothing written; this would go:`;
  return `retention run for site ${site} at ${report.now}${report.runId ? ` (run ${report.runId})` : ': nothing had expired, no proof written'}`;
}

function foldLines(report: RetentionReport): string[] {
  return report.folded.map((week) => {
    const rows = week.rows === undefined ? '' : ` (${week.rows} person-bizStep rows)`;
    return `weekly aggregates ${week.week}: ${report.dryRun ? 'would fold' : 'folded'} ${week.days.join(', ') || 'nothing new'} into ${week.streamName}${rows}`;
  });
}

export function renderRetention(report: RetentionReport, site: string): string[] {
  const lines = [headline(report, site)];
  if (report.resumedRunId) lines.push(`${report.dryRun ? 'would complete' : 'completed'} interrupted run ${report.resumedRunId} first`);
  lines.push('', ...table([headings, ...report.categories.map((outcome) => rowOf(outcome, site))]), '', ...foldLines(report));
  if (!report.dryRun) lines.push('store compacted: deleted events are gone from the file');
  return lines;
}

export function registerRetention(program: Command): void {
  const retention = program.command('retention').description('personal data past its retention: delete it physically, and prove it');
  addAsOption(
    retention
      .command('run')
      .description('fold weekly aggregates, delete every expired stream and event, write RetentionApplied proofs to audit-<site>, compact'),
    'the DPO or site-manager account running it (run:retention), recorded in every proof',
  )
    .option('--dry-run', 'say what would be deleted; delete and write nothing')
    .option('--now <time>', 'judge expiry at this instant (ISO-8601), e.g. to check a schedule ahead of time', parseInstant)
    .option('--register <file>', "retention days from this register's retention section, over the active register and the policy stream")
    .action(async (options: RetentionRunOptions, command: Command) => {
      const register = options.register === undefined ? undefined : (await readRegisterFile(options.register)).register;
      await withAccount(command, options.as, async ({ store, config }, account) => {
        if (register !== undefined) assertSameSite(register, options.register as string, config.site);
        assertAllowed(account, 'run:retention', { site: config.site });
        if (register !== undefined) refuseLongRetention(register, options.register as string);
        const schedule = await readRetentionSchedule(store, config.site, register?.retention);
        const now = new Date(options.now ?? Date.now());
        const report = await applyRetention(store, { site: config.site, now, schedule, dryRun: options.dryRun === true, actor: account.id });
        for (const line of renderRetention(report, config.site)) say(line);
      });
    });
}
