import { expect } from 'chai';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { type Command, type NewEvent, type RecordScan, type StoredEvent, CommandRejected, dayOf, sampleScan, streams, toOperatorRef } from '@fairscan/domain';
import { InMemoryEventStore } from '../memory/in-memory-event-store.js';
import { WrongExpectedVersionError } from '../port/errors.js';
import { type AppendOptions, type AppendResult } from '../port/event-store.js';
import { CommandHandler } from './command-handler.js';
import { scanEventId } from './record-scan.js';

const site = 'lille1';
const recordedAt = '2024-03-01T08:15:02.000Z';
const operator = toOperatorRef('op_abcdefghijk23456');
const otherOperator = toOperatorRef('op_zyxwvutsrqponmlk');
const scan = { ...sampleScan, operator } as RecordScan;
const at = '2024-03-01T09:00:00Z';
const taskStream = streams.task(site, 'T-1042');
const createTask: Command = { type: 'CreateTask', data: { taskId: 'T-1042', bizStep: 'picking', station: 'pick-07', units: 10, at } };
const assignTask = (who = operator): Command => ({ type: 'AssignTask', data: { taskId: 'T-1042', operator: who, at } });
const startTask: Command = { type: 'StartTask', data: { taskId: 'T-1042', at } };

/** Lets a test slip one write in just before the handler's next append: a concurrent writer. */
class RacingStore extends InMemoryEventStore {
  beforeNextAppend?: () => Promise<void>;

  override async appendToStream(streamName: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    const race = this.beforeNextAppend;
    this.beforeNextAppend = undefined;
    await race?.();
    return super.appendToStream(streamName, events, options);
  }
}

async function streamOf(store: InMemoryEventStore, streamName: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of store.readStream(streamName)) events.push(event);
  return events;
}

async function everything(store: InMemoryEventStore): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}

