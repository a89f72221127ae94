import { expect } from 'chai';
import { globalPositionOf, startAfter } from './positions.js';

describe('EventStoreDB positions at the port', () => {
  it('maps the commit position to a safe-integer globalPosition', () => {
    expect(globalPositionOf({ commit: 4_321n, prepare: 4_321n }, 'event')).to.equal(4321);
    expect(globalPositionOf({ commit: 2n ** 53n - 1n, prepare: 2n ** 53n - 1n }, 'event')).to.equal(Number.MAX_SAFE_INTEGER);
  });

  it('refuses a commit position past 2^53 rather than rounding it, naming the event', () => {
    expect(() => globalPositionOf({ commit: 2n ** 53n + 1n, prepare: 0n }, 'event 7 of "package-1"')).to.throw(/event 7 of "package-1".*9007199254740993/);
  });

  it('starts a read after a checkpoint at that position, and 0 at the start', () => {
    expect(startAfter(0)).to.equal('start');
    expect(startAfter(undefined)).to.equal('start');
    expect(startAfter(128)).to.deep.equal({ commit: 128n, prepare: 128n });
  });
});
