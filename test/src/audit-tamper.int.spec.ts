import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import { SqliteEventStore } from '@fairscan/storage-sqlite';
import { exportSubjectAccess, findAccount, readMyDay, verifyAuditStream } from '@fairscan/privacy';
import { fairscan as cli } from './cli.js';
import { date, privacySite, type PrivacySite, site } from './privacy-site.js';

// The access audit is hash-chained: whoever edits, removes or reorders an
// entry directly in the file is caught, and told where.
describe('audit verify against a tampered SQLite file', function () {
  let fixture: PrivacySite;
  const audit = `audit-${site}`;

  before(async function () {
    fixture = await privacySite();
    const fairscan = fixture.open();
    try {
      const [e1, dpo] = [(await findAccount(fairscan.store, site, 'w.e1'))!, (await findAccount(fairscan.store, site, 'dpo'))!];
      await readMyDay(fairscan.store, e1, date);
      await exportSubjectAccess(fairscan.store, fairscan.vault, e1, 'E0001', join(fixture.dir, 'sar'));
      await exportSubjectAccess(fairscan.store, fairscan.vault, dpo, 'E0002', join(fixture.dir, 'sar2'));
      await readMyDay(fairscan.store, e1, date);
    } finally {
      await fairscan.close();
    }
  });

  after(() => fixture.remove());

  /** A copy of the site file, tampered with by plain SQL as an intruder with file access would. */
  function tampered(name: string, sql: string[]): string {
    const path = join(fixture.dir, `${name}.db`);
    copyFileSync(fixture.path, path);
    const db = new Database(path);
    db.transaction(() => sql.forEach((statement) => db.prepare(statement).run(audit))).immediate();
    db.close();
    return path;
  }

  async function verdictOf(path: string) {
    const store = SqliteEventStore.open({ path });
    try {
      return await verifyAuditStream(store, site);
    } finally {
      await store.close();
    }
  }

  it('passes the untouched file: exit 0', async function () {
    expect(await verdictOf(fixture.path)).to.include({ ok: true, entries: 4 });
    const run = cli(['audit', 'verify', ...fixture.storeArgs]);
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout).to.contain(`audit-${site}: 4 entries, chain intact`);
  });

  it('names the edited entry when an UPDATE rewrites who read what', async function () {
    const path = tampered('edited', [`UPDATE events SET data = json_set(data, '$.actor', 'nobody') WHERE stream_name = ? AND stream_position = 1`]);
    expect(await verdictOf(path)).to.deep.equal({ ok: false, position: 1, reason: 'edited', detail: 'audit entry 1: content does not match its hash (edited)' });
    const run = cli(['audit', 'verify', '--store', path, '--site', site]);
    expect(run.status).to.equal(1);
    expect(run.stderr).to.contain('audit entry 1: content does not match its hash (edited)');
  });

  it('names the first missing entry when one is DELETEd', async function () {
    const path = tampered('removed', ['DELETE FROM events WHERE stream_name = ? AND stream_position = 2']);
    expect(await verdictOf(path)).to.include({ ok: false, position: 2, reason: 'removed' });
    const run = cli(['audit', 'verify', '--store', path, '--site', site]);
    expect(run.status).to.equal(1);
    expect(run.stderr).to.contain('audit entry 2: entries 2..2 are missing (removed)');
  });

  it('names the misplaced entry when two are swapped', async function () {
    const path = tampered('swapped', [
      'UPDATE events SET stream_position = -1 WHERE stream_name = ? AND stream_position = 1',
      'UPDATE events SET stream_position = 1 WHERE stream_name = ? AND stream_position = 2',
      'UPDATE events SET stream_position = 2 WHERE stream_name = ? AND stream_position = -1',
    ]);
    expect(await verdictOf(path)).to.include({ ok: false, position: 1, reason: 'reordered' });
    const run = cli(['audit', 'verify', '--store', path, '--site', site]);
    expect(run.status).to.equal(1);
    expect(run.stderr).to.contain('audit entry 1: links to an entry that comes after it (reordered)');
  });

  it('catches the newest entries cut from the end against a head recorded earlier', async function () {
    const recorded = cli(['audit', 'verify', ...fixture.storeArgs]).stdout.match(/head ([0-9a-f]{64})/)?.[1] as string;
    expect(recorded).to.match(/^[0-9a-f]{64}$/);
    const path = tampered('cut', ['DELETE FROM events WHERE stream_name = ? AND stream_position = 3']);
    // Whether the store still reports the old version or not, the recorded head names what is gone.
    const run = cli(['audit', 'verify', '--since-head', recorded, '--store', path, '--site', site]);
    expect(run.status).to.equal(1);
    expect(run.stderr).to.contain(`the entry with head ${recorded} is no longer in the chain: entries were removed from the end (removed)`);
    expect(cli(['audit', 'verify', '--since-head', recorded, ...fixture.storeArgs]).status).to.equal(0);
  });
});
