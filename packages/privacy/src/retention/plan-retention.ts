import { type RetentionCategory, type StoredEvent } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { linkOf } from '../audit/chain-hash.js';
import { type CategoryStreams, categoryStreams, type Expiry } from './category-streams.js';
import { deletedIdsHash } from './deleted-ids.js';
import { cutoffOf, endOfDayAt, hasExpired } from './periods.js';
import { type AuditAnchor, type RetentionSummary } from './retention-events.js';
import { type RetentionSchedule, type RetentionSource } from './schedule.js';

/** What retention removes from one stream: all of it, or the events before `before`. */
export interface StreamCut {
  readonly streamName: string;
  readonly mode: 'delete' | 'truncate';
  readonly before?: number;
  readonly eventIds: readonly string[];
  /** The last removed event, when it carries an audit chain link. */
  readonly anchor?: AuditAnchor;
}

export interface CategoryPlan extends RetentionSummary {
  readonly source: RetentionSource;
  readonly cuts: readonly StreamCut[];
}

const eventTime = (event: StoredEvent): number => Date.parse(event.metadata.occurredAt);

async function allIds(store: EventStore, streamName: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const event of store.readStream(streamName)) ids.push(event.metadata.eventId);
  return ids;
}

async function lastEvent(store: EventStore, streamName: string): Promise<StoredEvent | undefined> {
  for await (const event of store.readStream(streamName, { direction: 'backwards', maxCount: 1 })) return event;
  return undefined;
}

/** The leading run of expired events; events after the first live one wait, even if older (scans arrive out of order). */
async function expiredHead(store: EventStore, streamName: string, cutoff: Date): Promise<{ expired: StoredEvent[]; next?: number }> {
  const expired: StoredEvent[] = [];
  for await (const event of store.readStream(streamName)) {
    if (!hasExpired(eventTime(event), cutoff)) return { expired, next: event.streamPosition };
    expired.push(event);
  }
  return { expired };
}

async function perEventCut(store: EventStore, streamName: string, cutoff: Date, keepStream: boolean): Promise<StreamCut | undefined> {
  const { expired, next } = await expiredHead(store, streamName, cutoff);
  const last = expired.at(-1);
  if (last === undefined) return undefined;
  const eventIds = expired.map((event) => event.metadata.eventId);
  const link = linkOf(last);
  const anchor = link === undefined ? undefined : { hash: link.hash, position: last.streamPosition };
  if (next === undefined && !keepStream) return { streamName, mode: 'delete', eventIds };
  return { streamName, mode: 'truncate', before: next ?? last.streamPosition + 1, eventIds, ...(anchor ? { anchor } : {}) };
}

async function cutOf(store: EventStore, streamName: string, rest: string, expiry: Expiry, cutoff: Date): Promise<StreamCut | undefined> {
  if (expiry.kind === 'per-event') return perEventCut(store, streamName, cutoff, expiry.keepStream === true);
  if (expiry.kind === 'period') {
    const end = expiry.endOf(rest);
    if (end === undefined || !hasExpired(end, cutoff)) return undefined;
  } else {
    // A task's day is the UTC day of its last event: it expires with that day's attribution.
    const last = await lastEvent(store, streamName);
    if (last === undefined || !hasExpired(endOfDayAt(eventTime(last)), cutoff)) return undefined;
  }
  return { streamName, mode: 'delete', eventIds: await allIds(store, streamName) };
}

/** One category's expired streams and events at `cutoff`; reads only, deletes nothing. */
export async function planCategory(
  store: EventStore,
  site: string,
  rules: CategoryStreams,
  at: { days: number; cutoff: Date; source: RetentionSource },
): Promise<CategoryPlan> {
  const prefix = rules.prefix(site);
  const cuts: StreamCut[] = [];
  for await (const streamName of store.listStreams(prefix)) {
    const rest = streamName.slice(prefix.length);
    if (!rules.owns(rest, site)) continue;
    const cut = await cutOf(store, streamName, rest, rules.expiry, at.cutoff);
    if (cut !== undefined) cuts.push(cut);
  }
  const anchor = cuts.find((cut) => cut.anchor !== undefined)?.anchor;
  return {
    category: rules.category,
    days: at.days,
    source: at.source,
    cutoff: at.cutoff.toISOString(),
    streams: cuts.filter((cut) => cut.mode === 'delete').length,
    truncated: cuts.filter((cut) => cut.mode === 'truncate').length,
    events: cuts.reduce((sum, cut) => sum + cut.eventIds.length, 0),
    deletedIdsHash: deletedIdsHash(cuts.flatMap((cut) => cut.eventIds)),
    cuts,
    ...(anchor ? { anchor } : {}),
  };
}

export const rulesOf = (category: RetentionCategory): CategoryStreams =>
  categoryStreams.find((rules) => rules.category === category) as CategoryStreams;

/** Every category's plan at `now`, in the order retention runs them. */
export async function planRetention(store: EventStore, site: string, now: Date, schedule: RetentionSchedule): Promise<CategoryPlan[]> {
  const plans: CategoryPlan[] = [];
  for (const rules of categoryStreams) {
    const days = schedule.days[rules.category];
    plans.push(await planCategory(store, site, rules, { days, cutoff: cutoffOf(now, days), source: schedule.sources[rules.category] }));
  }
  return plans;
}

/** A plan as the audit records it: counts and the ids' hash, never a stream name (shift names carry pseudonyms). */
export const summaryOf = ({ category, days, cutoff, streams, truncated, events, deletedIdsHash: hash, anchor }: CategoryPlan): RetentionSummary => ({
  category,
  days,
  cutoff,
  streams,
  truncated,
  events,
  deletedIdsHash: hash,
  ...(anchor ? { anchor } : {}),
});
