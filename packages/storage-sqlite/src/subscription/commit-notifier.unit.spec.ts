import { expect } from 'chai';
import { CommitNotifier } from './commit-notifier.js';

describe('CommitNotifier', () => {
  it('wakes every waiter on a commit, and leaves no waiter or timer behind', async () => {
    const notifier = new CommitNotifier();
    const woken = Promise.all([notifier.wait(60_000), notifier.wait(60_000)]);
    expect(notifier.waiting).to.equal(2);
    notifier.notify();
    await woken;
    expect(notifier.waiting).to.equal(0);
  });

  it('wakes on the poll interval when nothing commits in this process', async () => {
    const notifier = new CommitNotifier();
    const started = Date.now();
    await notifier.wait(20);
    expect(Date.now() - started).to.be.at.least(15);
    expect(notifier.waiting).to.equal(0);
  });

  it('wakes on abort', async () => {
    const notifier = new CommitNotifier();
    const controller = new AbortController();
    const waiting = notifier.wait(60_000, controller.signal);
    controller.abort();
    await waiting;
    expect(notifier.waiting).to.equal(0);
  });
});
