import { randomUUID } from 'node:crypto';
import { streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { roles } from '../access/roles.js';
import { retryOnConflict } from '../store/retry-on-conflict.js';
import { newEvent } from '../store/stream-snapshot.js';
import { type AuditEntry, type AuditEvent, GENESIS } from './audit-events.js';
import { entryHash, linkOf } from './chain-hash.js';

export interface AppendedAudit {
  readonly position: number;
  readonly hash: string;
  readonly eventId: string;
}

/**
 * Appends an entry to `audit-<site>`, chained to the entry before it.
 * Writers are serialised by the expected version: a writer that lost the
 * race re-reads the head and chains again, so the chain never forks.
 */
export async function appendAudit(store: EventStore, site: string, entry: AuditEntry): Promise<AppendedAudit> {
  checkEntry(entry);
  const streamName = streams.audit(site);
  return retryOnConflict(async () => {
    const version = await store.streamVersion(streamName);
    const prev = await headOf(store, streamName);
    const eventId = randomUUID();
    const hash = entryHash(prev, entry.type, { ...entry.data, prev }, eventId);
    const event = { type: entry.type, data: { ...entry.data, prev, hash } } as AuditEvent;
    const result = await store.appendToStream(streamName, [newEvent(event, entry.data.at, eventId)], { expectedVersion: version });
    return { position: result.nextExpectedVersion, hash, eventId };
  });
}

/** The last entry's hash; if another writer appended meanwhile, the expected version makes the append retry. */
async function headOf(store: EventStore, streamName: string): Promise<string> {
  for await (const last of store.readStream(streamName, { direction: 'backwards', maxCount: 1 })) {
    const link = linkOf(last);
    if (link === undefined) throw new Error(`${streamName} entry ${last.streamPosition} carries no chain link; run audit verify`);
    return link.hash;
  }
  return GENESIS;
}

/** The text fields each entry type must carry. */
const requiredText: Readonly<Record<AuditEntry['type'], readonly string[]>> = {
  AccessLogged: ['actor', 'subject', 'purpose', 'what', 'at'],
  RetentionStarted: ['runId', 'actor', 'at'],
  RetentionApplied: ['runId', 'actor', 'category', 'cutoff', 'deletedIdsHash', 'at'],
  SubjectErased: ['actor', 'subject', 'purpose', 'what', 'at'],
};

/** An audit entry nobody can act on is worse than none: refuse it whole. */
function checkEntry(entry: AuditEntry): void {
  const data = entry.data as unknown as Record<string, unknown>;
  for (const field of requiredText[entry.type] ?? ['at']) {
    const value = data[field];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new TypeError(`audit entry ${entry.type}: field "${field}" must be a non-empty string`);
    }
  }
  if ((entry.type === 'AccessLogged' || entry.type === 'SubjectErased') && !(roles as readonly string[]).includes(entry.data.role)) {
    throw new TypeError(`audit entry ${entry.type}: field "role": "${String(entry.data.role)}" is not one of ${roles.join(', ')}`);
  }
  if (Number.isNaN(Date.parse(entry.data.at))) throw new TypeError(`audit entry ${entry.type}: field "at": "${entry.data.at}" is not an ISO-8601 instant`);
}
