import { expect } from 'chai';
import { type Projection, type RecordScan } from '@fairscan/domain';
import { InMemoryEventStore } from '../memory/in-memory-event-store.js';
import { InMemoryCheckpointStore } from '../memory/in-memory-checkpoint-store.js';
import { CommandHandler } from '../handler/command-handler.js';
import { ProjectionRunner } from './projection-runner.js';

const stowsPerBin: Projection<Record<string, number>> = {
  name: 'stows-per-bin',
  eventTypes: ['StockAdded'],
  initialState: () => ({}),
  evolve: (state, event) => {
    const { bin } = event.data as { bin: string };
    return { ...state, [bin]: (state[bin] ?? 0) + 1 };
  },
};

const scan = (scanId: string, bizLocation: string): RecordScan =>
  ({
    scanId,
    deviceId: 'tc52-0017',
    code: '4006381333931',
    bizStep: 'storing',
    readPoint: 'stow-03',
    bizLocation,
    occurredAt: '2024-03-01T08:15:00Z',
  }) as RecordScan;

describe('InlineProjections', () => {
  it('given scans recorded, when fed each outcome, then the view reflects them at once and a resent scan counts once', async () => {
    const store = new InMemoryEventStore();
    const handler = new CommandHandler(store, { site: 'lille1' });
    const inline = new ProjectionRunner(store, new InMemoryCheckpointStore()).inline([stowsPerBin]);
    const scans = [scan('0190f3a0-0000-7000-8000-000000000001', 'A-01'), scan('0190f3a0-0000-7000-8000-000000000002', 'A-01')];
    for (const data of [...scans, scans[0]!]) await inline.afterAppend(await handler.execute({ type: 'RecordScan', data }));
    expect(inline.state(stowsPerBin.name)).to.deep.equal({ 'A-01': 2 });
  });

  it('given an unknown projection name, when its state is asked, then the error lists the known ones', () => {
    const inline = new ProjectionRunner(new InMemoryEventStore(), new InMemoryCheckpointStore()).inline([stowsPerBin]);
    expect(() => inline.state('stows')).to.throw('no inline projection named "stows" (have: stows-per-bin)');
  });
});
