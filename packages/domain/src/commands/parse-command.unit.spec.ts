import { expect } from 'chai';
import { commandTypes, shiftDayOf } from './command.js';
import { parseCommand } from './parse-command.js';
import { formatFieldErrors } from './field-errors.js';
import { CreateTask } from './create-task.js';
import { malformedRegister, proportionateRegister } from '../policy/examples.fixture.spec.js';

const operator = 'op_abcdefghijk23456';
const at = '2024-03-01T08:00:00Z';

describe('parseCommand', () => {
  it('given every command type, when listed, then each is named after its DTO class', () => {
    expect(commandTypes).to.eql([
      'RecordScan', 'CreateTask', 'AssignTask', 'StartTask', 'CompleteTask', 'CancelTask',
      'StartShift', 'EndShift', 'StartBreak', 'EndBreak', 'SetRetentionPolicy', 'ActivateRegister',
    ]);
  });

  it('given a valid CreateTask, when parsed, then it is an instance of the DTO class', () => {
    const result = parseCommand('CreateTask', { taskId: 'T-1', bizStep: 'picking', station: 'pick-07', units: 12, at });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.command.data).to.be.instanceOf(CreateTask);
  });

  it('given an unknown type, when parsed, then the error names the type and lists the known ones', () => {
    const result = parseCommand('DeleteWorker', {});
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors[0]?.field).to.equal('type');
      expect(result.errors[0]?.message).to.match(/^unknown command type "DeleteWorker" \(expected one of RecordScan, /);
    }
  });

  it('given an array, null or a __proto__ key, when parsed, then it is refused before validation', () => {
    expect(parseCommand('StartTask', [])).to.eql({ ok: false, errors: [{ field: '', message: 'StartTask must be a JSON object' }] });
    expect(parseCommand('StartTask', null).ok).to.equal(false);
    const polluted = JSON.parse('{"taskId":"T-1","at":"2024-03-01T08:00:00Z","__proto__":{"x":1}}') as unknown;
    expect(parseCommand('StartTask', polluted)).to.eql({
      ok: false,
      errors: [{ field: '__proto__', message: 'property __proto__ should not exist' }],
    });
  });

  it('given task counts out of range, when parsed, then units and unitsDone are refused', () => {
    expect(parseCommand('CreateTask', { taskId: 'T-1', bizStep: 'picking', station: 'pick-07', units: 0, at }).ok).to.equal(false);
    expect(parseCommand('CreateTask', { taskId: 'T-1', bizStep: 'picking', station: 'pick-07', units: 1.5, at }).ok).to.equal(false);
    expect(parseCommand('CompleteTask', { taskId: 'T-1', unitsDone: 0, at }).ok).to.equal(true);
    expect(parseCommand('CompleteTask', { taskId: 'T-1', unitsDone: -1, at }).ok).to.equal(false);
  });

  it('given an employee id on AssignTask, when parsed, then it is refused with the pseudonym message', () => {
    const result = parseCommand('AssignTask', { taskId: 'T-1', operator: 'E12345', at });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(formatFieldErrors('command 3', result.errors)).to.equal(
        'command 3: field "operator": operator must be a shift pseudonym (op_…), never an employee id',
      );
    }
  });

  it('given a break with a justification, when parsed, then the justification is refused (CNIL-IDLE)', () => {
    const result = parseCommand('StartBreak', { operator, source: 'worker', at, justification: 'toilet' });
    expect(result).to.eql({ ok: false, errors: [{ field: 'justification', message: 'property justification should not exist' }] });
  });

  it('given an inferred break source, when parsed, then only worker, schedule and badge are accepted', () => {
    expect(parseCommand('StartBreak', { operator, source: 'inactivity', at }).ok).to.equal(false);
    expect(parseCommand('EndBreak', { operator, source: 'badge', at }).ok).to.equal(true);
  });

  it('given a night shift, when the shift day is taken, then shiftDate wins over the day of at', () => {
    const result = parseCommand('EndShift', { operator, at: '2024-03-02T05:00:00Z', shiftDate: '2024-03-01' });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(shiftDayOf(result.command.data)).to.equal('2024-03-01');
    expect(shiftDayOf({ at: '2024-03-02T05:00:00Z' })).to.equal('2024-03-02');
    expect(parseCommand('StartShift', { operator, at, shiftDate: '2024-02-30' }).ok).to.equal(false);
  });

  it('given retention days out of 1..3650, when parsed, then they are refused', () => {
    const policy = { category: 'attribution', reason: 'CNIL-RET-OK: one working day', at };
    expect(parseCommand('SetRetentionPolicy', { ...policy, days: 1 }).ok).to.equal(true);
    expect(parseCommand('SetRetentionPolicy', { ...policy, days: 0 }).ok).to.equal(false);
    expect(parseCommand('SetRetentionPolicy', { ...policy, days: 3651 }).ok).to.equal(false);
    expect(parseCommand('SetRetentionPolicy', { ...policy, days: 7, category: 'identity' }).ok).to.equal(false);
  });

  it('given ActivateRegister with a malformed register or an unknown pack, when parsed, then each error is named by its path', () => {
    expect(parseCommand('ActivateRegister', { register: proportionateRegister, packs: ['fr-cnil-2023'], at, activatedBy: 'c.martin' }).ok).to.equal(true);
    const result = parseCommand('ActivateRegister', { register: malformedRegister, packs: ['fr-cnil-2019'], at });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const text = formatFieldErrors('ActivateRegister', result.errors);
    expect(text).to.match(/^ActivateRegister: field "register": indicators\[0\]\.camera: unknown key .*; indicators\[1\]\.measure: must be one of /m);
    expect(text).to.contain('ActivateRegister: field "packs": packs must each be one of fr-cnil-2023, us-ca-ab701');
  });
});
