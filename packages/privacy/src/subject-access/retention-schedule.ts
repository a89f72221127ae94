import { type RetentionByCategory, type RetentionCategory, streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { retentionSchedule } from '../retention/schedule.js';
import { readSnapshot } from '../store/stream-snapshot.js';
import { type RetentionRow } from './bundle.js';

const holds: Readonly<Record<RetentionCategory | 'identity', string>> = {
  identity: 'your employee id and your shift pseudonyms, encrypted with your own key',
  attribution: 'which scans were made under your shift pseudonym',
  task: 'the tasks assigned to your shift pseudonym',
  shift: 'your shift start and end and the breaks you declared',
  aggregate: 'weekly aggregates about you, if the site declared any',
  audit: 'who read your data, when and why',
  package: 'package movements: no personal data',
  location: 'stock per bin: no personal data',
};

const order: readonly RetentionCategory[] = ['attribution', 'task', 'shift', 'aggregate', 'audit', 'package', 'location'];

/**
 * What is kept how long, by the schedule retention enforces: the defaults,
 * then the site's policy stream, then the register given for this export.
 */
export async function retentionRows(store: EventStore, site: string, register?: Partial<RetentionByCategory>): Promise<RetentionRow[]> {
  const { events } = await readSnapshot(store, streams.policy(site));
  const schedule = retentionSchedule({ policy: events, ...(register === undefined ? {} : { register }) });
  return [
    { category: 'identity', holds: holds.identity, days: null, source: 'default' },
    ...order.map((category) => ({ category, holds: holds[category], days: schedule.days[category], source: schedule.sources[category] })),
  ];
}
