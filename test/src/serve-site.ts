import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateSiteDay } from '@fairscan/scanner-simulator';
import { buildFairscan, configFrom, type Fairscan, ingestCommands } from '@fairscan/app';
import { type Account, enrolSimulatedShifts, registerAccount, setPassword, type StaffMember } from '@fairscan/privacy';

export const site = 'dash-1';
/** Today: serve's retention schedule runs at start, and would (rightly) delete a past day's personal data. */
export const today = new Date().toISOString().slice(0, 10);
export const password = 'correct horse battery';

export interface ServeSite {
  readonly path: string;
  readonly storeArgs: readonly string[];
  readonly staff: readonly StaffMember[];
  open(): Fairscan;
  remove(): void;
}

async function addAccounts(fairscan: Fairscan): Promise<void> {
  const { store, vault } = fairscan;
  const add = async (id: string, holder: string, role: Account['role'], by: Account | undefined, extra: { team?: string; employeeId?: string } = {}) => {
    const account = await registerAccount(store, vault, site, { id, holder, role, ...extra }, by);
    await setPassword(store, site, id, password);
    return account;
  };
  const dpo = await add('dpo', 'Camille Martin', 'dpo', undefined);
  await add('sm', 'Paul Gérant', 'site-manager', dpo);
  await add('w.e1', 'Eliott Premier', 'worker', dpo, { employeeId: 'E0001' });
  await add('lea', 'Léa Roux', 'team-lead', dpo, { team: 'team-02' });
}

/** A simulated day (today) in a SQLite file, one person per team, named accounts with passwords. */
export async function serveSite(scans = 2000): Promise<ServeSite> {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-serve-'));
  const path = join(dir, 'site.db');
  const open = () => buildFairscan(configFrom({ site, store: { kind: 'sqlite', path, synchronous: 'NORMAL' } }));
  const fairscan = open();
  let staff: StaffMember[];
  try {
    await ingestCommands(fairscan.handler, simulateSiteDay({ seed: 5, site, date: today, targetScans: scans }), { concurrency: 64 });
    staff = await enrolSimulatedShifts(fairscan.store, fairscan.vault, site, today, { teamSize: 1 });
    await addAccounts(fairscan);
  } finally {
    await fairscan.close();
  }
  return { path, storeArgs: ['--store', path, '--site', site], staff, open, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
