import { type BizStep, breakCompliance, type OperatorRef, type StoredEvent, workerView, type WorkerBreakView } from '@fairscan/domain';
import { type OperatorTask, OperatorTasks } from './operator-tasks.js';

/**
 * A worker's own day, for them alone: their shift and declared breaks with
 * the break-compliance status (FR-L3121-16), their tasks and how many items
 * they handled. About them only: no rank, percentile, average or colleague
 * appears anywhere, and nothing here is ever computed across people.
 */
export interface MyDay {
  readonly operator: OperatorRef;
  readonly asOf: string;
  /** Their shift as declared, their breaks and whether one is owed; absent when no shift is recorded. */
  readonly shift?: WorkerBreakView;
  readonly tasks: readonly OperatorTask[];
  /** Scans attributed to them (their pseudonym) in the events given. */
  readonly itemsHandled: number;
  readonly itemsByStep: Readonly<Partial<Record<BizStep, number>>>;
}

/**
 * Folds the events of one shift — its `shift-*` stream, the task streams and
 * the attribution stream(s) of the day — into the operator's view. Pure;
 * events of other operators are ignored.
 */
export function myDay(events: Iterable<StoredEvent>, operator: OperatorRef, asOf: string): MyDay {
  let breaks = breakCompliance.initialState();
  const tasks = new OperatorTasks(operator);
  const itemsByStep: Partial<Record<BizStep, number>> = {};
  let itemsHandled = 0;
  for (const event of events) {
    breaks = breakCompliance.evolve(breaks, event);
    tasks.apply(event);
    const data = event.data as { operator?: string; bizStep?: BizStep };
    if (event.type === 'ScanAttributed' && data.operator === operator && data.bizStep !== undefined) {
      itemsHandled++;
      itemsByStep[data.bizStep] = (itemsByStep[data.bizStep] ?? 0) + 1;
    }
  }
  const shift = workerView(breaks, operator, asOf);
  return { operator, asOf, ...(shift === undefined ? {} : { shift }), tasks: tasks.tasks(), itemsHandled, itemsByStep };
}
