import { stat } from 'node:fs/promises';
import { type CheckpointStore, type ScanIngest } from '@fairscan/event-store';
import { fileIdentity } from './file-identity.js';
import { type ColumnMapping, type FileFormat, type FileRecord, formatOf, readRecords } from './file-records.js';
import { type ChunkResult, ingestChunk } from './import-chunk.js';
import { openText } from './open-text.js';
import { RejectionReport } from './rejection-report.js';

export interface ImportFileOptions {
  readonly path: string;
  /** Default: from the name (`.csv`, `.csv.gz` are CSV; anything else NDJSON). Gzip is detected by its magic bytes. */
  readonly format?: FileFormat;
  readonly mapping?: ColumnMapping;
  /** Where rejected lines go (NDJSON: line, scanId, field errors, message). */
  readonly reportPath: string;
  /** Where the import remembers the last line it stored, keyed by the file's identity. */
  readonly checkpoints: CheckpointStore;
  readonly chunkLines?: number;
  /** Chunks being stored at once: bounds memory, and lets group commit gather a chunk into few transactions. */
  readonly chunksInFlight?: number;
  /** Aborting stops reading; chunks in flight finish and are checkpointed, so a rerun resumes there. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  readonly line: number;
  readonly bytesRead: number;
  readonly size: number;
}

export interface ImportSummary {
  /** The line the import resumed after; 0 for a fresh start. */
  readonly resumedFrom: number;
  readonly lastLine: number;
  readonly stored: number;
  readonly duplicates: number;
  /** Rejected lines in the report, earlier runs of a resumed import included. */
  readonly rejected: number;
  /** False when aborted before the end of the file. */
  readonly complete: boolean;
}

/** Chunks being stored, oldest first; each is settled (reported, checkpointed) in file order. */
class ChunkPipeline {
  private readonly queue: Promise<ChunkResult>[] = [];
  readonly tally = { lastLine: 0, stored: 0, duplicates: 0 };

  constructor(
    private readonly ingest: ScanIngest,
    private readonly report: RejectionReport,
    private readonly checkpoint: (line: number) => Promise<void>,
    private readonly onSettled: (line: number) => void,
  ) {}

  get inFlight(): number {
    return this.queue.length;
  }

  send(lines: readonly FileRecord[]): void {
    const pending = ingestChunk(this.ingest, lines);
    pending.catch(() => undefined); // awaited in order by settleOldest; a store failure surfaces there
    this.queue.push(pending);
  }

  async settleOldest(): Promise<void> {
    const done = await this.queue.shift()!;
    await this.report.add(done.rejections);
    await this.checkpoint(done.lastLine);
    this.tally.lastLine = done.lastLine;
    this.tally.stored += done.stored;
    this.tally.duplicates += done.duplicates;
    this.onSettled(done.lastLine);
  }

  async drain(): Promise<void> {
    while (this.queue.length > 0) await this.settleOldest();
  }
}

/**
 * Streams a file of scans into the ingest in chunks, a bounded number in
 * flight, saving a checkpoint after each chunk that is stored with all those
 * before it. A rerun after Ctrl-C or a crash resumes after the checkpoint;
 * lines stored past it are read again and deduplicated by scanId.
 */
export async function importFile(ingest: ScanIngest, options: ImportFileOptions): Promise<ImportSummary> {
  const name = `import:${await fileIdentity(options.path)}`;
  const resumedFrom = (await options.checkpoints.load(name)) ?? 0;
  const report = await RejectionReport.open(options.reportPath, resumedFrom > 0);
  const { size } = await stat(options.path);
  const opened = await openText(options.path);
  const pipeline = new ChunkPipeline(
    ingest,
    report,
    (line) => options.checkpoints.save(name, line),
    (line) => options.onProgress?.({ line, bytesRead: opened.bytesRead(), size }),
  );
  pipeline.tally.lastLine = resumedFrom;
  const records = readRecords(opened, options.format ?? formatOf(options.path), options.mapping);
  const complete = await feed(pipeline, records, resumedFrom, { chunkLines: 512, chunksInFlight: 4, ...options });
  await pipeline.drain();
  opened.text.destroy();
  return { resumedFrom, ...pipeline.tally, rejected: report.rejected, complete };
}

/** Reads lines after `resumedFrom` into chunks; false when stopped by the signal before the end. */
async function feed(pipeline: ChunkPipeline, records: AsyncIterable<FileRecord>, resumedFrom: number, options: ImportFileOptions): Promise<boolean> {
  const { chunkLines, chunksInFlight } = options as Required<ImportFileOptions>;
  let chunk: FileRecord[] = [];
  for await (const record of records) {
    if (record.line <= resumedFrom) continue;
    chunk.push(record);
    if (chunk.length < chunkLines) continue;
    pipeline.send(chunk);
    chunk = [];
    if (pipeline.inFlight >= chunksInFlight) await pipeline.settleOldest();
    if (options.signal?.aborted) return false;
  }
  if (chunk.length > 0) pipeline.send(chunk);
  return true;
}
