import { type EventStore } from '@fairscan/event-store';
import { authorize } from '../access/authorize.js';
import { type Account, type Action, type Resource } from '../access/roles.js';
import { appendAudit } from '../audit/append-audit.js';
import { AccessRefusedError } from './account-errors.js';
import { findAccount } from './account-store.js';

/** What a reader is about to read, as the audit records it. */
export interface GuardedRead {
  readonly action: Action;
  readonly resource: Resource;
  /** Whose data, as logged: a subject reference (`sub_…`) or a shift pseudonym (`op_…`). */
  readonly subject: string;
  readonly purpose: string;
  readonly what: string;
}

/** The named account a command acts as; refused when the site has none by that id (CNIL-VIDEO). */
export async function actingAccount(store: EventStore, site: string, accountId: string | undefined): Promise<Account> {
  if (accountId === undefined || accountId.trim() === '') {
    throw new AccessRefusedError('name the account you act as (--as <account>): every read of personal data is attributable (CNIL-VIDEO)');
  }
  const account = await findAccount(store, site, accountId);
  if (account === undefined) throw new AccessRefusedError(`no account "${accountId}" at site "${site}"; a DPO adds one with: fairscan accounts add`);
  return account;
}

/** Refuses with the reason `authorize` gives; nothing is read and nothing is logged. */
export function assertAllowed(account: Account, action: Action, resource: Resource): void {
  const decision = authorize(account, action, resource);
  if (!decision.allowed) throw new AccessRefusedError(decision.reason);
}

/**
 * The gate in front of every read of per-person data: authorize, then log the
 * read in the hash-chained audit before any data is read, so a read that
 * could not be logged does not happen.
 */
export async function guardRead(store: EventStore, account: Account, read: GuardedRead, clock: () => Date = () => new Date()): Promise<void> {
  assertAllowed(account, read.action, read.resource);
  await appendAudit(store, read.resource.site, {
    type: 'AccessLogged',
    data: { actor: account.id, role: account.role, subject: read.subject, purpose: read.purpose, what: read.what, at: clock().toISOString() },
  });
}
