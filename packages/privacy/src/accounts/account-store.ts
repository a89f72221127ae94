import { type StoredEvent } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { type Account } from '../access/roles.js';
import { type SubjectRef } from '../identity/identity-events.js';
import { subjectOf } from '../identity/subject-keys.js';
import { newEvent, readSnapshot } from '../store/stream-snapshot.js';
import { type KeyVault } from '../vault/key-vault.js';
import { type AccountDisabled, type AccountRegistered, accountStream, accountStreamPrefix, BOOTSTRAP } from './account-events.js';
import { AccessRefusedError, AccountError } from './account-errors.js';
import { accountManagers, accountProblems, type AccountRequest } from './account-rules.js';

export interface AccountOptions {
  readonly clock?: () => Date;
}

/** Folds one account stream; undefined when it holds no registration for `site`. */
export function accountOf(events: readonly StoredEvent[], site: string): Account | undefined {
  let account: Account | undefined;
  for (const event of events) {
    const data = event.data as AccountRegistered['data'] | AccountDisabled['data'];
    if (data.site !== site) continue;
    if (event.type === 'AccountRegistered') account = registered(data as AccountRegistered['data']);
    if (event.type === 'AccountDisabled' && account !== undefined) account = { ...account, disabled: true };
  }
  return account;
}

function registered({ accountId, holder, role, site, team, subject }: AccountRegistered['data']): Account {
  return { id: accountId, holder, role, site, ...(team === undefined ? {} : { team }), ...(subject === undefined ? {} : { subject }) };
}

export async function findAccount(store: EventStore, site: string, accountId: string): Promise<Account | undefined> {
  return accountOf((await readSnapshot(store, accountStream(site, accountId))).events, site);
}

/** Every account of the site, disabled ones included, by id. */
export async function listAccounts(store: EventStore, site: string): Promise<Account[]> {
  const accounts: Account[] = [];
  for await (const streamName of store.listStreams(accountStreamPrefix(site))) {
    const account = accountOf((await readSnapshot(store, streamName)).events, site);
    if (account !== undefined) accounts.push(account);
  }
  return accounts.sort((a, b) => a.id.localeCompare(b.id));
}

/** Only an active DPO or site manager of the site manages accounts; a site's first account needs none. */
async function managerRefusal(store: EventStore, site: string, request: AccountRequest, by: Account | undefined): Promise<string | undefined> {
  if (by === undefined) {
    if ((await listAccounts(store, site)).length > 0) return `site "${site}" has accounts: name the managing account (--as)`;
    if (accountManagers.includes(request.role)) return undefined;
    return `site "${site}" has no account yet: the first one must be a ${accountManagers.join(' or ')}`;
  }
  return managementRefusal(by, site);
}

function managementRefusal(by: Account, site: string): string | undefined {
  if (by.disabled === true) return `account "${by.id}" is disabled`;
  if (by.site !== site || !accountManagers.includes(by.role)) {
    return `account "${by.id}" (${by.role}) may not manage accounts or staff; allowed for: ${accountManagers.join(', ')}`;
  }
  return undefined;
}

/** Refuses unless `by` is an active DPO or site manager of `site`: who lists accounts and enrols staff. */
export function assertAccountManager(by: Account, site: string): void {
  const refusal = managementRefusal(by, site);
  if (refusal !== undefined) throw new AccessRefusedError(refusal);
}

/** The holder's own subject reference; the employee must be enrolled (their id is never stored). */
async function linkedSubject(vault: KeyVault, site: string, request: AccountRequest): Promise<SubjectRef | undefined> {
  if (request.employeeId === undefined) return undefined;
  const subject = await subjectOf(vault, site, request.employeeId);
  if (subject !== undefined) return subject;
  throw new AccountError(`account "${request.id}": field "subject": this employee is not enrolled at site "${site}" (or was erased); enrol them first`);
}

function registration(site: string, request: AccountRequest, subject: SubjectRef | undefined, by: Account | undefined, at: string): AccountRegistered['data'] {
  const { id: accountId, role, team } = request;
  return {
    site, accountId, holder: request.holder.trim(), role,
    ...(team === undefined ? {} : { team }),
    ...(subject === undefined ? {} : { subject }),
    registeredBy: by?.id ?? BOOTSTRAP, at,
  };
}

/**
 * Registers a named account. The holder's employee id, when given, must
 * belong to an enrolled employee and is stored as their subject reference.
 */
export async function registerAccount(
  store: EventStore,
  vault: KeyVault,
  site: string,
  request: AccountRequest,
  by: Account | undefined,
  options: AccountOptions = {},
): Promise<Account> {
  const problems = accountProblems(request);
  if (problems.length > 0) throw new AccountError(problems.join('\n'));
  const refusal = await managerRefusal(store, site, request, by);
  if (refusal !== undefined) throw new AccessRefusedError(refusal);
  const at = (options.clock ?? (() => new Date()))().toISOString();
  const data = registration(site, request, await linkedSubject(vault, site, request), by, at);
  try {
    await store.appendToStream(accountStream(site, request.id), [newEvent<AccountRegistered>({ type: 'AccountRegistered', data }, at)], { expectedVersion: 'no_stream' });
  } catch (error) {
    if (error instanceof Error && error.name === 'WrongExpectedVersionError') throw new AccountError(`account "${request.id}" already exists at site "${site}"`);
    throw error;
  }
  return registered(data);
}

/** Disables an account for good; its past reads stay in the audit under its id. */
export async function disableAccount(store: EventStore, site: string, accountId: string, reason: string, by: Account, options: AccountOptions = {}): Promise<void> {
  const target = await findAccount(store, site, accountId);
  if (target === undefined) throw new AccountError(`account "${accountId}" does not exist at site "${site}"`);
  const refusal = await managerRefusal(store, site, target, by);
  if (refusal !== undefined) throw new AccessRefusedError(refusal);
  const at = (options.clock ?? (() => new Date()))().toISOString();
  const disabled: AccountDisabled = { type: 'AccountDisabled', data: { site, accountId, reason, disabledBy: by.id, at } };
  await store.appendToStream(accountStream(site, accountId), [newEvent(disabled, at)]);
}
