import { type StoredEvent } from '@fairscan/domain';
import { type AuditAnchor, type RetentionSummary } from './retention-events.js';

const anchorsOf = (event: StoredEvent): AuditAnchor[] => {
  const data = event.data as Partial<RetentionSummary> & { categories?: readonly RetentionSummary[] };
  if (event.type === 'RetentionApplied') return data.anchor ? [data.anchor] : [];
  if (event.type === 'RetentionStarted') return (data.categories ?? []).flatMap((summary) => (summary.anchor ? [summary.anchor] : []));
  return [];
};

/**
 * Where an audit stream truncated by retention resumes: the anchor a
 * retention entry recorded for the entry just before the first one left.
 * The anchor is itself inside the chain, so it cannot be forged afterwards.
 */
export function retentionAnchor(events: readonly StoredEvent[]): AuditAnchor | undefined {
  const first = events[0];
  if (first === undefined || first.streamPosition === 0) return undefined;
  return events.flatMap(anchorsOf).find((anchor) => anchor.position === first.streamPosition - 1);
}
