import { assertAllowed, scopeOf } from '@fairscan/privacy';
import { openPersonalRead as openRead, personalOf, type ReportDefinition, type ReportReader } from '@fairscan/reporting';
import { UsageError } from './usage-error.js';

// The gate lives in @fairscan/reporting, shared with the HTTP API (`fairscan serve`).
export { logPeopleShown, type ReportReader, scopeToReader } from '@fairscan/reporting';

/** The shared gate, with the CLI's hint first: a report that shows people needs `--as <account>` (exit 2 without it). */
export async function openPersonalRead(reader: ReportReader, definitions: readonly ReportDefinition[], what: string): Promise<void> {
  const personal = personalOf(definitions);
  if (reader.account === undefined && personal.length > 0) {
    throw new UsageError(
      `report ${personal.map((definition) => definition.name).join(', ')} lists shift pseudonyms (per-person data): ` +
        'name the account you act as with --as <account> (a team-lead, site-manager or dpo account); the read is logged in the access audit (CNIL-VIDEO)',
    );
  }
  await openRead(reader, definitions, what);
}

/**
 * Reports only some roles may read (team aggregates: team leads, site
 * managers, analysts): the named account is required and its role checked.
 * Returns the one team a team-scoped reader may see, else undefined.
 */
export function openRestrictedRead(reader: ReportReader, definitions: readonly ReportDefinition[]): string | undefined {
  let team: string | undefined;
  for (const definition of definitions) {
    if (definition.restricted === undefined) continue;
    const { action } = definition.restricted;
    if (reader.account === undefined) {
      throw new UsageError(`report ${definition.name} is read by role (${action}): name the account you act as with --as <account>`);
    }
    const scoped = scopeOf(reader.account.role, action) === 'team';
    assertAllowed(reader.account, action, { site: reader.site, ...(scoped ? { team: reader.account.team } : {}) });
    if (scoped) team = reader.account.team;
  }
  return team;
}
