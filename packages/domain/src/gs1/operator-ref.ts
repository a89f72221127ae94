/**
 * A per-shift pseudonym (`op_` + 16 base32 characters). Branded so that an
 * employee id can never be passed where a pseudonym is expected.
 */
export type OperatorRef = string & { readonly __brand: 'OperatorRef' };

export const operatorRefPattern = /^op_[a-z2-7]{16}$/;

export const isOperatorRef = (value: unknown): value is OperatorRef =>
  typeof value === 'string' && operatorRefPattern.test(value);

export function toOperatorRef(value: string): OperatorRef {
  if (!isOperatorRef(value)) {
    throw new TypeError(`"${value}" is not a shift pseudonym (expected op_ + 16 characters a-z, 2-7)`);
  }
  return value;
}

const base32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** Builds a pseudonym from 16 random bytes the caller supplies (the domain has no RNG of its own). */
export function operatorRefFromBytes(bytes: ArrayLike<number>): OperatorRef {
  if (bytes.length < 16) throw new RangeError('a pseudonym needs 16 random bytes');
  let ref = 'op_';
  for (let i = 0; i < 16; i++) ref += base32[(bytes[i] ?? 0) & 31];
  return ref as OperatorRef;
}
