import { expect } from 'chai';
import { ValidationError } from 'class-validator';
import { formatFieldErrors, toFieldErrors } from './field-errors.js';

function failure(property: string, constraints: Record<string, string>, children: ValidationError[] = []): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('field errors', () => {
  it('given nested validation failures, when flattened, then every message is kept with a dotted path', () => {
    const errors = [
      failure('code', { isGs1Code: 'check digit 7 should be 1 (GTIN-13 4006381333937)' }),
      failure('lines', {}, [failure('2', {}, [failure('units', { isInt: 'units must be an integer', min: 'units must be at least 1' })])]),
    ];
    expect(toFieldErrors(errors)).to.eql([
      { field: 'code', message: 'check digit 7 should be 1 (GTIN-13 4006381333937)' },
      { field: 'lines.2.units', message: 'units must be an integer' },
      { field: 'lines.2.units', message: 'units must be at least 1' },
    ]);
  });

  it('given several errors, when formatted for a record, then one line per error names record and field', () => {
    const text = formatFieldErrors('scan 17', [
      { field: 'code', message: 'check digit 7 should be 1 (GTIN-13 4006381333937)' },
      { field: 'bizStep', message: 'bizStep must be one of receiving, storing, picking, packing, shipping, cycle_counting (got "stowing")' },
    ]);
    expect(text.split('\n')).to.eql([
      'scan 17: field "code": check digit 7 should be 1 (GTIN-13 4006381333937)',
      'scan 17: field "bizStep": bizStep must be one of receiving, storing, picking, packing, shipping, cycle_counting (got "stowing")',
    ]);
  });
});
