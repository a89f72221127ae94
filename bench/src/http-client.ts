import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** What the bench hands the client thread: where to post, and each unit to send with its device token. */
export interface ClientJob {
  readonly url: string;
  readonly path: '/v1/scans' | '/v1/scans/batch';
  readonly contentType: string;
  readonly connections: number;
  readonly units: ReadonlyArray<{ readonly token: string; readonly body: string }>;
}

export interface ClientResult {
  readonly seconds: number;
  readonly latenciesMs: number[];
  readonly statuses: Record<string, number>;
}

/**
 * The devices, on their own thread so they do not share the server's event
 * loop: `connections` keep-alive sockets, each sending its next unit as soon
 * as the previous one is answered (closed loop), timing every request.
 */
async function run(job: ClientJob): Promise<ClientResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
  const target = new URL(job.path, job.url);
  const latenciesMs: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const send = (unit: ClientJob['units'][number]) =>
    new Promise<number>((resolve, reject) => {
      const req = request(target, { method: 'POST', agent, headers: { 'content-type': job.contentType, authorization: `Bearer ${unit.token}` } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(unit.body);
    });
  const connection = async () => {
    while (next < job.units.length) {
      const unit = job.units[next++]!;
      const started = performance.now();
      const status = await send(unit);
      latenciesMs.push(performance.now() - started);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: job.connections }, connection));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { seconds, latenciesMs, statuses };
}

if (parentPort !== null) parentPort.postMessage(await run(workerData as ClientJob));
