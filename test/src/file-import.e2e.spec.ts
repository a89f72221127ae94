import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { storedScanIds } from '@fairscan/event-store/scanner-conformance';
import { SqliteEventStore } from '@fairscan/storage-sqlite';
import { fairscan, root } from './cli.js';
import { scanIdOfLine, writeScanFile } from './scan-file.js';

const bin = resolve(root, 'packages/app/dist/bin/fairscan.js');

interface ImportRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  /** Resident memory (MB) sampled every 200 ms while the import ran. */
  readonly rssMb: readonly number[];
}

const rssMbOf = (pid: number): number | undefined => {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
};

/** Runs `fairscan import`, sampling its RSS; `killWhen` may SIGKILL it part-way, as a crash would. */
function runImport(args: readonly string[], killWhen?: (stderr: string) => boolean): Promise<ImportRun> {
  const child = spawn(process.execPath, [bin, ...args], { cwd: root });
  const rssMb: number[] = [];
  let [stdout, stderr] = ['', ''];
  const sampler = setInterval(() => {
    const mb = rssMbOf(child.pid!);
    if (mb !== undefined) rssMb.push(mb);
  }, 200);
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (killWhen?.(stderr)) child.kill('SIGKILL');
  });
  return new Promise((resolve) =>
    child.once('exit', (status, signal) => {
      clearInterval(sampler);
      resolve({ status, signal, stdout: `${stdout}${stderr}`, rssMb });
    }),
  );
}

async function storedIn(path: string): Promise<string[]> {
  const store = SqliteEventStore.open({ path });
  try {
    return await storedScanIds(store);
  } finally {
    await store.close();
  }
}

describe('fairscan import', function () {
  this.timeout(1_200_000);
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-import-e2e-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('given a 1M-line file with bad lines, then it exits 3, reports each bad line, and memory stays flat', async () => {
    const file = join(dir, 'wms-export.ndjson');
    await writeScanFile(file, 1_000_000, 1_000);
    const report = join(dir, 'rejected.ndjson');
    const run = await runImport(['--store', join(dir, 'big.db'), '--site', 'e2e-1', 'import', file, '--report', report]);
    expect(run.status, run.stdout).to.equal(3);
    expect(run.stdout).to.match(/1000000 lines .*: 999000 stored, 0 duplicates, 1000 rejected/);
    const rejected = readFileSync(report, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { line: number; message: string });
    expect(rejected.map((r) => r.line)).to.deep.equal(Array.from({ length: 1000 }, (_, i) => (i + 1) * 1000));
    expect(rejected[0]?.message).to.match(/^line 1000: field "code": check digit \d should be \d/);
    // Flat: records never pile up, so the second half of the file costs no more memory than the first.
    const half = Math.floor(run.rssMb.length / 2);
    const [firstHalf, peak] = [Math.max(...run.rssMb.slice(0, half)), Math.max(...run.rssMb)];
    process.stderr.write(`      import of 1M lines: peak RSS ${Math.round(peak)} MB (first half ${Math.round(firstHalf)} MB)\n`);
    expect(peak, 'peak RSS (MB)').to.be.below(firstHalf + 48).and.below(400);
  });

  it('given a file that does not exist or a bad --map, then it is a usage error (exit 2)', () => {
    expect(fairscan(['--store', join(dir, 'usage.db'), 'import', join(dir, 'missing.ndjson')])).to.include({ status: 2 });
    const badMap = fairscan(['--store', join(dir, 'usage.db'), 'import', join(dir, 'missing.csv'), '--map', 'barcode']);
    expect(badMap.status).to.equal(2);
    expect(badMap.stderr).to.contain('"barcode" is not field=column');
  });

  it('given an import killed with SIGKILL part-way, when rerun, then it resumes and every good line is stored exactly once', async () => {
    const file = join(dir, 'shift.ndjson');
    await writeScanFile(file, 60_000, 500);
    const args = ['--store', join(dir, 'resume.db'), '--site', 'e2e-1', 'import', file, '--report', join(dir, 'shift.rejected.ndjson')];
    const killed = await runImport(args, (stderr) => stderr.includes('40%'));
    expect(killed.signal, killed.stdout).to.equal('SIGKILL');
    const rerun = await runImport(args);
    expect(rerun.status, rerun.stdout).to.equal(3);
    expect(rerun.stdout).to.match(/resumed after line [1-9]\d*;/);
    const good = Array.from({ length: 60_000 }, (_, i) => i + 1).filter((n) => n % 500 !== 0).map(scanIdOfLine);
    const stored = await storedIn(join(dir, 'resume.db'));
    expect(stored.length, 'no scan stored twice').to.equal(new Set(stored).size);
    expect([...stored].sort()).to.deep.equal(good.sort());
  });
});
