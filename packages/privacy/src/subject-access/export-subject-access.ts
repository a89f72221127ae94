import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type EventStore } from '@fairscan/event-store';
import { type Account } from '../access/roles.js';
import { guardRead } from '../accounts/guard.js';
import { lookupEmployee } from '../employees/employee-lookup.js';
import { type KeyVault } from '../vault/key-vault.js';
import { type SubjectAccessBundle } from './bundle.js';
import { collectSubjectAccess, type CollectOptions } from './collect.js';
import { renderSubjectAccessHtml } from './render-html.js';

export interface SubjectAccessExport {
  readonly bundle: SubjectAccessBundle;
  readonly files: readonly string[];
}

/**
 * GDPR-15: writes `subject-access.json` and `subject-access.html` about one
 * employee into `outDir`. A worker may export only their own data, a DPO
 * anyone's at the site; the export is logged as an access before anything
 * is read, so it appears in the bundle it produces.
 */
export async function exportSubjectAccess(
  store: EventStore,
  vault: KeyVault,
  requester: Account,
  employeeId: string,
  outDir: string,
  options: CollectOptions = {},
): Promise<SubjectAccessExport> {
  const site = requester.site;
  const employee = await lookupEmployee(store, vault, site, employeeId);
  const subject = employee.status === 'found' ? employee.subjectRef : undefined;
  // Never the employee id in clear: the audit names a subject reference, or says none was found.
  await guardRead(
    store,
    requester,
    {
      action: 'export:subject-access',
      resource: { site, subject, ...(employee.status === 'found' && employee.team !== undefined ? { team: employee.team } : {}) },
      subject: subject ?? `(${employee.status} employee)`,
      purpose: 'subject access (GDPR Art. 15)',
      what: 'subject-access export',
    },
    options.clock,
  );
  const bundle = await collectSubjectAccess(store, vault, requester, employee, options);
  await mkdir(outDir, { recursive: true });
  const files = [join(outDir, 'subject-access.json'), join(outDir, 'subject-access.html')];
  await writeFile(files[0] as string, `${JSON.stringify(bundle, null, 2)}\n`, 'utf8');
  await writeFile(files[1] as string, renderSubjectAccessHtml(bundle), 'utf8');
  return { bundle, files };
}
