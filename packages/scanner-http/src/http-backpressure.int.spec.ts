import { expect } from 'chai';
import { type ScanIngest } from '@fairscan/event-store';
import { storedScanIds, validScans } from '@fairscan/event-store/scanner-conformance';
import { startTestServer, type TestServer } from './testing/test-server.js';

/** An ingest that holds every call until `release`: a store that has fallen behind. */
function slowed(ingest: ScanIngest) {
  let release: () => void = () => undefined;
  let held = new Promise<void>((resolve) => (release = resolve));
  const slow: ScanIngest = { ingest: async (records, origin) => (await held, ingest.ingest(records, origin)) };
  return { slow, release: () => release(), hold: () => (held = new Promise<void>((resolve) => (release = resolve))) };
}

const lines = (records: readonly unknown[]) => records.map((record) => JSON.stringify(record)).join('\n');

describe('HTTP scan ingest: backpressure when the store falls behind', () => {
  let server: TestServer;
  let store: ReturnType<typeof slowed> | undefined;
  beforeEach(async () => {
    server = await startTestServer({ limits: { maxInFlightRecords: 4, maxBatchLines: 4, retryAfterSeconds: 2 }, wrap: (ingest) => (store = slowed(ingest)).slow });
  });
  afterEach(async () => {
    store?.release();
    await server.close();
  });

  it('answers 429 with Retry-After while the in-flight queue is full, then takes the resend', async () => {
    const device = await server.device('tc52-0017');
    const batch = validScans('tc52-0017', 4);
    const [late] = validScans('tc52-0017', 1);
    const pending = device.post('/v1/scans/batch', 'application/x-ndjson', lines(batch));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await device.post('/v1/scans', 'application/json', JSON.stringify(late));
    expect(refused.status).to.equal(429);
    expect(refused.headers.get('retry-after')).to.equal('2');
    expect(await refused.json()).to.include({ error: 'store-behind' });
    store?.release();
    expect((await pending).status).to.equal(200);
    expect((await device.post('/v1/scans', 'application/json', JSON.stringify(late))).status).to.equal(202);
    expect(await storedScanIds(server.store)).to.have.length(5);
  });

  it('refuses a batch that would overfill the queue, though it is not full yet', async () => {
    const device = await server.device('tc52-0017');
    const pending = device.post('/v1/scans/batch', 'application/x-ndjson', lines(validScans('tc52-0017', 3)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await device.post('/v1/scans/batch', 'application/x-ndjson', lines(validScans('tc52-0017', 2)));
    expect(refused.status).to.equal(429);
    expect(refused.headers.get('retry-after')).to.equal('2');
    store?.release();
    expect((await pending).status).to.equal(200);
    expect(await storedScanIds(server.store)).to.have.length(3);
  });
});

describe('HTTP scan ingest: a store that fails', () => {
  it('answers 503 with Retry-After and acknowledges nothing', async () => {
    const broken: ScanIngest = { ingest: async () => Promise.reject(new Error('disk full')) };
    const server = await startTestServer({ wrap: () => broken });
    try {
      const device = await server.device('tc52-0017');
      const response = await device.post('/v1/scans/batch', 'application/x-ndjson', lines(validScans('tc52-0017', 2)));
      expect(response.status).to.equal(503);
      expect(response.headers.get('retry-after')).to.equal('1');
      expect(await response.json()).to.include({ error: 'store-unavailable' });
    } finally {
      await server.close();
    }
  });
});
