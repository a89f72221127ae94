import { expect } from 'chai';
import { CommitNotifier } from './notifier.js';

describe('CommitNotifier', () => {
  it('wakes every waiter on a commit, and leaves no waiter or timer behind', async () => {
    const notifier = new CommitNotifier();
    const woken = Promise.all([notifier.wait(undefined, 60_000), notifier.wait(undefined, 60_000)]);
    expect(notifier.waiting).to.equal(2);
    notifier.notify();
    await woken;
    expect(notifier.waiting).to.equal(0);
  });

  it('wakes on the poll interval when nothing commits in this process', async () => {
    const notifier = new CommitNotifier();
    const started = Date.now();
    await notifier.wait(undefined, 20);
    expect(Date.now() - started).to.be.at.least(15);
    expect(notifier.waiting).to.equal(0);
  });

  it('waits for a commit alone when no poll interval is given', async () => {
    const notifier = new CommitNotifier();
    let woken = false;
    const waiting = notifier.wait().then(() => (woken = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(woken).to.equal(false);
    notifier.notify();
    await waiting;
  });

  it('wakes on abort', async () => {
    const notifier = new CommitNotifier();
    const controller = new AbortController();
    const waiting = notifier.wait(controller.signal, 60_000);
    controller.abort();
    await waiting;
    expect(notifier.waiting).to.equal(0);
  });
});
