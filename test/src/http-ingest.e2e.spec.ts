import { expect } from 'chai';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fairscan, root } from './cli.js';

const curl = '/usr/bin/curl';
const bin = resolve(root, 'packages/app/dist/bin/fairscan.js');

/** Four stows of four different GTINs (valid check digits) from one handheld. */
const scan = (n: number, code: string) => ({
  scanId: `6f1d3c2a-0b7e-4c5d-9e8f-00000000000${n}`,
  deviceId: 'tc52-0017',
  code,
  bizStep: 'storing',
  readPoint: 'stow-03',
  bizLocation: `A-01-0${n}`,
  occurredAt: `2026-03-02T08:00:0${n}Z`,
});

/** Starts `fairscan ingest-http --port 0` and resolves with the URL it prints. */
function startIngest(args: readonly string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, ...args, 'ingest-http', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveUrl, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url !== undefined) resolveUrl({ child, url });
    });
    child.on('exit', (code) => fail(new Error(`ingest-http exited ${code} before listening: ${out}`)));
  });
}

/** POSTs the NDJSON file as a scanner gateway would: with curl when the machine has it. */
async function postBatch(url: string, token: string, file: string, body: string): Promise<{ status: number; body: string }> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' };
  if (!existsSync(curl)) {
    const response = await fetch(`${url}/v1/scans/batch`, { method: 'POST', headers, body });
    return { status: response.status, body: await response.text() };
  }
  const args = ['-s', '-w', '\n%{http_code}', '-X', 'POST', `${url}/v1/scans/batch`, '--data-binary', `@${file}`];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  const out = execFileSync(curl, args, { encoding: 'utf8' });
  const cut = out.lastIndexOf('\n');
  return { status: Number(out.slice(cut + 1)), body: out.slice(0, cut) };
}

describe('fairscan ingest-http: a scanner gateway posts an NDJSON batch with curl', function () {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-http-e2e-'));
  const store = ['--store', join(dir, 'site.db'), '--site', 'lille-1'];
  let server: { child: ChildProcess; url: string } | undefined;
  after(() => {
    server?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the good lines, reports the malformed one by line number, and drains on SIGTERM', async () => {
    expect(fairscan([...store, 'accounts', 'add', 'ops', '--holder', 'Ops Lead', '--role', 'site-manager']).status).to.equal(0);
    const added = fairscan([...store, 'device', 'add', 'tc52-0017', '--as', 'ops']);
    expect(added.status, added.stderr).to.equal(0);
    const token = added.stdout.trim();
    expect(token).to.match(/^fsd_[A-Za-z0-9_-]{43}$/);
    server = await startIngest(store);

    const codes = ['4006381333931', '5901234123457', '9780306406157'];
    const lines = [scan(1, codes[0]!), '{"scanId": "6f1d3c2a-', scan(3, codes[1]!), scan(4, codes[2]!)].map((line) => (typeof line === 'string' ? line : JSON.stringify(line)));
    const file = join(dir, 'batch.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const answer = await postBatch(server.url, token, file, `${lines.join('\n')}\n`);
    expect(answer.status).to.equal(200);
    const parsed = JSON.parse(answer.body) as { accepted: number; rejected: number; results: Array<{ line: number; status: string; message?: string }> };
    expect(parsed).to.include({ accepted: 3, rejected: 1 });
    expect(parsed.results.find((result) => result.status === 'rejected')).to.include({ line: 2 }).and.have.property('message').that.matches(/^line 2: not JSON/);

    const stopped = new Promise<number | null>((done) => server?.child.on('exit', done));
    server.child.kill('SIGTERM');
    expect(await stopped, 'a SIGTERM drains and exits 0').to.equal(0);

    const report = fairscan([...store, 'report', 'packages']);
    expect(report.status, report.stderr).to.equal(0);
    expect(report.stdout).to.match(/Package flow \(as of [^)]+\): 3 codes seen/);
    for (const code of codes) expect(report.stdout).to.include(code);
  });
});

describe('fairscan device: who may add, revoke and list handhelds', function () {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-device-e2e-'));
  const store = ['--store', join(dir, 'site.db'), '--site', 'lille-1'];
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lets a site manager add, list and revoke, refuses an analyst, and never prints a token twice', () => {
    expect(fairscan([...store, 'accounts', 'add', 'ops', '--holder', 'Ops Lead', '--role', 'site-manager']).status).to.equal(0);
    expect(fairscan([...store, 'accounts', 'add', 'ana', '--holder', 'Ana Lyst', '--role', 'analyst', '--as', 'ops']).status).to.equal(0);
    const refused = fairscan([...store, 'device', 'add', 'tc52-0017', '--as', 'ana']);
    expect([refused.status, refused.stderr]).to.deep.equal([1, 'fairscan: account "ana" (analyst) may not manage:devices; allowed for: site-manager, integrator (analysts see operational data and team aggregates only: no identity, no per-person data)\n']);
    const token = fairscan([...store, 'device', 'add', 'tc52-0017', '--as', 'ops']).stdout.trim();
    expect(fairscan([...store, 'device', 'revoke', 'tc52-0017', '--as', 'ops']).status).to.equal(0);
    const list = fairscan([...store, 'device', 'list', '--as', 'ops']);
    expect(list.stdout).to.match(/^tc52-0017\t\S+\trevoked \S+$/m);
    expect(list.stdout).to.not.include(token.slice(4));
    const again = fairscan([...store, 'device', 'revoke', 'tc52-0017', '--as', 'ops']);
    expect(again.status).to.equal(1);
    expect(again.stderr).to.match(/^fairscan: device "tc52-0017" was already revoked at /);
  });
});
