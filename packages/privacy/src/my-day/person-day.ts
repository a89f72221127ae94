import { breakCompliance, type BreakStatus, type OperatorRef, type StoredEvent, supervisorView } from '@fairscan/domain';
import { type OperatorTask, OperatorTasks } from './operator-tasks.js';

/**
 * Another person's day as a team lead or site manager may see it: the tasks
 * they hold (to reassign work) and whether a break is owed (protective,
 * FR-L3121-16). No break times or durations, no item counts (CNIL-IDLE).
 */
export interface PersonDay {
  readonly operator: OperatorRef;
  readonly asOf: string;
  readonly breakStatus?: BreakStatus;
  readonly tasks: ReadonlyArray<Pick<OperatorTask, 'taskId' | 'bizStep' | 'station' | 'status'>>;
}

export function personDay(events: Iterable<StoredEvent>, operator: OperatorRef, asOf: string): PersonDay {
  let breaks = breakCompliance.initialState();
  const tasks = new OperatorTasks(operator);
  for (const event of events) {
    breaks = breakCompliance.evolve(breaks, event);
    tasks.apply(event);
  }
  const breakStatus = supervisorView(breaks, asOf).find((row) => row.operator === operator)?.status;
  return {
    operator,
    asOf,
    ...(breakStatus === undefined ? {} : { breakStatus }),
    tasks: tasks.tasks().map(({ taskId, bizStep, station, status }) => ({ taskId, bizStep, station, status })),
  };
}
