import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { KEY_BYTES, type KeyVault, SubjectErasedError } from '../vault/key-vault.js';

export interface KeyVaultConformanceOptions {
  /** Closes the vault and removes what it left behind; default `vault.close()`. */
  readonly teardown?: (vault: KeyVault) => Promise<void>;
  /** Closes and reopens the same vault (a restart); when given, durability is checked too. */
  readonly reopen?: (vault: KeyVault) => Promise<KeyVault>;
  /** Callers racing to create one subject's key. Default 25. */
  readonly concurrentCreates?: number;
  /**
   * Whether the vault implements `exportKeys` and `importKeys` (default true):
   * a vault that cannot take part in `fairscan store copy` says `false`, and
   * the kit then checks that it really has neither method.
   */
  readonly keyTransfer?: boolean;
}

interface VaultHolder {
  vault: KeyVault;
}

/** A per-test subject id, so the kit also runs against a vault shared between tests. */
const subject = (label: string): string => `sub_${label}_${randomUUID()}`;
const hex = (key: Uint8Array | undefined): string | undefined => (key === undefined ? undefined : Buffer.from(key).toString('hex'));

async function expectErased(action: Promise<unknown>, subjectId: string): Promise<void> {
  try {
    await action;
  } catch (error) {
    expect(error, `expected SubjectErasedError, got ${String(error)}`).to.be.instanceOf(SubjectErasedError);
    expect((error as SubjectErasedError).subjectId).to.equal(subjectId);
    return;
  }
  expect.fail(`createKey("${subjectId}") resolved for an erased subject: it must throw SubjectErasedError`);
}

export function keyLifecycleSpecs(holder: VaultHolder): void {
  it('creates a 32-byte key and returns the same bytes on every read', async () => {
    const id = subject('roundtrip');
    await holder.vault.createKey(id);
    const first = await holder.vault.getKey(id);
    expect(first).to.be.instanceOf(Uint8Array);
    expect(first?.length).to.equal(KEY_BYTES);
    expect(hex(await holder.vault.getKey(id))).to.equal(hex(first));
  });

  it('knows nothing of a subject it never saw', async () => {
    const id = subject('unknown');
    expect(await holder.vault.getKey(id)).to.equal(undefined);
    expect(await holder.vault.isDestroyed(id)).to.equal(false);
  });

  it('gives each subject its own key', async () => {
    const ids = [subject('a'), subject('b'), subject('c')];
    for (const id of ids) await holder.vault.createKey(id);
    const keys = await Promise.all(ids.map(async (id) => hex(await holder.vault.getKey(id))));
    expect(new Set(keys).size).to.equal(ids.length);
  });

  it('keeps the first key when createKey is called again', async () => {
    const id = subject('again');
    await holder.vault.createKey(id);
    const before = hex(await holder.vault.getKey(id));
    await holder.vault.createKey(id);
    expect(hex(await holder.vault.getKey(id))).to.equal(before);
  });

  it('does not let a caller change the stored key through the returned bytes', async () => {
    const id = subject('copy');
    await holder.vault.createKey(id);
    const key = (await holder.vault.getKey(id)) as Uint8Array;
    const before = hex(key);
    key.fill(0);
    expect(hex(await holder.vault.getKey(id))).to.equal(before);
  });
}

export function destroySpecs(holder: VaultHolder): void {
  it('destroyKey makes getKey return undefined and isDestroyed true', async () => {
    const id = subject('destroy');
    await holder.vault.createKey(id);
    await holder.vault.destroyKey(id);
    expect(await holder.vault.getKey(id)).to.equal(undefined);
    expect(await holder.vault.isDestroyed(id)).to.equal(true);
  });

  it('destroyKey is idempotent', async () => {
    const id = subject('twice');
    await holder.vault.createKey(id);
    await holder.vault.destroyKey(id);
    await holder.vault.destroyKey(id);
    expect(await holder.vault.getKey(id)).to.equal(undefined);
    expect(await holder.vault.isDestroyed(id)).to.equal(true);
  });

  it('destroying one subject leaves the others readable', async () => {
    const [gone, kept] = [subject('gone'), subject('kept')];
    await holder.vault.createKey(gone);
    await holder.vault.createKey(kept);
    const keptKey = hex(await holder.vault.getKey(kept));
    await holder.vault.destroyKey(gone);
    expect(hex(await holder.vault.getKey(kept))).to.equal(keptKey);
    expect(await holder.vault.isDestroyed(kept)).to.equal(false);
  });

  it('refuses to re-key an erased subject with SubjectErasedError', async () => {
    const id = subject('rekey');
    await holder.vault.createKey(id);
    await holder.vault.destroyKey(id);
    await expectErased(holder.vault.createKey(id), id);
    expect(await holder.vault.getKey(id)).to.equal(undefined);
  });

  it('remembers a subject destroyed before it ever had a key as erased', async () => {
    const id = subject('never-keyed');
    await holder.vault.destroyKey(id);
    expect(await holder.vault.isDestroyed(id)).to.equal(true);
    await expectErased(holder.vault.createKey(id), id);
  });
}

export function concurrencySpecs(holder: VaultHolder, racers: number): void {
  it(`gives ${racers} concurrent creates for one subject one key`, async () => {
    const id = subject('race');
    const keys = await Promise.all(
      Array.from({ length: racers }, async () => {
        await holder.vault.createKey(id);
        return hex(await holder.vault.getKey(id));
      }),
    );
    expect(new Set(keys).size).to.equal(1);
    expect(keys[0]).to.have.lengthOf(KEY_BYTES * 2);
  });
}

export function durabilitySpecs(holder: VaultHolder, reopen: (vault: KeyVault) => Promise<KeyVault>): void {
  it('keeps keys and erasures across a restart', async () => {
    const [kept, gone] = [subject('durable'), subject('erased')];
    await holder.vault.createKey(kept);
    await holder.vault.createKey(gone);
    const keptKey = hex(await holder.vault.getKey(kept));
    await holder.vault.destroyKey(gone);
    holder.vault = await reopen(holder.vault);
    expect(hex(await holder.vault.getKey(kept))).to.equal(keptKey);
    expect(await holder.vault.getKey(gone)).to.equal(undefined);
    expect(await holder.vault.isDestroyed(gone)).to.equal(true);
    await expectErased(holder.vault.createKey(gone), gone);
  });
}
