import { expect } from 'chai';
import { CommandRejected, type Decider } from '../deciders/decider.js';
import { asStored } from './stored-events.js';
import { deciderSpec } from './decider-spec.js';

type Counted = { type: 'Counted'; data: { n: number } };
const counter: Decider<{ add: number }, number, Counted> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.n,
  decide: ({ add }, total) => {
    if (add < 0) throw new CommandRejected('negative', `cannot add ${add}`);
    if (add === 0) throw new RangeError('a bug, not a rejection');
    return [{ type: 'Counted', data: { n: total + add } }];
  },
};

describe('deciderSpec', () => {
  it('given past events, when a command is decided, then the state folded from them is used', () => {
    const given = [{ type: 'Counted', data: { n: 2 } }, { type: 'Counted', data: { n: 3 } }] as Counted[];
    expect(deciderSpec(counter).given(given).when({ add: 1 })).to.eql({ events: [{ type: 'Counted', data: { n: 6 } }] });
  });

  it('given a rejected command, when decided, then the outcome holds the CommandRejected', () => {
    const { error, events } = deciderSpec(counter).given([]).when({ add: -1 });
    expect(events).to.equal(undefined);
    expect(error).to.be.instanceOf(CommandRejected);
    expect(error?.code).to.equal('negative');
    expect(error?.name).to.equal('CommandRejected');
  });

  it('given a decider that fails with another error, when decided, then the error propagates', () => {
    expect(() => deciderSpec(counter).given([]).when({ add: 0 })).to.throw(RangeError);
  });
});

describe('asStored', () => {
  it('given events, when stored, then positions count up and occurredAt comes from the data', () => {
    const stored = asStored('task-lil1-T-1', [
      { type: 'TaskStarted', data: { taskId: 'T-1', at: '2024-03-01T08:00:00Z' } },
      { type: 'TaskStarted', data: { taskId: 'T-1', at: '2024-03-01T09:00:00Z' } },
    ], { fromPosition: 4, fromGlobal: 100 });
    expect(stored.map((e) => [e.streamPosition, e.globalPosition, e.metadata.eventId, e.metadata.occurredAt])).to.eql([
      [4, 100, 'task-lil1-T-1/4', '2024-03-01T08:00:00Z'],
      [5, 101, 'task-lil1-T-1/5', '2024-03-01T09:00:00Z'],
    ]);
  });
});
