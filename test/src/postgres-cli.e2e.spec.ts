import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshSchema, requirePostgres, type TestSchema } from '@fairscan/storage-postgres/testing';
import { type CliRun, fairscan } from './cli.js';
import { privacySite, site } from './privacy-site.js';
import { startServe } from './serve-process.js';

/** The report tables of a demo run: from the first table, without the closing hints (they name the store). */
const tablesOf = (run: CliRun): string => run.stdout.slice(run.stdout.indexOf('Station throughput'), run.stdout.indexOf('Explore the same data'));

describe('fairscan on PostgreSQL (--store postgres://…)', function () {
  this.timeout(300_000);
  before(requirePostgres);
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-pg-cli-'));
  const schemas: TestSchema[] = [];
  const schema = async (migrated: boolean): Promise<TestSchema> => {
    const created = await freshSchema({ migrated });
    schemas.push(created);
    return created;
  };
  after(async () => {
    await Promise.all(schemas.map((created) => created.drop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an unmigrated schema, naming the command, and `store migrate` applies each migration once', async () => {
    const { url } = await schema(false);
    const before = fairscan(['report', 'stations', '--store', url]);
    expect(before.status).to.equal(1);
    expect(before.stderr).to.contain('run `fairscan store migrate');
    const first = fairscan(['store', 'migrate', '--store', url]);
    expect(first.status, first.stderr).to.equal(0);
    expect(first.stdout).to.match(/applied migrations 1, 2, 3, 4/);
    const again = fairscan(['store', 'migrate', '--store', url]);
    expect(again.stdout).to.contain('up to date');
    const after = fairscan(['report', 'stations', '--store', url]);
    expect(after.status, after.stderr).to.equal(0);
  });

  it('runs the demo into an empty schema and prints the same reports as the SQLite demo for the same seed', async () => {
    const { url } = await schema(false);
    const day = ['--seed', '42', '--scans', '20000'];
    const sqlite = fairscan(['demo', ...day, '--dir', dir]);
    const postgres = fairscan(['demo', ...day, '--store', url]);
    expect(sqlite.status, sqlite.stderr).to.equal(0);
    expect(postgres.status, postgres.stderr).to.equal(0);
    expect(postgres.stdout).to.contain(`into ${url}`);
    expect(tablesOf(postgres)).to.have.length.greaterThan(1000);
    expect(tablesOf(postgres)).to.equal(tablesOf(sqlite));
    const twice = fairscan(['demo', ...day, '--store', url]);
    expect(twice.status, 'the demo never writes into a store that holds events').to.equal(2);
    expect(twice.stderr).to.contain('the demo needs an empty store');
  });

  it('copies the SQLite demo into PostgreSQL with `store copy`, resumes as a no-op, and the reports read the same', async () => {
    const { url } = await schema(true);
    const from = join(dir, 'demo.db');
    const copy = fairscan(['store', 'copy', '--from', from, '--to', url]);
    expect(copy.status, copy.stderr).to.equal(0);
    const copied = Number(/(\d+) events copied/.exec(copy.stdout)?.[1]);
    expect(copied).to.be.greaterThan(20_000);
    const again = fairscan(['store', 'copy', '--from', from, '--to', url]);
    expect(again.stdout).to.contain('resuming after source position').and.contain('0 events copied');
    for (const report of [['stations'], ['packages'], ['stock']]) {
      const [here, there] = [fairscan(['report', ...report, '--store', url]), fairscan(['report', ...report, '--store', from])];
      expect(here.status, here.stderr).to.equal(0);
      expect(here.stdout, report.join(' ')).to.equal(there.stdout);
    }
  });

  it('moves the key vault with `store copy`: identities read clear in PostgreSQL, an employee erased in SQLite stays erased', async () => {
    const { url } = await schema(true);
    const fixture = await privacySite();
    try {
      const erase = fairscan(['erase', 'E0002', '--as', 'dpo', ...fixture.storeArgs]);
      expect(erase.status, erase.stderr).to.equal(0);
      const copy = fairscan(['store', 'copy', '--from', fixture.path, '--to', url]);
      expect(copy.status, copy.stderr).to.equal(0);
      // E0002's data key and lookup key travel as tombstones.
      expect(copy.stdout).to.match(/^key vault: \d+ keys and 2 tombstones of erased subjects copied$/m);
      expect(copy.stderr).not.to.contain('warning');
      const resolve = (employeeId: string) => fairscan(['identity', 'resolve', fixture.operatorOf(employeeId), '--as', 'dpo', '--store', url, '--site', site]);
      expect(resolve('E0001').stdout.trim(), resolve('E0001').stderr).to.equal('E0001');
      expect(resolve('E0002').stdout.trim()).to.equal('[erased]');
      const again = fairscan(['store', 'copy', '--from', fixture.path, '--to', url]);
      expect(again.stdout).to.match(/^key vault: 0 keys and 0 tombstones of erased subjects copied, \d+ unchanged/m);
      // Keys are secrets: no byte of any key in what the copy printed, in hex or base64.
      const output = [copy, again].map((run) => run.stdout + run.stderr).join('');
      const vault = fixture.open();
      try {
        for await (const record of vault.vault.exportKeys!()) {
          if (record.key === undefined) continue;
          const key = Buffer.from(record.key);
          expect(output).not.to.contain(key.toString('hex')).and.not.to.contain(key.toString('base64'));
        }
      } finally {
        await vault.close();
      }
    } finally {
      fixture.remove();
    }
  });

  it('serves the dashboard on PostgreSQL: projections resume from snapshots kept in the same schema', async () => {
    const { url } = await schema(true);
    expect(fairscan(['simulate', '--scans', '2000', '--store', url]).status).to.equal(0);
    const first = await startServe(['--store', url]);
    try {
      expect((await fetch(`${first.url}/openapi.json`)).status).to.equal(200);
    } finally {
      expect(await first.stop()).to.equal(0);
    }
    const status = fairscan(['projections', 'status', '--store', url]);
    expect(status.status, status.stderr).to.equal(0);
    expect(status.stdout).to.match(/stationThroughput/).and.not.to.match(/never/);
  });
});