describe('CommandHandler', () => {
  let store: RacingStore;
  let handler: CommandHandler;

  beforeEach(() => {
    store = new RacingStore();
    handler = new CommandHandler(store, { site, clock: () => new Date(recordedAt) });
  });

  describe('RecordScan', () => {
    it('given a stow scan with a pseudonym, when recorded, then package, location and attribution facts are written apart', async () => {
      const outcome = await handler.execute({ type: 'RecordScan', data: scan }, { correlationId: 'batch-7' });
      expect(outcome.duplicate).to.equal(false);
      const byStream = new Map((await everything(store)).map((event) => [event.streamName, event]));
      expect([...byStream.keys()]).to.deep.equal([
        streams.package(scan.code),
        streams.location(site, 'A-01-03'),
        streams.attribution(site, dayOf(scan.occurredAt)),
      ]);
      const [pkg, location, attribution] = [...byStream.values()] as [StoredEvent, StoredEvent, StoredEvent];
      expect([pkg.type, location.type, attribution.type]).to.deep.equal(['ItemStowed', 'StockAdded', 'ScanAttributed']);
      expect(JSON.stringify([pkg.data, location.data]), 'operational facts carry no operator (CNIL-RET-OK)').not.to.include('op_');
      expect(attribution.data).to.include({ scanId: scan.scanId, operator });
      expect(pkg.metadata).to.deep.equal({
        eventId: scanEventId(scan.scanId, streams.package(scan.code), 0, scan.occurredAt),
        occurredAt: scan.occurredAt,
        recordedAt,
        schemaVersion: 1,
        correlationId: 'batch-7',
      });
      expect(location.metadata, 'a personal handheld would link stock back to a person').not.to.have.property('deviceId');
      expect(attribution.metadata).to.include({ deviceId: 'tc52-0017' });
    });

    it('given a scan already recorded, when it is resent, then it is a duplicate and stored once', async () => {
      await handler.execute({ type: 'RecordScan', data: scan });
      const resent = await new CommandHandler(store, { site }).execute({ type: 'RecordScan', data: scan });
      expect(resent.duplicate).to.equal(true);
      expect(resent.writes.map((write) => write.result.duplicate)).to.deep.equal([true, true, true]);
      expect(await everything(store)).to.have.length(3);
    });

    it('given any state of the floor, when a scan is recorded, then no stream is read and nothing rejects it', async () => {
      let reads = 0;
      const watched = new (class extends InMemoryEventStore {
        override readStream(...args: Parameters<InMemoryEventStore['readStream']>): AsyncIterable<StoredEvent> {
          reads++;
          return super.readStream(...args);
        }
        override async streamVersion(streamName: string): Promise<number> {
          reads++;
          return super.streamVersion(streamName);
        }
      })();
      const outcome = await new CommandHandler(watched, { site }).execute({ type: 'RecordScan', data: { ...scan, taskId: 'T-unknown' } as RecordScan });
      expect(outcome.writes.map((write) => write.result.duplicate)).to.deep.equal([false, false, false]);
      expect(reads, 'scans are observations: recorded without loading state').to.equal(0);
    });

    it('given a scan with an invalid code, when recorded, then it is rejected and nothing is written', async () => {
      const bad = { ...scan, code: '4006381333937' } as RecordScan;
      const error = await handler.execute({ type: 'RecordScan', data: bad }).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(CommandRejected);
      expect(await everything(store)).to.deep.equal([]);
    });
  });

  describe('decided commands', () => {
    it('given a created task, when assigned, then TaskAssigned is appended with v7 id and the command instant', async () => {
      await handler.execute(createTask);
      const outcome = await handler.execute(assignTask(), { causationId: 'cmd-1', deviceId: 'tc52-0017' });
      const [created, assigned] = await streamOf(store, taskStream);
      expect(created?.type).to.equal('TaskCreated');
      expect(assigned?.type).to.equal('TaskAssigned');
      expect(outcome.writes[0]?.result.nextExpectedVersion).to.equal(1);
      const { eventId, ...rest } = assigned!.metadata;
      expect(isUuid(eventId) && uuidVersion(eventId)).to.equal(7);
      expect(rest).to.deep.equal({ occurredAt: at, recordedAt, schemaVersion: 1, causationId: 'cmd-1', deviceId: 'tc52-0017' });
    });

    it('given a concurrent writer assigns first, when assigning, then the handler reloads, retries and keeps both', async () => {
      await handler.execute(createTask);
      store.beforeNextAppend = () => new CommandHandler(store, { site }).execute(assignTask(otherOperator)).then(() => undefined);
      await handler.execute(assignTask());
      const events = await streamOf(store, taskStream);
      expect(events.map((event) => [event.type, (event.data as { operator?: string }).operator])).to.deep.equal([
        ['TaskCreated', undefined],
        ['TaskAssigned', otherOperator],
        ['TaskAssigned', operator],
      ]);
    });

    it('given a concurrent writer cancels the task, when starting it, then the retry decides again and rejects', async () => {
      await handler.execute(createTask);
      await handler.execute(assignTask());
      const cancel: Command = { type: 'CancelTask', data: { taskId: 'T-1042', reason: 'order withdrawn', at } };
      store.beforeNextAppend = () => new CommandHandler(store, { site }).execute(cancel).then(() => undefined);
      const error = (await handler.execute(startTask).catch((caught: unknown) => caught)) as CommandRejected;
      expect(error).to.be.instanceOf(CommandRejected);
      expect(error.code).to.equal('task-status');
      expect((await streamOf(store, taskStream)).map((event) => event.type)).to.deep.equal(['TaskCreated', 'TaskAssigned', 'TaskCancelled']);
    });

    it('given a stream that always moves on, when executing, then it gives up after maxRetries with the conflict', async () => {
      await handler.execute(createTask);
      let attempts = 0;
      const busy = new (class extends InMemoryEventStore {
        override async appendToStream(): Promise<AppendResult> {
          attempts++;
          throw new WrongExpectedVersionError(taskStream, 0, attempts);
        }
      })();
      const error = await new CommandHandler(busy, { site, maxRetries: 3 }).execute(createTask).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(WrongExpectedVersionError);
      expect(attempts).to.equal(4);
    });

    it('given no task, when starting it, then CommandRejected propagates and nothing is written', async () => {
      const error = (await handler.execute(startTask).catch((caught: unknown) => caught)) as CommandRejected;
      expect(error).to.be.instanceOf(CommandRejected);
      expect(error.message).to.equal('task T-1042 does not exist');
      expect(await everything(store)).to.deep.equal([]);
      expect(await store.streamVersion(taskStream)).to.equal(-1);
    });

    it('given a task stream truncated to nothing by retention, when a command arrives, then it appends after the kept version', async () => {
      await handler.execute(createTask);
      await store.truncateBefore(taskStream, 1);
      const error = await handler.execute(assignTask()).catch((caught: unknown) => caught);
      expect(error, 'the folded state is empty, so the task is unknown').to.be.instanceOf(CommandRejected);
      await handler.execute(createTask);
      expect((await streamOf(store, taskStream)).map((event) => event.streamPosition)).to.deep.equal([1]);
    });
  });
});
