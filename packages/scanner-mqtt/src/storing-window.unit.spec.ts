import { expect } from 'chai';
import { StoringWindow } from './storing-window.js';

function deferred() {
  let settle: { resolve: () => void; reject: (error: Error) => void } = { resolve: () => undefined, reject: () => undefined };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('StoringWindow', () => {
  it('given room, then the next message is asked for at once; when full, only once one is done, stored or failed', async () => {
    const window = new StoringWindow(2);
    const asked: string[] = [];
    const [a, b, c] = [deferred(), deferred(), deferred()];
    window.admit(a.promise, () => asked.push('after a'));
    window.admit(b.promise, () => asked.push('after b'));
    expect(asked, 'two in the window: mqtt.js is held').to.deep.equal(['after a']);
    a.reject(new Error('the store failed'));
    await settled();
    expect(asked).to.deep.equal(['after a', 'after b']);
    window.admit(c.promise, () => asked.push('after c'));
    b.resolve();
    await settled();
    expect(asked).to.deep.equal(['after a', 'after b', 'after c']);
  });

  it('given messages in the window, then drained waits for every one, those admitted meanwhile included', async () => {
    const window = new StoringWindow(4);
    const [a, b] = [deferred(), deferred()];
    window.admit(a.promise, () => undefined);
    let drained = false;
    const draining = window.drained().then(() => (drained = true));
    a.resolve();
    window.admit(b.promise, () => undefined);
    await settled();
    expect(drained).to.equal(false);
    b.resolve();
    await draining;
    expect(drained).to.equal(true);
  });

  it('given a size that is not a whole number of at least 1, then it is refused', () => {
    expect(() => new StoringWindow(0)).to.throw(RangeError, /at least 1/);
    expect(() => new StoringWindow(2.5)).to.throw(RangeError);
  });
});
