import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { fairscan, root } from './cli.js';
import { date, privacySite, type PrivacySite } from './privacy-site.js';

// Every CLI entry that reads per-person data names an account and is checked
// on entry: a refusal exits 1 with the reason, and nothing is read or logged.
describe('fairscan privacy commands: who may read what', function () {
  let fixture: PrivacySite;
  const run = (...args: string[]) => fairscan([...args, ...fixture.storeArgs]);
  const auditEntries = (): number => Number(run('audit', 'verify').stdout.match(/(\d+) entries/)?.[1]);

  before(async function () {
    fixture = await privacySite();
  });

  after(() => fixture.remove());

  const refusals: Array<[string, () => string[], string]> = [
    ['a worker exporting a colleague', () => ['subject-access', 'E0002', '--as', 'w.e1', '--out', join(fixture.dir, 'x')], 'account "w.e1" (worker) may export:subject-access only about its holder\'s own subject'],
    ['an analyst exporting anyone', () => ['subject-access', 'E0001', '--as', 'ana', '--out', join(fixture.dir, 'x')], 'may not export:subject-access; allowed for: worker, dpo (analysts see operational data'],
    ['an analyst resolving a pseudonym to a person', () => ['identity', 'resolve', fixture.operatorOf('E0001'), '--as', 'ana'], 'account "ana" (analyst) may not read:identity; allowed for: dpo'],
    ["a team lead reading another team's worker", () => ['person-day', fixture.operatorOf('E0001'), '--as', 'lea'], 'account "lea" (team-lead) may read:person-day only for team "team-02", not "team-01"'],
    ["a worker reading who read a colleague's data", () => ['audit', 'accesses', '--subject', 'E0002', '--as', 'w.e1'], 'account "w.e1" (worker) may read:audit only about its holder\'s own subject'],
    ['an analyst asking for "my day"', () => ['my-day', '--as', 'ana', '--date', date], 'account "ana" (analyst) may not read:own-day'],
    ['a site manager erasing someone', () => ['erase', 'E0002', '--as', 'sm'], 'account "sm" (site-manager) may not erase:subject; allowed for: dpo'],
    ['a worker listing accounts', () => ['accounts', 'list', '--as', 'w.e1'], 'account "w.e1" (worker) may not manage accounts or staff'],
    ['a team lead enrolling staff', () => ['employees', 'enrol', 'E0100', '--team', 'team-09', '--as', 'lea'], 'account "lea" (team-lead) may not manage accounts or staff'],
    ['an account the site does not have', () => ['my-day', '--as', 'admin'], 'no account "admin" at site "priv-1"'],
    ['a shared account', () => ['accounts', 'add', 'nights', '--holder', 'Night shift', '--role', 'site-manager', '--as', 'dpo'], 'shared accounts are refused, one account per person (CNIL-VIDEO)'],
  ];

  for (const [who, args, reason] of refusals) {
    it(`refuses ${who}: exit 1 with the reason, nothing logged`, function () {
      const before = auditEntries();
      const result = run(...args());
      expect(result.status, result.stdout).to.equal(1);
      expect(result.stderr).to.contain(reason);
      expect(auditEntries()).to.equal(before);
    });
  }

  it('asks for --as: exit 2 when a command reading personal data names no account', function () {
    const result = run('subject-access', 'E0001', '--out', join(fixture.dir, 'x'));
    expect(result.status).to.equal(2);
    expect(result.stderr).to.contain("required option '--as <account>' not specified");
  });

  it('lets a team lead see their own team member, and logs it for that worker to see', function () {
    const day = run('person-day', fixture.operatorOf('E0002'), '--as', 'lea');
    expect(day.status, day.stderr).to.equal(0);
    expect(day.stdout).to.match(new RegExp(`^${fixture.operatorOf('E0002')}: break (ok|due-soon|owed|missed)`));
    expect(day.stdout).not.to.match(/minute|min\b/);
    const accesses = run('audit', 'accesses', '--subject', 'E0002', '--as', 'w.e2');
    expect(accesses.status, accesses.stderr).to.equal(0);
    expect(accesses.stdout).to.contain(`lea\tLéa Roux\tteam-lead\tperson day: reassign work, breaks owed\tperson-day ${fixture.operatorOf('E0002')}`);
  });

  it("shows a worker their own day, with no comparison to anyone", function () {
    const result = run('my-day', '--as', 'w.e1', '--date', date, '--format', 'json');
    expect(result.status, result.stderr).to.equal(0);
    const day = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(day).sort()).to.deep.equal(['asOf', 'itemsByStep', 'itemsHandled', 'operator', 'shift', 'tasks']);
    expect(day.operator).to.equal(fixture.operatorOf('E0001'));
    expect(result.stdout).not.to.match(/rank|percentile|average|median|colleague/i);
  });

  it('exports a subject access with the notice from the register, escaped, and logs the export', function () {
    const register = readFileSync(join(root, 'examples/registers/proportionate.yaml'), 'utf8').replace('version: "2026-03"', 'version: "2026-03 <b>draft</b>"');
    writeFileSync(join(fixture.dir, 'register.yaml'), register);
    const out = join(fixture.dir, 'sar');
    const result = run('subject-access', 'E0001', '--as', 'w.e1', '--out', out, '--register', join(fixture.dir, 'register.yaml'));
    expect(result.status, result.stderr).to.equal(0);
    const bundle = JSON.parse(readFileSync(join(out, 'subject-access.json'), 'utf8')) as { notice: unknown; accesses: Array<{ what: string }> };
    expect(bundle.notice).to.include({ status: 'recorded', version: '2026-03 <b>draft</b>' });
    expect(bundle.accesses.map(({ what }) => what)).to.include('subject-access export');
    expect(readFileSync(join(out, 'subject-access.html'), 'utf8')).to.contain('2026-03 &lt;b&gt;draft&lt;/b&gt;');
  });

  it('erases as a DPO; afterwards the pseudonym resolves to [erased], the export is empty and the audit verifies', function () {
    const erase = run('erase', 'E0001', '--as', 'dpo');
    expect(erase.status, erase.stderr).to.equal(0);
    expect(erase.stdout).to.match(/^erased sub_[a-z2-7]{26}: keys destroyed, 3 personal streams deleted, store compacted/);
    expect(run('identity', 'resolve', fixture.operatorOf('E0001'), '--as', 'dpo').stdout.trim()).to.equal('[erased]');
    const out = join(fixture.dir, 'sar-erased');
    expect(run('subject-access', 'E0001', '--as', 'dpo', '--out', out).status).to.equal(0);
    expect(JSON.parse(readFileSync(join(out, 'subject-access.json'), 'utf8'))).to.include({ status: 'erased' });
    expect(run('my-day', '--as', 'w.e1').stderr).to.contain('no account "w.e1"');
    expect(run('audit', 'verify').status).to.equal(0);
  });
});
