import { type EventStore } from '@fairscan/event-store';
import { type AppendedAudit } from '../audit/append-audit.js';
import { type AuditEntry } from '../audit/audit-events.js';
import { type StreamCut } from './plan-retention.js';

/** Where a run's intent and proofs go; by default `appendAudit` on the run's store and site. */
export type AuditLog = (entry: AuditEntry) => Promise<AppendedAudit>;

/** Hard deletes and truncations; each is idempotent, so an interrupted run can simply run them again. */
export async function executeCuts(store: EventStore, cuts: readonly StreamCut[]): Promise<void> {
  for (const cut of cuts) {
    if (cut.mode === 'delete') await store.deleteStream(cut.streamName, { hard: true });
    else await store.truncateBefore(cut.streamName, cut.before as number);
  }
}

/** The days of the attribution streams a plan deletes (`attribution-<site>-<day>`). */
export const attributionDays = (site: string, cuts: readonly StreamCut[]): string[] =>
  cuts.map((cut) => cut.streamName.slice(`attribution-${site}-`.length));
