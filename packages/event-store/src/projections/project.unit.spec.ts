import { expect } from 'chai';
import { v7 } from 'uuid';
import { type NewEvent, type Projection, type StoredEvent, foldProjection } from '@fairscan/domain';
import { InMemoryEventStore } from '../memory/in-memory-event-store.js';
import { project } from './project.js';

/** The scans a read model has seen, in the order it saw them. */
const scansSeen: Projection<string[]> = {
  name: 'scans-seen',
  eventTypes: ['ItemStowed', 'ItemPicked'],
  initialState: () => [],
  evolve: (state, event) => [...state, (event.data as { scanId: string }).scanId],
};

const scanEvent = (type: string, scanId: string, occurredAt: string): NewEvent => ({
  type,
  data: { scanId },
  metadata: { eventId: v7(), occurredAt, schemaVersion: 1 },
});

/** Commit order is not floor order: scanner tc52-9 was offline and uploads its 09:55 scan after 10:05. */
async function givenADayWithALateUpload(store: InMemoryEventStore): Promise<StoredEvent[]> {
  await store.appendToStream('package-1', [scanEvent('ItemStowed', 's1', '2024-03-01T09:50:00Z')]);
  await store.appendToStream('package-2', [scanEvent('ItemStowed', 's2', '2024-03-01T10:05:00Z')]);
  await store.appendToStream('task-lille1-T1', [scanEvent('TaskStarted', 't1', '2024-03-01T09:51:00Z')]);
  await store.appendToStream('package-3', [scanEvent('ItemPicked', 's3', '2024-03-01T09:55:00Z')]);
  await store.appendToStream('package-1', [scanEvent('ItemPicked', 's4', '2024-03-01T10:00:00.000Z')]);
  await store.appendToStream('location-lille2-A', [scanEvent('ItemStowed', 's5', '2024-03-01T08:00:00Z')]);
  const all: StoredEvent[] = [];
  for await (const event of store.readAll()) all.push(event);
  return all;
}

describe('project (replay)', () => {
  it('given a day with a late upload, when replayed until 10:00, then it equals the fold of every event that occurred by then', async () => {
    const store = new InMemoryEventStore();
    const all = await givenADayWithALateUpload(store);
    const until = '2024-03-01T10:00:00Z';
    const byThen = all.filter((event) => scansSeen.eventTypes.includes(event.type) && Date.parse(event.metadata.occurredAt) <= Date.parse(until));
    const replayed = await project(store, scansSeen, { until });
    expect(replayed.state).to.deep.equal(foldProjection(scansSeen, byThen));
    expect(replayed.state, 'the late 09:55 scan is kept, the 10:05 one skipped').to.deep.equal(['s1', 's3', 's4', 's5']);
    expect(replayed.applied).to.equal(4);
    expect(replayed.position).to.equal(all.at(-1)?.globalPosition);
  });

  it('given no until, when replayed, then every event of the projection types is folded, in commit order', async () => {
    const store = new InMemoryEventStore();
    await givenADayWithALateUpload(store);
    expect((await project(store, scansSeen)).state).to.deep.equal(['s1', 's2', 's3', 's4', 's5']);
  });

  it('given a site filter and a checkpoint, when replayed, then only that site after the checkpoint is folded', async () => {
    const store = new InMemoryEventStore();
    const all = await givenADayWithALateUpload(store);
    const sinceSecond = await project(store, scansSeen, { after: all[1]!.globalPosition, filter: { streamPrefixes: ['package-'] } });
    expect(sinceSecond.state).to.deep.equal(['s3', 's4']);
    const picksOnly = await project(store, scansSeen, { filter: { eventTypes: ['ItemPicked', 'TaskStarted'] } });
    expect(picksOnly.state, 'a filter narrows, never widens, the projection types').to.deep.equal(['s3', 's4']);
  });

  it('given an until that is not an instant, when replayed, then it says which value is wrong', async () => {
    const error = await project(new InMemoryEventStore(), scansSeen, { until: 'yesterday' }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(RangeError);
    expect((error as Error).message).to.equal('replay: "until" must be an ISO-8601 instant (got "yesterday")');
  });
});
