import { expect } from 'chai';
import { accountProblems, type AccountRequest } from './account-rules.js';

const request = (extra: Partial<AccountRequest> = {}): AccountRequest => ({ id: 'c.martin', holder: 'Camille Martin', role: 'dpo', ...extra });

describe('account rules', () => {
  it('accepts a named person with a valid id and role', () => {
    expect(accountProblems(request())).to.deep.equal([]);
    expect(accountProblems(request({ role: 'worker', employeeId: 'E0042' }))).to.deep.equal([]);
  });

  for (const holder of ['Night shift', 'Ana & Ben', 'Ana, Ben', 'Ana and Ben', 'Inbound team', 'Security desk']) {
    it(`refuses a holder naming a group or several people: "${holder}" (CNIL-VIDEO)`, () => {
      expect(accountProblems(request({ holder }))).to.deep.equal([
        `account "c.martin": field "holder": "${holder}" names a group or several people; shared accounts are refused, one account per person (CNIL-VIDEO)`,
      ]);
    });
  }

  it('refuses an empty holder, a bad id and a bad team, naming each field', () => {
    expect(accountProblems(request({ id: 'C Martin', holder: ' ', team: 'Team A' }))).to.deep.equal([
      'account "C Martin": field "id": "C Martin" must be 1-48 characters a-z, 0-9, ".", "_", "-"',
      'account "C Martin": field "holder" is empty: name the one person accountable for the account',
      'account "C Martin": field "team": "Team A" must be 1-32 characters a-z, 0-9, ".", "_", "-"',
    ]);
  });

  it('requires a worker to name their employee id and a team lead their team', () => {
    expect(accountProblems(request({ role: 'worker' }))[0]).to.include('a worker account must name its holder\'s employee id');
    expect(accountProblems(request({ role: 'team-lead' }))[0]).to.include('a team-lead account must name its team');
  });

  it('refuses a role that does not exist', () => {
    expect(accountProblems(request({ role: 'boss' as never }))[0]).to.include('field "role": "boss" is not one of worker');
  });
});
