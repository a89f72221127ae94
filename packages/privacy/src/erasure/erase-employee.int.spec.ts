import { expect } from 'chai';
import { streams, type StoredEvent } from '@fairscan/domain';
import { verifyAuditStream } from '../audit/audit-stream.js';
import { MASKED } from '../crypto/field-cipher.js';
import { lookupEmployee } from '../employees/employee-lookup.js';
import { resolvePseudonym } from '../identity/resolve.js';
import { clock, day, first, second, site, staffedSite } from '../subject-access/site.fixture.spec.js';
import { collectSubjectAccess } from '../subject-access/collect.js';
import { eraseEmployee } from './erase-employee.js';

async function all(iterable: AsyncIterable<StoredEvent>): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of iterable) events.push(event);
  return events;
}

describe('erasure (GDPR-17)', () => {
  it('deletes their shift, staff record and account, shreds their keys, and masks what stays shared', async () => {
    const { store, vault, accounts } = await staffedSite();
    const report = await eraseEmployee(store, vault, accounts.dpo, 'E0001', { clock });
    expect(report).to.deep.equal({
      status: 'erased',
      subjectRef: accounts.e1.subject,
      deletedStreams: [streams.shift(site, day, first), `employee-${site}-${accounts.e1.subject}`, `account-${site}-w.e1`],
    });
    for (const name of report.status === 'erased' ? report.deletedStreams : []) expect(await store.streamVersion(name), name).to.equal(-1);
    expect(await resolvePseudonym(store, vault, site, first)).to.equal(MASKED);
    expect(await resolvePseudonym(store, vault, site, second)).to.equal('E0002');
    expect(await lookupEmployee(store, vault, site, 'E0001')).to.deep.equal({ status: 'erased' });
  });

  it('leaves nothing a subject access can link to them, and keeps operational facts and colleagues intact', async () => {
    const { store, vault, accounts } = await staffedSite();
    const before = await all(store.readStream(streams.attribution(site, day)));
    await eraseEmployee(store, vault, accounts.dpo, 'E0001', { clock });
    const bundle = await collectSubjectAccess(store, vault, accounts.dpo, await lookupEmployee(store, vault, site, 'E0001'), { clock });
    expect(bundle).to.include({ status: 'erased' });
    for (const key of ['pseudonyms', 'shifts', 'tasks', 'attributions', 'aggregates', 'accesses'] as const) expect(bundle[key], key).to.deep.equal([]);
    // Option (a): the day's shared attribution stream keeps its shape; the pseudonym in it leads to no one.
    expect(await all(store.readStream(streams.attribution(site, day)))).to.have.lengthOf(before.length);
    expect(await store.streamVersion(streams.shift(site, day, second))).to.equal(3);
  });

  it('records the erasure in the audit chain, which still verifies', async () => {
    const { store, vault, accounts } = await staffedSite();
    await eraseEmployee(store, vault, accounts.dpo, 'E0001', { clock });
    const [entry] = await all(store.readStream(`audit-${site}`));
    expect(entry?.type).to.equal('SubjectErased');
    expect(entry?.data).to.include({ actor: 'dpo', role: 'dpo', subject: accounts.e1.subject, purpose: 'erasure (GDPR Art. 17)' });
    expect(JSON.stringify(entry)).not.to.include('E0001');
    expect(await verifyAuditStream(store, site)).to.include({ ok: true, entries: 1 });
  });

  it('is refused to anyone but a DPO, and reports an unknown or already erased employee', async () => {
    const { store, vault, accounts } = await staffedSite();
    const refused = await eraseEmployee(store, vault, accounts.manager, 'E0001').catch((error: Error) => error.message);
    expect(refused).to.equal('account "sm" (site-manager) may not erase:subject; allowed for: dpo');
    expect(await eraseEmployee(store, vault, accounts.dpo, 'E0404')).to.deep.equal({ status: 'unknown' });
    await eraseEmployee(store, vault, accounts.dpo, 'E0001');
    expect(await eraseEmployee(store, vault, accounts.dpo, 'E0001')).to.deep.equal({ status: 'already-erased' });
  });
});
