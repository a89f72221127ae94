import { expect } from 'chai';
import { CommandHandler, InMemoryEventStore } from '@fairscan/event-store';
import { ingestCommands, type IncomingCommand } from './ingest-commands.js';

const at = (minute: number) => `2026-03-02T08:${String(minute).padStart(2, '0')}:00.000Z`;
const scan = (n: number, code = '4006381333931'): IncomingCommand => ({
  type: 'RecordScan',
  data: {
    scanId: `0190f3c2-7b1e-7c3a-8a5e-1b2c3d4e${String(5000 + n).padStart(4, '0')}`,
    deviceId: 'tc52-1',
    code,
    bizStep: 'storing',
    readPoint: 'stow-01',
    bizLocation: 'A-01-01',
    occurredAt: at(n % 60),
  },
});

describe('ingestCommands', function () {
  it('given a bad scan among good ones, when ingested, then the good ones are stored and the bad one reported', async function () {
    const store = new InMemoryEventStore();
    const commands = [scan(1), scan(2, '4006381333932'), scan(3)];
    const tally = await ingestCommands(new CommandHandler(store, { site: 's1' }), commands, { concurrency: 8 });
    expect(tally).to.include({ accepted: 2, rejected: 1, duplicates: 0 });
    expect(tally.samples[0]).to.contain('field "code": check digit 2 should be 1');
  });

  it('given the same scan twice, when ingested, then it is stored once and counted as a duplicate', async function () {
    const store = new InMemoryEventStore();
    const tally = await ingestCommands(new CommandHandler(store, { site: 's1' }), [scan(1), scan(1)], { concurrency: 1 });
    expect(tally).to.include({ accepted: 1, duplicates: 1 });
  });

  it('given commands about one task arriving together, when ingested concurrently, then they apply in order', async function () {
    const store = new InMemoryEventStore();
    const operator = 'op_abcdefghijklmnop';
    const task = [
      { type: 'CreateTask', data: { taskId: 't1', bizStep: 'picking', station: 'pick-01', units: 2, at: at(0) } },
      { type: 'AssignTask', data: { taskId: 't1', operator, at: at(0) } },
      { type: 'StartTask', data: { taskId: 't1', at: at(1) } },
      { type: 'CompleteTask', data: { taskId: 't1', unitsDone: 2, at: at(2) } },
    ];
    const tally = await ingestCommands(new CommandHandler(store, { site: 's1' }), task, { concurrency: 64 });
    expect(tally).to.include({ accepted: 4, rejected: 0 });
  });
});
