/**
 * Returns the next page of rows, or undefined when there are no more. A page
 * is fetched synchronously and fully (never an open SQLite cursor across an
 * await: the connection would stay busy); it may await before fetching
 * (a live subscription waits for a commit).
 */
export type NextPage<Row> = () => readonly Row[] | undefined | Promise<readonly Row[] | undefined>;

/**
 * An async iterable over pages, decoding one row per `next()`. Hand-written
 * rather than an async generator: a replay of a million events spends its
 * time in JSON.parse, not in generator machinery.
 */
export function pagedIterable<Row, Item>(start: () => NextPage<Row>, decode: (row: Row) => Item): AsyncIterable<Item> {
  return { [Symbol.asyncIterator]: () => new PagedIterator(start(), decode) };
}

class PagedIterator<Row, Item> implements AsyncIterator<Item> {
  private page: readonly Row[] = [];
  private index = 0;
  private finished = false;

  constructor(
    private readonly nextPage: NextPage<Row>,
    private readonly decode: (row: Row) => Item,
  ) {}

  next(): Promise<IteratorResult<Item>> {
    if (this.index < this.page.length) return Promise.resolve(this.item());
    return this.refill();
  }

  /** `break` in a for-await loop: drop the page, fetch nothing more. */
  return(): Promise<IteratorResult<Item>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  private async refill(): Promise<IteratorResult<Item>> {
    while (!this.finished) {
      let page: readonly Row[] | undefined;
      try {
        page = await this.nextPage();
      } catch (error) {
        this.finish();
        throw error;
      }
      if (page === undefined) this.finish();
      else if (page.length > 0 && !this.finished) {
        this.page = page;
        this.index = 0;
        return this.item();
      }
    }
    return { value: undefined, done: true };
  }

  private item(): IteratorResult<Item> {
    return { value: this.decode(this.page[this.index++] as Row), done: false };
  }

  private finish(): void {
    this.finished = true;
    this.page = [];
    this.index = 0;
  }
}
