import { type BreakSource } from '../events/shift-events.js';
import { type OperatorRef } from '../gs1/operator-ref.js';
import { instantMs, isOneOf, type Projection } from './projection.js';

export interface DeclaredBreak {
  readonly startedMs: number;
  endedMs?: number;
  readonly source: BreakSource;
}

/** One shift of one pseudonym, as declared: start, end, breaks. Nothing from scanners. */
export interface ShiftRecord {
  readonly streamName: string;
  readonly operator: OperatorRef;
  startedMs?: number;
  endedMs?: number;
  readonly breaks: DeclaredBreak[];
}

/** shift stream → its record. */
export type BreakComplianceState = Map<string, ShiftRecord>;

// CNIL-IDLE: breaks are declared, never inferred, so only shift and break events are read; scans never are.
const types = new Set(['ShiftStarted', 'ShiftEnded', 'BreakStarted', 'BreakEnded'] as const);

function recordOf(state: BreakComplianceState, streamName: string, operator: OperatorRef): ShiftRecord {
  let record = state.get(streamName);
  if (record === undefined) {
    record = { streamName, operator, breaks: [] };
    state.set(streamName, record);
  }
  return record;
}

function endOpenBreak(record: ShiftRecord, endedMs: number): void {
  const open = record.breaks[record.breaks.length - 1];
  if (open !== undefined && open.endedMs === undefined) open.endedMs = endedMs;
}

/**
 * PROTECTIVE (FR-L3121-16): folds `shift-*` streams so that the worker and the
 * site manager learn when a break is owed. See `breakComplianceAt` for the status.
 */
export const breakCompliance: Projection<BreakComplianceState> = {
  name: 'breakCompliance',
  eventTypes: [...types],
  initialState: () => new Map(),
  evolve: (state, event) => {
    if (!event.streamName.startsWith('shift-') || !isOneOf(types, event)) return state;
    const record = recordOf(state, event.streamName, event.data.operator);
    const at = instantMs(event.data.at);
    if (event.type === 'ShiftStarted') record.startedMs = at;
    if (event.type === 'BreakStarted') record.breaks.push({ startedMs: at, source: event.data.source });
    if (event.type === 'BreakEnded') endOpenBreak(record, at);
    if (event.type === 'ShiftEnded') {
      endOpenBreak(record, at);
      record.endedMs = at;
    }
    return state;
  },
};
