import { type CommandOf, type TaskCommand } from '../commands/command.js';
import { type TaskEvent } from '../events/task-events.js';
import { CommandRejected, type Decider } from './decider.js';

export type TaskStatus = 'created' | 'assigned' | 'started' | 'completed' | 'cancelled';

export interface TaskState {
  readonly status: TaskStatus | 'none';
  readonly units: number;
}

const statusAfter: Record<TaskEvent['type'], TaskStatus> = {
  TaskCreated: 'created',
  TaskAssigned: 'assigned',
  TaskStarted: 'started',
  TaskCompleted: 'completed',
  TaskCancelled: 'cancelled',
};

function evolve(state: TaskState, event: TaskEvent): TaskState {
  const status = statusAfter[event.type];
  if (status === undefined) return state;
  const units = event.type === 'TaskCreated' ? event.data.units : state.units;
  return { status, units };
}

function requireStatus(state: TaskState, taskId: string, allowed: readonly TaskStatus[], verb: string): void {
  if (state.status === 'none') throw new CommandRejected('task-not-found', `task ${taskId} does not exist`);
  if (allowed.includes(state.status)) return;
  if (verb === 'start' && state.status === 'created') {
    throw new CommandRejected('task-unassigned', `task ${taskId} is not assigned; assign it before starting it`);
  }
  throw new CommandRejected('task-status', `task ${taskId} is ${state.status}: cannot ${verb} it (it must be ${allowed.join(' or ')})`);
}

// Reassigning a started task is allowed: reassigning staff is a legitimate aim (CNIL-OK).
const open: readonly TaskStatus[] = ['created', 'assigned', 'started'];

const decisions: { [K in TaskCommand['type']]: (command: CommandOf<K>, state: TaskState) => TaskEvent[] } = {
  CreateTask: ({ data }, state) => {
    if (state.status !== 'none') throw new CommandRejected('task-exists', `task ${data.taskId} already exists (${state.status})`);
    const { taskId, bizStep, station, units, at } = data;
    return [{ type: 'TaskCreated', data: { taskId, bizStep, station, units, at } }];
  },
  AssignTask: ({ data }, state) => {
    requireStatus(state, data.taskId, open, 'assign');
    return [{ type: 'TaskAssigned', data: { taskId: data.taskId, operator: data.operator, at: data.at } }];
  },
  StartTask: ({ data }, state) => {
    requireStatus(state, data.taskId, ['assigned'], 'start');
    return [{ type: 'TaskStarted', data: { taskId: data.taskId, at: data.at } }];
  },
  CompleteTask: ({ data }, state) => {
    requireStatus(state, data.taskId, ['started'], 'complete');
    if (data.unitsDone > state.units) {
      throw new CommandRejected('units-exceeded', `task ${data.taskId}: unitsDone ${data.unitsDone} exceeds its ${state.units} units`);
    }
    return [{ type: 'TaskCompleted', data: { taskId: data.taskId, unitsDone: data.unitsDone, at: data.at } }];
  },
  CancelTask: ({ data }, state) => {
    requireStatus(state, data.taskId, open, 'cancel');
    return [{ type: 'TaskCancelled', data: { taskId: data.taskId, reason: data.reason, at: data.at } }];
  },
};

/** Task lifecycle: created → assigned → started → completed, or cancelled before completion. */
export const taskDecider: Decider<TaskCommand, TaskState, TaskEvent> = {
  initialState: () => ({ status: 'none', units: 0 }),
  evolve,
  decide: (command, state) => (decisions[command.type] as (c: TaskCommand, s: TaskState) => TaskEvent[])(command, state),
};
