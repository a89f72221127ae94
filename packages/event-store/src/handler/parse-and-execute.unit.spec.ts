import { expect } from 'chai';
import { sampleScan } from '@fairscan/domain';
import { InMemoryEventStore } from '../memory/in-memory-event-store.js';
import { CommandHandler } from './command-handler.js';
import { CommandValidationError } from './command-validation-error.js';

const scan = sampleScan;

async function rejectionOf(action: Promise<unknown>): Promise<CommandValidationError> {
  const error = await action.catch((caught: unknown) => caught);
  expect(error).to.be.instanceOf(CommandValidationError);
  return error as CommandValidationError;
}

describe('CommandHandler.parseAndExecute', () => {
  it('given valid plain JSON, when parsed and executed, then the scan is recorded', async () => {
    const store = new InMemoryEventStore();
    const outcome = await new CommandHandler(store, { site: 'lille1' }).parseAndExecute('RecordScan', scan);
    expect(outcome.writes.map((write) => write.streamName)).to.deep.equal(['package-4006381333931', 'location-lille1-A-01-03']);
  });

  it('given several bad fields, when parsed, then every field error is listed, named by scan, and nothing is written', async () => {
    const store = new InMemoryEventStore();
    const plain = { ...scan, code: '4006381333937', bizStep: 'stowing', extra: 1 };
    const error = await rejectionOf(new CommandHandler(store, { site: 'lille1' }).parseAndExecute('RecordScan', plain));
    expect(error.errors.map((fieldError) => fieldError.field)).to.have.members(['code', 'bizStep', 'extra']);
    const lines = error.message.split('\n');
    expect(lines).to.have.length(error.errors.length);
    expect(lines).to.include('scan 3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f809a1b: field "code": check digit 7 should be 1 (GTIN-13 4006381333937)');
    for await (const _ of store.readAll()) expect.fail('nothing may be written');
  });

  it('given a record label, when validation fails, then the errors name that record', async () => {
    const handler = new CommandHandler(new InMemoryEventStore(), { site: 'lille1' });
    const error = await rejectionOf(handler.parseAndExecute('StartTask', { taskId: 'T-1' }, { recordLabel: 'line 17' }));
    expect(error.message).to.match(/^line 17: field "at": /);
  });

  it('given an unknown command type, when parsed, then the error lists the known ones', async () => {
    const handler = new CommandHandler(new InMemoryEventStore(), { site: 'lille1' });
    const error = await rejectionOf(handler.parseAndExecute('RecordScna', scan));
    expect(error.errors[0]?.field).to.equal('type');
    expect(error.message).to.include('RecordScan');
  });
});
