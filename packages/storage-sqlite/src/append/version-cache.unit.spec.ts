import { expect } from 'chai';
import { VersionCache } from './version-cache.js';

describe('VersionCache', () => {
  it('remembers versions and forgets on request', () => {
    const cache = new VersionCache();
    cache.set('package-1', 4);
    cache.set('package-1', 5);
    expect(cache.get('package-1')).to.equal(5);
    cache.forget('package-1');
    expect(cache.get('package-1')).to.equal(undefined);
  });

  it('stays bounded, evicting the stream written longest ago', () => {
    const cache = new VersionCache(3);
    for (const name of ['bin-1', 'bin-2', 'bin-3']) cache.set(name, 0);
    cache.set('bin-1', 1);
    cache.set('bin-4', 0);
    expect(cache.size).to.equal(3);
    expect(cache.get('bin-2'), 'oldest write evicted').to.equal(undefined);
    expect(cache.get('bin-1'), 'rewritten recently, kept').to.equal(1);
  });
});
