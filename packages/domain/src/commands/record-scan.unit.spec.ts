import { expect } from 'chai';
import { parseCommand } from './parse-command.js';
import { formatFieldErrors } from './field-errors.js';
import { sampleScan } from '../testing/sample-scan.js';

const validScan = sampleScan;
const operator = 'op_abcdefghijk23456';

describe('RecordScan', () => {
  it('given a valid scan without operator, when parsed, then the DTO carries every field', () => {
    const result = parseCommand('RecordScan', validScan);
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.command.type).to.equal('RecordScan');
      expect({ ...result.command.data }).to.eql(validScan);
    }
  });

  it('given a shift pseudonym and a task, when parsed, then both are kept', () => {
    const result = parseCommand('RecordScan', { ...validScan, operator, taskId: 'T-1042' });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.command.data).to.include({ operator, taskId: 'T-1042' });
  });

  it('given a wrong check digit, when parsed, then the error names the field and the expected digit', () => {
    const result = parseCommand('RecordScan', { ...validScan, code: '4006381333937' });
    expect(result).to.eql({
      ok: false,
      errors: [{ field: 'code', message: 'check digit 7 should be 1 (GTIN-13 4006381333937)' }],
    });
    if (!result.ok) {
      expect(formatFieldErrors('scan 17', result.errors)).to.equal(
        'scan 17: field "code": check digit 7 should be 1 (GTIN-13 4006381333937)',
      );
    }
  });

  for (const employeeId of ['E12345', 'jane.doe@example.com', 'op_short']) {
    it(`given operator "${employeeId}", when parsed, then it is refused as not a shift pseudonym`, () => {
      const result = parseCommand('RecordScan', { ...validScan, operator: employeeId });
      expect(result).to.eql({
        ok: false,
        errors: [{ field: 'operator', message: 'operator must be a shift pseudonym (op_…), never an employee id' }],
      });
    });
  }

  it('given a pseudonym as bin or station, when parsed, then it is refused so it cannot reach package streams', () => {
    const result = parseCommand('RecordScan', { ...validScan, bizLocation: operator, readPoint: operator });
    expect(result).to.eql({
      ok: false,
      errors: [
        { field: 'readPoint', message: 'readPoint must not be a shift pseudonym' },
        { field: 'bizLocation', message: 'bizLocation must not be a shift pseudonym' },
      ],
    });
  });

  it('given many bad fields and an unknown one, when parsed, then every error is listed', () => {
    const result = parseCommand('RecordScan', {
      ...validScan,
      scanId: '00000000-0000-0000-0000-000000000000',
      deviceId: 'tc52 0017',
      bizStep: 'stowing',
      occurredAt: '2024-03-01T08:15:00',
      employee: 'E12345',
    });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.field)).to.have.members(['scanId', 'deviceId', 'bizStep', 'occurredAt', 'employee']);
      expect(result.errors.find((e) => e.field === 'employee')?.message).to.equal('property employee should not exist');
    }
  });

  it('given a timestamp without zone or an impossible date, when parsed, then occurredAt is refused', () => {
    for (const occurredAt of ['2024-03-01T08:15:00', '2024-02-30T08:15:00Z', '2024-03-01', 1709280900000]) {
      const result = parseCommand('RecordScan', { ...validScan, occurredAt });
      expect(result.ok, String(occurredAt)).to.equal(false);
    }
    expect(parseCommand('RecordScan', { ...validScan, occurredAt: '2024-03-01T09:15:00.123+01:00' }).ok).to.equal(true);
  });

  it('given missing fields, when parsed, then each missing field is named', () => {
    const result = parseCommand('RecordScan', { scanId: validScan.scanId });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      const fields = new Set(result.errors.map((e) => e.field));
      expect([...fields]).to.have.members(['deviceId', 'code', 'bizStep', 'readPoint', 'bizLocation', 'occurredAt']);
    }
  });
});
