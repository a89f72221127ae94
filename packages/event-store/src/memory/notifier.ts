/**
 * Wakes live subscriptions when something was committed (or the store
 * closed). A waiter registers synchronously right after its last read, so an
 * append in between cannot be missed. A store whose data other processes
 * also write gives a poll interval: the waiter then wakes on its own too.
 */
export class CommitNotifier {
  private readonly waiters = new Set<() => void>();

  wait(signal?: AbortSignal, pollMs?: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = pollMs === undefined ? undefined : setTimeout(wake, pollMs);
      this.waiters.add(wake);
      signal?.addEventListener('abort', wake, { once: true });
    });
  }

  notify(): void {
    for (const wake of [...this.waiters]) wake();
  }

  /** Waiters not yet woken: a test checks none is left behind. */
  get waiting(): number {
    return this.waiters.size;
  }
}
