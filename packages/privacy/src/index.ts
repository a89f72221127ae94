/** @fairscan/privacy: key vault, crypto-shredding, identity registry, access audit and RBAC. */
export {
  type KeyImportResult,
  type KeyTombstone,
  type KeyVault,
  KEY_BYTES,
  KeyConflictError,
  type LiveKeyRecord,
  SubjectErasedError,
  type SubjectKeyRecord,
  VaultClosedError,
} from './vault/key-vault.js';
export { exportedRecord, type HeldKey, type KeyImportPlan, type KeyImportStep, planKeyImport } from './vault/key-import.js';
export { InMemoryKeyVault, type InMemoryKeyVaultOptions } from './vault/in-memory-key-vault.js';

export {
  decryptField,
  encryptField,
  type EncryptedField,
  FieldIntegrityError,
  isEncryptedField,
  isMasked,
  MASKED,
  type Masked,
  MissingSubjectKeyError,
} from './crypto/field-cipher.js';

export * from './identity/identity-events.js';
export { employeeIdOf, findSubject, subjectOf, type SubjectKeys, type SubjectLookup } from './identity/subject-keys.js';
export { issuePseudonym, type IdentityOptions, type RandomSource } from './identity/issue-pseudonym.js';
export { type IssuedPseudonym, pseudonymsOf, resolvePseudonym } from './identity/resolve.js';
export { eraseSubject, type ErasureOutcome } from './identity/erase-subject.js';

export * from './audit/audit-events.js';
export { canonicalJson, entryHash } from './audit/chain-hash.js';
export { type ChainAnchor, type ChainFaultReason, type ChainVerdict, verifyAuditChain, type VerifyOptions } from './audit/verify-chain.js';
export { appendAudit, type AppendedAudit } from './audit/append-audit.js';
export { accessesTo, type LoggedAccess, verifyAuditStream } from './audit/audit-stream.js';

export * from './access/roles.js';
export { permissions, roleNotes } from './access/permissions.js';
export { authorize, scopeOf } from './access/authorize.js';

export { PRIVACY_TOKENS } from './tokens.js';

export * from './accounts/account-events.js';
export { AccessRefusedError, AccountError } from './accounts/account-errors.js';
export { accountIdPattern, accountManagers, accountProblems, type AccountRequest, teamPattern } from './accounts/account-rules.js';
export { accountOf, type AccountOptions, assertAccountManager, disableAccount, findAccount, listAccounts, registerAccount } from './accounts/account-store.js';
export { actingAccount, assertAllowed, guardRead, type GuardedRead } from './accounts/guard.js';
export { hashPassword, minPasswordLength, type PasswordHash, scryptCost, verifyPassword } from './accounts/password.js';
export { checkLogin, type LoginOutcome, type PasswordSet, setPassword } from './accounts/credentials.js';

export { type EmployeeEnrolled, employeeStream } from './employees/employee-events.js';
export { enrolEmployee, type Enrolment, teamOf } from './employees/enrol-employee.js';
export { type EmployeeLookup, lookupEmployee, ownerOf, type PseudonymOwner, pseudonymOnDay, pseudonymsOfSubject, teamsOfPseudonyms } from './employees/employee-lookup.js';
export { enrolSimulatedShifts, type SimulatedStaffOptions, type StaffMember } from './employees/simulated-staff.js';

export { type OperatorTask } from './my-day/operator-tasks.js';
export { myDay, type MyDay } from './my-day/my-day.js';
export { personDay, type PersonDay } from './my-day/person-day.js';
export { eventsOfShift, type HeldEvents, heldEvents, type ShiftRef } from './my-day/held-events.js';
export { type DayReadOptions, readMyDay, readPersonDay } from './my-day/read-day.js';

export * from './subject-access/bundle.js';
export { mentionsOf } from './subject-access/aggregates.js';
export { collectSubjectAccess, type CollectOptions } from './subject-access/collect.js';
export { escapeHtml, page as htmlPage, section as htmlSection, table as htmlTable } from './subject-access/html.js';
export { renderSubjectAccessHtml } from './subject-access/render-html.js';
export { exportSubjectAccess, type SubjectAccessExport } from './subject-access/export-subject-access.js';
export { eraseEmployee, type ErasureReport } from './erasure/erase-employee.js';

export * from './retention/retention-events.js';
export { defaultRetentionDays, type RetentionDays, retentionSchedule, type RetentionSchedule, type RetentionSource, type ScheduleInputs } from './retention/schedule.js';
export { readRetentionSchedule } from './retention/read-schedule.js';
export { cutoffOf, dayEnd, isoWeekOf, weekEnd, weekStart } from './retention/periods.js';
export { type CategoryStreams, categoryStreams, type Expiry } from './retention/category-streams.js';
export { deletedIdsHash } from './retention/deleted-ids.js';
export { type CategoryPlan, planCategory, planRetention, type StreamCut, summaryOf } from './retention/plan-retention.js';
export { type AuditLog } from './retention/execute-cuts.js';
export { findUnfinishedRun, type UnfinishedRun } from './retention/resume-retention.js';
export { applyRetention, type CategoryOutcome, type RetentionOptions, type RetentionReport } from './retention/apply-retention.js';
export { type RetentionTimer, type RetentionTimerOptions, startRetentionTimer } from './retention/retention-timer.js';
export { retentionAnchor } from './retention/audit-anchor.js';

export * from './aggregates/aggregate-events.js';
export { declaredHours } from './aggregates/declared-hours.js';
export { type AggregatePerson, aggregatePersonOf, pseudonymKey } from './aggregates/person-key.js';
export { foldWeeklyAggregates, type FoldedWeek, type FoldOptions, weeksToFold } from './aggregates/fold-weekly.js';
export { type Suppression, teamAggregate, type TeamCell, type TeamRow, type TeamTable } from './aggregates/team-aggregate.js';
