interface Waiter {
  readonly position: number;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Callers waiting for a projection to reach a global position. */
export class PositionWaiters {
  private waiting: Waiter[] = [];

  until(position: number, current: number): Promise<void> {
    if (current >= position) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiting.push({ position, resolve, reject }));
  }

  reached(current: number): void {
    if (this.waiting.length === 0) return;
    const [done, pending] = partition(this.waiting, (waiter) => waiter.position <= current);
    this.waiting = pending;
    for (const waiter of done) waiter.resolve();
  }

  fail(error: unknown): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const waiter of waiting) waiter.reject(error);
  }
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
