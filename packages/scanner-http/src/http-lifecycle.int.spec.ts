import { expect } from 'chai';
import { Validator } from '@seriousme/openapi-schema-validator';
import { type ScanIngest } from '@fairscan/event-store';
import { storedScanIds, validScans } from '@fairscan/event-store/scanner-conformance';
import { startTestServer } from './testing/test-server.js';

interface Operation {
  readonly security?: unknown;
  readonly requestBody?: { readonly content: object };
  readonly responses: Record<string, { readonly headers?: object }>;
}
interface OpenApi {
  readonly openapi: string;
  readonly paths: Record<string, Record<string, Operation>>;
}
const operation = (document: OpenApi, path: string): Operation => document.paths[path]?.post ?? expect.fail(`no POST ${path} in the document`);

describe('HTTP scan ingest: probes, OpenAPI, shutdown', () => {
  it('answers /health and /ready without a token, and /ready 503 once the store is gone', async () => {
    const server = await startTestServer();
    try {
      const health = await fetch(`${server.source.url}/health`);
      expect([health.status, await health.json()]).to.deep.equal([200, { status: 'ok' }]);
      const ready = await fetch(`${server.source.url}/ready`);
      expect([ready.status, await ready.json()]).to.deep.equal([200, { status: 'ready' }]);
      await server.store.close();
      const gone = await fetch(`${server.source.url}/ready`);
      expect(gone.status).to.equal(503);
      expect(await gone.json()).to.include({ status: 'not-ready' }).and.have.property('reason').that.matches(/store/);
    } finally {
      await server.close();
    }
  });

  it('serves an OpenAPI 3.x document of the scan routes that validates', async () => {
    const server = await startTestServer();
    try {
      const document = (await (await fetch(`${server.source.url}/openapi.json`)).json()) as OpenApi;
      const result = await new Validator().validate(document as unknown as Record<string, unknown>);
      expect(result.errors ?? [], JSON.stringify(result.errors)).to.deep.equal([]);
      expect(result.valid).to.equal(true);
      expect(document.openapi).to.match(/^3\./);
      const batch = operation(document, '/v1/scans/batch');
      expect(Object.keys(batch.requestBody?.content ?? {})).to.include('application/x-ndjson');
      expect(batch.responses['429']?.headers).to.have.property('Retry-After');
      expect(batch.security, 'the scan routes need a device token').to.deep.equal([{ deviceToken: [] }]);
      expect(Object.keys(operation(document, '/v1/scans').responses)).to.include.members(['200', '202', '401', '403', '413', '415', '422', '429']);
    } finally {
      await server.close();
    }
  });

  it('fails to start on a port already taken, naming the reason', async () => {
    const server = await startTestServer();
    const port = Number(new URL(server.source.url).port);
    try {
      const taken = await startTestServer({ port }).then(() => 'started', (error: Error) => error.message);
      expect(taken).to.match(/EADDRINUSE/);
    } finally {
      await server.close();
    }
  });

  it('drains on stop: a scan in flight completes, is stored, and stop waits for it', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived: () => void = () => undefined;
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    const wrap = (ingest: ScanIngest): ScanIngest => ({ ingest: async (records, origin) => (arrived(), await held, ingest.ingest(records, origin)) });
    const server = await startTestServer({ wrap });
    const device = await server.device('tc52-0017');
    const [scan] = validScans('tc52-0017', 1);
    const pending = device.post('/v1/scans', 'application/json', JSON.stringify(scan));
    await inFlight;
    let stopped = false;
    const stopping = server.source.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped, 'stop waits for the request in flight').to.equal(false);
    const refused = await fetch(`${server.source.url}/health`).then((response) => response.status, () => 'refused');
    expect(refused, 'no new request is taken while draining').to.not.equal(200);
    release();
    expect((await pending).status).to.equal(202);
    await stopping;
    expect(await storedScanIds(server.store)).to.deep.equal([scan?.scanId]);
    await server.close();
  });
});
