import { permissions, roleNotes } from './permissions.js';
import { type Account, type Action, actions, type Decision, type Resource, type Role, roles, type Scope } from './roles.js';

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

/**
 * Whether `account` may do `action` on `resource`. Pure; every refusal names
 * the account and says what would have to be true instead. Accounts and
 * resources often come from config or requests, so roles and actions are
 * checked at run time too.
 */
export function authorize(account: Account, action: Action, resource: Resource): Decision {
  const refusal = accountRefusal(account) ?? grantRefusal(account, action) ?? scopeRefusal(account, action, resource);
  return refusal === undefined ? allow : deny(refusal);
}

function accountRefusal(account: Account): string | undefined {
  const name = `account "${account.id}"`;
  if (account.shared === true) return `${name}: shared accounts are refused; every access must be attributable to one person (CNIL-VIDEO)`;
  if (typeof account.holder !== 'string' || account.holder.trim() === '') {
    return `${name}: field "holder" is empty; every account names the one person accountable for it (CNIL-VIDEO)`;
  }
  if (account.disabled === true) return `${name} is disabled`;
  if (!(roles as readonly string[]).includes(account.role)) return `${name}: role "${String(account.role)}" is not one of ${roles.join(', ')}`;
  return undefined;
}

function grantRefusal(account: Account, action: Action): string | undefined {
  if (!(actions as readonly string[]).includes(action)) return `action "${String(action)}" is not one of ${actions.join(', ')}`;
  if (scopeOf(account.role, action) !== undefined) return undefined;
  const allowed = Object.keys(permissions[action]).join(', ');
  const note = roleNotes[account.role];
  return `account "${account.id}" (${account.role}) may not ${action}; allowed for: ${allowed}${note === undefined ? '' : ` (${note})`}`;
}

function scopeRefusal(account: Account, action: Action, resource: Resource): string | undefined {
  const who = `account "${account.id}" (${account.role})`;
  if (resource.site !== account.site) return `${who} is for site "${account.site}", not "${resource.site}"`;
  const scope = scopeOf(account.role, action) as Scope;
  if (scope === 'self') return selfRefusal(who, account, action, resource);
  if (scope === 'team') return teamRefusal(who, account, action, resource);
  return undefined;
}

function selfRefusal(who: string, account: Account, action: Action, resource: Resource): string | undefined {
  if (account.subject === undefined) return `${who} may ${action} only about its holder, and has no subject linked`;
  if (resource.subject !== account.subject) return `${who} may ${action} only about its holder's own subject`;
  return undefined;
}

function teamRefusal(who: string, account: Account, action: Action, resource: Resource): string | undefined {
  if (account.team === undefined) return `${who} may ${action} only for its own team, and has no team`;
  if (resource.team !== account.team) return `${who} may ${action} only for team "${account.team}", not "${resource.team ?? '(none)'}"`;
  return undefined;
}

/** The scope a role holds for an action, or undefined when it holds none. */
export const scopeOf = (role: Role, action: Action): Scope | undefined => permissions[action][role];
