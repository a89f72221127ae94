import { taskBoard, taskBoardRows, type TaskBoardState } from '@fairscan/domain';
import { defineReport } from './report-definition.js';

const statuses = ['created', 'assigned', 'started', 'completed', 'cancelled'] as const;

/** The board shows whether a task is assigned, never to whom. */
export const tasksReport = defineReport<TaskBoardState>({
  name: 'tasks',
  description: 'task board: tasks by status, open tasks first',
  projection: taskBoard,
  tables(state, { asOf, limit }) {
    const open = [...taskBoardRows(state, 'started'), ...taskBoardRows(state, 'assigned'), ...taskBoardRows(state, 'created')];
    return [
      {
        title: `Task board (as of ${asOf})`,
        columns: ['status', 'tasks'],
        rows: statuses.map((status) => [status, state.countsByStatus[status]]),
      },
      {
        title: 'Open tasks',
        columns: ['task', 'status', 'bizStep', 'station', 'units', 'done', 'assigned'],
        rows: open
          .slice(0, limit)
          .map((card) => [card.taskId, card.status, card.bizStep, card.station, card.units, card.unitsDone, card.assigned ? 'yes' : 'no']),
        notes: open.length > limit ? [`${open.length - limit} more open tasks not shown (--limit)`] : [],
      },
    ];
  },
});
