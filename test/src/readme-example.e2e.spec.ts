import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stationThroughput, throughputRows } from '@fairscan/domain';
import { CommandHandler, project } from '@fairscan/event-store';
import { SqliteEventStore } from '@fairscan/storage-sqlite';

// The README's embedding example, line for line, with a real scan.
describe('the README embedding example', function () {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-readme-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('records a scan and shows it in station throughput', async function () {
    const scanFromYourGateway = {
      scanId: '0190f3c2-7b1e-7c3a-8a5e-1b2c3d4e5f60',
      deviceId: 'tc52-0017',
      code: '4006381333931',
      bizStep: 'picking',
      readPoint: 'pick-03',
      bizLocation: 'B-04-02',
      occurredAt: '2026-03-02T09:41:07.120Z',
      operator: 'op_k3v7q2m5xrz4w6y2',
    };

    const store = SqliteEventStore.open({ path: join(dir, 'site.db') });
    const handler = new CommandHandler(store, { site: 'lille-1' });
    await handler.parseAndExecute('RecordScan', scanFromYourGateway);
    const { state } = await project(store, stationThroughput);
    const rows = throughputRows(state);
    await store.close();

    expect(rows).to.deep.equal([{ station: 'pick-03', bizStep: 'picking', bucketStart: '2026-03-02T09:30:00.000Z', count: 1 }]);
  });
});
