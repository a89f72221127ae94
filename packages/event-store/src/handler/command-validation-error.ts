import { type FieldError, formatFieldErrors } from '@fairscan/domain';

/** A command that failed validation: every field error, one line each, naming the record and the field. */
export class CommandValidationError extends Error {
  override readonly name = 'CommandValidationError';

  constructor(
    readonly recordLabel: string,
    readonly errors: readonly FieldError[],
  ) {
    super(formatFieldErrors(recordLabel, errors));
  }
}

/** `scan <scanId>` when the payload names its scan, else the command type: what a person looks for. */
export function recordLabelOf(type: string, plain: unknown): string {
  const scanId = typeof plain === 'object' && plain !== null ? (plain as { scanId?: unknown }).scanId : undefined;
  return type === 'RecordScan' && typeof scanId === 'string' ? `scan ${scanId}` : type;
}
