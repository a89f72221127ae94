import { expect } from 'chai';
import { hashPassword, scryptCost, verifyPassword } from './password.js';

// A cheap cost keeps the unit suite fast; the stored parameters are what verify uses.
const cheap = { N: 2 ** 10, r: 8, p: 1, keyLength: 32 };

describe('password hashing (scrypt)', () => {
  it('verifies the right password only, with the parameters stored beside the hash', async () => {
    const stored = await hashPassword('correct horse battery', cheap);
    expect(stored).to.include({ kdf: 'scrypt', N: 1024, r: 8, p: 1, keyLength: 32 });
    expect(await verifyPassword('correct horse battery', stored)).to.equal(true);
    expect(await verifyPassword('correct horse batterY', stored)).to.equal(false);
  });

  it('salts each hash: the same password never gives the same record', async () => {
    const [a, b] = [await hashPassword('correct horse battery', cheap), await hashPassword('correct horse battery', cheap)];
    expect(a.salt).not.to.equal(b.salt);
    expect(a.hash).not.to.equal(b.hash);
  });

  it('refuses a short password, saying how long it must be', async () => {
    let error: unknown;
    await hashPassword('short', cheap).catch((caught: unknown) => (error = caught));
    expect(String(error)).to.include('at least 12 characters');
  });

  it('defaults to OWASP scrypt cost', () => {
    expect(scryptCost).to.eql({ N: 131072, r: 8, p: 1, keyLength: 32 });
  });
});
