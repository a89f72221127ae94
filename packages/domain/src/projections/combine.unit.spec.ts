import { expect } from 'chai';
import { asStored } from '../testing/stored-events.js';
import { combineProjections } from './combine.js';
import { stockByBin, stockRows } from './stock-by-bin.js';
import { taskBoard } from './task-board.js';
import { foldProjection } from './projection.js';

describe('combineProjections', function () {
  const both = combineProjections('both', { stock: stockByBin, tasks: taskBoard });
  const events = [
    ...asStored('location-s1-A-01', [
      { type: 'StockAdded', data: { scanId: 's1', bin: 'A-01', code: '4006381333931', quantity: 1, bizStep: 'storing', occurredAt: '2026-03-02T08:00:00Z' } },
    ]),
    ...asStored('task-s1-t1', [{ type: 'TaskCreated', data: { taskId: 't1', bizStep: 'picking', station: 'pick-01', units: 3, at: '2026-03-02T08:00:00Z' } }], { fromGlobal: 2 }),
  ];

  it('asks the store only for the types its parts list', function () {
    expect([...both.eventTypes].sort()).to.deep.equal([...new Set([...stockByBin.eventTypes, ...taskBoard.eventTypes])].sort());
  });

  it('gives each part the state it would have folded alone', function () {
    const state = foldProjection(both, events);
    expect(stockRows(state.stock)).to.deep.equal(stockRows(foldProjection(stockByBin, events)));
    expect(state.tasks.countsByStatus.created).to.equal(1);
  });
});
