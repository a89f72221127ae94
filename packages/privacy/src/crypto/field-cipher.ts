import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type KeyVault } from '../vault/key-vault.js';

/**
 * A personal field encrypted with its subject's key. `subject` names the key
 * in the vault (a reference such as `sub_…`, never the employee id), so the
 * field can be read back without any lookup, until the key is destroyed.
 */
export interface EncryptedField {
  readonly enc: 'aes-256-gcm';
  readonly subject: string;
  /** base64 of the 12-byte nonce, fresh for every field. */
  readonly iv: string;
  /** base64 of the 16-byte GCM authentication tag. */
  readonly tag: string;
  /** base64 ciphertext. */
  readonly ct: string;
}

/** What readers get once the subject's key is destroyed: the stream keeps its shape, the value is gone. */
export const MASKED = '[erased]';
export type Masked = typeof MASKED;

export const isMasked = (value: unknown): value is Masked => value === MASKED;

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The key exists in neither form: the vault lost it (restored without keys?) rather than erased it. */
export class MissingSubjectKeyError extends Error {
  override readonly name = 'MissingSubjectKeyError';
  constructor(readonly subject: string) {
    super(`encrypted field of subject "${subject}": the vault has no key for it and no record of its erasure`);
  }
}

/** The ciphertext, tag, nonce or subject was altered, or the field is not one this codec wrote. */
export class FieldIntegrityError extends Error {
  override readonly name = 'FieldIntegrityError';
  constructor(
    readonly subject: string,
    detail: string,
  ) {
    super(`encrypted field of subject "${subject}": ${detail}`);
  }
}

// The subject is authenticated data: a field moved under another subject's name fails to decrypt.
const aadOf = (subject: string): Buffer => Buffer.from(`fairscan/field/v1|${subject}`, 'utf8');

/** Encrypts `plaintext` with the subject's key, creating the key on first use (throws `SubjectErasedError` once erased). */
export async function encryptField(vault: KeyVault, subjectId: string, plaintext: string): Promise<EncryptedField> {
  await vault.createKey(subjectId);
  const key = await vault.getKey(subjectId);
  if (key === undefined) throw new MissingSubjectKeyError(subjectId);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aadOf(subjectId));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  key.fill(0);
  return { enc: 'aes-256-gcm', subject: subjectId, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64') };
}

/** The plaintext, or `MASKED` when the subject's key was destroyed (crypto-shredded). */
export async function decryptField(vault: KeyVault, field: EncryptedField): Promise<string | Masked> {
  const { iv, tag } = checkShape(field);
  const key = await vault.getKey(field.subject);
  if (key === undefined) {
    if (await vault.isDestroyed(field.subject)) return MASKED;
    throw new MissingSubjectKeyError(field.subject);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(aadOf(field.subject)).setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(field.ct, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new FieldIntegrityError(field.subject, 'authentication failed: the field was altered or belongs to another subject');
  } finally {
    key.fill(0);
  }
}

function checkShape(field: EncryptedField): { iv: Buffer; tag: Buffer } {
  if (field.enc !== 'aes-256-gcm') throw new FieldIntegrityError(field.subject, `field "enc": "${String(field.enc)}" is not aes-256-gcm`);
  const iv = Buffer.from(field.iv, 'base64');
  const tag = Buffer.from(field.tag, 'base64');
  if (iv.length !== IV_BYTES) throw new FieldIntegrityError(field.subject, `field "iv": ${iv.length} bytes, expected ${IV_BYTES}`);
  if (tag.length !== TAG_BYTES) throw new FieldIntegrityError(field.subject, `field "tag": ${tag.length} bytes, expected ${TAG_BYTES}`);
  return { iv, tag };
}

/** Whether a value has the shape of an `EncryptedField` (for readers of untyped stored data). */
export function isEncryptedField(value: unknown): value is EncryptedField {
  if (typeof value !== 'object' || value === null) return false;
  const field = value as Record<string, unknown>;
  return field['enc'] === 'aes-256-gcm' && ['subject', 'iv', 'tag', 'ct'].every((name) => typeof field[name] === 'string');
}
