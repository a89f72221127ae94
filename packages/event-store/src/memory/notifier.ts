/**
 * Wakes live subscriptions when something was committed (or the store
 * closed). A waiter registers synchronously right after its last read, so an
 * append in between cannot be missed.
 */
export class CommitNotifier {
  private readonly waiters = new Set<() => void>();

  wait(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        this.waiters.delete(wake);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      this.waiters.add(wake);
      signal?.addEventListener('abort', wake, { once: true });
    });
  }

  notify(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
