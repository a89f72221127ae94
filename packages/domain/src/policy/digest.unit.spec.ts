import { expect } from 'chai';
import { canonicalJson, sha256Hex } from './digest.js';

describe('digest', () => {
  it('given the FIPS 180-4 test messages, when hashed, then SHA-256 gives the published digests', () => {
    expect(sha256Hex('')).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).to.equal(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('given accents, emoji and a text longer than one block, when hashed, then the UTF-8 bytes are hashed', () => {
    // Digests from Node's crypto.createHash('sha256').update(text, 'utf8').
    expect(sha256Hex('Léa Roux 🚚 ✓')).to.equal('5e26ad33345cca5c36310214ec11ada8f19b0d859d2bde9bbfaf70da5de117f7');
    expect(sha256Hex('a'.repeat(1000))).to.equal('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });

  it('given the same data in another key order, when written canonically, then the text is the same', () => {
    const a = { what: 'person-day', nested: { b: 1, a: [{ y: 2, x: 1 }] }, at: '2024-03-02', gone: undefined };
    const b = { at: '2024-03-02', nested: { a: [{ x: 1, y: 2 }], b: 1 }, what: 'person-day' };
    expect(canonicalJson(a)).to.equal(canonicalJson(b));
    expect(canonicalJson(a)).to.equal('{"at":"2024-03-02","nested":{"a":[{"x":1,"y":2}],"b":1},"what":"person-day"}');
  });
});
