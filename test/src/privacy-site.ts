import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OperatorRef } from '@fairscan/domain';
import { simulateSiteDay } from '@fairscan/scanner-simulator';
import { buildFairscan, configFrom, type Fairscan, ingestCommands } from '@fairscan/app';
import { type Account, enrolSimulatedShifts, registerAccount, type StaffMember } from '@fairscan/privacy';

export const site = 'priv-1';
export const date = '2026-03-02';

/** A simulated day in a SQLite file, with staff (one per team) and named accounts, as the CLI leaves it. */
export interface PrivacySite {
  readonly dir: string;
  readonly path: string;
  readonly staff: readonly StaffMember[];
  /** `--store … --site …`, for CLI runs against this file. */
  readonly storeArgs: readonly string[];
  operatorOf(employeeId: string): OperatorRef;
  open(): Fairscan;
  /** The database file and its WAL, as bytes on disk. */
  fileBytes(): Buffer;
  remove(): void;
}

/** Holders double as markers: the erasure test greps the file for them. */
export const holders = { dpo: 'Camille Martin', e1: 'Eliott Premier', e2: 'Inès Second', lea: 'Léa Roux', ana: 'Anaïs Chiffre', sm: 'Paul Gérant' } as const;

async function addAccounts(fairscan: Fairscan): Promise<void> {
  const { store, vault } = fairscan;
  const add = (id: string, holder: string, role: Account['role'], by: Account | undefined, extra: { team?: string; employeeId?: string } = {}) =>
    registerAccount(store, vault, site, { id, holder, role, ...extra }, by);
  const dpo = await add('dpo', holders.dpo, 'dpo', undefined);
  await add('w.e1', holders.e1, 'worker', dpo, { employeeId: 'E0001' });
  await add('w.e2', holders.e2, 'worker', dpo, { employeeId: 'E0002' });
  await add('lea', holders.lea, 'team-lead', dpo, { team: 'team-02' });
  await add('ana', holders.ana, 'analyst', dpo);
  await add('sm', holders.sm, 'site-manager', dpo);
}

export async function privacySite(scans = 3000): Promise<PrivacySite> {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-privacy-'));
  const path = join(dir, 'site.db');
  const open = () => buildFairscan(configFrom({ site, store: { kind: 'sqlite', path, synchronous: 'NORMAL' } }));
  const fairscan = open();
  let staff: StaffMember[];
  try {
    await ingestCommands(fairscan.handler, simulateSiteDay({ seed: 11, site, date, targetScans: scans }), { concurrency: 64 });
    staff = await enrolSimulatedShifts(fairscan.store, fairscan.vault, site, date, { teamSize: 1 });
    await addAccounts(fairscan);
  } finally {
    await fairscan.close();
  }
  return {
    dir,
    path,
    staff,
    storeArgs: ['--store', path, '--site', site],
    operatorOf: (employeeId) => (staff.find((member) => member.employeeId === employeeId) as StaffMember).operator,
    open,
    fileBytes: () => Buffer.concat([path, `${path}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file))),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
