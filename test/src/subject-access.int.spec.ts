import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { type StoredEvent, streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { exportSubjectAccess, findAccount, type SubjectAccessBundle } from '@fairscan/privacy';
import { date, holders, privacySite, type PrivacySite, site } from './privacy-site.js';

async function all(events: AsyncIterable<StoredEvent>): Promise<StoredEvent[]> {
  const list: StoredEvent[] = [];
  for await (const event of events) list.push(event);
  return list;
}

/** What the store holds about a pseudonym, counted here independently of the export code. */
async function heldAbout(store: EventStore, operator: string): Promise<{ scans: number; tasks: Set<string>; shift: StoredEvent[] }> {
  const attributions = await all(store.readStream(streams.attribution(site, date)));
  const taskEvents = await all(store.readAll({ filter: { streamPrefixes: [`task-${site}-`], eventTypes: ['TaskAssigned'] } }));
  return {
    scans: attributions.filter((event) => (event.data as { operator: string }).operator === operator).length,
    tasks: new Set(taskEvents.filter((event) => (event.data as { operator: string }).operator === operator).map((event) => (event.data as { taskId: string }).taskId)),
    shift: await all(store.readStream(`shift-${site}-${date}-${operator}`)),
  };
}

describe('subject access on the SQLite store', function () {
  let fixture: PrivacySite;
  let bundle: SubjectAccessBundle;
  let files: readonly string[];
  let held: Awaited<ReturnType<typeof heldAbout>>;
  const hostile = '2026-03 <img src=x onerror=alert(1)>';

  before(async function () {
    fixture = await privacySite();
    const fairscan = fixture.open();
    try {
      const worker = (await findAccount(fairscan.store, site, 'w.e1'))!;
      held = await heldAbout(fairscan.store, fixture.operatorOf('E0001'));
      const notice = { status: 'recorded', version: hostile, givenTo: ['permanent', 'temporary'], source: 'register.yaml' } as const;
      ({ bundle, files } = await exportSubjectAccess(fairscan.store, fairscan.vault, worker, 'E0001', join(fixture.dir, 'sar'), { notice }));
    } finally {
      await fairscan.close();
    }
  });

  after(() => fixture.remove());

  it('writes the JSON bundle and the page, and the JSON is what was returned', function () {
    expect(files.map((file) => file.slice(fixture.dir.length))).to.deep.equal(['/sar/subject-access.json', '/sar/subject-access.html']);
    expect(JSON.parse(readFileSync(files[0] as string, 'utf8'))).to.deep.equal(JSON.parse(JSON.stringify(bundle)));
  });

  it('holds their identity, decrypted, with their shift pseudonym and team', function () {
    expect(bundle.status).to.equal('held');
    expect(bundle.identity).to.include({ employeeId: 'E0001', team: 'team-01' });
    expect(bundle.pseudonyms.map(({ operator, shiftDate }) => `${operator}@${shiftDate}`)).to.deep.equal([`${fixture.operatorOf('E0001')}@${date}`]);
  });

  it('holds every scan, task and declared break of their shift that the store still holds, and no one else\'s', function () {
    expect(held.scans).to.be.greaterThan(0);
    expect(bundle.attributions).to.have.lengthOf(held.scans);
    expect(new Set(bundle.tasks.map(({ taskId }) => taskId))).to.deep.equal(held.tasks);
    const declared = held.shift.filter(({ type }) => type === 'BreakStarted').length;
    expect(bundle.shifts).to.have.lengthOf(1);
    expect(bundle.shifts[0]?.breaks).to.have.lengthOf(declared);
    const others = fixture.staff.filter(({ employeeId }) => employeeId !== 'E0001').map(({ operator }) => operator);
    for (const operator of others) expect(JSON.stringify(bundle)).not.to.include(operator);
  });

  it('lists the export itself among the accesses, with the holder named, and the retention of each category', function () {
    expect(bundle.accesses.map(({ actor, holder, what }) => ({ actor, holder, what }))).to.deep.equal([{ actor: 'w.e1', holder: holders.e1, what: 'subject-access export' }]);
    expect(bundle.retention.map(({ category, days }) => `${category}:${days ?? 'employment'}`)).to.deep.equal([
      'identity:employment', 'attribution:1', 'task:1', 'shift:7', 'aggregate:91', 'audit:1825', 'package:400', 'location:400',
    ]);
  });

  it('escapes the page: a hostile value in the register shows as text', function () {
    const html = readFileSync(files[1] as string, 'utf8');
    expect(html).not.to.include('<img');
    expect(html).to.include('2026-03 &lt;img src=x onerror=alert(1)&gt;');
    expect(html).to.include('<td>E0001</td>');
  });
});
