import { expect } from 'chai';
import { type StoredEvent } from '@fairscan/domain';
import { defaultRetentionDays, retentionSchedule } from './schedule.js';

const policySet = (position: number, category: string, days: unknown): StoredEvent =>
  ({
    type: 'RetentionPolicySet',
    data: { category, days, reason: 'works council agreement', at: '2026-01-05T09:00:00Z' },
    metadata: { eventId: `p${position}`, occurredAt: '2026-01-05T09:00:00Z', schemaVersion: 1 },
    streamName: 'policy-lille-1',
    streamPosition: position,
    globalPosition: position + 1,
  }) as StoredEvent;

const registerActivated = (position: number, retention: Record<string, unknown>): StoredEvent =>
  ({
    type: 'RegisterActivated',
    data: { site: 'lille-1', registerHash: 'a'.repeat(64), packs: ['fr-cnil-2023'], overrides: [], retention, at: '2026-02-01T09:00:00Z' },
    metadata: { eventId: `r${position}`, occurredAt: '2026-02-01T09:00:00Z', schemaVersion: 1 },
    streamName: 'policy-lille-1',
    streamPosition: position,
    globalPosition: position + 1,
  }) as StoredEvent;

describe('retention schedule', () => {
  it("keeps design.md's defaults when the site set nothing", () => {
    const schedule = retentionSchedule();
    expect(schedule.days).to.deep.equal({ attribution: 1, task: 1, shift: 7, aggregate: 91, package: 400, location: 400, audit: 1825 });
    expect(schedule.days).to.deep.equal(defaultRetentionDays);
    expect(new Set(Object.values(schedule.sources))).to.deep.equal(new Set(['default']));
  });

  it('takes the last RetentionPolicySet of each category from the policy stream', () => {
    const schedule = retentionSchedule({ policy: [policySet(0, 'shift', 3), policySet(1, 'aggregate', 90), policySet(2, 'shift', 5)] });
    expect(schedule.days).to.include({ shift: 5, aggregate: 90, attribution: 1 });
    expect(schedule.sources).to.include({ shift: 'policy-stream', aggregate: 'policy-stream', attribution: 'default' });
  });

  it('lets a register passed for the run override the policy stream', () => {
    const schedule = retentionSchedule({ policy: [policySet(0, 'shift', 3)], register: { attribution: 2, task: 1, shift: 7, aggregate: 91 } });
    expect(schedule.days).to.include({ attribution: 2, shift: 7 });
    expect(schedule.sources).to.include({ attribution: 'register', shift: 'register', package: 'default' });
  });

  it("takes the active register's retention section from the policy stream; a later policy or a register file still wins", () => {
    const activated = registerActivated(1, { attribution: 2, task: 1, shift: 5, aggregate: 91 });
    const schedule = retentionSchedule({ policy: [policySet(0, 'shift', 3), activated, policySet(2, 'aggregate', 60)] });
    expect(schedule.days).to.include({ attribution: 2, shift: 5, aggregate: 60, audit: 1825 });
    expect(schedule.sources).to.include({ attribution: 'active-register', shift: 'active-register', aggregate: 'policy-stream', audit: 'default' });
    const withFile = retentionSchedule({ policy: [activated], register: { attribution: 1, task: 1, shift: 7, aggregate: 91 } });
    expect(withFile.sources).to.include({ attribution: 'register', shift: 'register' });
    expect(() => retentionSchedule({ policy: [registerActivated(3, { shift: 0 })] })).to.throw('policy event 3 (shift): days 0 is not a whole number');
  });

  it('refuses a malformed stored policy, naming the event, rather than deleting on a guess', () => {
    expect(() => retentionSchedule({ policy: [policySet(4, 'attribution', 0)] })).to.throw(
      RangeError,
      'policy event 4 (attribution): days 0 is not a whole number of at least 1',
    );
    expect(() => retentionSchedule({ policy: [policySet(2, 'identity', 3)] })).to.throw('policy event 2: unknown category "identity"');
  });
});
