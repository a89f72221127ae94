import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { type FieldError } from '@fairscan/domain';

/** One refused line of an import, as written to the report (NDJSON, one a line). */
export interface FileRejection {
  readonly line: number;
  readonly scanId?: string;
  readonly errors: readonly FieldError[];
  /** What a person reads: `line 42: field "code": check digit 2 should be 1 (…)`. */
  readonly message: string;
}

/** The rejected-lines report of one import; a resumed import appends to the report its first run began. */
export class RejectionReport {
  private constructor(readonly path: string, private count: number) {}

  static async open(path: string, resuming: boolean): Promise<RejectionReport> {
    mkdirSync(dirname(path), { recursive: true });
    if (resuming && existsSync(path)) return new RejectionReport(path, await countLines(path));
    await writeFile(path, '');
    return new RejectionReport(path, 0);
  }

  /** Rejections so far, earlier runs of a resumed import included. */
  get rejected(): number {
    return this.count;
  }

  async add(rejections: readonly FileRejection[]): Promise<void> {
    if (rejections.length === 0) return;
    await appendFile(this.path, rejections.map((rejection) => `${JSON.stringify(rejection)}\n`).join(''));
    this.count += rejections.length;
  }
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const line of createInterface({ input: createReadStream(path) })) if (line.trim() !== '') lines++;
  return lines;
}
