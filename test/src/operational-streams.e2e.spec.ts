import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isOperationalStream, operationalLeakCheck } from '@fairscan/domain';
import { CommandHandler } from '@fairscan/event-store';
import { SqliteEventStore } from '@fairscan/storage-sqlite';
import { simulateSiteDay } from '@fairscan/scanner-simulator';
import { ingestCommands } from '@fairscan/app';

// design.md: the stream layout is the privacy model. After a whole simulated
// day, not one operational event may point back at a person.
describe('a simulated site day in SQLite', function () {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-e2e-'));
  const store = SqliteEventStore.open({ path: join(dir, 'day.db') });
  let operational = 0;

  before(async function () {
    const handler = new CommandHandler(store, { site: 'e2e-1' });
    const day = simulateSiteDay({ seed: 7, site: 'e2e-1', date: '2026-03-02', targetScans: 20_000 });
    const tally = await ingestCommands(handler, day, { concurrency: 64 });
    expect(tally.accepted).to.be.greaterThan(20_000);
  });

  after(async function () {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores no operator reference in any package-* or location-* event', async function () {
    const leaks: string[] = [];
    for await (const event of store.readAll()) {
      if (!isOperationalStream(event.streamName)) continue;
      operational++;
      const leak = operationalLeakCheck(event);
      if (leak) leaks.push(`${event.streamName}@${event.streamPosition}: ${leak}`);
    }
    expect(operational).to.be.greaterThan(20_000);
    expect(leaks.slice(0, 5)).to.deep.equal([]);
  });

  it('keeps the operator only in attribution, task and shift streams', async function () {
    const withOperator = new Set<string>();
    for await (const event of store.readAll()) {
      if (JSON.stringify(event.data).includes('"op_')) withOperator.add(event.streamName.split('-')[0] ?? '');
    }
    expect([...withOperator].sort()).to.deep.equal(['attribution', 'shift', 'task']);
  });
});
