/**
 * The bounded queue in front of the store: counts records handed to the
 * ingest and not yet acknowledged. A request that would push it past its
 * capacity is refused (429) instead of queued, so memory stays bounded
 * however far the store falls behind.
 */
export class InFlightGate {
  private inFlight = 0;

  constructor(readonly capacity: number) {}

  /** Whether any room is left: checked before a body is even read. */
  get full(): boolean {
    return this.inFlight >= this.capacity;
  }

  get records(): number {
    return this.inFlight;
  }

  tryEnter(records: number): boolean {
    if (this.inFlight + records > this.capacity) return false;
    this.inFlight += records;
    return true;
  }

  leave(records: number): void {
    this.inFlight -= records;
  }

  /** Runs `work` holding `records` places; undefined when there was no room. */
  async within<T>(records: number, work: () => Promise<T>): Promise<T | undefined> {
    if (!this.tryEnter(records)) return undefined;
    try {
      return await work();
    } finally {
      this.leave(records);
    }
  }
}
