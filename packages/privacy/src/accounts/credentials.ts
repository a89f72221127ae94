import { type DomainEvent } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { type Account } from '../access/roles.js';
import { eventsOfType, newEvent, readSnapshot } from '../store/stream-snapshot.js';
import { accountOf } from './account-store.js';
import { accountStream } from './account-events.js';
import { AccountError } from './account-errors.js';
import { hashPassword, type PasswordHash, verifyPassword } from './password.js';

/** A new password for an account, in its own stream: erasing the account erases the hash with it. */
export type PasswordSet = DomainEvent<'PasswordSet', { readonly site: string; readonly accountId: string; readonly password: PasswordHash; readonly at: string }>;

export async function setPassword(store: EventStore, site: string, accountId: string, password: string, clock: () => Date = () => new Date()): Promise<void> {
  const { events, version } = await readSnapshot(store, accountStream(site, accountId));
  const account = accountOf(events, site);
  if (account === undefined) throw new AccountError(`no account "${accountId}" at site "${site}"; a DPO adds one with: fairscan accounts add`);
  if (account.disabled === true) throw new AccountError(`account "${accountId}" is disabled: it cannot be given a password`);
  const at = clock().toISOString();
  const data = { site, accountId, password: await hashPassword(password), at };
  await store.appendToStream(accountStream(site, accountId), [newEvent<PasswordSet>({ type: 'PasswordSet', data }, at)], { expectedVersion: version });
}

export type LoginOutcome = { readonly ok: true; readonly account: Account } | { readonly ok: false; readonly reason: string };

/** A fixed hash to compare against when the account is unknown, so its absence takes as long to learn as a wrong password. */
let decoy: Promise<PasswordHash> | undefined;

/** Checks a login; the reason never says whether the account or the password was wrong. */
export async function checkLogin(store: EventStore, site: string, accountId: string, password: string): Promise<LoginOutcome> {
  const { events } = await readSnapshot(store, accountStream(site, accountId));
  const account = accountOf(events, site);
  const stored = eventsOfType<PasswordSet>(events, 'PasswordSet').filter((event) => event.data.site === site).at(-1)?.data.password;
  const matches = await verifyPassword(password, stored ?? (await (decoy ??= hashPassword('decoy-password-never-matches'))));
  if (account === undefined || stored === undefined || !matches) return { ok: false, reason: 'account or password not recognised' };
  // CNIL-VIDEO: a shared or disabled account never gets a session.
  if (account.shared === true) return { ok: false, reason: `account "${account.id}": shared accounts are refused; every access must be attributable to one person (CNIL-VIDEO)` };
  if (account.disabled === true) return { ok: false, reason: `account "${account.id}" is disabled` };
  return { ok: true, account };
}
