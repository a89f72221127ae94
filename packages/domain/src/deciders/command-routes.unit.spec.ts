import { expect } from 'chai';
import { commandTypes } from '../commands/command.js';
import { parseCommand } from '../commands/parse-command.js';
import { commandRoutes, routeOf, type RoutedCommand } from './command-routes.js';
import { registerDecider } from './register-decider.js';
import { retentionPolicyDecider } from './retention-policy-decider.js';
import { proportionateRegister } from '../policy/examples.fixture.spec.js';
import { shiftDecider } from './shift-decider.js';
import { taskDecider } from './task-decider.js';

const operator = 'op_abcdefghijk23456';

function routed(type: string, plain: Record<string, unknown>): RoutedCommand {
  const result = parseCommand(type, plain);
  if (!result.ok || result.command.type === 'RecordScan') throw new Error(`bad fixture ${type}`);
  return result.command;
}

describe('commandRoutes', () => {
  it('given every command type but RecordScan, when routed, then each has a route', () => {
    expect(Object.keys(commandRoutes)).to.have.members(commandTypes.filter((t) => t !== 'RecordScan'));
  });

  it('given a task command, when routed, then it goes to task-<site>-<taskId> with the task decider', () => {
    const command = routed('StartTask', { taskId: 'T-1042', at: '2024-03-01T08:00:00Z' });
    expect(routeOf(command).streamName(command, 'lil1')).to.equal('task-lil1-T-1042');
    expect(routeOf(command).decider).to.equal(taskDecider);
  });

  it('given a night-shift break, when routed, then the stream is keyed by the day the shift started', () => {
    const command = routed('StartBreak', { operator, source: 'worker', at: '2024-03-02T02:00:00Z', shiftDate: '2024-03-01' });
    expect(routeOf(command).streamName(command, 'lil1')).to.equal(`shift-lil1-2024-03-01-${operator}`);
    expect(routeOf(command).decider).to.equal(shiftDecider);
  });

  it('given a shift command without shiftDate, when routed, then the day of `at` is used', () => {
    const command = routed('StartShift', { operator, at: '2024-03-01T06:00:00+01:00' });
    expect(routeOf(command).streamName(command, 'lil1')).to.equal(`shift-lil1-2024-03-01-${operator}`);
  });

  it('given a retention policy, when routed, then it goes to policy-<site>', () => {
    const command = routed('SetRetentionPolicy', { category: 'shift', days: 7, reason: 'AFL-FIX', at: '2024-03-01T08:00:00Z' });
    expect(routeOf(command).streamName(command, 'lil1')).to.equal('policy-lil1');
    expect(routeOf(command).decider).to.equal(retentionPolicyDecider);
  });

  it('given a register to activate, when routed, then it goes to policy-<site> with the register decider', () => {
    const command = routed('ActivateRegister', { register: proportionateRegister, at: '2026-03-01T08:00:00Z' });
    expect(routeOf(command).streamName(command, 'lille-1')).to.equal('policy-lille-1');
    expect(routeOf(command).decider).to.equal(registerDecider);
  });

  it('given a routed command, when a generic handler folds and decides, then it gets the events', () => {
    const command = routed('CreateTask', { taskId: 'T-7', bizStep: 'packing', station: 'pack-01', units: 3, at: '2024-03-01T08:00:00Z' });
    const { decider } = routeOf(command);
    const events = decider.decide(command, decider.initialState());
    expect(events.map((e) => e.type)).to.eql(['TaskCreated']);
  });
});
