import type { OperatorRef } from '../gs1/operator-ref.js';
import type { RetentionCategory } from '../events/policy-events.js';

/**
 * The stream layout is the privacy model (design.md): operational facts and
 * personal links never share a stream, so each can expire on its own clock.
 */
export const streams = {
  package: (code: string) => `package-${code}`,
  location: (site: string, bin: string) => `location-${site}-${bin}`,
  task: (site: string, taskId: string) => `task-${site}-${taskId}`,
  attribution: (site: string, day: string) => `attribution-${site}-${day}`,
  shift: (site: string, day: string, operator: OperatorRef) => `shift-${site}-${day}-${operator}`,
  aggregate: (site: string, week: string) => `aggregate-${site}-${week}`,
  identity: (site: string) => `identity-${site}`,
  policy: (site: string) => `policy-${site}`,
  audit: (site: string) => `audit-${site}`,
} as const;

const categoryPrefixes: ReadonlyArray<[string, RetentionCategory]> = [
  ['package-', 'package'],
  ['location-', 'location'],
  ['task-', 'task'],
  ['attribution-', 'attribution'],
  ['shift-', 'shift'],
  ['aggregate-', 'aggregate'],
  ['audit-', 'audit'],
];

/** Which retention category a stream belongs to, or undefined for permanent ones. */
export function streamCategory(streamName: string): RetentionCategory | undefined {
  return categoryPrefixes.find(([prefix]) => streamName.startsWith(prefix))?.[1];
}

/** Streams that may never carry an operator reference. */
export const isOperationalStream = (streamName: string): boolean =>
  streamName.startsWith('package-') || streamName.startsWith('location-');

/** The UTC calendar day (YYYY-MM-DD) of an ISO-8601 instant: the key of day-scoped streams. */
export const dayOf = (instant: string): string => new Date(instant).toISOString().slice(0, 10);
