import { streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { foldWeeklyAggregates } from '../aggregates/fold-weekly.js';
import { attributionDays, type AuditLog, executeCuts } from './execute-cuts.js';
import { planCategory, rulesOf } from './plan-retention.js';
import { type RetentionStartedData, type RetentionSummary } from './retention-events.js';

/** A run that wrote its intent but not every proof: it was interrupted, maybe halfway through deleting. */
export interface UnfinishedRun {
  readonly started: RetentionStartedData;
  readonly missing: readonly RetentionSummary[];
}

/** Reads the audit from its end back to the last intent; proofs after it are that run's. */
export async function findUnfinishedRun(store: EventStore, site: string): Promise<UnfinishedRun | undefined> {
  const applied = new Set<string>();
  for await (const event of store.readStream(streams.audit(site), { direction: 'backwards' })) {
    const data = event.data as { runId?: string; category?: string };
    if (event.type === 'RetentionApplied') applied.add(`${data.runId}|${data.category}`);
    if (event.type !== 'RetentionStarted') continue;
    const started = event.data as RetentionStartedData;
    const missing = started.categories.filter((summary) => !applied.has(`${started.runId}|${summary.category}`));
    return missing.length === 0 ? undefined : { started, missing };
  }
  return undefined;
}

/**
 * Completes an interrupted run: what its intent planned and is still there
 * (same cut-off) is folded and deleted, then each missing proof is written
 * with the intent's counts and hash, marked `resumed`.
 */
export async function resumeRun(store: EventStore, site: string, run: UnfinishedRun, audit: AuditLog, at: string): Promise<void> {
  const { runId, actor } = run.started;
  for (const summary of run.missing) {
    const cutoff = new Date(summary.cutoff);
    const plan = await planCategory(store, site, rulesOf(summary.category), { days: summary.days, cutoff, source: 'default' });
    if (summary.category === 'attribution') await foldWeeklyAggregates(store, site, attributionDays(site, plan.cuts), { at });
    await executeCuts(store, plan.cuts);
    await audit({ type: 'RetentionApplied', data: { ...summary, runId, actor, dryRun: false, resumed: true, at } });
  }
}
