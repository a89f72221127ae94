import { expect } from 'chai';
import { RandomSource } from './random.js';

const draws = (source: RandomSource, n = 20): number[] => Array.from({ length: n }, () => source.int(0, 1_000_000));

describe('RandomSource', () => {
  it('gives the same draws for the same seed and label, and different ones otherwise', () => {
    expect(draws(RandomSource.fromSeed(42, 'lil1'))).to.eql(draws(RandomSource.fromSeed(42, 'lil1')));
    expect(draws(RandomSource.fromSeed(42, 'lil1'))).not.to.eql(draws(RandomSource.fromSeed(43, 'lil1')));
    expect(draws(RandomSource.fromSeed(42, 'lil1'))).not.to.eql(draws(RandomSource.fromSeed(42, 'lyo2')));
  });

  it('tells apart seeds that differ only above 32 bits', () => {
    expect(draws(RandomSource.fromSeed(1))).not.to.eql(draws(RandomSource.fromSeed(1 + 2 ** 32)));
  });

  it('forks by label, whatever the parent drew before', () => {
    const fresh = RandomSource.fromSeed(7);
    const used = RandomSource.fromSeed(7);
    draws(used, 100);
    expect(draws(fresh.fork('worker:3'))).to.eql(draws(used.fork('worker:3')));
    expect(draws(fresh.fork('worker:3'))).not.to.eql(draws(fresh.fork('worker:4')));
  });

  it('keeps ints within their inclusive bounds and reaches both ends', () => {
    const source = RandomSource.fromSeed(1);
    const seen = new Set(Array.from({ length: 500 }, () => source.int(3, 6)));
    expect([...seen].sort()).to.eql([3, 4, 5, 6]);
  });

  it('builds RFC 9562 version-7 UUIDs that carry the instant', () => {
    const at = Date.parse('2024-03-01T05:07:31.327Z');
    const id = RandomSource.fromSeed(1).uuidV7(at);
    expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).to.equal(at);
  });

  it('draws UUIDs that do not repeat', () => {
    const source = RandomSource.fromSeed(5);
    const ids = new Set(Array.from({ length: 10_000 }, () => source.uuidV7(0)));
    expect(ids.size).to.equal(10_000);
  });

  it('shuffles without losing or duplicating items', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = RandomSource.fromSeed(9).shuffled(items);
    expect(shuffled).not.to.eql(items);
    expect([...shuffled].sort((a, b) => a - b)).to.eql(items);
  });
});
