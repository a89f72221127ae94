import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fairscan } from './cli.js';

/** The tables of a demo run, without the lines that carry timings. */
const tablesOf = (stdout: string) => stdout.slice(stdout.indexOf('Station throughput'));

describe('fairscan demo (the README command)', function () {
  this.timeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-demo-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  let first: ReturnType<typeof fairscan>;
  before(function () {
    first = fairscan(['demo', '--dir', dir]);
  });

  it('exits 0 after simulating at least 100,000 scans into SQLite', function () {
    expect(first.status, first.stderr).to.equal(0);
    const stored = /(\d+) stored/.exec(first.stdout);
    expect(Number(stored?.[1])).to.be.greaterThan(100_000);
    expect(first.stdout).to.contain(join(dir, 'demo.db'));
  });

  it('prints station throughput, package flow, stock, tasks and break-compliance tables', function () {
    for (const title of ['Station throughput', 'Package flow', 'Stock by bin', 'Task board', 'Break compliance']) {
      expect(first.stdout).to.contain(title);
    }
    expect(first.stdout).to.match(/│ pick-01 +│ picking/);
  });

  it('reports the bad barcodes it rejected, naming the scan and the field', function () {
    expect(first.stdout).to.match(/scan [0-9a-f-]{36}: field "code": check digit \d should be \d/);
  });

  it('gives the same tables when run twice', function () {
    const second = fairscan(['demo', '--dir', dir]);
    expect(second.status, second.stderr).to.equal(0);
    expect(tablesOf(second.stdout)).to.equal(tablesOf(first.stdout));
  });

  it('reads the reports as a named demo site manager, and says so', function () {
    expect(first.stdout).to.contain('reading as "demo-manager" (site-manager, Demo Site Manager), a named account created for the demo');
    expect(first.stdout.indexOf('reading as "demo-manager"')).to.be.below(first.stdout.indexOf('Break compliance'));
  });

  it('lets the demo manager read the break alerts again, logging the read in the audit', function () {
    const store = ['--store', join(dir, 'demo.db')];
    const entries = () => Number(/(\d+) entries, chain intact/.exec(fairscan(['audit', 'verify', ...store]).stdout)?.[1]);
    const before = entries();
    expect(before).to.be.greaterThan(0);
    const breaks = fairscan(['report', 'breaks', '--as', 'demo-manager', ...store]);
    expect(breaks.status, breaks.stderr).to.equal(0);
    expect(breaks.stdout).to.contain('Break compliance');
    expect(entries()).to.be.greaterThan(before);
  });

  it('leaves a store the report command reads', function () {
    const report = fairscan(['report', 'stations', '--store', join(dir, 'demo.db'), '--format', 'json']);
    expect(report.status, report.stderr).to.equal(0);
    const parsed = JSON.parse(report.stdout) as { rows: Array<{ station: string }> };
    expect(parsed.rows.map((row) => row.station)).to.include('recv-01');
  });
});
