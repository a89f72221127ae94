import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * A password as stored: scrypt (memory-hard, in node:crypto) with a per-account
 * random salt, and the cost parameters kept beside the hash so they can be
 * raised later without invalidating older passwords.
 */
export interface PasswordHash {
  readonly kdf: 'scrypt';
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly keyLength: number;
  /** base64 */
  readonly salt: string;
  /** base64 */
  readonly hash: string;
}

/** OWASP's scrypt baseline (N = 2^17, r = 8, p = 1): about 128 MiB and ~0.3 s per guess. */
export const scryptCost = { N: 2 ** 17, r: 8, p: 1, keyLength: 32 } as const;

/** Shortest password accepted; length matters more than character classes (NIST SP 800-63B). */
export const minPasswordLength = 12;

function derive(password: string, salt: Buffer, cost: Omit<PasswordHash, 'kdf' | 'salt' | 'hash'>): Promise<Buffer> {
  const { N, r, p, keyLength } = cost;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keyLength, { N, r, p, maxmem: 256 * N * r }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string, cost: Omit<PasswordHash, 'kdf' | 'salt' | 'hash'> = scryptCost): Promise<PasswordHash> {
  if (password.length < minPasswordLength) throw new RangeError(`password: at least ${minPasswordLength} characters, please (got ${password.length})`);
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return { kdf: 'scrypt', ...cost, salt: salt.toString('base64'), hash: key.toString('base64') };
}

/** Compares in constant time, so the response time says nothing about how much of the hash matched. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), stored);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
