import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fairscan, root } from './cli.js';

const bin = resolve(root, 'packages/app/dist/bin/fairscan.js');

/** Resolves once `pattern` appears in what the stream has written so far. */
function seen(stream: NodeJS.ReadableStream, pattern: RegExp, timeoutMs: number): Promise<string> {
  let text = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not seen within ${timeoutMs} ms: ${pattern}; got: ${text}`)), timeoutMs);
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (pattern.test(text)) {
        clearTimeout(timer);
        resolve(text);
      }
    });
  });
}

describe('fairscan ingest-mqtt (mosquitto on 127.0.0.1:1883)', function () {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-mqtt-e2e-'));
  const site = `e2e-${randomUUID().slice(0, 8)}`;
  const store = ['--store', join(dir, 'site.db'), '--site', site];

  before(function () {
    if (spawnSync('mosquitto_pub', ['--help']).error !== undefined) {
      if (process.env.CI === 'true') throw new Error('mosquitto_pub is required under CI=true');
      this.skip();
    }
  });
  after(() => {
    // A clean session under fairscan's client id ends the persistent one on the shared broker.
    spawnSync('mosquitto_sub', ['-i', `fairscan-${site}`, '-t', 'none', '-W', '1']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a scan published with mosquitto_pub, then it appears in `fairscan report packages`', async function () {
    const ingest = spawn(process.execPath, [bin, ...store, 'ingest-mqtt', '--url', 'mqtt://127.0.0.1:1883'], { cwd: root });
    const exited = new Promise<number | null>((resolve) => ingest.once('exit', resolve));
    await seen(ingest.stderr, /listening on fairscan\/.+\/devices\/\+\/scans/, 20_000);
    const scan = { scanId: randomUUID(), deviceId: 'tc52-0017', code: '4006381333931', bizStep: 'storing', readPoint: 'stow-03', bizLocation: 'A-01-03', occurredAt: '2026-03-02T08:15:00Z' };
    const pub = spawnSync('mosquitto_pub', ['-h', '127.0.0.1', '-q', '1', '-t', `fairscan/${site}/devices/tc52-0017/scans`, '-m', JSON.stringify(scan)]);
    expect(pub.status, pub.stderr?.toString()).to.equal(0);
    await seen(ingest.stdout, /mqtt: 1 stored, 0 duplicates, 0 rejected/, 20_000);
    ingest.kill('SIGTERM');
    expect(await exited, 'a stop by SIGTERM drains and exits 0').to.equal(0);

    const report = fairscan([...store, 'report', 'packages', '--format', 'json']);
    expect(report.status, report.stderr).to.equal(0);
    expect(report.stdout).to.contain('4006381333931');
  });
});
