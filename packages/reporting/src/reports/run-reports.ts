import { combineProjections, type Projection } from '@fairscan/domain';
import { project, type EventStore } from '@fairscan/event-store';
import { type ReportTable } from '../render/report-table.js';
import { type ReportDefinition } from './report-definition.js';
import { since } from '../replay/since.js';

export interface RunReportsOptions {
  /** Replay as of this instant (events that happened later are left out). */
  readonly until?: string;
  /** Leave out what happened before this instant (`replay --from`). */
  readonly from?: string;
  /** Each event's globalPosition as it is read, for a progress bar. */
  readonly onRead?: (globalPosition: number) => void;
  /** The instant statuses are judged at; default `until`, else the newest event. */
  readonly asOf?: string;
  readonly limit?: number;
  /** The reader sees one team only (a team lead's scope). */
  readonly team?: string;
  readonly streamPrefixes?: readonly string[];
}

/** Tracks the newest floor time seen, so a report of a past day is judged at that day's end, not today. */
const newestOccurrence = (eventTypes: readonly string[]): Projection<{ ms: number }> => ({
  name: 'newest-occurrence',
  eventTypes,
  initialState: () => ({ ms: 0 }),
  evolve(state, event) {
    const ms = Date.parse(event.metadata.occurredAt);
    if (ms > state.ms) state.ms = ms;
    return state;
  },
});

/** Folds the store once for all the chosen reports, then renders each one's tables. */
export async function runReports(store: EventStore, definitions: readonly ReportDefinition[], options: RunReportsOptions = {}): Promise<ReportTable[]> {
  const parts = Object.fromEntries(definitions.map((d) => [d.name, since(d.projection, options.from)]));
  const types = [...new Set(definitions.flatMap((d) => d.projection.eventTypes))];
  const combined = combineProjections('reports', { ...parts, __newest: newestOccurrence(types) });
  const filter = options.streamPrefixes ? { streamPrefixes: options.streamPrefixes } : undefined;
  const { state } = await project(store, combined, { until: options.until, filter, onRead: options.onRead });
  const states = state as Record<string, unknown> & { __newest: { ms: number } };
  const newest = states.__newest.ms > 0 ? new Date(states.__newest.ms).toISOString() : new Date().toISOString();
  const context = { asOf: options.asOf ?? options.until ?? newest, limit: options.limit ?? 15, ...(options.team === undefined ? {} : { team: options.team }) };
  return definitions.flatMap((definition) => definition.tables(states[definition.name], context));
}
