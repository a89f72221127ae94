import { expect } from 'chai';
import { type FastifyInstance } from 'fastify';
import { InMemoryEventStore, InMemorySnapshotStore } from '@fairscan/event-store';
import { accessesTo, InMemoryKeyVault, registerAccount, setPassword } from '@fairscan/privacy';
import { LiveProjections } from '../live/live-projections.js';
import { buildServer } from './server.js';
import { Sessions } from './sessions.js';

const site = 'api-1';
const password = 'a long enough password';

interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

describe('fairscan HTTP API', () => {
  let app: FastifyInstance;
  let live: LiveProjections;
  const store = new InMemoryEventStore();

  before(async () => {
    const vault = new InMemoryKeyVault();
    const dpo = await registerAccount(store, vault, site, { id: 'dpo', holder: 'Camille Martin', role: 'dpo' }, undefined);
    await registerAccount(store, vault, site, { id: 'ana', holder: 'Anaïs Chiffre', role: 'analyst' }, dpo);
    for (const id of ['dpo', 'ana']) await setPassword(store, site, id, password);
    live = new LiveProjections(store, new InMemorySnapshotStore());
    await live.start();
    app = await buildServer({ store, site, live, sessions: new Sessions(), clock: () => new Date() });
  });
  after(async () => {
    await app.close();
    await live.stop();
  });

  const login = async (account: string, secret = password): Promise<[Reply, string]> => {
    const reply = await app.inject({ method: 'POST', url: '/v1/login', payload: { account, password: secret } });
    return [{ status: reply.statusCode, body: reply.json() }, String(reply.headers['set-cookie'] ?? '')];
  };
  const get = async (url: string, cookie = ''): Promise<Reply> => {
    const reply = await app.inject({ method: 'GET', url, headers: cookie ? { cookie: cookie.split(';')[0] as string } : {} });
    return { status: reply.statusCode, body: reply.json() };
  };

  it('refuses an anonymous read with 401 and says how to log in', async () => {
    const reply = await get('/v1/stations');
    expect(reply.status).to.equal(401);
    expect(reply.body).to.include({ error: 'unauthenticated' });
    expect(String(reply.body.reason)).to.include('POST /v1/login');
  });

  it('answers a wrong password and an unknown account alike, without saying which', async () => {
    const [wrong] = await login('dpo', 'not the password at all');
    const [unknown] = await login('nobody', password);
    expect(wrong).to.eql({ status: 401, body: { error: 'unauthenticated', reason: 'account or password not recognised' } });
    expect(unknown).to.eql(wrong);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie; logout ends the session', async () => {
    const [reply, cookie] = await login('ana');
    expect(reply.body).to.include({ account: 'ana', role: 'analyst' });
    expect(cookie).to.match(/^fairscan_session=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\//);
    expect((await get('/v1/stations', cookie)).status).to.equal(200);
    await app.inject({ method: 'POST', url: '/v1/logout', headers: { cookie: cookie.split(';')[0] as string } });
    expect((await get('/v1/stations', cookie)).status).to.equal(401);
  });

  it('answers 403 with the reason when a role may not read, and logs nothing', async () => {
    const [, cookie] = await login('ana');
    const breaks = await get('/v1/breaks', cookie);
    expect(breaks.status).to.equal(403);
    expect(String(breaks.body.reason)).to.include('account "ana" (analyst) may not read:break-status');
    expect((await get('/v1/audit', cookie)).status).to.equal(403);
    expect((await accessesTo(store, site, `site:${site}`)).filter((read) => read.actor === 'ana')).to.eql([]);
  });

  it('answers 404 for an unknown package and 400 for a malformed code', async () => {
    const [, cookie] = await login('ana');
    expect((await get('/v1/packages/00340123450000000017', cookie)).body).to.include({ error: 'not-found' });
    expect((await get('/v1/packages/not-a-code', cookie)).status).to.equal(400);
  });

  it('shows the DPO the audit log, and logs that read too', async () => {
    const [, cookie] = await login('dpo');
    const reply = await get('/v1/audit', cookie);
    expect(reply.status).to.equal(200);
    const reads = await accessesTo(store, site, `site:${site}`);
    expect(reads.map((read) => [read.actor, read.what])).to.deep.include(['dpo', 'dashboard: audit log']);
  });

  it('describes every /v1 route in an OpenAPI 3 document', async () => {
    const doc = (await get('/openapi.json')).body as { openapi: string; info: { title: string }; paths: Record<string, Record<string, OpenApiOperation>> };
    expect(doc.openapi).to.match(/^3\.0\.\d$/);
    expect(doc.info.title).to.equal('fairscan');
    const routes = ['/v1/login', '/v1/stations', '/v1/packages/{code}', '/v1/stock', '/v1/tasks', '/v1/backlog', '/v1/breaks', '/v1/me', '/v1/people/{pseudonym}', '/v1/policy', '/v1/retention', '/v1/audit', '/v1/events'];
    expect(Object.keys(doc.paths)).to.include.members(routes);
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) checkOperation(path, method, operation);
    }
  });
});

interface OpenApiOperation {
  readonly responses: Record<string, { description?: string }>;
  readonly parameters: Array<{ name: string; in: string; required: boolean }>;
}

/** What OpenAPI 3 requires of an operation: described responses, every templated path parameter declared and required. */
function checkOperation(path: string, method: string, operation: OpenApiOperation): void {
  expect(['get', 'post', 'put', 'delete', 'patch'], path).to.include(method);
  for (const [status, response] of Object.entries(operation.responses)) expect(response.description, `${method} ${path} ${status}`).to.be.a('string');
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    expect(operation.parameters.find((p) => p.name === name && p.in === 'path')?.required, `${path}: parameter ${name}`).to.equal(true);
  }
}
