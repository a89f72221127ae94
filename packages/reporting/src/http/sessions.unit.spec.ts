import { expect } from 'chai';
import { Sessions } from './sessions.js';

describe('Sessions', () => {
  let now = 0;
  const sessions = () => new Sessions({ idleMs: 1000, maxMs: 5000, clock: () => now });

  beforeEach(() => {
    now = 0;
  });

  it('gives each login its own unguessable token, and forgets it at logout', () => {
    const store = sessions();
    const [a, b] = [store.open('lea'), store.open('lea')];
    expect(a).not.to.equal(b);
    expect(a).to.match(/^[\w-]{43}$/);
    store.close(a);
    expect(store.accountOf(a)).to.equal(undefined);
    expect(store.accountOf(b)).to.equal('lea');
  });

  it('ends a session left unused for the idle time, but not one in use', () => {
    const store = sessions();
    const [idle, busy] = [store.open('lea'), store.open('sm')];
    for (now = 800; now <= 2400; now += 800) expect(store.accountOf(busy)).to.equal('sm');
    expect(store.accountOf(idle)).to.equal(undefined);
  });

  it('ends every session at its maximum age, however busy', () => {
    const store = sessions();
    const token = store.open('sm');
    for (now = 900; now < 5000; now += 900) store.accountOf(token);
    now = 5001;
    expect(store.accountOf(token)).to.equal(undefined);
  });
});
