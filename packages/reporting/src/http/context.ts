import { type EventStore } from '@fairscan/event-store';
import { type RetentionReport } from '@fairscan/privacy';
import { type LiveProjections } from '../live/live-projections.js';
import { type Sessions } from './sessions.js';

/** What the retention schedule inside serve last did, for the privacy panel. */
export interface RetentionState {
  readonly everyMs: number;
  readonly nextRunAt?: string;
  readonly lastRun?: { readonly at: string; readonly report?: RetentionReport; readonly error?: string };
}

/** Everything a route reads from: the store, the live projections, the sessions; never a cache of its own. */
export interface ServerContext {
  readonly store: EventStore;
  readonly site: string;
  readonly live: LiveProjections;
  readonly sessions: Sessions;
  readonly clock: () => Date;
  readonly retention?: () => RetentionState;
}

// Route docs for /openapi.json, read by openapi.ts (as @fastify/swagger would).
declare module 'fastify' {
  interface FastifySchema {
    summary?: string;
    tags?: readonly string[];
  }
}
