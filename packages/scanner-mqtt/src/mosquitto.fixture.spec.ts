import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Under CI a missing broker fails the run; on a laptop without one, the test is skipped. */
export function missing(context: Mocha.Context, what: string): never {
  if (process.env.CI === 'true') throw new Error(`${what} is required under CI=true`);
  context.skip();
}

export async function reachable(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ port, host }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A mosquitto of the test's own on a free port, persistence on, so the test
 * can stop and restart the broker mid-stream as a site's would be.
 */
export class OwnMosquitto {
  private process: ChildProcess | undefined;
  private constructor(readonly port: number, private readonly dir: string) {}

  static async start(): Promise<OwnMosquitto> {
    const dir = mkdtempSync(join(tmpdir(), 'fairscan-mosquitto-'));
    // Started as root, mosquitto drops to its own user, which must still write its persistence file here.
    chmodSync(dir, 0o777);
    const port = await freePort();
    const config = [`listener ${port} 127.0.0.1`, 'allow_anonymous true', 'persistence true', `persistence_location ${dir}/`, 'max_queued_messages 0'];
    writeFileSync(join(dir, 'mosquitto.conf'), `${config.join('\n')}\n`);
    const broker = new OwnMosquitto(port, dir);
    await broker.up();
    return broker;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    const child = spawn('mosquitto', ['-c', join(this.dir, 'mosquitto.conf')], { stdio: 'ignore' });
    this.process = child;
    const failed = new Promise<never>((_, reject) => child.once('error', reject));
    for (let i = 0; i < 100 && !(await Promise.race([reachable(this.port), failed])); i++) await new Promise((r) => setTimeout(r, 50));
  }

  /** A graceful stop (SIGTERM): mosquitto writes its persistence file, as on a redeploy. */
  async down(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (child === undefined || child.exitCode !== null) return;
    await new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM'));
  }

  async close(): Promise<void> {
    await this.down();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
