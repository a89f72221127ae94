import { packageEventTypes } from '../events/package-events.js';
import { type BizStep, bizSteps } from '../gs1/epcis.js';
import { instantMs, isOneOf, type Projection } from './projection.js';

/** Work not done yet, about items and tasks, never people (CNIL-OK: order flow). */
export interface BacklogState {
  /** Open task → where it waits; a completed or cancelled task leaves. */
  readonly openTasks: Map<string, { readonly bizStep: BizStep; readonly station: string }>;
  /** Received, not yet shipped: code → its latest step and when it was seen. */
  readonly inFlight: Map<string, { bizStep: BizStep; seenMs: number }>;
}

export interface BacklogRow {
  readonly bizStep: BizStep;
  readonly openTasks: number;
  readonly packagesWaiting: number;
}

const taskTypes = ['TaskCreated', 'TaskCompleted', 'TaskCancelled'] as const;
const types = new Set([...taskTypes, ...packageEventTypes]);

function observePackage(state: BacklogState, code: string, type: string, bizStep: BizStep, seenMs: number): void {
  if (type === 'ItemShipped') {
    state.inFlight.delete(code);
    return;
  }
  const known = state.inFlight.get(code);
  // Only a receipt opens a package: stock picked from the shelves was never "received today".
  if (known === undefined) {
    if (type === 'ItemReceived') state.inFlight.set(code, { bizStep, seenMs });
    return;
  }
  // A late upload of an older scan does not move the package back.
  if (seenMs >= known.seenMs) Object.assign(known, { bizStep, seenMs });
}

/** Open tasks by bizStep and station; packages received but not yet shipped, by their latest step. */
export const backlog: Projection<BacklogState> = {
  name: 'backlog',
  eventTypes: [...types],
  initialState: () => ({ openTasks: new Map(), inFlight: new Map() }),
  evolve: (state, event) => {
    if (!isOneOf(types, event)) return state;
    if (event.type === 'TaskCreated') state.openTasks.set(event.data.taskId, { bizStep: event.data.bizStep, station: event.data.station });
    else if (event.type === 'TaskCompleted' || event.type === 'TaskCancelled') state.openTasks.delete(event.data.taskId);
    else observePackage(state, event.data.code, event.type, event.data.bizStep, instantMs(event.data.occurredAt));
    return state;
  },
};

/** One row per bizStep that has work waiting, in bizStep order of the flow. */
export function backlogRows(state: BacklogState): BacklogRow[] {
  const rows = new Map<BizStep, { bizStep: BizStep; openTasks: number; packagesWaiting: number }>();
  const row = (bizStep: BizStep) => {
    const found = rows.get(bizStep) ?? { bizStep, openTasks: 0, packagesWaiting: 0 };
    rows.set(bizStep, found);
    return found;
  };
  for (const task of state.openTasks.values()) row(task.bizStep).openTasks++;
  for (const item of state.inFlight.values()) row(item.bizStep).packagesWaiting++;
  return [...rows.values()].sort((a, b) => bizSteps.indexOf(a.bizStep) - bizSteps.indexOf(b.bizStep));
}
