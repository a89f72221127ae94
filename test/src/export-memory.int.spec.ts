import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NewEvent } from '@fairscan/domain';
import { SqliteEventStore } from '@fairscan/storage-sqlite';
import { root } from './cli.js';

const events = 1_000_000;
const batch = 5_000;
const steps = ['receiving', 'storing', 'picking', 'packing', 'shipping'] as const;
const types = ['ItemReceived', 'ItemStowed', 'ItemPicked', 'ItemPacked', 'ItemShipped'] as const;

/** Package scan number `i`: 200,000 SSCCs each seen at 5 steps, spread over one day. */
function scan(i: number): { streamName: string; event: NewEvent } {
  const step = i % 5;
  const code = `3${String(Math.floor(i / 5)).padStart(17, '0')}`;
  const occurredAt = new Date(Date.parse('2026-03-02T05:00:00Z') + Math.floor(i * 57.6)).toISOString();
  const data = { scanId: `scan-${i}`, code, codeType: 'sscc', bizStep: steps[step], readPoint: `st-${i % 40}`, bizLocation: `A-${i % 97}`, occurredAt };
  return { streamName: `package-${code}`, event: { type: types[step] as string, data, metadata: { eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, occurredAt, schemaVersion: 1, deviceId: `hh-${i % 300}` } } };
}

async function seed(path: string): Promise<void> {
  const store = SqliteEventStore.open({ path, synchronous: 'NORMAL' });
  try {
    for (let from = 0; from < events; from += batch) {
      const writes = Array.from({ length: batch }, (_, j) => scan(from + j)).map(({ streamName, event }) => ({ streamName, events: [event] }));
      await store.appendToStreams(writes);
    }
  } finally {
    await store.close();
  }
}

/**
 * V8's old generation capped far below what the export writes (134 MB of CSV,
 * 277 MB of NDJSON): an export that kept its rows could not finish, and one
 * that does not collects as it goes, so its peak RSS says what it holds rather
 * than when the collector last ran (uncapped, a CSV export on a busy machine
 * peaked 0–48 MB above the tenth, run to run).
 */
const heapCapMb = 128;

/** Runs the real CLI under GNU time and returns its peak resident set in MB. */
function peakRssMb(args: readonly string[]): number {
  const bin = join(root, 'packages/app/dist/bin/fairscan.js');
  const node = [process.execPath, `--max-old-space-size=${heapCapMb}`, bin];
  const run = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', ...node, ...args], { encoding: 'utf8', timeout: 600_000 });
  expect(run.status, run.stderr).to.equal(0);
  const kb = /maxrss_kb=(\d+)/.exec(run.stderr)?.[1];
  expect(kb, run.stderr).to.be.a('string');
  return Number(kb) / 1024;
}

describe('fairscan export of 1M events keeps memory flat', function () {
  this.timeout(900_000);
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-export-1m-'));
  const db = join(dir, 'site.db');

  before(async function () {
    await seed(db);
  });

  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  const exportArgs = (format: string, out: string, until?: string) => [
    ...['--store', db, '--site', 'mem-1', 'export', '--format', format, '--stream-prefix', 'package-', '--out', out],
    ...(until === undefined ? [] : ['--until', until]),
  ];

  for (const format of ['csv', 'ndjson'] as const) {
    it(`writes ${format} under 200 MB RSS, no more than for a tenth of the day`, function () {
      const out = join(dir, `day.${format}`);
      // The first 100,000 events happened by 06:36: the same command over a tenth of the data.
      const tenth = peakRssMb(exportArgs(format, join(dir, `tenth.${format}`), '2026-03-02T06:36:00Z'));
      const mb = peakRssMb(exportArgs(format, out));
      const written = (statSync(out).size / 2 ** 20).toFixed(0);
      process.stdout.write(`      export --format ${format}: peak RSS ${tenth.toFixed(0)} MB for 100k events, ${mb.toFixed(0)} MB for ${events} (${written} MB written)\n`);
      expect(mb).to.be.below(200);
      expect(mb - tenth, 'memory grows with the export').to.be.below(40);
      // Every event is there: one line each, plus the CSV header.
      const lines = spawnSync('wc', ['-l', out], { encoding: 'utf8' }).stdout.trim().split(' ')[0];
      expect(Number(lines)).to.equal(format === 'csv' ? events + 1 : events);
    });
  }
});
