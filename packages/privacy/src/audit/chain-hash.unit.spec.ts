import { expect } from 'chai';
import { canonicalJson, entryHash } from './chain-hash.js';

describe('canonical JSON and entry hashes', () => {
  it('writes the same text whatever the key order, at every depth', () => {
    const a = { what: 'person-day', nested: { b: 1, a: [{ y: 2, x: 1 }] }, at: '2024-03-02' };
    const b = { at: '2024-03-02', nested: { a: [{ x: 1, y: 2 }], b: 1 }, what: 'person-day' };
    expect(canonicalJson(a)).to.equal(canonicalJson(b));
    expect(canonicalJson(a)).to.equal('{"at":"2024-03-02","nested":{"a":[{"x":1,"y":2}],"b":1},"what":"person-day"}');
  });

  it('leaves out undefined fields, as a JSON store would', () => {
    expect(canonicalJson({ a: 1, b: undefined })).to.equal('{"a":1}');
  });

  it('changes the hash when the previous hash, type, data or event id changes', () => {
    const base = entryHash('0'.repeat(64), 'AccessLogged', { actor: 'c.martin' }, 'e1');
    expect(base).to.match(/^[0-9a-f]{64}$/);
    expect(entryHash('1'.repeat(64), 'AccessLogged', { actor: 'c.martin' }, 'e1')).not.to.equal(base);
    expect(entryHash('0'.repeat(64), 'RetentionApplied', { actor: 'c.martin' }, 'e1')).not.to.equal(base);
    expect(entryHash('0'.repeat(64), 'AccessLogged', { actor: 'c.marti' }, 'e1')).not.to.equal(base);
    expect(entryHash('0'.repeat(64), 'AccessLogged', { actor: 'c.martin' }, 'e2')).not.to.equal(base);
  });
});
