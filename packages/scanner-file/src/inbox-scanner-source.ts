import { mkdirSync } from 'node:fs';
import { readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type CheckpointStore, type ScanIngest, type ScannerSource } from '@fairscan/event-store';
import { type ColumnMapping } from './file-records.js';
import { importFile } from './import-file.js';

export interface InboxScannerSourceOptions {
  /** The folder an older WMS drops its exports into; a file must appear whole (written elsewhere, then moved in). */
  readonly inbox: string;
  readonly checkpoints: CheckpointStore;
  readonly mapping?: ColumnMapping;
  readonly pollMs?: number;
}

const importable = /\.(ndjson|jsonl|csv)(\.gz)?$/i;

/**
 * A ScannerSource over a folder: every file dropped in is imported, then moved
 * to `done/`; its rejected lines go to `rejected/<file>.ndjson`. A file dropped
 * while fairscan is stopped is imported when it starts; one interrupted by a
 * stop resumes from its checkpoint.
 */
export class InboxScannerSource implements ScannerSource {
  readonly kind = 'file';
  private stopping: AbortController | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly options: InboxScannerSourceOptions) {}

  async start(ingest: ScanIngest): Promise<void> {
    for (const folder of ['done', 'rejected']) mkdirSync(join(this.options.inbox, folder), { recursive: true });
    const stopping = new AbortController();
    this.stopping = stopping;
    this.running = this.watch(ingest, stopping.signal);
  }

  async stop(): Promise<void> {
    this.stopping?.abort();
    await this.running;
  }

  private async watch(ingest: ScanIngest, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      for (const file of await this.waiting()) {
        const summary = await importFile(ingest, {
          path: join(this.options.inbox, file),
          mapping: this.options.mapping,
          reportPath: join(this.options.inbox, 'rejected', `${file}.ndjson`),
          checkpoints: this.options.checkpoints,
          signal,
        });
        if (!summary.complete) return;
        await rename(join(this.options.inbox, file), join(this.options.inbox, 'done', file));
      }
      await sleep(this.options.pollMs ?? 100, undefined, { signal }).catch(() => undefined);
    }
  }

  private async waiting(): Promise<string[]> {
    return (await readdir(this.options.inbox, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && importable.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  }
}
