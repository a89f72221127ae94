import { type EventStore } from '@fairscan/event-store';
import { AccessRefusedError, type Account, assertAllowed, guardRead, scopeOf, teamsOfPseudonyms } from '@fairscan/privacy';
import { type OperatorRef } from '@fairscan/domain';
import { type ReportTable } from '../render/report-table.js';
import { keepSubjects, type PersonalData, type ReportDefinition, subjectsShown } from '../reports/report-definition.js';

/** Who reads a report, where: the account is required only for reports that show people. */
export interface ReportReader {
  readonly store: EventStore;
  readonly site: string;
  readonly account?: Account;
}

/** Break alerts list shift pseudonyms: team leads, site managers and the DPO read them (permissions.ts). */
const action = 'read:break-status';

export const personalOf = (definitions: readonly ReportDefinition[]): Array<ReportDefinition & { personal: PersonalData }> =>
  definitions.filter((definition): definition is ReportDefinition & { personal: PersonalData } => definition.personal !== undefined);

/**
 * CNIL-VIDEO, before anything is read: a report that shows people needs a
 * named account allowed to read it, and the read is logged first (subject
 * `site:<site>`: it covers every shift of the site).
 */
export async function openPersonalRead(reader: ReportReader, definitions: readonly ReportDefinition[], what: string): Promise<void> {
  const personal = personalOf(definitions);
  if (personal.length === 0) return;
  const names = personal.map((definition) => definition.name).join(', ');
  if (reader.account === undefined) {
    throw new AccessRefusedError(
      `report ${names} lists shift pseudonyms (per-person data): read it as a named account ` +
        '(a team-lead, site-manager or dpo account); the read is logged in the access audit (CNIL-VIDEO)',
    );
  }
  const { resource, subject } = readScope(reader, reader.account);
  assertAllowed(reader.account, action, resource);
  for (const definition of personal) {
    await guardRead(reader.store, reader.account, { action, resource, subject, purpose: definition.personal.purpose, what });
  }
}

const teamScoped = (account: Account): boolean => scopeOf(account.role, action) === 'team';

/** A team lead reads their team (subject `team:<site>/<team>`); the others read the site. */
function readScope(reader: ReportReader, account: Account) {
  if (!teamScoped(account)) return { resource: { site: reader.site }, subject: `site:${reader.site}` };
  return { resource: { site: reader.site, team: account.team }, subject: `team:${reader.site}/${account.team ?? ''}` };
}

/**
 * A team lead's tables keep only the shifts of their own team, found through
 * the identity registry's issue records (no decryption): a pseudonym that was
 * never issued to an enrolled employee belongs to no team and is not shown.
 */
export async function scopeToReader(reader: ReportReader, definitions: readonly ReportDefinition[], tables: readonly ReportTable[]): Promise<readonly ReportTable[]> {
  const { account } = reader;
  if (account === undefined || !teamScoped(account)) return tables;
  let scoped = tables;
  for (const { personal } of personalOf(definitions)) {
    const teams = await teamsOfPseudonyms(reader.store, reader.site, subjectsShown(scoped, personal) as OperatorRef[]);
    const mine = new Set([...teams].filter(([, team]) => team === account.team).map(([operator]) => operator as string));
    const note = `shifts of team ${account.team ?? ''} only (read as team lead "${account.id}")`;
    scoped = keepSubjects(scoped, personal, (subject) => mine.has(subject)).map((table) =>
      table.columns.includes(personal.subjectColumn) ? { ...table, notes: [...(table.notes ?? []), note] } : table,
    );
  }
  return scoped;
}

/**
 * After folding, before printing: one AccessLogged per pseudonym the tables
 * show, so each worker finds the read in `audit accesses` (their pseudonyms
 * are among their subjects there).
 */
export async function logPeopleShown(reader: ReportReader, definitions: readonly ReportDefinition[], tables: readonly ReportTable[], what: string): Promise<number> {
  const { account } = reader;
  if (account === undefined) return 0;
  let logged = 0;
  for (const { personal } of personalOf(definitions)) {
    for (const subject of subjectsShown(tables, personal)) {
      await guardRead(reader.store, account, { action, resource: readScope(reader, account).resource, subject, purpose: personal.purpose, what });
      logged++;
    }
  }
  return logged;
}
