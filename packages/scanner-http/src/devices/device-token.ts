import { createHash, randomBytes } from 'node:crypto';

const prefix = 'fsd_';

/** A fresh device token: 256 random bits, shown once to whoever adds the device. */
export function newDeviceToken(): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * SHA-256, unsalted, is enough here: the token is 256 random bits, so nobody
 * can search for a preimage of a leaked hash. Slow, salted KDFs (scrypt) guard
 * low-entropy passwords; on every request they would cost milliseconds for nothing.
 */
export function tokenSha256(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token as the `Authorization: Bearer` header carries it; undefined when absent or not a bearer. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
