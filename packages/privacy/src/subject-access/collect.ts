import { type RetentionByCategory } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { type Account } from '../access/roles.js';
import { listAccounts } from '../accounts/account-store.js';
import { pseudonymKey } from '../aggregates/person-key.js';
import { accessesTo } from '../audit/audit-stream.js';
import { decryptField } from '../crypto/field-cipher.js';
import { type EmployeeLookup } from '../employees/employee-lookup.js';
import { type SubjectRef, type SubjectRegistered } from '../identity/identity-events.js';
import { readIdentity } from '../identity/identity-stream.js';
import { heldEvents } from '../my-day/held-events.js';
import { eventsOfType } from '../store/stream-snapshot.js';
import { type KeyVault } from '../vault/key-vault.js';
import { aggregatesAbout } from './aggregates.js';
import { type BundleAccess, bundleFormat, type NoticeRecord, type SubjectAccessBundle } from './bundle.js';
import { heldAttributions, heldShifts, heldTasks } from './held-data.js';
import { retentionRows } from './retention-schedule.js';

export interface CollectOptions {
  readonly clock?: () => Date;
  /** The information notice as the site's register records it; "not recorded" when absent. */
  readonly notice?: NoticeRecord;
  /** The register's retention section, when a register is given: it wins over the policy stream, as in retention runs. */
  readonly retention?: Partial<RetentionByCategory>;
}

type Found = Extract<EmployeeLookup, { status: 'found' }>;

/** The employee id as stored (decrypted), not as typed: the bundle shows what is held. */
async function storedEmployeeId(store: EventStore, vault: KeyVault, site: string, subjectRef: SubjectRef): Promise<string> {
  const { events } = await readIdentity(store, site);
  const registered = eventsOfType<SubjectRegistered>(events, 'SubjectRegistered').find(({ data }) => data.subjectRef === subjectRef);
  return registered === undefined ? '(no identity record)' : decryptField(vault, registered.data.employeeId);
}

async function accessesWithHolders(store: EventStore, site: string, refs: readonly string[]): Promise<BundleAccess[]> {
  const holders = new Map((await listAccounts(store, site)).map((account) => [account.id, account.holder]));
  return (await accessesTo(store, site, refs)).map((access) => {
    const holder = holders.get(access.actor);
    return holder === undefined ? access : { ...access, holder };
  });
}

async function heldSections(store: EventStore, vault: KeyVault, site: string, employee: Found) {
  const { subjectRef, pseudonyms, team } = employee;
  const refs = [subjectRef, ...pseudonyms.map(({ operator }) => operator)];
  const held = await heldEvents(store, site, pseudonyms);
  return {
    identity: { employeeId: await storedEmployeeId(store, vault, site, subjectRef), subjectRef, ...(team === undefined ? {} : { team }) },
    pseudonyms,
    shifts: heldShifts(held, pseudonyms),
    tasks: heldTasks(held, pseudonyms),
    attributions: heldAttributions(held),
    aggregates: await aggregatesAbout(store, site, new Set([...refs, ...pseudonyms.map(({ operator }) => pseudonymKey(operator))])),
    accesses: await accessesWithHolders(store, site, refs),
  };
}

const nothingHeld = { pseudonyms: [], shifts: [], tasks: [], attributions: [], aggregates: [], accesses: [] } as const;

/** Gathers the bundle; the caller has authorized and logged the export (`exportSubjectAccess`). */
export async function collectSubjectAccess(
  store: EventStore,
  vault: KeyVault,
  requester: Account,
  employee: EmployeeLookup,
  options: CollectOptions = {},
): Promise<SubjectAccessBundle> {
  const site = requester.site;
  const sections = employee.status === 'found' ? await heldSections(store, vault, site, employee) : nothingHeld;
  return {
    format: bundleFormat,
    site,
    generatedAt: (options.clock ?? (() => new Date()))().toISOString(),
    requestedBy: { account: requester.id, role: requester.role },
    status: employee.status === 'found' ? 'held' : employee.status,
    ...sections,
    notice: options.notice ?? { status: 'not recorded' },
    retention: await retentionRows(store, site, options.retention),
  };
}
