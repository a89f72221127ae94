import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { allAccepted, type LoadTarget, type UnitAcks } from './load-target.js';

/** Writes NDJSON, what `fairscan import` reads; acknowledged when the write is handed to the file. */
export class FileTarget implements LoadTarget {
  readonly acknowledgedBy = 'the write to the file (import it with `fairscan import`)';
  private readonly out: WriteStream;
  /** Writes go one after another, in the order they were sent. */
  private tail: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {
    this.out = createWriteStream(path);
  }

  async send(scans: readonly Record<string, unknown>[]): Promise<UnitAcks> {
    const text = scans.map((scan) => `${JSON.stringify(scan)}\n`).join('');
    this.tail = this.tail.then(async () => {
      if (!this.out.write(text)) await once(this.out, 'drain');
    });
    await this.tail;
    return allAccepted(scans.length);
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}
