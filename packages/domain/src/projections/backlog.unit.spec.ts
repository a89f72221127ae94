import { expect } from 'chai';
import { type PackageEvent } from '../events/package-events.js';
import { type TaskEvent } from '../events/task-events.js';
import { type BizStep } from '../gs1/epcis.js';
import { asStored } from '../testing/stored-events.js';
import { backlog, backlogRows } from './backlog.js';
import { foldProjection } from './projection.js';

const at = '2026-03-02T08:00:00Z';
const created = (taskId: string, bizStep: BizStep): TaskEvent => ({ type: 'TaskCreated', data: { taskId, bizStep, station: `${bizStep}-01`, units: 3, at } });
const scanned = (type: PackageEvent['type'], code: string, bizStep: BizStep, occurredAt: string): PackageEvent =>
  ({ type, data: { scanId: `${code}-${type}`, code, codeType: 'sscc', bizStep, readPoint: 'st-1', bizLocation: 'A-01', occurredAt } }) as PackageEvent;
const tasks = (events: TaskEvent[]) => asStored('task-s-1', events);
const packages = (events: PackageEvent[]) => asStored('package-x', events);

describe('backlog', () => {
  it('given tasks created, completed and cancelled, when folded, then only open ones count, by bizStep', () => {
    const state = foldProjection(backlog, tasks([
      created('T-1', 'picking'),
      created('T-2', 'picking'),
      created('T-3', 'packing'),
      { type: 'TaskStarted', data: { taskId: 'T-1', at } },
      { type: 'TaskCompleted', data: { taskId: 'T-1', unitsDone: 3, at } },
      { type: 'TaskCancelled', data: { taskId: 'T-3', reason: 'withdrawn', at } },
    ]));
    expect(backlogRows(state)).to.eql([{ bizStep: 'picking', openTasks: 1, packagesWaiting: 0 }]);
  });

  it('given packages received and one shipped, when folded, then the others wait at their latest step', () => {
    const state = foldProjection(backlog, packages([
      scanned('ItemReceived', 'P1', 'receiving', '2026-03-02T08:00:00Z'),
      scanned('ItemReceived', 'P2', 'receiving', '2026-03-02T08:01:00Z'),
      scanned('ItemPacked', 'P2', 'packing', '2026-03-02T09:00:00Z'),
      scanned('ItemReceived', 'P3', 'receiving', '2026-03-02T08:02:00Z'),
      scanned('ItemShipped', 'P3', 'shipping', '2026-03-02T10:00:00Z'),
    ]));
    expect(backlogRows(state)).to.eql([
      { bizStep: 'receiving', openTasks: 0, packagesWaiting: 1 },
      { bizStep: 'packing', openTasks: 0, packagesWaiting: 1 },
    ]);
  });

  it('given a pick of stock never received today, when folded, then it is not a package waiting', () => {
    const state = foldProjection(backlog, packages([scanned('ItemPicked', 'G1', 'picking', at)]));
    expect(backlogRows(state)).to.eql([]);
  });

  it('given an older scan uploaded late, when folded, then the package does not move back', () => {
    const state = foldProjection(backlog, packages([
      scanned('ItemReceived', 'P1', 'receiving', '2026-03-02T08:00:00Z'),
      scanned('ItemPacked', 'P1', 'packing', '2026-03-02T09:00:00Z'),
      scanned('ItemStowed', 'P1', 'storing', '2026-03-02T08:30:00Z'),
    ]));
    expect(backlogRows(state)).to.eql([{ bizStep: 'packing', openTasks: 0, packagesWaiting: 1 }]);
  });
});
