/** Anything with an instant in epoch ms. */
export interface HasTime {
  readonly at: number;
}

interface Head<T> {
  readonly item: T;
  readonly source: number;
}

const before = <T extends HasTime>(a: Head<T>, b: Head<T>): boolean =>
  a.item.at < b.item.at || (a.item.at === b.item.at && a.source < b.source);

/** A binary min-heap of the sources' next items, earliest first, ties to the lower source index. */
class HeadHeap<T extends HasTime> {
  private readonly heads: Head<T>[] = [];

  get size(): number {
    return this.heads.length;
  }

  push(head: Head<T>): void {
    const heads = this.heads;
    let i = heads.push(head) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(head, heads[parent] as Head<T>)) break;
      heads[i] = heads[parent] as Head<T>;
      i = parent;
    }
    heads[i] = head;
  }

  pop(): Head<T> | undefined {
    const heads = this.heads;
    const top = heads[0];
    const last = heads.pop();
    if (heads.length > 0 && last !== undefined) this.siftDown(last);
    return top;
  }

  private siftDown(head: Head<T>): void {
    const heads = this.heads;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heads.length) break;
      const right = left + 1;
      const child = right < heads.length && before(heads[right] as Head<T>, heads[left] as Head<T>) ? right : left;
      if (!before(heads[child] as Head<T>, head)) break;
      heads[i] = heads[child] as Head<T>;
      i = child;
    }
    heads[i] = head;
  }
}

/**
 * A k-way merge of time-ordered sources into one time-ordered sequence,
 * holding one item per source: the day is never materialised. A source is
 * asked for its next item only once its previous one has been emitted.
 */
export function* mergeByTime<T extends HasTime>(sources: readonly Iterator<T>[]): Generator<T> {
  const heap = new HeadHeap<T>();
  sources.forEach((iterator, source) => {
    const first = iterator.next();
    if (!first.done) heap.push({ item: first.value, source });
  });
  let previous = -Infinity;
  while (heap.size > 0) {
    const { item, source } = heap.pop() as Head<T>;
    if (item.at < previous) throw new Error(`source ${source} went back in time: ${item.at} after ${previous}`);
    previous = item.at;
    yield item;
    const next = sources[source]?.next();
    if (next !== undefined && !next.done) heap.push({ item: next.value, source });
  }
}
