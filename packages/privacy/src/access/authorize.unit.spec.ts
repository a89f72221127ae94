import { expect } from 'chai';
import { authorize } from './authorize.js';
import { type Account, type Action, actions, type Resource, type Role, roles, type Scope } from './roles.js';

// The reviewed policy, written out independently of permissions.ts: '-' = refused.
const S = 'self';
const T = 'team';
const X = 'site';
const expected: Record<Action, Record<Role, Scope | '-'>> = {
  //                        worker  team-lead  site-manager  dpo  analyst  integrator
  'read:own-day': row(S, S, S, '-', '-', '-'),
  'read:person-day': row('-', T, X, X, '-', '-'),
  'read:team-aggregate': row('-', T, X, '-', X, '-'),
  'read:identity': row('-', '-', '-', X, '-', '-'),
  'read:audit': row(S, '-', '-', X, '-', '-'),
  'run:retention': row('-', '-', X, X, '-', '-'),
  'erase:subject': row('-', '-', '-', X, '-', '-'),
  'read:operational': row(X, X, X, '-', X, '-'),
  'manage:devices': row('-', '-', X, '-', '-', X),
  'export:subject-access': row(S, '-', '-', X, '-', '-'),
  'manage:policy': row('-', '-', X, X, '-', '-'),
  'read:break-status': row('-', X, X, X, '-', '-'),
};

function row(...scopes: Array<Scope | '-'>): Record<Role, Scope | '-'> {
  return Object.fromEntries(roles.map((role, i) => [role, scopes[i] ?? '-'])) as Record<Role, Scope | '-'>;
}

const account = (role: Role, extra: Partial<Account> = {}): Account => ({
  id: `${role}-1`,
  holder: 'Camille Martin',
  role,
  site: 'lille-1',
  team: 'inbound-a',
  subject: 'sub_self',
  ...extra,
});

/** A resource the account's own scope covers: its site, its team, its own subject. */
const own: Resource = { site: 'lille-1', team: 'inbound-a', subject: 'sub_self' };

/** The nearest resource just outside a scope. */
const outside: Record<Scope, Resource> = {
  self: { ...own, subject: 'sub_other' },
  team: { ...own, team: 'outbound-b', subject: 'sub_other' },
  site: { ...own, site: 'lyon-2' },
};

describe('authorize: every role × every action', () => {
  for (const action of actions) {
    for (const role of roles) {
      const scope = expected[action][role];
      if (scope === '-') {
        it(`${role} may not ${action}, even on its own data`, () => {
          const decision = authorize(account(role), action, own);
          expect(decision.allowed).to.equal(false);
          expect(decision.allowed ? '' : decision.reason).to.include(`may not ${action}`);
        });
        continue;
      }
      it(`${role} may ${action} within ${scope}, not beyond`, () => {
        expect(authorize(account(role), action, own)).to.deep.equal({ allowed: true });
        expect(authorize(account(role), action, outside[scope]).allowed).to.equal(false);
      });
    }
  }
});

describe('authorize: accounts', () => {
  it('refuses an account flagged shared, whatever it may otherwise do', () => {
    const decision = authorize(account('dpo', { id: 'dpo-desk', shared: true }), 'read:audit', own);
    expect(decision).to.deep.equal({
      allowed: false,
      reason: 'account "dpo-desk": shared accounts are refused; every access must be attributable to one person (CNIL-VIDEO)',
    });
  });

  it('accepts a generic-looking id when one named person holds the account', () => {
    expect(authorize(account('site-manager', { id: 'admin' }), 'run:retention', own)).to.deep.equal({ allowed: true });
  });

  it('refuses an account that names no holder', () => {
    const decision = authorize(account('dpo', { holder: '  ' }), 'read:audit', own);
    expect(decision.allowed ? '' : decision.reason).to.include('field "holder" is empty');
  });

  it('refuses a disabled account', () => {
    const decision = authorize(account('dpo', { disabled: true }), 'read:audit', own);
    expect(decision.allowed ? '' : decision.reason).to.equal('account "dpo-1" is disabled');
  });

  it('refuses a role that came from config but does not exist', () => {
    const decision = authorize(account('boss' as Role), 'read:audit', own);
    expect(decision.allowed ? '' : decision.reason).to.include('role "boss" is not one of worker, team-lead');
  });

  it('refuses a worker with no subject linked its own day, and says why', () => {
    const decision = authorize(account('worker', { subject: undefined }), 'read:own-day', own);
    expect(decision.allowed ? '' : decision.reason).to.include('has no subject linked');
  });

  it('tells an analyst asking for identity that the role is narrow by design', () => {
    const decision = authorize(account('analyst'), 'read:identity', own);
    expect(decision.allowed ? '' : decision.reason).to.equal(
      'account "analyst-1" (analyst) may not read:identity; allowed for: dpo ' +
        '(analysts see operational data and team aggregates only: no identity, no per-person data)',
    );
  });

  it('names both teams when a team lead looks at another team', () => {
    const decision = authorize(account('team-lead'), 'read:person-day', { site: 'lille-1', team: 'outbound-b' });
    expect(decision.allowed ? '' : decision.reason).to.equal(
      'account "team-lead-1" (team-lead) may read:person-day only for team "inbound-a", not "outbound-b"',
    );
  });
});
