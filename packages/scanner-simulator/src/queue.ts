/** First in, first out, O(1) both ends; drops consumed slots as it goes so memory follows the backlog, not the day. */
export class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(...items: T[]): void {
    for (const item of items) this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head++];
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  /** Up to `count` items from the front. */
  take(count: number): T[] {
    const taken: T[] = [];
    while (taken.length < count && this.size > 0) taken.push(this.shift() as T);
    return taken;
  }
}
