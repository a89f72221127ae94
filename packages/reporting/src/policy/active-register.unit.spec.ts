import { expect } from 'chai';
import { type RegisterActivatedData } from '@fairscan/domain';
import { overridesNote } from './active-register.js';

const active: RegisterActivatedData = {
  site: 'lille-1',
  registerHash: '0123456789abcdef'.repeat(4),
  packs: ['fr-cnil-2023'],
  overrides: [],
  retention: { attribution: 1, task: 1, shift: 7, aggregate: 91 },
  at: '2026-03-01T08:00:00Z',
};

const idle = { rule: 'CNIL-IDLE', indicator: 'idle-time', justification: 'forklift safety study agreed with the CSE', approvedBy: 'dpo@lille-1', date: '2026-02-12' };

describe('overridesNote', () => {
  it('names each overridden violation with its approver, date and justification, on one line', () => {
    const note = overridesNote({ ...active, overrides: [idle, { ...idle, rule: 'CNIL-JUSTIFY' }] });
    expect(note).to.equal(
      'Register in force at lille-1 (0123456789ab, activated 2026-03-01T08:00:00Z) keeps 2 overridden violations: ' +
        'CNIL-IDLE on "idle-time" (approved by dpo@lille-1 on 2026-02-12: forklift safety study agreed with the CSE); ' +
        'CNIL-JUSTIFY on "idle-time" (approved by dpo@lille-1 on 2026-02-12: forklift safety study agreed with the CSE)',
    );
    expect(note).not.to.contain('\n');
  });

  it('says nothing when no register is active or the active one keeps no violation', () => {
    expect(overridesNote(undefined)).to.equal(undefined);
    expect(overridesNote(active)).to.equal(undefined);
  });
});
