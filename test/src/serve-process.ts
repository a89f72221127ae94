import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { root } from './cli.js';

const bin = resolve(root, 'packages/app/dist/bin/fairscan.js');

export interface ServeProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM and wait for a clean exit (snapshots saved). */
  stop(): Promise<number | null>;
  /** SIGKILL: no chance to save anything. */
  kill(): Promise<void>;
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((done) => child.once('exit', (code) => done(code)));

/** Starts the real `fairscan serve` on a free port (0) and resolves once it says where it listens. */
export function startServe(storeArgs: readonly string[], extra: readonly string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...storeArgs, ...extra], { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
  let text = '';
  child.stdout?.on('data', (chunk) => (text += String(chunk)));
  child.stderr?.on('data', (chunk) => (text += String(chunk)));
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start within 60 s:\n${text}`)), 60_000);
    const watch = (): void => {
      const found = /dashboard and API on (http:\/\/\S+) /.exec(text);
      if (found === null) return;
      clearTimeout(timer);
      child.stdout?.off('data', watch);
      done({
        child,
        url: found[1] as string,
        output: () => text,
        stop: async () => {
          child.kill('SIGTERM');
          return exited(child);
        },
        kill: async () => {
          child.kill('SIGKILL');
          await exited(child);
        },
      });
    };
    child.stdout?.on('data', watch);
    child.once('exit', (code) => fail(new Error(`serve exited (${code}) before listening:\n${text}`)));
  });
}

/** A logged-in API client: keeps the session cookie like a browser would. */
export async function login(url: string, account: string, password: string): Promise<(path: string) => Promise<{ status: number; body: unknown }>> {
  const response = await fetch(`${url}/v1/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account, password }) });
  if (!response.ok) throw new Error(`login ${account}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return async (path) => {
    const reply = await fetch(`${url}${path}`, { headers: { cookie } });
    return { status: reply.status, body: await reply.json() };
  };
}

/** Polls until `check` holds (or throws with what it last saw). */
export async function eventually<T>(what: string, read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (check(last)) return last;
    await new Promise((next) => setTimeout(next, 200));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms; last seen ${JSON.stringify(last)?.slice(0, 300)}`);
}
