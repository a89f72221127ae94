/**
 * Wakes live subscriptions after a commit in this process, when the poll
 * interval passes (another process may have written the file), on abort, or
 * when the store closes.
 */
export class CommitNotifier {
  private readonly waiters = new Set<() => void>();

  wait(pollMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, pollMs);
      this.waiters.add(wake);
      signal?.addEventListener('abort', wake, { once: true });
    });
  }

  notify(): void {
    for (const wake of [...this.waiters]) wake();
  }

  get waiting(): number {
    return this.waiters.size;
  }
}
