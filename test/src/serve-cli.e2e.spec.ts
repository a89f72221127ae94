import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fairscan, root } from './cli.js';
import { eventually, login, startServe } from './serve-process.js';
import { serveSite, type ServeSite } from './serve-site.js';

/** `fairscan accounts set-password` with the password piped on stdin, as a script would. */
const setPassword = (place: Pick<ServeSite, 'storeArgs'>, account: string, secret: string) =>
  spawnSync(process.execPath, [resolve(root, 'packages/app/dist/bin/fairscan.js'), 'accounts', 'set-password', account, ...place.storeArgs], { input: `${secret}\n`, encoding: 'utf8' });

describe('fairscan serve from the CLI: passwords and projection rebuilds', function () {
  let place: ServeSite;

  before(async () => {
    place = await serveSite(800);
  });
  after(() => place?.remove());

  it('sets a password read from stdin, refuses a short one, and the account logs in with the new one', async () => {
    const short = setPassword(place, 'sm', 'short');
    expect(short.status).to.equal(1);
    expect(short.stderr).to.include('at least 12 characters');
    const unknown = setPassword(place, 'nobody', 'a long enough password');
    expect(unknown.stderr).to.include('no account "nobody"');
    const set = setPassword(place, 'sm', 'a brand new passphrase');
    expect(set.status, set.stderr).to.equal(0);
    const serve = await startServe(place.storeArgs);
    try {
      const as = await login(serve.url, 'sm', 'a brand new passphrase');
      expect((await as('/v1/session')).body).to.include({ account: 'sm', role: 'site-manager' });
    } finally {
      await serve.stop();
    }
  });

  it('rebuilds a projection while serve keeps answering, and serve swaps the new generation in', async () => {
    const serve = await startServe(place.storeArgs);
    try {
      const as = await login(serve.url, 'sm', 'a brand new passphrase');
      const before = (await as('/v1/stations')).body as { generation: number; rows: unknown[] };
      const rebuilt = fairscan(['projections', 'rebuild', 'stationThroughput', ...place.storeArgs]);
      expect(rebuilt.status, rebuilt.stderr).to.equal(0);
      expect(rebuilt.stdout).to.match(/stationThroughput: generation \d+ folded \d+ events/);
      const after = await eventually('the new generation served', async () => (await as('/v1/stations')).body as typeof before, (body) => body.generation > before.generation);
      expect(after.rows).to.eql(before.rows);
      const status = fairscan(['projections', 'status', ...place.storeArgs]);
      expect(status.stdout).to.match(new RegExp(`stationThroughput\\t${after.generation}\\t`));
    } finally {
      await serve.stop();
    }
  });

  it('the demo ends with how to open the dashboard on its data, and those steps work', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairscan-demo-serve-'));
    try {
      const demo = fairscan(['demo', '--dir', dir, '--scans', '3000']);
      expect(demo.status, demo.stderr).to.equal(0);
      const storeArgs = ['--store', join(dir, 'demo.db'), '--site', 'demo-1'];
      expect(demo.stdout).to.include(`accounts set-password demo-manager ${storeArgs.join(' ')}`);
      expect(demo.stdout).to.include(`serve ${storeArgs.join(' ')}`);
      expect(demo.stdout).to.include('log in as "demo-manager"');
      expect(setPassword({ storeArgs }, 'demo-manager', 'demo manager passphrase').status).to.equal(0);
      const serve = await startServe(storeArgs);
      try {
        const as = await login(serve.url, 'demo-manager', 'demo manager passphrase');
        expect(((await as('/v1/stations')).body as { rows: unknown[] }).rows.length).to.be.greaterThan(0);
      } finally {
        await serve.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the projections it knows when asked for another', () => {
    const run = fairscan(['projections', 'rebuild', 'idleTime', ...place.storeArgs]);
    expect(run.status).to.equal(2);
    expect(run.stderr).to.include('unknown projection "idleTime"; choose one of: stationThroughput, stockByBin');
  });
});
