/** A read or change the acting account may not make; the message says why (exit 1 in the CLI). */
export class AccessRefusedError extends Error {
  override readonly name = 'AccessRefusedError';
}

/** An account request that cannot be registered as given; the message names the field. */
export class AccountError extends Error {
  override readonly name = 'AccountError';
}
