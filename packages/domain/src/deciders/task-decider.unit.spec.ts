import { expect } from 'chai';
import { type TaskCommand } from '../commands/command.js';
import { type TaskEvent } from '../events/task-events.js';
import { toOperatorRef } from '../gs1/operator-ref.js';
import { deciderSpec } from '../testing/decider-spec.js';
import { taskDecider } from './task-decider.js';

const operator = toOperatorRef('op_abcdefghijk23456');
const at = '2024-03-01T08:00:00Z';
const taskId = 'T-1042';
const spec = deciderSpec(taskDecider);

const created: TaskEvent = { type: 'TaskCreated', data: { taskId, bizStep: 'picking', station: 'pick-07', units: 10, at } };
const assigned: TaskEvent = { type: 'TaskAssigned', data: { taskId, operator, at } };
const started: TaskEvent = { type: 'TaskStarted', data: { taskId, at } };
const cancelled: TaskEvent = { type: 'TaskCancelled', data: { taskId, reason: 'order withdrawn', at } };

const create: TaskCommand = { type: 'CreateTask', data: { taskId, bizStep: 'picking', station: 'pick-07', units: 10, at } };
const assign: TaskCommand = { type: 'AssignTask', data: { taskId, operator, at } };
const start: TaskCommand = { type: 'StartTask', data: { taskId, at } };
const complete = (unitsDone: number): TaskCommand => ({ type: 'CompleteTask', data: { taskId, unitsDone, at } });
const cancel: TaskCommand = { type: 'CancelTask', data: { taskId, reason: 'order withdrawn', at } };

describe('taskDecider', () => {
  it('given no task, when CreateTask, then TaskCreated', () => {
    expect(spec.given([]).when(create)).to.eql({ events: [created] });
  });

  it('given a created task, when CreateTask again, then it is rejected as existing', () => {
    const { error } = spec.given([created]).when(create);
    expect(error?.code).to.equal('task-exists');
    expect(error?.message).to.equal('task T-1042 already exists (created)');
  });

  it('given a created task, when AssignTask then StartTask, then both are accepted in order', () => {
    expect(spec.given([created]).when(assign)).to.eql({ events: [assigned] });
    expect(spec.given([created, assigned]).when(start)).to.eql({ events: [started] });
  });

  it('given an unassigned task, when StartTask, then it is rejected saying to assign it first', () => {
    const { error } = spec.given([created]).when(start);
    expect(error?.code).to.equal('task-unassigned');
    expect(error?.message).to.equal('task T-1042 is not assigned; assign it before starting it');
  });

  it('given no task, when AssignTask, then it is rejected as not found', () => {
    expect(spec.given([]).when(assign).error?.code).to.equal('task-not-found');
  });

  it('given a started task, when CompleteTask with units done, then TaskCompleted', () => {
    expect(spec.given([created, assigned, started]).when(complete(9))).to.eql({
      events: [{ type: 'TaskCompleted', data: { taskId, unitsDone: 9, at } }],
    });
  });

  it('given a started task of 10 units, when CompleteTask with 11, then it is rejected', () => {
    const { error } = spec.given([created, assigned, started]).when(complete(11));
    expect(error?.code).to.equal('units-exceeded');
  });

  it('given a cancelled task, when CompleteTask, then it is rejected naming its status', () => {
    const { error } = spec.given([created, assigned, started, cancelled]).when(complete(3));
    expect(error?.code).to.equal('task-status');
    expect(error?.message).to.equal('task T-1042 is cancelled: cannot complete it (it must be started)');
  });

  it('given a started task, when reassigned or cancelled, then both are allowed', () => {
    expect(spec.given([created, assigned, started]).when(assign).events).to.eql([assigned]);
    expect(spec.given([created, assigned, started]).when(cancel).events).to.eql([cancelled]);
  });

  it('given a completed task, when CancelTask, then it is rejected', () => {
    const completed: TaskEvent = { type: 'TaskCompleted', data: { taskId, unitsDone: 10, at } };
    expect(spec.given([created, assigned, started, completed]).when(cancel).error?.code).to.equal('task-status');
  });
});
