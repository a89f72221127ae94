/** A failure the user can fix by changing the command line; printed without a stack trace, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
