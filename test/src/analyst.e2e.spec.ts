import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrolSimulatedShifts, foldWeeklyAggregates, type StaffMember } from '@fairscan/privacy';
import { fairscan } from './cli.js';
import { date, type PrivacySite, privacySite, site } from './privacy-site.js';

/** Anything that names or points at a person: a shift pseudonym, a subject or aggregate key, an employee id, a handheld. */
const identityPatterns = [/op_[a-z2-7]{4}/, /sub_[a-z2-7]{4}/, /opk_[a-z2-7]{4}/, /\bE\d{4}\b/, /\bhh-\d{4}\b/];

function expectNoIdentity(text: string, what: string): void {
  for (const pattern of identityPatterns) expect(text, `${what} matches ${String(pattern)}`).not.to.match(pattern);
}

describe('an analyst sees operational streams and suppressed team aggregates, never identity', function () {
  let day: PrivacySite;
  let staff: StaffMember[];
  const run = (...args: string[]) => fairscan([...day.storeArgs, ...args]);

  before(async function () {
    day = await privacySite(25_000);
    const opened = day.open();
    try {
      // Teams of 6, so some cells are published and the smaller last team is suppressed.
      staff = await enrolSimulatedShifts(opened.store, opened.vault, site, date, { teamSize: 6 });
      await foldWeeklyAggregates(opened.store, site, [date], { at: `${date}T23:30:00Z` });
    } finally {
      await opened.close();
    }
  });

  after(function () {
    day.remove();
  });

  it('reads team aggregates in every format: numbers for groups of 5 or more, suppressed below, no person', function () {
    expect(staff.length, 'the day has people in several teams').to.be.greaterThan(12);
    for (const format of ['table', 'csv', 'json', 'markdown']) {
      const out = run('report', 'team-aggregates', '--as', 'ana', '--format', format, '--limit', '500');
      expect(out.status, out.stderr).to.equal(0);
      expectNoIdentity(out.stdout, `team-aggregates --format ${format}`);
    }
    const json = JSON.parse(run('report', 'team-aggregates', '--as', 'ana', '--format', 'json', '--limit', '500').stdout) as { rows: Array<Record<string, unknown>> };
    const published = json.rows.filter((row) => typeof row.people === 'number');
    expect(published.length).to.be.greaterThan(0);
    for (const row of published) expect(row.people).to.be.at.least(5);
    const suppressed = json.rows.filter((row) => row.suppressed !== '');
    expect(suppressed.length).to.be.greaterThan(0);
    for (const row of suppressed) {
      expect(String(row.suppressed)).to.match(/^suppressed \(/);
      expect([row.people, row.items, row['hours worked'], row['items/hour']], 'a suppressed line carries no figure').to.deep.equal(['', '', '', '']);
    }
  });

  it('exports CSV, NDJSON and EPCIS with no pseudonym, subject, employee id or device id', function () {
    for (const format of ['csv', 'ndjson', 'epcis']) {
      const out = join(day.dir, `analyst.${format}`);
      const result = run('export', '--format', format, '--as', 'ana', '--out', out);
      expect(result.status, result.stderr).to.equal(0);
      const text = readFileSync(out, 'utf8');
      expect(text.length).to.be.greaterThan(10_000);
      expectNoIdentity(text, `export --format ${format}`);
    }
  });

  it('cannot export a personal stream, whoever asks', function () {
    for (const prefix of ['attribution-', 'shift-', 'identity-', 'aggregate-', 'task-']) {
      const result = run('export', '--as', 'ana', '--stream-prefix', prefix);
      expect(result.status).to.equal(2);
      expect(result.stderr).to.contain('exports hold operational streams only');
      expect(result.stdout).to.equal('');
    }
  });

  it('shows a team lead their own team only, and refuses workers and anonymous readers', function () {
    const lead = JSON.parse(run('report', 'team-aggregates', '--as', 'lea', '--format', 'json', '--limit', '500').stdout) as { rows: Array<{ team: string }> };
    expect(lead.rows.length).to.be.greaterThan(0);
    expect(new Set(lead.rows.map((row) => row.team))).to.deep.equal(new Set(['team-02']));
    const worker = run('report', 'team-aggregates', '--as', 'w.e1');
    expect(worker.status).to.equal(1);
    expect(worker.stderr).to.contain('may not read:team-aggregate');
    const anonymous = run('report', 'team-aggregates');
    expect(anonymous.status).to.equal(2);
    expect(anonymous.stderr).to.contain('--as <account>');
  });

  it('is refused the per-person reports and the identity', function () {
    const breaks = run('report', 'breaks', '--as', 'ana');
    expect(breaks.status).to.equal(1);
    expect(breaks.stdout).to.equal('');
  });
});
