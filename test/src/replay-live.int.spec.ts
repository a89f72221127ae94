import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stationThroughput, type StationThroughputState } from '@fairscan/domain';
import { CommandHandler } from '@fairscan/event-store';
import { SqliteEventStore } from '@fairscan/storage-sqlite';
import { simulateSiteDay } from '@fairscan/scanner-simulator';
import { ingestCommands } from '@fairscan/app';
import { lastPosition, renderJson, stationsReport } from '@fairscan/reporting';
import { fairscan } from './cli.js';

const site = 'rpl-1';
const midDay = '2026-03-02T11:07:30.000Z';

/** A live read model fed by the store's subscription, stopped at the first event that happened after `until`. */
async function liveUntil(store: SqliteEventStore, until: string, signal: AbortSignal): Promise<StationThroughputState> {
  let state = stationThroughput.initialState();
  for await (const event of store.subscribeToAll({ filter: { eventTypes: stationThroughput.eventTypes }, signal })) {
    if (Date.parse(event.metadata.occurredAt) > Date.parse(until)) break;
    state = stationThroughput.evolve(state, event);
  }
  return state;
}

const stationTable = (state: StationThroughputState, asOf: string) =>
  JSON.parse(renderJson(stationsReport.tables(state, { asOf, limit: 1000 })[0]!)) as { rows: unknown[] };

describe('replay --until a mid-day time equals a live projection stopped then', function () {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-replay-'));
  const path = join(dir, 'day.db');
  let live: StationThroughputState;
  let events = 0;

  before(async function () {
    const store = SqliteEventStore.open({ path, synchronous: 'NORMAL' });
    const stop = new AbortController();
    const watching = liveUntil(store, midDay, stop.signal);
    // One command at a time: commit order is floor order, as on a site whose scanners are all online.
    const day = simulateSiteDay({ seed: 5, site, date: '2026-03-02', targetScans: 24_000 });
    await ingestCommands(new CommandHandler(store, { site }), day, { concurrency: 1 });
    live = await watching;
    stop.abort();
    events = await lastPosition(store);
    await store.close();
  });

  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the same station table as the live projection saw at that moment, while the day went on', function () {
    const run = fairscan(['--store', path, '--site', site, 'replay', '--until', midDay, '--projection', 'stations', '--format', 'json', '--limit', '1000']);
    expect(run.status, run.stderr).to.equal(0);
    const replayed = JSON.parse(run.stdout) as { rows: unknown[] };
    expect(replayed.rows.length).to.be.greaterThan(3);
    expect(replayed).to.deep.equal(stationTable(live, midDay));
    const wholeDay = fairscan(['--store', path, '--site', site, 'replay', '--until', '2026-03-03T00:00:00Z', '--format', 'json', '--limit', '1000']);
    expect((JSON.parse(wholeDay.stdout) as { rows: unknown[] }).rows, 'the afternoon changed the table').not.to.deep.equal(replayed.rows);
  });

  it('shows its progress as plain lines when stderr is not a terminal', function () {
    expect(events, 'a long replay').to.be.at.least(50_000);
    const run = fairscan(['--store', path, '--site', site, 'replay', '--until', midDay, '--format', 'csv']);
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stderr).to.contain(`replay: 10% (`).and.to.contain(`replay: 100% (${events}/${events})`);
    expect(run.stdout.split('\n')[0]).to.equal('station,bizStep,scans,avg/h active,peak/h,peak at (UTC)');
  });
});
