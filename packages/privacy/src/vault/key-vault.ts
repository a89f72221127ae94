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
  /**
   * Optional (the source of `fairscan store copy` needs it): every entry of
   * the vault, live keys and tombstones, each once, in no promised order.
   * Lazy: read in pages, so memory stays flat however many subjects. Key
   * bytes are fresh copies; they are secrets, never to be printed or logged.
   */
  exportKeys?(): AsyncIterable<SubjectKeyRecord>;
  /**
   * Optional (the target of `fairscan store copy` needs it): takes entries
   * another vault exported, atomic per call (one transaction: a crash or a
   * refusal leaves none of the call). Privacy first (GDPR-17):
   * - a tombstone always wins: it destroys a key this vault holds, which then
   *   holds the tombstone as given (its times included);
   * - a key for a subject this vault has erased is skipped, never resurrected;
   * - an identical key, or a tombstone already here, is skipped (a resumed copy);
   * - a different key for a subject this vault holds throws `KeyConflictError`
   *   naming the subject: a key is never overwritten.
   * A malformed record (a key not `KEY_BYTES` long, a bad time, a subject
   * twice in one call) throws a TypeError; nothing of the call is written.
   */
  importKeys?(records: readonly SubjectKeyRecord[]): Promise<KeyImportResult>;
  close(): Promise<void>;
}

/** A live key as one vault exports it and another imports it. */
export interface LiveKeyRecord {
  readonly subjectId: string;
  readonly key: Uint8Array;
  /** ISO-8601, when the source vault created the key. */
  readonly createdAt: string;
  readonly destroyedAt?: undefined;
}

/** An erased subject: no key, and none may be created again. */
export interface KeyTombstone {
  readonly subjectId: string;
  readonly key?: undefined;
  readonly createdAt: string;
  /** ISO-8601, when the source vault destroyed the key. */
  readonly destroyedAt: string;
}

/** One vault entry in transit between vaults: `record.key === undefined` tells a tombstone. */
export type SubjectKeyRecord = LiveKeyRecord | KeyTombstone;

/** What an `importKeys` call did; counts only, never a key. */
export interface KeyImportResult {
  /** Keys written: subjects this vault did not know. */
  readonly keys: number;
  /** Tombstones written, `shredded` of them over a key this vault held. */
  readonly tombstones: number;
  /** Keys this vault held and destroyed because the source erased the subject: compact the store so their bytes leave the disk. */
  readonly shredded: number;
  /** Records that changed nothing: an identical key or a tombstone already here, or a key for a subject erased here. */
  readonly skipped: number;
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

/** Two vaults keyed one subject separately: overwriting either key would make its ciphertexts unreadable. */
export class KeyConflictError extends Error {
  override readonly name = 'KeyConflictError';
  constructor(readonly subjectId: string) {
    super(
      `subject "${subjectId}": the target vault holds a different key for it; refusing to overwrite it. ` +
        'The two stores were keyed separately (e.g. both ran the same site): copy into a store that never enrolled anyone',
    );
  }
}

export class VaultClosedError extends Error {
  override readonly name = 'VaultClosedError';
  constructor() {
    super('the key vault is closed');
  }
}
