import { type DomainEvent } from '@fairscan/domain';
import { type EncryptedField } from '../crypto/field-cipher.js';
import { type SubjectRef } from '../identity/identity-events.js';

/**
 * A person on a site's staff and the team they work in (what a team lead's
 * scope is checked against). The employee id travels encrypted with the
 * subject's key, so the record reads `[erased]` once the subject is erased.
 */
export type EmployeeEnrolled = DomainEvent<
  'EmployeeEnrolled',
  { readonly site: string; readonly subjectRef: SubjectRef; readonly team: string; readonly employeeId: EncryptedField; readonly at: string }
>;

/** One stream per employee (`employee-<site>-<sub_…>`), so erasure deletes it whole. */
export const employeeStream = (site: string, subjectRef: SubjectRef): string => `employee-${site}-${subjectRef}`;
