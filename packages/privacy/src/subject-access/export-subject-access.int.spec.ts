import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { expectRejection } from '@fairscan/event-store/conformance';
import { accessesTo } from '../audit/audit-stream.js';
import { readMyDay, readPersonDay } from '../my-day/read-day.js';
import { clock, day, first, second, site, staffedSite, t } from './site.fixture.spec.js';
import { exportSubjectAccess } from './export-subject-access.js';
import { type SubjectAccessBundle } from './bundle.js';

/** Any rejection, for checks on its class or message. */
const rejection = (action: Promise<unknown>): Promise<Error> => expectRejection(action, Error);

describe('subject access export (GDPR-15)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-sar-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("gives a worker everything held about them, and nothing about their colleague", async () => {
    const { store, vault, accounts } = await staffedSite();
    await readPersonDay(store, accounts.manager, first, { clock });
    const { bundle, files } = await exportSubjectAccess(store, vault, accounts.e1, 'E0001', join(dir, 'e1'), { clock });
    expect(bundle.identity).to.deep.equal({ employeeId: 'E0001', subjectRef: accounts.e1.subject, team: 'team-01' });
    expect(bundle.pseudonyms.map(({ operator }) => operator)).to.deep.equal([first]);
    expect(bundle.shifts).to.deep.equal([
      { operator: first, shiftDate: day, startedAt: t('05:00'), endedAt: t('13:00'), breaks: [{ startedAt: t('09:00'), endedAt: t('09:30'), source: 'worker' }] },
    ]);
    expect(bundle.tasks.map(({ taskId }) => taskId)).to.deep.equal(['T1']);
    expect(bundle.attributions.map(({ scanId }) => scanId)).to.deep.equal(['s1', 's2']);
    expect(bundle.accesses.map(({ actor, holder, what }) => ({ actor, holder, what }))).to.deep.equal([
      { actor: 'sm', holder: 'Holder of sm', what: `person-day ${first}` },
      { actor: 'w.e1', holder: 'Holder of w.e1', what: 'subject-access export' },
    ]);
    expect(JSON.stringify(bundle)).not.to.include(second);
    const written = JSON.parse(readFileSync(files[0] as string, 'utf8')) as SubjectAccessBundle;
    expect(written).to.deep.equal(JSON.parse(JSON.stringify(bundle)));
    expect(readFileSync(files[1] as string, 'utf8')).to.include('<td>E0001</td>');
  });

  it('includes aggregate rows about them and states the retention schedule and notice', async () => {
    const { store, vault, accounts } = await staffedSite();
    const row = (person: string, items: number) => ({ week: '2026-W10', person, personKind: 'subject', bizStep: 'picking', items });
    await store.appendToStream('aggregate-lil1-2026-W10', [accounts.e1.subject!, accounts.e2.subject!].map((person, i) => ({
      type: 'WeeklyAggregateRecorded', data: row(person, 10 + i), metadata: { eventId: `agg-${i}`, occurredAt: t('23:00'), schemaVersion: 1 },
    })));
    const notice = { status: 'recorded', version: '2026-03', givenTo: ['permanent', 'temporary'], source: 'register.yaml' } as const;
    const { bundle } = await exportSubjectAccess(store, vault, accounts.e1, 'E0001', join(dir, 'agg'), { clock, notice, retention: { shift: 3 } });
    expect(bundle.aggregates.map(({ record }) => record)).to.deep.equal([row(accounts.e1.subject!, 10)]);
    expect(bundle.notice).to.deep.equal(notice);
    expect(bundle.retention.find(({ category }) => category === 'shift')).to.include({ days: 3, source: 'register' });
    expect(bundle.retention.find(({ category }) => category === 'audit')).to.include({ days: 1825, source: 'default' });
  });

  it('says "not recorded" when no register tells which notice was given', async () => {
    const { store, vault, accounts } = await staffedSite();
    const { bundle } = await exportSubjectAccess(store, vault, accounts.dpo, 'E0002', join(dir, 'dpo'), { clock });
    expect(bundle.notice).to.deep.equal({ status: 'not recorded' });
    expect(bundle.requestedBy).to.deep.equal({ account: 'dpo', role: 'dpo' });
  });

  it('refuses a worker asking for a colleague, a team lead, and an analyst, before logging or reading anything', async () => {
    const { store, vault, accounts } = await staffedSite();
    const asking = [accounts.e1, accounts.lea, accounts.analyst];
    const reasons = await Promise.all(asking.map(async (account) => (await rejection(exportSubjectAccess(store, vault, account, 'E0002', join(dir, 'no')))).message));
    expect(reasons).to.deep.equal([
      'account "w.e1" (worker) may export:subject-access only about its holder\'s own subject',
      'account "lea" (team-lead) may not export:subject-access; allowed for: worker, dpo',
      'account "ana" (analyst) may not export:subject-access; allowed for: worker, dpo (analysts see operational data and team aggregates only: no identity, no per-person data)',
    ]);
    expect(await store.streamVersion(`audit-${site}`)).to.equal(-1);
  });
});

describe('reading a day', () => {
  it("gives a worker their own day, logged, and refuses an account with no subject linked", async () => {
    const { store, accounts } = await staffedSite();
    const view = await readMyDay(store, accounts.e2, day, { clock });
    expect(view).to.include({ operator: second, itemsHandled: 1 });
    expect(view?.shift?.status).to.equal('ok');
    expect((await rejection(readMyDay(store, accounts.analyst, day))).message).to.include('may not read:own-day');
    expect(await readMyDay(store, accounts.e2, '2026-03-05', { clock })).to.equal(undefined);
    const logged = await accessesTo(store, site, accounts.e2.subject!);
    expect(logged.map(({ actor, what }) => `${actor}: ${what}`)).to.deep.equal(['w.e2: my-day 2026-03-02', 'w.e2: my-day 2026-03-05']);
  });

  it("lets a team lead see their own team member's day, and not another team's", async () => {
    const { store, accounts } = await staffedSite();
    expect((await readPersonDay(store, accounts.lea, second, { clock })).tasks.map(({ taskId }) => taskId)).to.deep.equal(['T2']);
    expect((await rejection(readPersonDay(store, accounts.lea, first, { clock }))).message).to.equal(
      'account "lea" (team-lead) may read:person-day only for team "team-02", not "team-01"',
    );
  });
});
