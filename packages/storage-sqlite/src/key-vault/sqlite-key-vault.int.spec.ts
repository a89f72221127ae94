import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'chai';
import { type KeyVault, SubjectErasedError } from '@fairscan/privacy';
import { runKeyVaultConformance } from '@fairscan/privacy/conformance';
import { SqliteEventStore } from '../sqlite-event-store.js';
import { tempDir } from '../testing/temp-store.js';
import { SqliteKeyVault } from './sqlite-key-vault.js';

/** One file per vault; a reopened vault inherits its predecessor's file. */
const dirs = new Map<KeyVault, ReturnType<typeof tempDir>>();

function freshVault(): KeyVault {
  const dir = tempDir('fairscan-vault-');
  const vault = SqliteKeyVault.open({ path: dir.file('vault.db') });
  dirs.set(vault, dir);
  return vault;
}

async function reopen(vault: KeyVault): Promise<KeyVault> {
  const dir = dirs.get(vault) as ReturnType<typeof tempDir>;
  await vault.close();
  dirs.delete(vault);
  const again = SqliteKeyVault.open({ path: dir.file('vault.db') });
  dirs.set(again, dir);
  return again;
}

async function teardown(vault: KeyVault): Promise<void> {
  await vault.close();
  dirs.get(vault)?.remove();
  dirs.delete(vault);
}

runKeyVaultConformance('SqliteKeyVault', async () => freshVault(), { reopen, teardown });

/** Every byte SQLite keeps for the file: the database and its write-ahead log. */
function fileBytes(path: string): Buffer {
  return Buffer.concat([path, `${path}-wal`].filter((file) => existsSync(file)).map((file) => readFileSync(file)));
}

describe('SqliteKeyVault on the event store file', () => {
  const dir = tempDir('fairscan-vault-');
  after(() => dir.remove());

  it('shares the store connection, and keys survive the store closing and reopening', async () => {
    const path = dir.file('shared.db');
    const store = SqliteEventStore.open({ path });
    const vault = new SqliteKeyVault(store.database);
    await vault.createKey('sub_shared');
    const key = Buffer.from((await vault.getKey('sub_shared')) as Uint8Array).toString('hex');
    await store.close();
    const error = await vault.getKey('sub_shared').catch((caught: unknown) => caught);
    expect((error as Error).name, 'a vault on a closed store connection refuses calls').to.equal('VaultClosedError');
    const reopened = SqliteEventStore.open({ path });
    const again = new SqliteKeyVault(reopened.database);
    expect(Buffer.from((await again.getKey('sub_shared')) as Uint8Array).toString('hex')).to.equal(key);
    await reopened.close();
  });

  it('leaves no byte of a destroyed key in the file or its WAL once the store compacts', async () => {
    const path = dir.file('shred.db');
    const store = SqliteEventStore.open({ path });
    const vault = new SqliteKeyVault(store.database);
    await vault.createKey('sub_gone');
    await vault.createKey('sub_kept');
    const gone = Buffer.from((await vault.getKey('sub_gone')) as Uint8Array);
    const kept = Buffer.from((await vault.getKey('sub_kept')) as Uint8Array);
    expect(fileBytes(path).includes(gone), 'the key is on disk before erasure').to.equal(true);
    await vault.destroyKey('sub_gone');
    await store.compact();
    const bytes = fileBytes(path);
    expect(bytes.includes(gone), 'the destroyed key is gone from disk').to.equal(false);
    expect(bytes.includes(kept), 'other keys stay').to.equal(true);
    await store.close();
  });

  it('leaves no byte of a key shredded by an imported tombstone once the store compacts', async () => {
    const path = dir.file('import-shred.db');
    const store = SqliteEventStore.open({ path });
    const vault = new SqliteKeyVault(store.database);
    await vault.createKey('sub_gone');
    const gone = Buffer.from((await vault.getKey('sub_gone')) as Uint8Array);
    const tombstone = { subjectId: 'sub_gone', createdAt: '2026-03-02T08:00:00Z', destroyedAt: '2026-03-02T18:00:00Z' };
    expect(await vault.importKeys([tombstone])).to.include({ tombstones: 1, shredded: 1 });
    await store.compact();
    expect(fileBytes(path).includes(gone), 'the shredded key is gone from disk').to.equal(false);
    await store.close();
  });

  it('refuses to re-key a subject another connection erased', async () => {
    const path = dir.file('two.db');
    const [first, second] = [SqliteKeyVault.open({ path }), SqliteKeyVault.open({ path })];
    await first.createKey('sub_twice');
    await second.destroyKey('sub_twice');
    const error = await first.createKey('sub_twice').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(SubjectErasedError);
    expect(await first.getKey('sub_twice')).to.equal(undefined);
    await first.close();
    await second.close();
  });

  it('keeps a tombstone row with no key and the erasure time', async () => {
    const path = dir.file('tombstone.db');
    const vault = SqliteKeyVault.open({ path, clock: () => new Date('2026-03-02T18:00:00Z') });
    await vault.createKey('sub_t');
    await vault.destroyKey('sub_t');
    await vault.close();
    const store = SqliteEventStore.open({ path });
    const rows = store.database.prepare('SELECT subject_id, key, destroyed_at FROM subject_keys').all();
    expect(rows).to.deep.equal([{ subject_id: 'sub_t', key: null, destroyed_at: '2026-03-02T18:00:00.000Z' }]);
    await store.close();
  });
});
