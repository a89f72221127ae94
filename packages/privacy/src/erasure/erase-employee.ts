import { streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { type Account } from '../access/roles.js';
import { listAccounts } from '../accounts/account-store.js';
import { accountStream } from '../accounts/account-events.js';
import { assertAllowed } from '../accounts/guard.js';
import { appendAudit } from '../audit/append-audit.js';
import { employeeStream } from '../employees/employee-events.js';
import { lookupEmployee } from '../employees/employee-lookup.js';
import { type SubjectRef } from '../identity/identity-events.js';
import { eraseSubject } from '../identity/erase-subject.js';
import { type IssuedPseudonym } from '../identity/resolve.js';
import { type KeyVault } from '../vault/key-vault.js';

export type ErasureReport =
  | { readonly status: 'erased'; readonly subjectRef: SubjectRef; readonly deletedStreams: readonly string[] }
  | { readonly status: 'already-erased' | 'unknown' };

/** Streams that exist only because of this person: their shifts, their staff record, their own accounts. */
async function personalStreams(store: EventStore, site: string, subjectRef: SubjectRef, shifts: readonly IssuedPseudonym[]): Promise<string[]> {
  const accounts = (await listAccounts(store, site)).filter((account) => account.subject === subjectRef);
  return [
    ...shifts.map(({ operator, shiftDate }) => streams.shift(site, shiftDate, operator)),
    employeeStream(site, subjectRef),
    ...accounts.map((account) => accountStream(site, account.id)),
  ];
}

/**
 * GDPR-17, by a DPO: hard-deletes the streams that are only about the
 * employee, crypto-shreds their keys (`eraseSubject`), records the erasure
 * in the audit and compacts the store so no deleted byte stays on disk.
 * Streams shared with others (a day's attribution, task streams) keep the
 * shift pseudonyms, which no longer lead to anyone, until their retention
 * ends: see docs/privacy.md, "Erasure". Streams go before keys, so an
 * interrupted erasure can be run again and completes.
 */
export async function eraseEmployee(
  store: EventStore,
  vault: KeyVault,
  dpo: Account,
  employeeId: string,
  options: { readonly clock?: () => Date } = {},
): Promise<ErasureReport> {
  const site = dpo.site;
  const employee = await lookupEmployee(store, vault, site, employeeId);
  assertAllowed(dpo, 'erase:subject', { site, ...(employee.status === 'found' ? { subject: employee.subjectRef } : {}) });
  if (employee.status !== 'found') return { status: employee.status === 'erased' ? 'already-erased' : 'unknown' };
  const deletedStreams = await personalStreams(store, site, employee.subjectRef, employee.pseudonyms);
  for (const streamName of deletedStreams) await store.deleteStream(streamName, { hard: true });
  await eraseSubject(store, vault, site, employeeId, options);
  const what = `erased: keys destroyed; ${deletedStreams.length} personal streams deleted (${employee.pseudonyms.length} shifts)`;
  const data = { actor: dpo.id, role: dpo.role, subject: employee.subjectRef, purpose: 'erasure (GDPR Art. 17)', what, at: (options.clock ?? (() => new Date()))().toISOString() };
  await appendAudit(store, site, { type: 'SubjectErased', data });
  await store.compact();
  return { status: 'erased', subjectRef: employee.subjectRef, deletedStreams };
}
