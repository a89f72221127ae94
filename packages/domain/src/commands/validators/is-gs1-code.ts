import {
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidationOptions,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { parseGs1Code } from '../../gs1/codes.js';

/** Reports the GS1 reason (e.g. which check digit was expected), so a person can fix the label. */
@ValidatorConstraint({ name: 'isGs1Code' })
export class Gs1CodeConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return parseGs1Code(value).ok;
  }

  defaultMessage(args?: ValidationArguments): string {
    const result = parseGs1Code(args?.value);
    return result.ok ? 'must be a GTIN or an SSCC' : result.message;
  }
}

/** A GTIN-8/12/13/14 or an SSCC-18 with a correct check digit. */
export const IsGs1Code = (options?: ValidationOptions): PropertyDecorator => Validate(Gs1CodeConstraint, options);
