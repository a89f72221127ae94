import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streams } from '@fairscan/domain';
import { buildFairscan, configFrom } from '@fairscan/app';
import { fairscan } from './cli.js';

// The "done when": after the demo and a retention run with the clock moved past
// the retention, no attribution remains in any read or in the file, and the proof is there.
describe('fairscan retention run (after the demo)', function () {
  this.timeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-retention-e2e-'));
  const db = join(dir, 'demo.db');
  const store = ['--store', db, '--site', 'demo-1'];
  // The demo's named site manager: retention runs as an account allowed to run:retention.
  const asManager = ['--as', 'demo-manager'];
  after(() => rmSync(dir, { recursive: true, force: true }));

  before(function () {
    const demo = fairscan(['demo', '--dir', dir, '--scans', '20000']);
    expect(demo.status, demo.stderr).to.equal(0);
  });

  it('in a dry run lists what would go and deletes nothing', function () {
    const dry = fairscan(['retention', 'run', ...store, ...asManager, '--now', '2026-03-12T00:00:00Z', '--dry-run']);
    expect(dry.status, dry.stderr).to.equal(0);
    expect(dry.stdout).to.contain('nothing deleted, nothing written');
    expect(dry.stdout).to.match(/^attribution +1 +default +2026-03-11T00:00:00\.000Z +1 +0 +\d+ +-$/m);
    expect(readFileSync(db).includes(Buffer.from('ScanAttributed'))).to.equal(true);
  });

  it('deletes the expired attribution, tasks and shifts, prints the proofs and exits 0', function () {
    const run = fairscan(['retention', 'run', ...store, ...asManager, '--now', '2026-03-12T00:00:00Z']);
    expect(run.status, run.stderr).to.equal(0);
    // Entry 0 is the demo's logged read of the break alerts, 1 the run's intent.
    expect(run.stdout).to.match(/^attribution +1 +default +2026-03-11T00:00:00\.000Z +1 +0 +\d+ +audit-demo-1 #2$/m);
    expect(run.stdout).to.match(/^task .+ audit-demo-1 #3$/m);
    expect(run.stdout).to.match(/^shift +7 .+ audit-demo-1 #4$/m);
    expect(run.stdout).to.contain('weekly aggregates 2026-W10: folded 2026-03-02 into aggregate-demo-1-2026-W10');
    const bytes = readFileSync(db);
    for (const gone of ['ScanAttributed', 'TaskAssigned', 'ShiftStarted', 'attribution-demo-1-']) {
      expect(bytes.includes(Buffer.from(gone)), `${gone} in the file`).to.equal(false);
    }
  });

  it('leaves a store whose reports still work and whose audit chain verifies', function () {
    const report = fairscan(['report', 'stations', ...store, '--format', 'json']);
    expect(report.status, report.stderr).to.equal(0);
    expect((JSON.parse(report.stdout) as { rows: Array<{ station: string }> }).rows.map((row) => row.station)).to.include('recv-01');
    const verify = fairscan(['audit', 'verify', ...store]);
    expect(verify.status, verify.stderr).to.equal(0);
    expect(verify.stdout).to.contain('chain intact');
  });

  it('run again, finds nothing expired and writes no proof', function () {
    const again = fairscan(['retention', 'run', ...store, ...asManager, '--now', '2026-03-12T00:00:00Z']);
    expect(again.status, again.stderr).to.equal(0);
    expect(again.stdout).to.contain('nothing had expired, no proof written');
  });

  it("takes retention days from a register file over the defaults, and says so", function () {
    const register = join(dir, 'demo-register.yaml');
    writeFileSync(register, 'site: demo-1\njurisdiction: FR\nretention: { attribution: 5, task: 1, shift: 30, aggregate: 91 }\nindicators: []\n');
    const dry = fairscan(['retention', 'run', ...store, ...asManager, '--register', register, '--now', '2026-03-12T00:00:00Z', '--dry-run']);
    expect(dry.status, dry.stderr).to.equal(0);
    expect(dry.stdout).to.match(/^attribution +5 +register +2026-03-07T00:00:00\.000Z +0 +0 +0 +-$/m);
    expect(dry.stdout).to.match(/^shift +30 +register /m);
  });

  it('refuses a register file keeping attribution 30 days (CNIL-RET-31): exit 1, nothing applied', function () {
    const register = join(dir, 'afl-register.yaml');
    writeFileSync(register, 'site: demo-1\njurisdiction: FR\nretention: { attribution: 30, task: 1, shift: 7, aggregate: 91 }\nindicators: []\n');
    const refused = fairscan(['retention', 'run', ...store, ...asManager, '--register', register, '--now', '2026-03-12T00:00:00Z']);
    expect(refused.status).to.equal(1);
    expect(refused.stderr).to.contain(`${register}: retention not applied: CNIL-RET-31 violation without a justified override`);
    expect(refused.stderr).to.contain('retention.attribution: attribution streams link each scan to a person and are kept 30 days');
    expect(refused.stdout).to.equal('');
  });

  it('asks for --as (exit 2) and refuses an account that may not run:retention (exit 1)', function () {
    const anonymous = fairscan(['retention', 'run', ...store, '--dry-run']);
    expect(anonymous.status).to.equal(2);
    expect(anonymous.stderr).to.contain("required option '--as <account>' not specified");
    const add = fairscan(['accounts', 'add', 'lea', '--holder', 'Léa Roux', '--role', 'team-lead', '--team', 'team-01', ...asManager, ...store]);
    expect(add.status, add.stderr).to.equal(0);
    const lead = fairscan(['retention', 'run', ...store, '--as', 'lea', '--dry-run']);
    expect(lead.status).to.equal(1);
    expect(lead.stderr).to.contain('account "lea" (team-lead) may not run:retention; allowed for: site-manager, dpo');
  });

  it('records the account that ran it as the actor of every proof', async function () {
    const opened = buildFairscan(configFrom({ site: 'demo-1', store: { kind: 'sqlite', path: db } }));
    try {
      const actors = new Set<unknown>();
      for await (const event of opened.store.readStream(streams.audit('demo-1'))) {
        if (event.type === 'RetentionApplied') actors.add((event.data as { actor?: unknown }).actor);
      }
      expect([...actors]).to.eql(['demo-manager']);
    } finally {
      await opened.close();
    }
  });

  it("uses the active register's retention section, unless --register is given", function () {
    const register = join(dir, 'active-register.yaml');
    writeFileSync(register, 'site: demo-1\njurisdiction: FR\nnotice: { version: "1", givenTo: [permanent, temporary] }\nconsultation: { worksCouncil: "2026-02-10" }\nretention: { attribution: 2, task: 1, shift: 6, aggregate: 91 }\nindicators: []\n');
    const activate = fairscan(['policy', 'activate', register, ...asManager, ...store]);
    expect(activate.status, activate.stderr).to.equal(0);
    const dry = fairscan(['retention', 'run', ...store, ...asManager, '--now', '2026-03-12T00:00:00Z', '--dry-run']);
    expect(dry.status, dry.stderr).to.equal(0);
    expect(dry.stdout).to.match(/^attribution +2 +active-register +2026-03-10T00:00:00\.000Z /m);
    expect(dry.stdout).to.match(/^shift +6 +active-register /m);
    const file = join(dir, 'demo-register.yaml');
    const withFile = fairscan(['retention', 'run', ...store, ...asManager, '--register', file, '--now', '2026-03-12T00:00:00Z', '--dry-run']);
    expect(withFile.stdout).to.match(/^attribution +5 +register /m);
  });

  it('refuses a register made for another site, naming the file (exit 2)', function () {
    const register = join(dir, 'register.yaml');
    const other = 'site: lyon-2\njurisdiction: FR\nretention: { attribution: 1, task: 1, shift: 7, aggregate: 91 }\nindicators: []\n';
    writeFileSync(register, other);
    const refused = fairscan(['retention', 'run', ...store, ...asManager, '--register', register]);
    expect(refused.status).to.equal(2);
    expect(refused.stderr).to.contain(`${register}: the register is for site "lyon-2", not "demo-1"`);
  });
});
