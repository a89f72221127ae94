import { expect } from 'chai';
import { type TaskEvent } from '../events/task-events.js';
import { toOperatorRef } from '../gs1/operator-ref.js';
import { asStored } from '../testing/stored-events.js';
import { foldProjection } from './projection.js';
import { taskBoard, taskBoardRows } from './task-board.js';

const operator = toOperatorRef('op_abcdefghijk23456');
const at = '2024-03-01T08:00:00Z';
const created = (taskId: string): TaskEvent => ({ type: 'TaskCreated', data: { taskId, bizStep: 'picking', station: 'pick-07', units: 5, at } });

describe('taskBoard', () => {
  const events = asStored('tasks', [
    created('T-1'),
    created('T-2'),
    created('T-3'),
    { type: 'TaskAssigned', data: { taskId: 'T-1', operator, at } },
    { type: 'TaskStarted', data: { taskId: 'T-1', at } },
    { type: 'TaskAssigned', data: { taskId: 'T-1', operator, at } },
    { type: 'TaskCompleted', data: { taskId: 'T-1', unitsDone: 4, at } },
    { type: 'TaskCancelled', data: { taskId: 'T-3', reason: 'order withdrawn', at } },
    { type: 'TaskStarted', data: { taskId: 'T-9', at } },
  ] as TaskEvent[]);

  it('given a day of task events, when folded, then each card has its status and units done', () => {
    const state = foldProjection(taskBoard, events);
    expect(taskBoardRows(state)).to.eql([
      { taskId: 'T-1', status: 'completed', bizStep: 'picking', station: 'pick-07', units: 5, unitsDone: 4, assigned: true },
      { taskId: 'T-2', status: 'created', bizStep: 'picking', station: 'pick-07', units: 5, unitsDone: 0, assigned: false },
      { taskId: 'T-3', status: 'cancelled', bizStep: 'picking', station: 'pick-07', units: 5, unitsDone: 0, assigned: false },
    ]);
  });

  it('given a reassignment while started and a task never created, when folded, then counts stay consistent', () => {
    const state = foldProjection(taskBoard, events);
    expect(state.countsByStatus).to.eql({ created: 1, assigned: 0, started: 0, completed: 1, cancelled: 1 });
    expect(taskBoardRows(state, 'cancelled').map((card) => card.taskId)).to.eql(['T-3']);
  });

  it('given an assigned task, when shown, then the board says it is assigned but never to whom', () => {
    const state = foldProjection(taskBoard, events);
    expect(JSON.stringify(taskBoardRows(state))).not.to.include(operator);
  });
});
