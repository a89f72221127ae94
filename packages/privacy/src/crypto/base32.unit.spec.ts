import { expect } from 'chai';
import { base32 } from './base32.js';

describe('base32', () => {
  it('matches the RFC 4648 test vectors, in lower case and unpadded', () => {
    const vectors: Array<[string, string]> = [
      ['', ''],
      ['f', 'my'],
      ['fo', 'mzxq'],
      ['foo', 'mzxw6'],
      ['foob', 'mzxw6yq'],
      ['fooba', 'mzxw6ytb'],
      ['foobar', 'mzxw6ytboi'],
    ];
    for (const [input, expected] of vectors) expect(base32(Buffer.from(input))).to.equal(expected);
  });

  it('uses only the pseudonym alphabet a-z2-7', () => {
    expect(base32(Buffer.from(Array.from({ length: 256 }, (_, i) => i)))).to.match(/^[a-z2-7]+$/);
  });
});
