import { type DomainEvent } from '@fairscan/domain';
import { type Role } from '../access/roles.js';
import { type SubjectRef } from '../identity/identity-events.js';

/**
 * A named account (CNIL-VIDEO). `holder` is the one person accountable for
 * it: the only personal data here, needed so the audit can name who read.
 * `subject` links the holder's own employee record (`sub_…`, never the id).
 */
export type AccountRegistered = DomainEvent<
  'AccountRegistered',
  {
    readonly site: string;
    readonly accountId: string;
    readonly holder: string;
    readonly role: Role;
    readonly team?: string;
    readonly subject?: SubjectRef;
    /** The account that registered it, or `bootstrap` for a site's first account. */
    readonly registeredBy: string;
    readonly at: string;
  }
>;

export type AccountDisabled = DomainEvent<
  'AccountDisabled',
  { readonly site: string; readonly accountId: string; readonly reason: string; readonly disabledBy: string; readonly at: string }
>;

export type AccountEvent = AccountRegistered | AccountDisabled;

/** One stream per account, so erasing a worker can delete their account whole. */
export const accountStream = (site: string, accountId: string): string => `account-${site}-${accountId}`;
export const accountStreamPrefix = (site: string): string => `account-${site}-`;

/** Who registered the first account of a site, when no account could vouch for it. */
export const BOOTSTRAP = 'bootstrap';
