import { type StoredEvent } from '@fairscan/domain';
import { type ChainLink, GENESIS } from './audit-events.js';
import { linkOf, recomputedHash } from './chain-hash.js';

export type ChainFaultReason = 'edited' | 'removed' | 'reordered' | 'broken-link';

export type ChainVerdict =
  | { readonly ok: true; readonly entries: number; readonly head: string }
  | {
      readonly ok: false;
      /** streamPosition where the chain breaks: the edited, misplaced or unlinked entry, or the first missing one. */
      readonly position: number;
      readonly reason: ChainFaultReason;
      readonly detail: string;
    };

/** The entry just before the first one verified: by default none (GENESIS at position -1). */
export interface ChainAnchor {
  readonly hash: string;
  readonly position: number;
}

export interface VerifyOptions {
  /** Where a stream truncated by retention resumes: the last dropped entry's hash and position. */
  readonly anchor?: ChainAnchor;
  /** The stream's version: entries missing from the end are otherwise invisible to a hash chain. */
  readonly lastPosition?: number;
}

type ChainFault = Extract<ChainVerdict, { ok: false }>;

const fault = (position: number, reason: ChainFaultReason, detail: string): ChainFault => ({
  ok: false,
  position,
  reason,
  detail: `audit entry ${position}: ${detail} (${reason})`,
});

/**
 * Checks a site's audit entries, in stream order, against their hash chain.
 * Pure: the caller reads the events (and, to catch a cut tail, the version).
 */
export function verifyAuditChain(events: readonly StoredEvent[], options: VerifyOptions = {}): ChainVerdict {
  let previous: ChainAnchor = options.anchor ?? { hash: GENESIS, position: -1 };
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as StoredEvent;
    const entryFault = faultAt(events, index, previous);
    if (entryFault !== undefined) return entryFault;
    previous = { hash: (linkOf(event) as ChainLink).hash, position: event.streamPosition };
  }
  const last = options.lastPosition;
  if (last !== undefined && last > previous.position) {
    return fault(previous.position + 1, 'removed', `entries ${previous.position + 1}..${last} are missing from the end`);
  }
  return { ok: true, entries: events.length, head: previous.hash };
}

function faultAt(events: readonly StoredEvent[], index: number, previous: ChainAnchor): ChainFault | undefined {
  const event = events[index] as StoredEvent;
  const link = linkOf(event);
  if (link === undefined) return fault(event.streamPosition, 'edited', 'carries no chain link (prev, hash)');
  if (recomputedHash(event, link) !== link.hash) return fault(event.streamPosition, 'edited', 'content does not match its hash');
  if (event.streamPosition <= previous.position) {
    return fault(event.streamPosition, 'reordered', `comes after entry ${previous.position}`);
  }
  return link.prev === previous.hash ? undefined : linkFault(events, index, link, previous);
}

function linkFault(events: readonly StoredEvent[], index: number, link: ChainLink, previous: ChainAnchor): ChainFault {
  const { streamPosition } = events[index] as StoredEvent;
  if (events.slice(index + 1).some((later) => linkOf(later)?.hash === link.prev)) {
    return fault(streamPosition, 'reordered', 'links to an entry that comes after it');
  }
  if (streamPosition > previous.position + 1) {
    return fault(previous.position + 1, 'removed', `entries ${previous.position + 1}..${streamPosition - 1} are missing`);
  }
  return fault(streamPosition, 'broken-link', `"prev" does not match the hash of entry ${previous.position}`);
}
