import { streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { retentionAnchor } from '../retention/audit-anchor.js';
import { eventsOfType, readSnapshot } from '../store/stream-snapshot.js';
import { type AccessLogged, type AccessRecord } from './audit-events.js';
import { type ChainVerdict, verifyAuditChain, type VerifyOptions } from './verify-chain.js';

export interface LoggedAccess extends AccessRecord {
  readonly position: number;
}

/**
 * "Who read my data": every logged read of any of `subjects` (a worker's
 * subject reference and their shift pseudonyms), oldest first.
 */
export async function accessesTo(store: EventStore, site: string, subjects: string | readonly string[]): Promise<LoggedAccess[]> {
  const wanted = new Set(typeof subjects === 'string' ? [subjects] : subjects);
  const { events } = await readSnapshot(store, streams.audit(site));
  return eventsOfType<AccessLogged>(events, 'AccessLogged')
    .filter(({ data }) => wanted.has(data.subject))
    .map(({ data: { actor, role, subject, purpose, what, at }, streamPosition }) => ({
      actor,
      role,
      subject,
      purpose,
      what,
      at,
      position: streamPosition,
    }));
}

/** Verifies a site's whole audit stream, including entries missing from its end; after retention, from the anchor it recorded. */
export async function verifyAuditStream(store: EventStore, site: string, options: Omit<VerifyOptions, 'lastPosition'> = {}): Promise<ChainVerdict> {
  const { version, events } = await readSnapshot(store, streams.audit(site));
  const anchor = options.anchor ?? retentionAnchor(events);
  return verifyAuditChain(events, { ...options, ...(anchor ? { anchor } : {}), lastPosition: version });
}
