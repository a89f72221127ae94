import { expect } from 'chai';
import { IsDefined, IsOptional, ValidateIf, ValidateNested, validateSync } from 'class-validator';
import { commandClasses, type CommandType } from './command.js';
import { compileValidShape } from './valid-shape.js';

const at = '2024-03-01T08:00:00Z';
const operator = 'op_abcdefghijk23456';

/** One valid plain command per compiled type; every mutation below is judged against validateSync. */
const valid: Partial<Record<CommandType, Record<string, unknown>>> = {
  RecordScan: {
    scanId: '0190f5a2-7c3e-7a1b-9c2d-3e4f5a6b7c8d', deviceId: 'hh-017', code: '4006381333931', bizStep: 'storing',
    readPoint: 'stow-03', bizLocation: 'A-01-03', occurredAt: at, operator, taskId: 'T-1',
  },
  CreateTask: { taskId: 'T-1', bizStep: 'picking', station: 'pick-07', units: 12, at },
  AssignTask: { taskId: 'T-1', operator, at },
  StartTask: { taskId: 'T-1', at },
  CompleteTask: { taskId: 'T-1', unitsDone: 0, at },
  CancelTask: { taskId: 'T-1', reason: 'pallet damaged', at },
  StartShift: { operator, at, shiftDate: '2024-03-01' },
  EndShift: { operator, at },
  StartBreak: { operator, at, source: 'worker' },
  EndBreak: { operator, at, source: 'badge' },
  SetRetentionPolicy: { category: 'attribution', days: 1, reason: 'one working day', at },
};

/** Values that break some rule of some field: wrong types, empty, too long, impossible dates, pseudonyms, a nil UUID. */
const badValues: unknown[] = [
  undefined, null, 42, 1.5, -1, 0, 3651, true, '', ' ', [], {}, 'x'.repeat(600), 'with space', 'DROP;--',
  '2024-02-30T08:00:00Z', '2024-03-01T24:01:00Z', '2024-03-01T08:00:00', '2024-03-01', '2024-13-01',
  operator, 'E12345', '00000000-0000-0000-0000-000000000000', '4006381333937', '00340123450000000017', 'sleeping',
];

function verdicts(type: CommandType, plain: Record<string, unknown>): [boolean, boolean] {
  const dto = Object.assign(new commandClasses[type](), plain);
  const shape = compileValidShape(commandClasses[type]);
  return [shape!(dto), validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }).length === 0];
}

/** Each field removed, or set to every bad value and to every other field's valid value; and an unknown field. */
function* mutations(plain: Record<string, unknown>): Generator<Record<string, unknown>> {
  const fieldValues = Object.values(plain);
  for (const field of Object.keys(plain)) {
    const { [field]: _removed, ...without } = plain;
    yield without;
    for (const value of [...badValues, ...fieldValues]) yield { ...plain, [field]: value };
  }
  yield { ...plain, employeeId: 'E12345' };
}

describe('compiled valid shape', () => {
  for (const [type, plain] of Object.entries(valid) as [CommandType, Record<string, unknown>][]) {
    it(`given ${type} and ${1 + Object.keys(plain).length * 40} variants, when judged, then it agrees with validateSync on every one`, () => {
      expect(verdicts(type, plain)).to.eql([true, true]);
      let judged = 0;
      for (const variant of mutations(plain)) {
        const [compiled, executor] = verdicts(type, variant);
        expect(compiled, `${type} ${JSON.stringify(variant)}`).to.equal(executor);
        judged += 1;
      }
      expect(judged).to.be.greaterThan(Object.keys(plain).length * badValues.length);
    });
  }

  it('given rules it does not replay (nested), when compiled, then it declines and validateSync judges', () => {
    class Line {
      @IsDefined()
      sku!: string;
    }
    class Order {
      @ValidateNested()
      line!: Line;
    }
    expect(compileValidShape(Order)).to.equal(undefined);
    expect(compileValidShape(commandClasses.ActivateRegister)).to.equal(undefined);
  });

  it('given IsDefined under a failed condition, when judged, then IsDefined still applies, as in class-validator', () => {
    class Pallet {
      @IsOptional()
      @IsDefined()
      sscc?: string;

      @ValidateIf((pallet: Pallet) => pallet.sscc !== undefined)
      @IsDefined()
      bin?: string;
    }
    const shape = compileValidShape(Pallet)!;
    for (const plain of [{}, { sscc: '00340123450000000017' }, { sscc: '00340123450000000017', bin: 'A-01' }, { bin: 'A-01' }]) {
      const dto = Object.assign(new Pallet(), plain);
      expect(shape(dto), JSON.stringify(plain)).to.equal(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }).length === 0);
    }
  });
});
