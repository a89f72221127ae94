import { type OperatorRef } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { type SubjectRef } from '../identity/identity-events.js';
import { issuedPseudonyms, issueOf, pseudonymOn, readIdentity } from '../identity/identity-stream.js';
import { type IssuedPseudonym, pseudonymsOf } from '../identity/resolve.js';
import { findSubject } from '../identity/subject-keys.js';
import { type KeyVault } from '../vault/key-vault.js';
import { teamOf } from './enrol-employee.js';

export type EmployeeLookup =
  | {
      readonly status: 'found';
      readonly subjectRef: SubjectRef;
      readonly team?: string;
      /** Every shift pseudonym issued to them at the site, oldest first. */
      readonly pseudonyms: readonly IssuedPseudonym[];
    }
  | { readonly status: 'erased' }
  | { readonly status: 'unknown' };

/** Everything that links an employee id to data at a site, found without decrypting anything. */
export async function lookupEmployee(store: EventStore, vault: KeyVault, site: string, employeeId: string): Promise<EmployeeLookup> {
  const subject = await findSubject(vault, site, employeeId);
  if (subject.status !== 'found') return { status: subject.status };
  const [pseudonyms, team] = [await pseudonymsOf(store, vault, site, employeeId), await teamOf(store, site, subject.subjectRef)];
  return { status: 'found', subjectRef: subject.subjectRef, pseudonyms, ...(team === undefined ? {} : { team }) };
}

export interface PseudonymOwner {
  readonly subjectRef: SubjectRef;
  readonly shiftDate: string;
}

/** Whose shift a pseudonym was (the subject reference, not the person) and its day; undefined when not issued here. */
export async function ownerOf(store: EventStore, site: string, operator: OperatorRef): Promise<PseudonymOwner | undefined> {
  const issue = issueOf((await readIdentity(store, site)).events, operator);
  return issue === undefined ? undefined : { subjectRef: issue.subjectRef, shiftDate: issue.shiftDate };
}

/** The subject's pseudonym for the shift starting on `shiftDate`, read without decrypting anything. */
export async function pseudonymOnDay(store: EventStore, site: string, subjectRef: SubjectRef, shiftDate: string): Promise<OperatorRef | undefined> {
  return pseudonymOn((await readIdentity(store, site)).events, subjectRef, shiftDate);
}

/** Every shift pseudonym issued to a subject at the site, oldest first ("who read my data" covers them all). */
export async function pseudonymsOfSubject(store: EventStore, site: string, subjectRef: SubjectRef): Promise<OperatorRef[]> {
  return issuedPseudonyms((await readIdentity(store, site)).events)
    .filter(({ data }) => data.subjectRef === subjectRef)
    .map(({ data }) => data.operator);
}

/**
 * The team of each pseudonym's holder, from one read of the identity stream
 * (no decryption); undefined for a pseudonym never issued here. Each subject's
 * team is read once however many of their shifts are asked about.
 */
export async function teamsOfPseudonyms(store: EventStore, site: string, operators: readonly OperatorRef[]): Promise<Map<OperatorRef, string | undefined>> {
  const { events } = await readIdentity(store, site);
  const subjectTeams = new Map<SubjectRef, string | undefined>();
  const teams = new Map<OperatorRef, string | undefined>();
  for (const operator of operators) {
    const subjectRef = issueOf(events, operator)?.subjectRef;
    if (subjectRef !== undefined && !subjectTeams.has(subjectRef)) subjectTeams.set(subjectRef, await teamOf(store, site, subjectRef));
    teams.set(operator, subjectRef === undefined ? undefined : subjectTeams.get(subjectRef));
  }
  return teams;
}
