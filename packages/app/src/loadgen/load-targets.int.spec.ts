import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastify, { type FastifyInstance } from 'fastify';
import { connectAsync } from 'mqtt';
import { FileTarget } from './file-target.js';
import { HttpTarget } from './http-target.js';
import { MqttTarget } from './mqtt-target.js';
import { runLoad } from './run-load.js';
import { siteDayUnits } from './site-day-units.js';

const day = { seed: 3, site: 'load-1', date: '2026-03-02', targetScans: 2_000 };
const badCode = (scan: { code?: unknown }) => typeof scan.code === 'string' && scan.code.endsWith('2');

/** The HTTP ingest's contract as the HTTP helper publishes it, faked: a 429 first, then answers by status code and per line. */
async function fakeIngest(token: string): Promise<{ app: FastifyInstance; url: string; devices: Set<string> }> {
  const app = fastify();
  const devices = new Set<string>();
  let throttled = false;
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.authorization !== `Bearer ${token}`) return reply.code(401).send({ error: 'unknown-token' });
    if (!throttled) {
      throttled = true;
      return reply.code(429).header('retry-after', '0').send({ error: 'store-behind' });
    }
  });
  app.post('/v1/scans', async (request, reply) => {
    const scan = request.body as { code: string; deviceId: string };
    devices.add(scan.deviceId);
    return reply.code(badCode(scan) ? 422 : 202).send({ status: badCode(scan) ? 'rejected' : 'accepted' });
  });
  app.post('/v1/scans/batch', async (request) => {
    const scans = String(request.body).split('\n').map((line) => JSON.parse(line) as { code: string; deviceId: string });
    scans.forEach((scan) => devices.add(scan.deviceId));
    const rejected = scans.filter(badCode).length;
    return { accepted: scans.length - rejected, duplicate: 0, rejected, results: [] };
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, devices };
}

describe('load targets', function () {
  this.timeout(30_000);

  for (const batch of [1, 25]) {
    it(`given an HTTP ingest, when offered 400 scans/s in ${batch === 1 ? 'single scans' : 'batches of 25'}, then every scan is acknowledged once, as the token's device`, async () => {
      const { app, url, devices } = await fakeIngest('t0k3n');
      try {
        const target = new HttpTarget({ url, token: 't0k3n', batch });
        const run = await runLoad(target, siteDayUnits(day, batch, 'tc52-0042'), { rate: 400, durationSeconds: 1, batch, concurrency: 16 });
        const { accepted, duplicate, rejected, retries } = run.acks;
        expect(run.offered).to.equal(400);
        expect(accepted + duplicate + rejected, 'one acknowledgement per scan').to.equal(400);
        expect(retries, 'the 429 is waited out and the unit resent').to.equal(1);
        expect([...devices]).to.deep.equal(['tc52-0042']);
        expect(run.seconds, "paced over the second asked for").to.be.at.least(0.9);
        expect(run.latencyMs.p99).to.be.at.least(run.latencyMs.p50);
      } finally {
        await app.close();
      }
    });
  }

  it('given a file target, when offered scans, then it writes them as NDJSON in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairscan-load-'));
    try {
      const target = new FileTarget(join(dir, 'day.ndjson'));
      const run = await runLoad(target, siteDayUnits(day, 10), { rate: 2_000, durationSeconds: 0.5, batch: 10, concurrency: 64 });
      await target.close();
      const lines = readFileSync(join(dir, 'day.ndjson'), 'utf8').trim().split('\n');
      expect(lines).to.have.length(1_000);
      expect(run.acks.accepted).to.equal(1_000);
      const expected = [...siteDayUnits(day, 10)].flat().slice(0, 1_000).map((scan) => scan.scanId);
      expect(lines.map((line) => (JSON.parse(line) as { scanId: string }).scanId)).to.deep.equal(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('given an MQTT broker, when offered batches, then each is one QoS 1 message on its device topic, PUBACKed', async () => {
    const site = `load-${process.pid}`;
    const listener = await connectAsync('mqtt://127.0.0.1:1883');
    const received: { topic: string; scans: { deviceId: string }[] }[] = [];
    listener.on('message', (topic, payload) => received.push({ topic, scans: payload.toString().split('\n').map((l) => JSON.parse(l) as { deviceId: string }) }));
    await listener.subscribeAsync(`fairscan/${site}/devices/+/scans`, { qos: 1 });
    const target = await MqttTarget.connect('mqtt://127.0.0.1:1883', site);
    const run = await runLoad(target, siteDayUnits({ ...day, site }, 20), { rate: 1_000, durationSeconds: 0.5, batch: 20, concurrency: 8 });
    await target.close();
    const deadline = Date.now() + 5_000;
    while (received.length < 25 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await listener.endAsync();
    expect(run.acks.accepted, 'scans in PUBACKed messages').to.equal(500);
    expect(received).to.have.length(25);
    for (const { topic, scans } of received) expect(topic).to.equal(`fairscan/${site}/devices/${scans[0]!.deviceId}/scans`);
    expect(received.every(({ scans }) => scans.every((scan) => scan.deviceId === scans[0]!.deviceId))).to.equal(true);
  });
});
