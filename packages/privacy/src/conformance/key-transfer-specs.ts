import { randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { KEY_BYTES, KeyConflictError, type KeyVault, SubjectErasedError, type SubjectKeyRecord } from '../vault/key-vault.js';

interface VaultHolder {
  vault: KeyVault;
}

/** Opens and disposes of a second vault, the other end of a copy. */
export interface OtherVault {
  readonly open: () => Promise<KeyVault>;
  readonly dispose: (vault: KeyVault) => Promise<void>;
}

/** What a test compares: the record with its key as hex, so chai prints no bytes and compares by value. */
interface Seen {
  readonly subjectId: string;
  readonly key?: string;
  readonly createdAt: string;
  readonly destroyedAt?: string;
}

const subject = (label: string): string => `sub_${label}_${randomUUID()}`;
const hex = (key: Uint8Array | undefined): string | undefined => (key === undefined ? undefined : Buffer.from(key).toString('hex'));
const at = (second: number): string => new Date(Date.UTC(2026, 2, 2, 8, 0, second)).toISOString();
const liveKey = (subjectId: string, second = 0): SubjectKeyRecord => ({ subjectId, key: new Uint8Array(randomBytes(KEY_BYTES)), createdAt: at(second) });
const tombstone = (subjectId: string, second = 0): SubjectKeyRecord => ({ subjectId, createdAt: at(second), destroyedAt: at(second + 1) });

const seen = (record: SubjectKeyRecord): Seen => ({
  subjectId: record.subjectId,
  ...(record.key === undefined ? { destroyedAt: record.destroyedAt } : { key: hex(record.key) }),
  createdAt: record.createdAt,
});

function exporter(vault: KeyVault): () => AsyncIterable<SubjectKeyRecord> {
  if (vault.exportKeys === undefined) expect.fail('the vault has no exportKeys: declare `keyTransfer: false` in the kit options if it cannot be a copy source');
  return () => vault.exportKeys!();
}

function importer(vault: KeyVault): (records: readonly SubjectKeyRecord[]) => ReturnType<NonNullable<KeyVault['importKeys']>> {
  if (vault.importKeys === undefined) expect.fail('the vault has no importKeys: declare `keyTransfer: false` in the kit options if it cannot be a copy target');
  return (records) => vault.importKeys!(records);
}

/** The exported records of `ids` only (the kit may run against a vault shared between tests), by subject id. */
async function exported(vault: KeyVault, ids: readonly string[]): Promise<Seen[]> {
  const wanted = new Set(ids);
  const out: Seen[] = [];
  for await (const record of exporter(vault)()) if (wanted.has(record.subjectId)) out.push(seen(record));
  return out.sort((a, b) => a.subjectId.localeCompare(b.subjectId));
}

async function rejection(action: Promise<unknown>): Promise<unknown> {
  try {
    await action;
  } catch (error) {
    return error;
  }
  return expect.fail('expected the import to be refused');
}

async function withOther(other: OtherVault, use: (vault: KeyVault) => Promise<void>): Promise<void> {
  const vault = await other.open();
  try {
    await use(vault);
  } finally {
    await other.dispose(vault);
  }
}

/** `exportKeys` and `importKeys`: what `fairscan store copy` relies on to move keys and erasures (GDPR-17). */
export function keyTransferSpecs(holder: VaultHolder, other: OtherVault): void {
  describe('exportKeys / importKeys (store copy)', () => {
    it('exports each key with its bytes and creation time, and each erased subject as a tombstone with no key', async () => {
      const [kept, erased, neverKeyed] = [subject('kept'), subject('erased'), subject('never')];
      await holder.vault.createKey(kept);
      await holder.vault.createKey(erased);
      await holder.vault.destroyKey(erased);
      await holder.vault.destroyKey(neverKeyed);
      const records = await exported(holder.vault, [kept, erased, neverKeyed]);
      expect(records.map((record) => record.subjectId)).to.have.members([kept, erased, neverKeyed]);
      const byId = new Map(records.map((record) => [record.subjectId, record]));
      expect(byId.get(kept)?.key).to.equal(hex(await holder.vault.getKey(kept)));
      expect(byId.get(kept)?.destroyedAt).to.equal(undefined);
      for (const id of [kept, erased, neverKeyed]) expect(Date.parse(byId.get(id)?.createdAt as string), `${id} createdAt`).to.not.be.NaN;
      for (const id of [erased, neverKeyed]) {
        expect(byId.get(id)?.key, 'a tombstone carries no key').to.equal(undefined);
        expect(Date.parse(byId.get(id)?.destroyedAt as string), `${id} destroyedAt`).to.not.be.NaN;
      }
    });

    it('exports copies: wiping the exported bytes leaves the stored key', async () => {
      const id = subject('wipe');
      await holder.vault.createKey(id);
      const before = hex(await holder.vault.getKey(id));
      for await (const record of exporter(holder.vault)()) record.key?.fill(0);
      expect(hex(await holder.vault.getKey(id))).to.equal(before);
    });

    it('round-trips: another vault reads the same key bytes and times, and refuses to re-key the erased', async () => {
      const [kept, erased] = [subject('kept'), subject('erased')];
      const records = [liveKey(kept, 1), tombstone(erased, 2)];
      await withOther(other, async (target) => {
        expect(await importer(target)(records)).to.deep.equal({ keys: 1, tombstones: 1, shredded: 0, skipped: 0 });
        expect(hex(await target.getKey(kept))).to.equal(hex(records[0]!.key));
        expect(await target.isDestroyed(erased)).to.equal(true);
        expect(await target.getKey(erased)).to.equal(undefined);
        expect(await rejection(target.createKey(erased))).to.be.instanceOf(SubjectErasedError);
        expect(await exported(target, [kept, erased])).to.deep.equal(records.map(seen).sort((a, b) => a.subjectId.localeCompare(b.subjectId)));
      });
    });

    it('imports the same records again as a no-op, so a resumed copy is safe', async () => {
      const [kept, erased] = [subject('kept'), subject('erased')];
      const records = [liveKey(kept), tombstone(erased)];
      await importer(holder.vault)(records);
      const before = await exported(holder.vault, [kept, erased]);
      expect(await importer(holder.vault)(records)).to.deep.equal({ keys: 0, tombstones: 0, shredded: 0, skipped: 2 });
      expect(await exported(holder.vault, [kept, erased])).to.deep.equal(before);
    });

    it('lets a tombstone win: importing it destroys the key this vault holds, for good, and keeps the source\'s times', async () => {
      const id = subject('shred');
      await holder.vault.createKey(id);
      const record = tombstone(id, 7);
      expect(await importer(holder.vault)([record])).to.deep.equal({ keys: 0, tombstones: 1, shredded: 1, skipped: 0 });
      expect(await exported(holder.vault, [id]), 'exported again as the source exported it').to.deep.equal([seen(record)]);
      expect(await holder.vault.getKey(id)).to.equal(undefined);
      expect(await holder.vault.isDestroyed(id)).to.equal(true);
      expect(await rejection(holder.vault.createKey(id))).to.be.instanceOf(SubjectErasedError);
    });

    it('never resurrects: a key for a subject this vault erased is skipped', async () => {
      const id = subject('erased-here');
      await holder.vault.destroyKey(id);
      expect(await importer(holder.vault)([liveKey(id)])).to.deep.equal({ keys: 0, tombstones: 0, shredded: 0, skipped: 1 });
      expect(await holder.vault.getKey(id)).to.equal(undefined);
      expect(await holder.vault.isDestroyed(id)).to.equal(true);
    });

    it('refuses a different key for a subject it holds, naming the subject but no key, and writes nothing of the call', async () => {
      const [held, fresh, erased] = [subject('held'), subject('fresh'), subject('erased')];
      await holder.vault.createKey(held);
      await holder.vault.createKey(erased);
      const before = hex(await holder.vault.getKey(held));
      const other = liveKey(held);
      const error = await rejection(importer(holder.vault)([liveKey(fresh), tombstone(erased), other]));
      expect(error).to.be.instanceOf(KeyConflictError);
      expect((error as KeyConflictError).subjectId).to.equal(held);
      expect((error as Error).message).to.contain(held).and.not.contain(hex(other.key) as string).and.not.contain(before as string);
      expect(hex(await holder.vault.getKey(held)), 'the held key is unchanged').to.equal(before);
      expect(await holder.vault.getKey(fresh), 'nothing of the refused call').to.equal(undefined);
      expect(await holder.vault.isDestroyed(erased), 'nothing of the refused call').to.equal(false);
    });

    it('refuses a malformed record before writing anything: a short key, a bad time, a subject twice', async () => {
      const [first, second] = [subject('first'), subject('second')];
      const short = { subjectId: second, key: new Uint8Array(16), createdAt: at(0) };
      const undated = { subjectId: second, createdAt: 'yesterday', destroyedAt: at(0) };
      for (const bad of [[liveKey(first), short], [liveKey(first), undated], [liveKey(first), tombstone(first)]]) {
        expect(await rejection(importer(holder.vault)(bad))).to.be.instanceOf(TypeError);
        expect(await holder.vault.getKey(first)).to.equal(undefined);
      }
    });

    it('exports every entry of a vault too large for one page, each once', async function () {
      this.timeout(120_000);
      const ids = Array.from({ length: 1_100 }, (_, i) => subject(`many-${i}`));
      const records = ids.map((id, i) => (i % 10 === 0 ? tombstone(id, i % 50) : liveKey(id, i % 50)));
      await importer(holder.vault)(records);
      expect(await exported(holder.vault, ids)).to.deep.equal(records.map(seen).sort((a, b) => a.subjectId.localeCompare(b.subjectId)));
    });
  });
}

/** A vault declared unable to move keys must really lack both methods, so `store copy` warns instead of failing late. */
export function noKeyTransferSpecs(holder: VaultHolder): void {
  it('is declared unable to move keys, and indeed has neither exportKeys nor importKeys', () => {
    expect(holder.vault.exportKeys, 'the kit was told this vault cannot export keys').to.equal(undefined);
    expect(holder.vault.importKeys, 'the kit was told this vault cannot import keys').to.equal(undefined);
  });
}
