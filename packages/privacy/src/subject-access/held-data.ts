import { type OperatorRef, type ScanAttributed, type StoredEvent } from '@fairscan/domain';
import { type IssuedPseudonym } from '../identity/resolve.js';
import { type HeldEvents } from '../my-day/held-events.js';
import { OperatorTasks } from '../my-day/operator-tasks.js';
import { type HeldAttribution, type HeldShift, type HeldTask } from './bundle.js';

interface ShiftFields {
  readonly at: string;
  readonly source?: string;
}

type HeldBreak = { startedAt: string; endedAt?: string; source: string };

function closeOpenBreak(breaks: HeldBreak[], at: string): void {
  const open = breaks.at(-1);
  if (open !== undefined && open.endedAt === undefined) open.endedAt = at;
}

/** A shift stream as declared: start, end, and each break with who declared it. */
function shiftOf(operator: OperatorRef, shiftDate: string, events: readonly StoredEvent[]): HeldShift {
  const times: { startedAt?: string; endedAt?: string } = {};
  const breaks: HeldBreak[] = [];
  for (const { type, data } of events) {
    const { at, source } = data as ShiftFields;
    if (type === 'ShiftStarted') times.startedAt = at;
    if (type === 'BreakStarted') breaks.push({ startedAt: at, source: source ?? 'worker' });
    if (type === 'BreakEnded' || type === 'ShiftEnded') closeOpenBreak(breaks, at);
    if (type === 'ShiftEnded') times.endedAt = at;
  }
  return { operator, shiftDate, ...times, breaks };
}

export function heldShifts(held: HeldEvents, pseudonyms: readonly IssuedPseudonym[]): HeldShift[] {
  return pseudonyms
    .map(({ operator, shiftDate }) => ({ operator, shiftDate, events: held.shifts.get(operator) ?? [] }))
    .filter(({ events }) => events.length > 0)
    .map(({ operator, shiftDate, events }) => shiftOf(operator, shiftDate, events));
}

export function heldTasks(held: HeldEvents, pseudonyms: readonly IssuedPseudonym[]): HeldTask[] {
  return pseudonyms.flatMap(({ operator }) => {
    const tasks = new OperatorTasks(operator);
    for (const event of held.tasks) tasks.apply(event);
    return tasks.tasks().map((task) => ({ ...task, operator }));
  });
}

export function heldAttributions(held: HeldEvents): HeldAttribution[] {
  return held.attributions.map((event) => {
    const { scanId, operator, taskId, bizStep, readPoint, occurredAt } = (event as StoredEvent<ScanAttributed>).data;
    return { scanId, operator, ...(taskId === undefined ? {} : { taskId }), bizStep, readPoint, occurredAt };
  });
}
