export const roles = ['worker', 'team-lead', 'site-manager', 'dpo', 'analyst', 'integrator'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'read:own-day',
  'read:person-day',
  'read:team-aggregate',
  'read:identity',
  'read:audit',
  'run:retention',
  'erase:subject',
  'read:operational',
  'manage:devices',
  'export:subject-access',
  'manage:policy',
  'read:break-status',
] as const;
export type Action = (typeof actions)[number];

/**
 * How far a permission reaches: `self` = data about the account's own
 * subject; `team` = its own team at its site; `site` = its whole site.
 */
export type Scope = 'self' | 'team' | 'site';

/**
 * A login. Named accounts only (CNIL-VIDEO): `holder` is the one person
 * accountable for every read made with it, so the audit can name them; a
 * record flagged `shared` is refused whatever its id says.
 */
export interface Account {
  readonly id: string;
  readonly holder: string;
  readonly role: Role;
  readonly site: string;
  readonly team?: string;
  /** The account holder's own subject reference (`sub_…`), for `self` permissions. */
  readonly subject?: string;
  readonly shared?: boolean;
  readonly disabled?: boolean;
}

/** What an action touches: always a site; a subject (`sub_…` or pseudonym owner) or a team when it is about one. */
export interface Resource {
  readonly site: string;
  readonly subject?: string;
  readonly team?: string;
}

export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };
