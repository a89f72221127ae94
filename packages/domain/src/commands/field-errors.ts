import { type ValidationError } from 'class-validator';

/** One thing wrong with one field; nested fields are dotted (`lines.2.code`). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** Every constraint that failed, children included, in the order class-validator found them. */
export function toFieldErrors(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  const found: FieldError[] = [];
  for (const error of errors) {
    const field = prefix === '' ? error.property : `${prefix}.${error.property}`;
    for (const message of Object.values(error.constraints ?? {})) found.push({ field, message });
    found.push(...toFieldErrors(error.children ?? [], field));
  }
  return found;
}

/**
 * One line per error, naming the record and the field, e.g.
 * `scan 17: field "code": check digit 3 should be 7 (GTIN-13 4006381333933)`.
 */
export const formatFieldErrors = (recordLabel: string, errors: readonly FieldError[]): string =>
  errors.map((error) => `${recordLabel}: field "${error.field}": ${error.message}`).join('\n');
