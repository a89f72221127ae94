import { expect } from 'chai';
import { expectRejection } from '@fairscan/event-store/conformance';
import { InMemoryKeyVault } from '../vault/in-memory-key-vault.js';
import { SubjectErasedError } from '../vault/key-vault.js';
import {
  decryptField,
  encryptField,
  FieldIntegrityError,
  isEncryptedField,
  MASKED,
  MissingSubjectKeyError,
} from './field-cipher.js';

/** Any rejection, for checks on its class or message. */
const rejection = (action: Promise<unknown>): Promise<Error> => expectRejection(action, Error);

describe('field cipher (crypto-shredding codec)', () => {
  it('reads back what it encrypted, accents and all', async () => {
    const vault = new InMemoryKeyVault();
    const field = await encryptField(vault, 'sub_ana', 'E-0042 Anaïs Lefèvre');
    expect(await decryptField(vault, field)).to.equal('E-0042 Anaïs Lefèvre');
  });

  it('stores only the subject reference and base64 ciphertext, never the plaintext', async () => {
    const field = await encryptField(new InMemoryKeyVault(), 'sub_ana', 'E-0042');
    expect(field).to.include({ enc: 'aes-256-gcm', subject: 'sub_ana' });
    expect(JSON.stringify(field)).not.to.include('E-0042');
    expect(isEncryptedField(JSON.parse(JSON.stringify(field)))).to.equal(true);
  });

  it('uses a fresh nonce per field, so equal values do not look equal', async () => {
    const vault = new InMemoryKeyVault();
    const [a, b] = [await encryptField(vault, 'sub_ana', 'E-0042'), await encryptField(vault, 'sub_ana', 'E-0042')];
    expect(a.iv).not.to.equal(b.iv);
    expect(a.ct).not.to.equal(b.ct);
  });

  it('returns the masked marker once the subject key is destroyed, and only for that subject', async () => {
    const vault = new InMemoryKeyVault();
    const erased = await encryptField(vault, 'sub_ana', 'E-0042');
    const kept = await encryptField(vault, 'sub_bo', 'E-0043');
    await vault.destroyKey('sub_ana');
    expect(await decryptField(vault, erased)).to.equal(MASKED);
    expect(await decryptField(vault, kept)).to.equal('E-0043');
  });

  it('refuses to encrypt for an erased subject instead of minting a fresh key', async () => {
    const vault = new InMemoryKeyVault();
    await vault.destroyKey('sub_ana');
    expect(await rejection(encryptField(vault, 'sub_ana', 'E-0042'))).to.be.instanceOf(SubjectErasedError);
  });

  it('detects an altered ciphertext', async () => {
    const vault = new InMemoryKeyVault();
    const field = await encryptField(vault, 'sub_ana', 'E-0042');
    const ct = Buffer.from(field.ct, 'base64');
    ct[0] = (ct[0] ?? 0) ^ 1;
    const error = await rejection(decryptField(vault, { ...field, ct: ct.toString('base64') }));
    expect(error).to.be.instanceOf(FieldIntegrityError);
    expect(error.message).to.include('sub_ana');
  });

  it('does not decrypt a field relabelled with another subject', async () => {
    const vault = new InMemoryKeyVault();
    const field = await encryptField(vault, 'sub_ana', 'E-0042');
    await vault.createKey('sub_bo');
    expect(await rejection(decryptField(vault, { ...field, subject: 'sub_bo' }))).to.be.instanceOf(FieldIntegrityError);
  });

  it('tells a lost key apart from an erased one', async () => {
    const field = await encryptField(new InMemoryKeyVault(), 'sub_ana', 'E-0042');
    const error = await rejection(decryptField(new InMemoryKeyVault(), field));
    expect(error).to.be.instanceOf(MissingSubjectKeyError);
    expect(error.message).to.include('no record of its erasure');
  });

  it('names the malformed field', async () => {
    const vault = new InMemoryKeyVault();
    const field = await encryptField(vault, 'sub_ana', 'E-0042');
    const error = await rejection(decryptField(vault, { ...field, iv: 'AAAA' }));
    expect(error).to.be.instanceOf(FieldIntegrityError);
    expect(error.message).to.equal('encrypted field of subject "sub_ana": field "iv": 3 bytes, expected 12');
  });
});
