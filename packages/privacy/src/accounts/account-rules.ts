import { type Role, roles } from '../access/roles.js';

/** What `fairscan accounts add` asks for. */
export interface AccountRequest {
  readonly id: string;
  readonly holder: string;
  readonly role: Role;
  readonly team?: string;
  /** The holder's own employee id, linked as a subject reference (never stored in clear). */
  readonly employeeId?: string;
}

export const accountIdPattern = /^[a-z0-9][a-z0-9._-]{0,47}$/;
export const teamPattern = /^[a-z0-9][a-z0-9._-]{0,31}$/;

// CNIL-VIDEO: footage was read through a shared account. A holder naming several people or a group is refused.
const severalPeople = /[,;&+/]|\s(and|et|und)\s/i;
const groupWords = /\b(team|shared|group|everyone|staff|desk|office|équipe|equipe|shift)\b/i;

/** Roles that may add and disable accounts, and the only roles a site's first account may have. */
export const accountManagers: readonly Role[] = ['dpo', 'site-manager'];

function holderProblem(holder: string): string | undefined {
  const name = holder.trim();
  if (name === '') return 'field "holder" is empty: name the one person accountable for the account';
  if (name.length > 120) return 'field "holder": longer than 120 characters';
  if (severalPeople.test(name) || groupWords.test(name)) {
    return `field "holder": "${name}" names a group or several people; shared accounts are refused, one account per person (CNIL-VIDEO)`;
  }
  return undefined;
}

function roleProblems(request: AccountRequest): string[] {
  if (!(roles as readonly string[]).includes(request.role)) return [`field "role": "${String(request.role)}" is not one of ${roles.join(', ')}`];
  const problems: string[] = [];
  if (request.role === 'worker' && request.employeeId === undefined) {
    problems.push('field "subject": a worker account must name its holder\'s employee id (it reads only their own data)');
  }
  if (request.role === 'team-lead' && request.team === undefined) problems.push('field "team": a team-lead account must name its team');
  return problems;
}

/** Every problem with a request, each naming the field; empty when it may be registered. */
export function accountProblems(request: AccountRequest): string[] {
  const problems: string[] = [];
  if (!accountIdPattern.test(request.id)) problems.push(`field "id": "${request.id}" must be 1-48 characters a-z, 0-9, ".", "_", "-"`);
  const holder = holderProblem(request.holder);
  if (holder !== undefined) problems.push(holder);
  if (request.team !== undefined && !teamPattern.test(request.team)) problems.push(`field "team": "${request.team}" must be 1-32 characters a-z, 0-9, ".", "_", "-"`);
  return [...problems, ...roleProblems(request)].map((problem) => `account "${request.id}": ${problem}`);
}
