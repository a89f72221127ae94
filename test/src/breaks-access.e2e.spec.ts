import { expect } from 'chai';
import { toOperatorRef } from '@fairscan/domain';
import { randomBytes } from 'node:crypto';
import { type OperatorRef } from '@fairscan/domain';
import { accessesTo, enrolEmployee, issuePseudonym } from '@fairscan/privacy';
import { fairscan } from './cli.js';
import { date, privacySite, type PrivacySite, site } from './privacy-site.js';

// report breaks and replay -p breaks list shift pseudonyms: a named account
// allowed read:break-status reads them, and the read is logged (CNIL-VIDEO).
describe('fairscan report breaks: per-person data behind a named account', function () {
  let fixture: PrivacySite;
  // A shift with no break: owed one at 13:00, so the alerts list its pseudonym.
  const owed = toOperatorRef('op_breaksowedaaaaaa');
  // A team-02 worker whose shift also owes a break at 13:00: the one lea (team-02's lead) may see.
  let teamOwed: OperatorRef;
  const asOf = ['--as-of', `${date}T13:00:00Z`];
  const run = (...args: string[]) => fairscan([...args, ...fixture.storeArgs]);
  const auditEntries = (): number => Number(run('audit', 'verify').stdout.match(/(\d+) entries/)?.[1]);

  before(async function () {
    fixture = await privacySite();
    const opened = fixture.open();
    try {
      await opened.handler.parseAndExecute('StartShift', { operator: owed, at: `${date}T06:00:00Z` });
      await enrolEmployee(opened.store, opened.vault, site, 'E0900', 'team-02');
      teamOwed = await issuePseudonym(opened.store, opened.vault, site, 'E0900', date, (size) => randomBytes(size));
      await opened.handler.parseAndExecute('StartShift', { operator: teamOwed, at: `${date}T06:00:00Z` });
    } finally {
      await opened.close();
    }
  });

  after(() => fixture.remove());

  it('asks for --as: exit 2 naming the per-person data, for report breaks and replay -p breaks alike, nothing logged', function () {
    const before = auditEntries();
    for (const args of [['report', 'breaks'], ['replay', '--until', `${date}T12:00:00Z`, '-p', 'stations', 'breaks']]) {
      const result = run(...args);
      expect(result.status, args.join(' ')).to.equal(2);
      expect(result.stderr).to.contain('report breaks lists shift pseudonyms (per-person data): name the account you act as with --as <account>');
      expect(result.stdout).to.equal('');
    }
    expect(auditEntries()).to.equal(before);
  });

  it('refuses a worker and an analyst: exit 1 with the reason, nothing read or logged', function () {
    const before = auditEntries();
    const worker = run('report', 'breaks', '--as', 'w.e1');
    expect(worker.status).to.equal(1);
    expect(worker.stderr).to.contain('account "w.e1" (worker) may not read:break-status; allowed for: team-lead, site-manager, dpo');
    const analyst = run('replay', '--until', `${date}T12:00:00Z`, '-p', 'breaks', '--as', 'ana');
    expect(analyst.status).to.equal(1);
    expect(analyst.stderr).to.contain('account "ana" (analyst) may not read:break-status');
    expect(worker.stdout + analyst.stdout).not.to.contain('op_');
    expect(auditEntries()).to.equal(before);
  });

  it('shows a site manager every alert and logs the read and each pseudonym shown, by pseudonym', async function () {
    const before = auditEntries();
    const result = run('report', 'breaks', '--as', 'sm', ...asOf, '--format', 'json');
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.contain(`"shift pseudonym": "${owed}"`);
    const shown = (result.stdout.match(/"op_[a-z2-7]{16}"/g) ?? []).length;
    expect(auditEntries()).to.equal(before + 1 + shown);
    const opened = fixture.open();
    try {
      const [read] = await accessesTo(opened.store, site, owed);
      expect(read).to.include({ actor: 'sm', role: 'site-manager', subject: owed, what: `report breaks as of ${date}T13:00:00.000Z` });
      expect((await accessesTo(opened.store, site, `site:${site}`)).map((a) => a.actor)).to.include('sm');
    } finally {
      await opened.close();
    }
  });

  it("shows a team lead only their own team's shifts, says so, and logs the read against the team", async function () {
    const result = run('report', 'breaks', '--as', 'lea', ...asOf, '--format', 'json');
    expect(result.status, result.stderr).to.equal(0);
    const shown = new Set(result.stdout.match(/op_[a-z2-7]{16}/g) ?? []);
    // lea leads team-02: E0002 (no alert at 13:00) and E0900, who owes a break.
    expect([...shown]).to.deep.equal([teamOwed]);
    expect(result.stdout).not.to.contain(owed);
    expect(result.stdout).to.contain('shifts of team team-02 only (read as team lead \\"lea\\")');
    const opened = fixture.open();
    try {
      expect((await accessesTo(opened.store, site, `team:${site}/team-02`)).map((a) => a.actor)).to.deep.equal(['lea']);
      expect(await accessesTo(opened.store, site, owed), 'nothing logged for a shift not shown').to.have.length(1);
    } finally {
      await opened.close();
    }
  });

  it('leaves stations, packages, stock and tasks open: no --as, no pseudonym, nothing logged', function () {
    const before = auditEntries();
    for (const name of ['stations', 'packages', 'stock', 'tasks']) {
      const result = run('report', name, '--format', 'json');
      expect(result.status, `${name}: ${result.stderr}`).to.equal(0);
      expect(result.stdout, name).not.to.match(/op_[a-z2-7]{16}/);
    }
    expect(auditEntries()).to.equal(before);
  });
});
