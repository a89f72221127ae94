import { type Action, type Role, type Scope } from './roles.js';

/**
 * Who may do what, as data: a role absent from an action's row may not do
 * it. Reads of individual data are also logged in the access audit by the
 * caller; this table only decides whether the read may happen at all.
 */
export const permissions: Readonly<Record<Action, Readonly<Partial<Record<Role, Scope>>>>> = {
  // "My day": only the person it is about.
  'read:own-day': { worker: 'self', 'team-lead': 'self', 'site-manager': 'self' },
  // Another person's day, pseudonymous: operational needs of the working day (CNIL-RET-OK).
  'read:person-day': { 'team-lead': 'team', 'site-manager': 'site', dpo: 'site' },
  // k ≥ 5 suppression happens in the projection (AGG-K5).
  'read:team-aggregate': { 'team-lead': 'team', 'site-manager': 'site', analyst: 'site' },
  // Pseudonym → employee id: the DPO alone, e.g. for a subject-access request or a dispute.
  'read:identity': { dpo: 'site' },
  // A worker sees who read their data; the DPO sees every read.
  'read:audit': { worker: 'self', dpo: 'site' },
  'run:retention': { 'site-manager': 'site', dpo: 'site' },
  'erase:subject': { dpo: 'site' },
  // Items, packages, bins and stations carry no identity (CNIL-OK).
  'read:operational': { worker: 'site', 'team-lead': 'site', 'site-manager': 'site', analyst: 'site' },
  'manage:devices': { 'site-manager': 'site', integrator: 'site' },
  // GDPR-15: a worker exports their own data; the DPO answers requests made to them.
  'export:subject-access': { worker: 'self', dpo: 'site' },
  // Activating the indicator register decides what may be measured at the site: the people who answer for it.
  'manage:policy': { 'site-manager': 'site', dpo: 'site' },
  // Break alerts list shift pseudonyms with a status (FR-L3121-16): a team lead covers breaks for their own team only
  // (data minimisation: another team's shifts are not theirs to see); site managers and the DPO site-wide.
  'read:break-status': { 'team-lead': 'team', 'site-manager': 'site', dpo: 'site' },
};

/** Why a role is narrow, appended to refusals so the reader knows it is by design. */
export const roleNotes: Readonly<Partial<Record<Role, string>>> = {
  analyst: 'analysts see operational data and team aggregates only: no identity, no per-person data',
  integrator: 'integrators manage devices only',
  worker: 'workers see their own data and operational flows only',
};
