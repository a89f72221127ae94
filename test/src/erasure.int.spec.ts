import { expect } from 'chai';
import { streams } from '@fairscan/domain';
import { collectSubjectAccess, eraseEmployee, findAccount, findSubject, lookupEmployee, MASKED, resolvePseudonym, verifyAuditStream } from '@fairscan/privacy';
import { date, holders, privacySite, type PrivacySite, site } from './privacy-site.js';

// GDPR-17 on the embedded store: after `erase` and compaction, no byte on disk
// leads back to the person, while the site's operational facts stay whole.
describe('erasure on the SQLite store (file bytes)', function () {
  let fixture: PrivacySite;
  let key: Buffer;
  let lookupKey: Buffer;
  let shiftStream: string;
  let colleagueShift: string;
  let packagesBefore: number;

  before(async function () {
    fixture = await privacySite();
    expect(fixture.staff.length, 'the simulated day needs two people').to.be.at.least(2);
    shiftStream = streams.shift(site, date, fixture.operatorOf('E0001'));
    colleagueShift = streams.shift(site, date, fixture.operatorOf('E0002'));
    const fairscan = fixture.open();
    try {
      const subject = await findSubject(fairscan.vault, site, 'E0001');
      if (subject.status !== 'found') expect.fail(`E0001 is ${subject.status}`);
      key = Buffer.from((await fairscan.vault.getKey(subject.subjectRef)) as Uint8Array);
      lookupKey = Buffer.from((await fairscan.vault.getKey(subject.lookupId)) as Uint8Array);
      packagesBefore = await countPackages(fairscan.store);
      await fairscan.store.compact();
    } finally {
      await fairscan.close();
    }
  });

  after(() => fixture.remove());

  async function countPackages(store: { readAll(options: object): AsyncIterable<unknown> }): Promise<number> {
    let count = 0;
    for await (const _event of store.readAll({ filter: { streamPrefixes: ['package-'] } })) count++;
    return count;
  }

  it('holds the key, the account holder and the shift stream on disk before the erasure (the grep can see them)', function () {
    const bytes = fixture.fileBytes();
    expect(bytes.includes(key)).to.equal(true);
    expect(bytes.includes(lookupKey)).to.equal(true);
    expect(bytes.includes(Buffer.from(holders.e1))).to.equal(true);
    expect(bytes.includes(Buffer.from(shiftStream))).to.equal(true);
  });

  it('erases, then no byte of the employee id, their key, their name or their shift remains in the file or its WAL', async function () {
    const fairscan = fixture.open();
    try {
      const dpo = await findAccount(fairscan.store, site, 'dpo');
      const report = await eraseEmployee(fairscan.store, fairscan.vault, dpo!, 'E0001');
      expect(report.status).to.equal('erased');
    } finally {
      await fairscan.close();
    }
    const bytes = fixture.fileBytes();
    expect(bytes.includes(Buffer.from('E0001')), 'employee id').to.equal(false);
    expect(bytes.includes(key), 'data key').to.equal(false);
    expect(bytes.includes(lookupKey), 'lookup key (employee id → subject)').to.equal(false);
    expect(bytes.includes(Buffer.from(holders.e1)), 'their account holder name').to.equal(false);
    expect(bytes.includes(Buffer.from(shiftStream)), 'their shift stream').to.equal(false);
    expect(bytes.includes(Buffer.from(colleagueShift)), "a colleague's shift stream stays").to.equal(true);
    expect(bytes.includes(Buffer.from(holders.e2)), "a colleague's account stays").to.equal(true);
  });

  it('shows [erased] on resolution, an empty subject access, operational facts intact and a verifying audit', async function () {
    const fairscan = fixture.open();
    try {
      const { store, vault } = fairscan;
      expect(await resolvePseudonym(store, vault, site, fixture.operatorOf('E0001'))).to.equal(MASKED);
      expect(await resolvePseudonym(store, vault, site, fixture.operatorOf('E0002'))).to.equal('E0002');
      const bundle = await collectSubjectAccess(store, vault, (await findAccount(store, site, 'dpo'))!, await lookupEmployee(store, vault, site, 'E0001'));
      expect(bundle.status).to.equal('erased');
      expect([bundle.pseudonyms, bundle.shifts, bundle.tasks, bundle.attributions, bundle.accesses].flat()).to.deep.equal([]);
      expect(await countPackages(store)).to.equal(packagesBefore);
      expect(await verifyAuditStream(store, site)).to.include({ ok: true });
    } finally {
      await fairscan.close();
    }
  });
});
