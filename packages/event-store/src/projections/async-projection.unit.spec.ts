import { expect } from 'chai';
import { type Projection } from '@fairscan/domain';
import { InMemoryEventStore } from '../memory/in-memory-event-store.js';
import { InMemoryCheckpointStore } from '../memory/in-memory-checkpoint-store.js';
import { newEvents } from '../conformance/fixtures.js';
import { AsyncProjection } from './async-projection.js';
import { ProjectionRunner } from './projection-runner.js';

/** Counts each event id it applies, so a second application shows. */
const idsApplied: Projection<Map<string, number>> = {
  name: 'ids-applied',
  eventTypes: ['ItemCounted'],
  initialState: () => new Map(),
  evolve: (state, event) => state.set(event.metadata.eventId, (state.get(event.metadata.eventId) ?? 0) + 1),
};

/** Remembers every save, to check when checkpoints are written. */
class RecordingCheckpoints extends InMemoryCheckpointStore {
  readonly saves: number[] = [];
  override async save(name: string, position: number): Promise<void> {
    this.saves.push(position);
    await super.save(name, position);
  }
}

describe('AsyncProjection', () => {
  let store: InMemoryEventStore;
  let checkpoints: RecordingCheckpoints;
  let runner: ProjectionRunner;

  beforeEach(() => {
    store = new InMemoryEventStore();
    checkpoints = new RecordingCheckpoints();
    runner = new ProjectionRunner(store, checkpoints);
  });

  it('given a stop and a restart, when events arrive in between, then it resumes from its checkpoint and applies none twice', async () => {
    const first = await runner.start(idsApplied);
    const before = await store.appendToStream('location-lille1-A', newEvents(10));
    await first.caughtUp(before.lastGlobalPosition);
    await first.stop();
    expect(await checkpoints.load('ids-applied')).to.equal(before.lastGlobalPosition);
    const between = await store.appendToStream('location-lille1-A', newEvents(5));
    const second = await runner.start(idsApplied);
    await second.caughtUp(between.lastGlobalPosition);
    const after = await store.appendToStream('location-lille1-B', newEvents(3));
    await second.caughtUp(after.lastGlobalPosition);
    await second.stop();
    expect(first.state.size).to.equal(10);
    expect(second.state.size, 'the restart applies only what came after its checkpoint').to.equal(8);
    const overlap = [...second.state.keys()].filter((id) => first.state.has(id));
    expect(overlap).to.deep.equal([]);
    expect([...first.state.values(), ...second.state.values()].every((count) => count === 1)).to.equal(true);
  });

  it('given checkpointEvery 4, when 10 events are applied and it stops, then it saved after the 4th, the 8th and on stop', async () => {
    const running = await runner.start(idsApplied, { checkpointEvery: 4, checkpointMs: 60_000 });
    await store.appendToStream('location-lille1-A', newEvents(10));
    await running.caughtUp(10);
    await running.stop();
    expect(checkpoints.saves).to.deep.equal([4, 8, 10]);
  });

  it('given a quiet floor, when the interval passes, then the checkpoint is saved without a stop', async () => {
    const running = await runner.start(idsApplied, { checkpointEvery: 1000, checkpointMs: 10 });
    await store.appendToStream('location-lille1-A', newEvents(2));
    await running.caughtUp(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await checkpoints.load('ids-applied')).to.equal(2);
    await running.stop();
  });

  it('given a running projection, when rebuilt, then it starts from zero and ends with each event applied once', async () => {
    const snapshots: number[] = [];
    const running = await runner.start(idsApplied, { onCheckpoint: async (state) => void snapshots.push(state.size) });
    await store.appendToStream('location-lille1-A', newEvents(6));
    await running.caughtUp(6);
    await running.rebuild();
    expect(checkpoints.saves.slice(0, 2), 'the old checkpoint, then the reset').to.deep.equal([6, 0]);
    await running.caughtUp(6);
    await running.stop();
    expect(running.state.size).to.equal(6);
    expect([...running.state.values()].every((count) => count === 1)).to.equal(true);
    expect(snapshots, 'the state is handed over with each checkpoint').to.deep.equal([6, 6]);
  });

  it('given a site filter, when other sites write, then only the site events are applied', async () => {
    const running = await runner.start(idsApplied, { filter: { streamPrefixes: ['location-lille1-'] } });
    await store.appendToStream('location-lille2-A', newEvents(3));
    const mine = await store.appendToStream('location-lille1-A', newEvents(2));
    await running.caughtUp(mine.lastGlobalPosition);
    await running.stop();
    expect(running.state.size).to.equal(2);
  });

  it('given an evolve that throws, when the event arrives, then waiters and stop report the failure', async () => {
    const broken = new AsyncProjection(store, checkpoints, {
      ...idsApplied,
      evolve: () => {
        throw new Error('bin A-01-03: quantity is not a number');
      },
    });
    await broken.start();
    await store.appendToStream('location-lille1-A', newEvents(1));
    const waited = await broken.caughtUp(1).catch((caught: unknown) => caught);
    expect((waited as Error).message).to.equal('bin A-01-03: quantity is not a number');
    const stopped = await broken.stop().catch((caught: unknown) => caught);
    expect(stopped).to.equal(waited);
    expect(await checkpoints.load('ids-applied'), 'the failing event is not checkpointed').to.equal(undefined);
  });
});
