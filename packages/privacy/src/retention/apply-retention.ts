import { randomUUID } from 'node:crypto';
import { type EventStore } from '@fairscan/event-store';
import { foldWeeklyAggregates, type FoldedWeek, weeksToFold } from '../aggregates/fold-weekly.js';
import { type AppendedAudit, appendAudit } from '../audit/append-audit.js';
import { attributionDays, type AuditLog, executeCuts } from './execute-cuts.js';
import { cutoffOf } from './periods.js';
import { type CategoryPlan, planRetention, summaryOf } from './plan-retention.js';
import { findUnfinishedRun, resumeRun } from './resume-retention.js';
import { type RetentionSummary } from './retention-events.js';
import { type RetentionSchedule, type RetentionSource } from './schedule.js';

export interface RetentionOptions {
  readonly site: string;
  /** The clock: tests and `--now` move it. */
  readonly now: Date;
  readonly schedule: RetentionSchedule;
  /** Plans and reports; deletes, folds and writes nothing. */
  readonly dryRun?: boolean;
  /** The named account or schedule running retention, recorded in every proof. */
  readonly actor?: string;
  readonly auditLog?: AuditLog;
}

export interface CategoryOutcome extends RetentionSummary {
  readonly source: RetentionSource;
  /** Where the `RetentionApplied` proof went; absent when nothing expired, or in a dry run. */
  readonly proof?: AppendedAudit;
}

export interface RetentionReport {
  readonly dryRun: boolean;
  readonly now: string;
  /** Set when something expired and was deleted (not in a dry run). */
  readonly runId?: string;
  readonly categories: readonly CategoryOutcome[];
  /** Weekly aggregates folded before attribution went (in a dry run: the days that would be). */
  readonly folded: readonly FoldedWeek[];
  /** An interrupted run this one completed (in a dry run: one it would complete). */
  readonly resumedRunId?: string;
}

const outcomeOf = (plan: CategoryPlan, proof?: AppendedAudit): CategoryOutcome => ({
  ...summaryOf(plan),
  source: plan.source,
  ...(proof ? { proof } : {}),
});

const expiringDays = (site: string, plans: readonly CategoryPlan[]): string[] =>
  attributionDays(site, plans.find((plan) => plan.category === 'attribution')?.cuts ?? []);

interface Run {
  readonly store: EventStore;
  readonly audit: AuditLog;
  readonly actor: string;
  readonly at: string;
}

/** Intent, then per category: delete, prove. Nothing expired: no entry at all. */
async function deleteAndProve(run: Run, plans: readonly CategoryPlan[]): Promise<{ runId?: string; proofs: Map<CategoryPlan, AppendedAudit> }> {
  const proofs = new Map<CategoryPlan, AppendedAudit>();
  const due = plans.filter((plan) => plan.events > 0);
  if (due.length === 0) return { proofs };
  const { audit, actor, at } = run;
  const runId = randomUUID();
  await audit({ type: 'RetentionStarted', data: { runId, actor, categories: due.map(summaryOf), at } });
  for (const plan of due) {
    await executeCuts(run.store, plan.cuts);
    proofs.set(plan, await audit({ type: 'RetentionApplied', data: { ...summaryOf(plan), runId, actor, dryRun: false, resumed: false, at } }));
  }
  return { runId, proofs };
}

/**
 * Deletes every event past its category's retention, physically, and proves it:
 * 1. completes an interrupted earlier run, if its intent has no proofs;
 * 2. folds the expiring attribution days into weekly aggregates;
 * 3. writes a `RetentionStarted` intent (counts and id hashes, no stream names);
 * 4. deletes hard and truncates, then writes one `RetentionApplied` per category;
 * 5. compacts the store, so no deleted byte stays on disk.
 * A run with nothing expired writes no audit entry: a proof proves a deletion.
 */
export async function applyRetention(store: EventStore, options: RetentionOptions): Promise<RetentionReport> {
  if (options.dryRun === true) return dryRun(store, options);
  const { site, now, schedule } = options;
  const at = now.toISOString();
  const run: Run = { store, at, actor: options.actor ?? 'fairscan-retention', audit: options.auditLog ?? ((entry) => appendAudit(store, site, entry)) };
  const unfinished = await findUnfinishedRun(store, site);
  if (unfinished !== undefined) await resumeRun(store, site, unfinished, run.audit, at);
  const plans = await planRetention(store, site, now, schedule);
  const folded = await foldWeeklyAggregates(store, site, expiringDays(site, plans), { at, aggregateCutoff: cutoffOf(now, schedule.days.aggregate) });
  const { runId, proofs } = await deleteAndProve(run, plans);
  await store.compact();
  return {
    dryRun: false,
    now: at,
    ...(runId ? { runId } : {}),
    categories: plans.map((plan) => outcomeOf(plan, proofs.get(plan))),
    folded,
    ...(unfinished ? { resumedRunId: unfinished.started.runId } : {}),
  };
}

async function dryRun(store: EventStore, { site, now, schedule }: RetentionOptions): Promise<RetentionReport> {
  const unfinished = await findUnfinishedRun(store, site);
  const plans = await planRetention(store, site, now, schedule);
  return {
    dryRun: true,
    now: now.toISOString(),
    categories: plans.map((plan) => outcomeOf(plan)),
    folded: weeksToFold(site, expiringDays(site, plans), cutoffOf(now, schedule.days.aggregate)),
    ...(unfinished ? { resumedRunId: unfinished.started.runId } : {}),
  };
}
