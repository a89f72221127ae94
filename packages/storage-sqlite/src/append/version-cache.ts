/**
 * Stream versions this process last committed, so an append to a known stream
 * costs no read. Bounded (a site creates a package stream per item), oldest
 * entries evicted first. The group commit clears it whenever another
 * connection has committed (PRAGMA data_version), so it never outlives the truth.
 */
export class VersionCache {
  private readonly versions = new Map<string, number>();

  constructor(private readonly maxEntries = 100_000) {}

  get(streamName: string): number | undefined {
    return this.versions.get(streamName);
  }

  set(streamName: string, version: number): void {
    this.versions.delete(streamName);
    this.versions.set(streamName, version);
    if (this.versions.size > this.maxEntries) {
      const oldest = this.versions.keys().next().value as string;
      this.versions.delete(oldest);
    }
  }

  forget(streamName: string): void {
    this.versions.delete(streamName);
  }

  clear(): void {
    this.versions.clear();
  }

  get size(): number {
    return this.versions.size;
  }
}
