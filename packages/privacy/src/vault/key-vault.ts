/**
 * Where per-subject keys live, apart from the event store: destroying a key
 * ("crypto-shredding") makes every copy of what it encrypted unreadable,
 * backups and replicas included (GDPR-17). Subject ids are references
 * (keyed hashes, `sub_…`), never an employee id in clear.
 */
export interface KeyVault {
  /** Creates the subject's 32-byte key unless it exists; throws `SubjectErasedError` once destroyed. */
  createKey(subjectId: string): Promise<void>;
  /** The subject's key, or undefined when it was never created or has been destroyed. */
  getKey(subjectId: string): Promise<Uint8Array | undefined>;
  /** Destroys the key for good and remembers the subject as erased; idempotent, also for an unknown subject. */
  destroyKey(subjectId: string): Promise<void>;
  isDestroyed(subjectId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Key length for AES-256 and HMAC-SHA256. */
export const KEY_BYTES = 32;

/** An erased subject never silently gets a fresh key: that would resurrect what erasure promised to end. */
export class SubjectErasedError extends Error {
  override readonly name = 'SubjectErasedError';
  constructor(
    readonly subjectId: string,
    message = `subject "${subjectId}" was erased: its key is destroyed and cannot be created again`,
  ) {
    super(message);
  }
}

export class VaultClosedError extends Error {
  override readonly name = 'VaultClosedError';
  constructor() {
    super('the key vault is closed');
  }
}
