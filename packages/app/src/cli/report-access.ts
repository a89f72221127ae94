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
