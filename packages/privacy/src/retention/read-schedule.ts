import { type RetentionByCategory, type StoredEvent, streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { retentionSchedule, type RetentionSchedule } from './schedule.js';

/** The site's schedule: defaults, then its `policy-<site>` stream, then a register passed for this run. */
export async function readRetentionSchedule(store: EventStore, site: string, register?: Partial<RetentionByCategory>): Promise<RetentionSchedule> {
  const policy: StoredEvent[] = [];
  for await (const event of store.readStream(streams.policy(site))) policy.push(event);
  return retentionSchedule({ policy, ...(register ? { register } : {}) });
}
