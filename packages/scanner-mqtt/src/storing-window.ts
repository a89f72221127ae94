/**
 * The messages being stored at once. Each starts storing as soon as it
 * arrives; once `size` are in the window, mqtt.js is held (it reads nothing
 * more from the socket, and TCP pushes back on the broker) until one is done.
 * Concurrent messages are what lets the store group-commit many into one
 * transaction.
 */
export class StoringWindow {
  private readonly storing = new Set<Promise<unknown>>();
  private readonly held: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`the window must be a whole number of messages, at least 1 (got ${size})`);
  }

  /**
   * Counts `work` in the window until it settles; calls `next` (take the next
   * message) now if there is room, else once there is. A failure of `work` is
   * the caller's to report: here it only frees the place.
   */
  admit(work: Promise<unknown>, next: () => void): void {
    const done: Promise<unknown> = work.then(
      () => this.free(done),
      () => this.free(done),
    );
    this.storing.add(done);
    if (this.storing.size < this.size) next();
    else this.held.push(next);
  }

  private free(done: Promise<unknown>): void {
    this.storing.delete(done);
    this.held.shift()?.();
  }

  /** Resolves once every message admitted so far is done, those admitted while waiting included. */
  async drained(): Promise<void> {
    while (this.storing.size > 0) await Promise.allSettled([...this.storing]);
  }
}
