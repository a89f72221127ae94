import { createHash } from 'node:crypto';
import { canonicalJson, type StoredEvent } from '@fairscan/domain';
import { type ChainLink } from './audit-events.js';

// One canonical form for every hash fairscan records: the audit chain and the activated register's hash.
export { canonicalJson };

/** The hash an entry must carry, given the previous entry's hash. */
export function entryHash(prev: string, type: string, dataWithoutHash: object, eventId: string): string {
  return createHash('sha256').update(canonicalJson({ prev, type, data: dataWithoutHash, eventId }), 'utf8').digest('hex');
}

/** The chain link a stored event carries, or undefined when it carries none (not an audit entry). */
export function linkOf(event: StoredEvent): ChainLink | undefined {
  const data = event.data as Partial<Record<keyof ChainLink, unknown>> | null;
  if (typeof data?.prev !== 'string' || typeof data.hash !== 'string') return undefined;
  return { prev: data.prev, hash: data.hash };
}

/** The hash a stored entry's content gives, whatever `hash` it claims. */
export function recomputedHash(event: StoredEvent, link: ChainLink): string {
  const { hash: _hash, ...rest } = event.data as Record<string, unknown>;
  return entryHash(link.prev, event.type, rest, event.metadata.eventId);
}
