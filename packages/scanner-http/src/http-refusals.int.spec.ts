import { expect } from 'chai';
import { storedScanIds, validScans } from '@fairscan/event-store/scanner-conformance';
import { revokeDevice } from './devices/device-registry.js';
import { startTestServer, type TestServer, testSite } from './testing/test-server.js';

describe('HTTP scan ingest: what a device is told', () => {
  let server: TestServer;
  beforeEach(async () => (server = await startTestServer({ limits: { maxBatchLines: 3, maxScanBytes: 2048, maxBatchBytes: 4096 } })));
  afterEach(() => server.close());

  const post = (path: string, headers: Record<string, string>, body: string) => fetch(`${server.source.url}${path}`, { method: 'POST', headers, body });

  it('answers 202 to a new scan, 200 duplicate to its resend, and stores it once', async () => {
    const device = await server.device('tc52-0017');
    const [scan] = validScans('tc52-0017', 1);
    const first = await device.post('/v1/scans', 'application/json', JSON.stringify(scan));
    expect(first.status).to.equal(202);
    expect(await first.json()).to.deep.equal({ status: 'accepted', scanId: scan?.scanId });
    const again = await device.post('/v1/scans', 'application/json', JSON.stringify(scan));
    expect(again.status).to.equal(200);
    expect(await again.json()).to.deep.equal({ status: 'duplicate', scanId: scan?.scanId });
    expect(await storedScanIds(server.store)).to.deep.equal([scan?.scanId]);
  });

  it('answers 422 naming the field of a bad scan', async () => {
    const device = await server.device('tc52-0017');
    const [scan] = validScans('tc52-0017', 1);
    const response = await device.post('/v1/scans', 'application/json', JSON.stringify({ ...scan, code: '4006381333932' }));
    expect(response.status).to.equal(422);
    const body = (await response.json()) as { status: string; errors: Array<{ field: string }>; message: string };
    expect(body.status).to.equal('rejected');
    expect(body.errors.map((error) => error.field)).to.deep.equal(['code']);
    expect(body.message).to.match(/field "code": .*check digit/);
  });

  it('answers 401 with a clear body without a token, and with a token no device holds', async () => {
    const [scan] = validScans('tc52-0017', 1);
    const none = await post('/v1/scans', { 'content-type': 'application/json' }, JSON.stringify(scan));
    expect(none.status).to.equal(401);
    expect(await none.json()).to.include({ error: 'unauthenticated' }).and.have.property('message').that.matches(/Authorization: Bearer/);
    const forged = await post('/v1/scans', { 'content-type': 'application/json', authorization: 'Bearer fsd_forged' }, JSON.stringify(scan));
    expect(forged.status).to.equal(401);
    expect(await forged.json()).to.include({ error: 'unknown-token' });
    expect(await storedScanIds(server.store)).to.deep.equal([]);
  });

  it('answers 403 once the device is revoked, naming it', async () => {
    const device = await server.device('tc52-0017');
    await revokeDevice(server.store, testSite, 'tc52-0017');
    const response = await device.post('/v1/scans', 'application/json', JSON.stringify(validScans('tc52-0017', 1)[0]));
    expect(response.status).to.equal(403);
    expect(await response.json()).to.include({ error: 'revoked' }).and.have.property('message').that.includes('tc52-0017');
  });

  it('answers 413 to a body over the limit and to a batch with too many lines, storing nothing', async () => {
    const device = await server.device('tc52-0017');
    const [scan] = validScans('tc52-0017', 1);
    const big = await device.post('/v1/scans', 'application/json', JSON.stringify({ ...scan, taskId: 'x'.repeat(4096) }));
    expect(big.status).to.equal(413);
    expect(await big.json()).to.include({ error: 'too-large' });
    const lines = validScans('tc52-0017', 4).map((record) => JSON.stringify(record));
    const long = await device.post('/v1/scans/batch', 'application/x-ndjson', lines.join('\n'));
    expect(long.status).to.equal(413);
    expect(await long.json()).to.include({ error: 'too-many-lines' }).and.have.property('message').that.matches(/4 lines; at most 3/);
    expect(await storedScanIds(server.store)).to.deep.equal([]);
  });

  it('answers 415 to a scan that is not JSON and a batch that is not NDJSON', async () => {
    const device = await server.device('tc52-0017');
    const [scan] = validScans('tc52-0017', 1);
    const text = await device.post('/v1/scans', 'text/plain', JSON.stringify(scan));
    expect(text.status).to.equal(415);
    expect(await text.json()).to.include({ error: 'unsupported-media-type' });
    const json = await device.post('/v1/scans/batch', 'application/json', JSON.stringify(scan));
    expect(json.status).to.equal(415);
    expect(await storedScanIds(server.store)).to.deep.equal([]);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const device = await server.device('tc52-0017');
    const response = await device.post('/v1/scans', 'application/json', '{"scanId": ');
    expect(response.status).to.equal(400);
    expect(await response.json()).to.include({ error: 'malformed' });
  });

  it('gives a batch one result per line, by line number, and stores the good lines around a bad one', async () => {
    const device = await server.device('tc52-0017');
    const [a, b] = validScans('tc52-0017', 2);
    const response = await device.post('/v1/scans/batch', 'application/x-ndjson', `${JSON.stringify(a)}\n{"scanId": \n\n${JSON.stringify(b)}\n`);
    expect(response.status).to.equal(200);
    const body = (await response.json()) as { accepted: number; rejected: number; results: Array<{ line: number; status: string; message?: string }> };
    expect(body).to.include({ accepted: 2, rejected: 1 });
    expect(body.results.map((result) => [result.line, result.status])).to.deep.equal([[1, 'accepted'], [2, 'rejected'], [4, 'accepted']]);
    expect(body.results[1]?.message).to.match(/^line 2: not JSON/);
    expect((await storedScanIds(server.store)).sort()).to.deep.equal([a?.scanId, b?.scanId].sort());
  });
});
