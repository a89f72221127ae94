import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { type StationThroughputState, stationTotals } from '@fairscan/domain';
import { InMemoryEventStore, InMemorySnapshotStore } from '@fairscan/event-store';
import { LiveProjections } from './live-projections.js';
import { rebuildProjection } from './projection-status.js';
import { generationKey, liveViews } from './live-views.js';

const throughputView = liveViews.filter((view) => view.projection.name === 'stationThroughput');

/** `count` package receipts at station recv-01. */
async function receive(store: InMemoryEventStore, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const code = `0034012345${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`;
    const data = { scanId: randomUUID(), code, codeType: 'sscc', bizStep: 'receiving', readPoint: 'recv-01', bizLocation: 'dock-1', occurredAt: '2026-03-02T08:00:00Z' };
    await store.appendToStream(`package-${code}`, [{ type: 'ItemReceived', data, metadata: { eventId: randomUUID(), occurredAt: data.occurredAt, schemaVersion: 1 } }]);
  }
}

const received = (live: LiveProjections): number => stationTotals(live.view<StationThroughputState>('stationThroughput').state)[0]?.count ?? 0;

async function until(check: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((next) => setTimeout(next, 10));
  expect(await check()).to.equal(true);
}

describe('LiveProjections: rebuild beside the served generation', () => {
  it('keeps serving the old generation until the rebuilt one has caught up, then swaps it in and drops the old snapshot', async () => {
    const store = new InMemoryEventStore();
    const snapshots = new InMemorySnapshotStore();
    await receive(store, 20);
    const live = new LiveProjections(store, snapshots, { refreshMs: 3_600_000, checkpointMs: 10 }, throughputView);
    await live.start();
    await until(() => received(live) === 20);

    await rebuildProjection(store, snapshots, throughputView[0] as (typeof liveViews)[number]);
    await receive(store, 5); // after the rebuild's fold: the new generation must catch up on these
    await until(() => received(live) === 25);
    await live.refresh();
    const view = live.view('stationThroughput');
    expect(view.generation, 'still the old generation while the new one catches up').to.equal(1);
    expect(received(live)).to.equal(25);

    await until(async () => (await live.refresh(), view.generation === 2));
    expect(received(live), 'the rebuilt generation counts each event once').to.equal(25);
    expect(await snapshots.load(generationKey('stationThroughput', 1))).to.equal(undefined);
    await live.stop();
    expect((await snapshots.load(generationKey('stationThroughput', 2)))?.position).to.equal(view.position);
  });

  it('resumes from a saved snapshot without applying its events again', async () => {
    const store = new InMemoryEventStore();
    const snapshots = new InMemorySnapshotStore();
    await receive(store, 10);
    const first = new LiveProjections(store, snapshots, {}, throughputView);
    await first.start();
    await until(() => received(first) === 10);
    await first.stop();
    await receive(store, 3);
    const second = new LiveProjections(store, snapshots, {}, throughputView);
    await second.start();
    expect(second.view('stationThroughput').resumedFrom).to.be.greaterThan(0);
    await until(() => received(second) === 13);
    await second.stop();
    expect(received(second)).to.equal(13);
  });
});

