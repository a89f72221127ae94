import { type ScanAck, type ScanIngest, type ScanOrigin } from '@fairscan/event-store';

const scanIdOf = (records: readonly unknown[]): string => String((records[0] as { scanId?: unknown } | undefined)?.scanId);

export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not seen within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Holds each message (named by its first scanId) until the test lets it be
 * stored, or makes the store fail: the store's timing in the test's hands.
 */
export class HeldIngest implements ScanIngest {
  private readonly held = new Map<string, (fail: boolean) => void>();
  constructor(private readonly into: ScanIngest) {}

  async ingest(records: readonly unknown[], origin?: ScanOrigin): Promise<ScanAck[]> {
    const scanId = scanIdOf(records);
    const fail = await new Promise<boolean>((resolve) => this.held.set(scanId, resolve));
    this.held.delete(scanId);
    if (fail) throw new Error(`the store failed (scan ${scanId})`);
    return this.into.ingest(records, origin);
  }

  /** Resolves once every one of these messages is being stored at the same time. */
  async holding(scanIds: readonly string[]): Promise<void> {
    await until(() => scanIds.every((scanId) => this.held.has(scanId)), `${scanIds.length} messages held at once`);
  }

  store(scanId: string): void {
    this.release(scanId, false);
  }

  fail(scanId: string): void {
    this.release(scanId, true);
  }

  private release(scanId: string, fail: boolean): void {
    const resolve = this.held.get(scanId);
    if (resolve === undefined) throw new Error(`message ${scanId} is not being stored`);
    resolve(fail);
  }
}

/**
 * Counts the messages being stored at once, and the most seen; each takes at
 * least `slowMs`. A closed counter holds every message until `open()`.
 */
export class OverlapCounter implements ScanIngest {
  most = 0;
  calls = 0;
  now = 0;
  private readonly opened: Promise<void>;
  private opener: () => void = () => undefined;
  constructor(
    private readonly into: ScanIngest,
    private readonly slowMs: number,
    closed = false,
  ) {
    this.opened = closed ? new Promise((resolve) => (this.opener = resolve)) : Promise.resolve();
  }

  open(): void {
    this.opener();
  }

  async ingest(records: readonly unknown[], origin?: ScanOrigin): Promise<ScanAck[]> {
    this.calls++;
    this.most = Math.max(this.most, ++this.now);
    try {
      await this.opened;
      const [acks] = await Promise.all([this.into.ingest(records, origin), new Promise((resolve) => setTimeout(resolve, this.slowMs))]);
      return acks;
    } finally {
      this.now--;
    }
  }
}
