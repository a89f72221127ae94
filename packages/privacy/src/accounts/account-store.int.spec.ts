import { expect } from 'chai';
import { expectRejection } from '@fairscan/event-store/conformance';
import { InMemoryEventStore } from '@fairscan/event-store';
import { authorize } from '../access/authorize.js';
import { accessesTo } from '../audit/audit-stream.js';
import { subjectOf } from '../identity/subject-keys.js';
import { InMemoryKeyVault } from '../vault/in-memory-key-vault.js';
import { clock, site, staffedSite } from '../subject-access/site.fixture.spec.js';
import { AccessRefusedError, AccountError } from './account-errors.js';
import { disableAccount, findAccount, listAccounts, registerAccount } from './account-store.js';
import { actingAccount, guardRead } from './guard.js';

/** Any rejection, for checks on its class or message. */
const rejection = (action: Promise<unknown>): Promise<Error> => expectRejection(action, Error);

describe('accounts', () => {
  it('lets only a DPO or site manager open a site, and then asks for one for every account', async () => {
    const [store, vault] = [new InMemoryEventStore(), new InMemoryKeyVault()];
    const first = await rejection(registerAccount(store, vault, site, { id: 'w.one', holder: 'Ana Lopez', role: 'analyst' }, undefined));
    expect(first).to.be.instanceOf(AccessRefusedError);
    expect(first.message).to.equal('site "lil1" has no account yet: the first one must be a dpo or site-manager');
    const dpo = await registerAccount(store, vault, site, { id: 'dpo', holder: 'Camille Martin', role: 'dpo' }, undefined);
    const second = await rejection(registerAccount(store, vault, site, { id: 'sm', holder: 'Paul Roux', role: 'site-manager' }, undefined));
    expect(second.message).to.equal('site "lil1" has accounts: name the managing account (--as)');
    expect(await registerAccount(store, vault, site, { id: 'sm', holder: 'Paul Roux', role: 'site-manager' }, dpo)).to.include({ id: 'sm', site });
  });

  it("links a worker account to their subject reference, never their employee id", async () => {
    const { store, vault, accounts } = await staffedSite();
    expect(accounts.e1.subject).to.equal(await subjectOf(vault, site, 'E0001'));
    for await (const event of store.readStream('account-lil1-w.e1')) expect(JSON.stringify(event.data)).not.to.include('E0001');
  });

  it('refuses an unknown employee, a duplicate id, and a non-manager adding accounts', async () => {
    const { store, vault, accounts } = await staffedSite();
    const unknown = await rejection(registerAccount(store, vault, site, { id: 'w.x', holder: 'Xavier Blanc', role: 'worker', employeeId: 'E0404' }, accounts.dpo));
    expect(unknown).to.be.instanceOf(AccountError);
    expect(unknown.message).to.include('field "subject": this employee is not enrolled at site "lil1"');
    const twice = await rejection(registerAccount(store, vault, site, { id: 'lea', holder: 'Léa Petit', role: 'analyst' }, accounts.dpo));
    expect(twice.message).to.equal('account "lea" already exists at site "lil1"');
    const byLead = await rejection(registerAccount(store, vault, site, { id: 'new', holder: 'Noé Martin', role: 'analyst' }, accounts.lea));
    expect(byLead.message).to.equal('account "lea" (team-lead) may not manage accounts or staff; allowed for: dpo, site-manager');
  });

  it('lists every account and keeps a disabled one out of every permission', async () => {
    const { store, accounts } = await staffedSite();
    expect((await listAccounts(store, site)).map(({ id }) => id)).to.deep.equal(['ana', 'dpo', 'lea', 'sm', 'w.e1', 'w.e2']);
    await disableAccount(store, site, 'lea', 'left the company', accounts.dpo, { clock });
    const lea = (await findAccount(store, site, 'lea'))!;
    expect(lea.disabled).to.equal(true);
    expect(authorize(lea, 'read:person-day', { site, team: 'team-02' })).to.deep.equal({ allowed: false, reason: 'account "lea" is disabled' });
  });
});

describe('guarded reads', () => {
  it('logs an allowed read in the audit before it happens', async () => {
    const { store, accounts } = await staffedSite();
    const subject = accounts.e1.subject!;
    await guardRead(store, accounts.e1, { action: 'read:own-day', resource: { site, subject }, subject, purpose: 'my day', what: 'my-day' }, clock);
    expect(await accessesTo(store, site, subject)).to.deep.equal([
      { actor: 'w.e1', role: 'worker', subject, purpose: 'my day', what: 'my-day', at: clock().toISOString(), position: 0 },
    ]);
  });

  it('refuses with the reason and logs nothing', async () => {
    const { store, accounts } = await staffedSite();
    const subject = accounts.e2.subject!;
    const refused = await rejection(guardRead(store, accounts.e1, { action: 'read:own-day', resource: { site, subject }, subject, purpose: 'p', what: 'w' }));
    expect(refused.message).to.equal('account "w.e1" (worker) may read:own-day only about its holder\'s own subject');
    expect(await store.streamVersion(`audit-${site}`)).to.equal(-1);
  });

  it('refuses to act as an account the site does not have', async () => {
    const { store } = await staffedSite();
    expect((await rejection(actingAccount(store, site, 'admin'))).message).to.equal('no account "admin" at site "lil1"; a DPO adds one with: fairscan accounts add');
  });
});
