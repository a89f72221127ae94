import { type BizStep } from '../gs1/epcis.js';
import { type TaskStatus } from '../deciders/task-decider.js';
import { isOneOf, type Projection } from './projection.js';

/** A task as the board shows it: whether it is assigned, never to whom. */
export interface TaskCard {
  readonly taskId: string;
  status: TaskStatus;
  readonly bizStep: BizStep;
  readonly station: string;
  readonly units: number;
  unitsDone: number;
  assigned: boolean;
}

export interface TaskBoardState {
  readonly tasks: Map<string, TaskCard>;
  readonly countsByStatus: Record<TaskStatus, number>;
}

const types = new Set(['TaskCreated', 'TaskAssigned', 'TaskStarted', 'TaskCompleted', 'TaskCancelled'] as const);
type TaskEventType = typeof types extends Set<infer T> ? T : never;

const statusAfter: Record<Exclude<TaskEventType, 'TaskCreated'>, TaskStatus> = {
  TaskAssigned: 'assigned',
  TaskStarted: 'started',
  TaskCompleted: 'completed',
  TaskCancelled: 'cancelled',
};

function moveTo(state: TaskBoardState, card: TaskCard, status: TaskStatus): void {
  state.countsByStatus[card.status]--;
  state.countsByStatus[status]++;
  card.status = status;
}

export const taskBoard: Projection<TaskBoardState> = {
  name: 'taskBoard',
  eventTypes: [...types],
  initialState: () => ({
    tasks: new Map(),
    countsByStatus: { created: 0, assigned: 0, started: 0, completed: 0, cancelled: 0 },
  }),
  evolve: (state, event) => {
    if (!isOneOf(types, event)) return state;
    if (event.type === 'TaskCreated') {
      const { taskId, bizStep, station, units } = event.data;
      if (state.tasks.has(taskId)) return state;
      state.tasks.set(taskId, { taskId, status: 'created', bizStep, station, units, unitsDone: 0, assigned: false });
      state.countsByStatus.created++;
      return state;
    }
    // A task whose creation was not seen (e.g. expired) stays off the board.
    const card = state.tasks.get(event.data.taskId);
    if (card === undefined) return state;
    if (event.type === 'TaskAssigned') card.assigned = true;
    if (event.type === 'TaskCompleted') card.unitsDone = event.data.unitsDone;
    // Reassigning a started task keeps it started.
    if (!(event.type === 'TaskAssigned' && card.status === 'started')) moveTo(state, card, statusAfter[event.type]);
    return state;
  },
};

/** Cards sorted by taskId, optionally only those of one status. */
export function taskBoardRows(state: TaskBoardState, status?: TaskStatus): TaskCard[] {
  const cards = [...state.tasks.values()].filter((card) => status === undefined || card.status === status);
  return cards.sort((a, b) => a.taskId.localeCompare(b.taskId));
}
