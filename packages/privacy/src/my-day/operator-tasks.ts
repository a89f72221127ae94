import { type BizStep, isOneOf, type OperatorRef, type StoredEvent, type TaskEvent, type TaskStatus } from '@fairscan/domain';

/** A task of the operator's, as they see it on their own day. */
export interface OperatorTask {
  readonly taskId: string;
  readonly bizStep: BizStep;
  readonly station: string;
  readonly units: number;
  readonly unitsDone: number;
  readonly status: TaskStatus;
  readonly assignedAt: string;
}

type Created = Extract<TaskEvent, { type: 'TaskCreated' }>['data'];

const taskTypes = new Set(['TaskCreated', 'TaskAssigned', 'TaskStarted', 'TaskCompleted', 'TaskCancelled'] as const);

/** Task events folded for one operator: only tasks assigned to them, and not reassigned since. */
export class OperatorTasks {
  private readonly created = new Map<string, Created>();
  private readonly mine = new Map<string, OperatorTask>();

  constructor(private readonly operator: OperatorRef) {}

  apply(event: StoredEvent): void {
    if (!isOneOf(taskTypes, event)) return;
    const task = event;
    if (task.type === 'TaskCreated') this.created.set(task.data.taskId, task.data);
    else if (task.type === 'TaskAssigned') this.assign(task.data.taskId, task.data.operator, task.data.at);
    else if (task.type === 'TaskStarted') this.update(task.data.taskId, { status: 'started' });
    else if (task.type === 'TaskCompleted') this.update(task.data.taskId, { status: 'completed', unitsDone: task.data.unitsDone });
    else if (task.type === 'TaskCancelled') this.update(task.data.taskId, { status: 'cancelled' });
  }

  /** Their tasks, in the order they were assigned. */
  tasks(): OperatorTask[] {
    return [...this.mine.values()].sort((a, b) => a.assignedAt.localeCompare(b.assignedAt) || a.taskId.localeCompare(b.taskId));
  }

  private assign(taskId: string, operator: OperatorRef, at: string): void {
    if (operator !== this.operator) {
      this.mine.delete(taskId);
      return;
    }
    const created = this.created.get(taskId);
    if (created === undefined || this.mine.has(taskId)) return;
    const { bizStep, station, units } = created;
    this.mine.set(taskId, { taskId, bizStep, station, units, unitsDone: 0, status: 'assigned', assignedAt: at });
  }

  private update(taskId: string, change: Partial<Pick<OperatorTask, 'status' | 'unitsDone'>>): void {
    const task = this.mine.get(taskId);
    if (task !== undefined) this.mine.set(taskId, { ...task, ...change });
  }
}
