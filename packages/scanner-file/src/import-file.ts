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
  const tally = { lastLine: resumedFrom, stored: 0, duplicates: 0 };
  const queue: Promise<ChunkResult>[] = [];
  const settle = async () => {
    const done = await queue.shift()!;
    await report.add(done.rejections);
    await options.checkpoints.save(name, done.lastLine);
    Object.assign(tally, { lastLine: done.lastLine, stored: tally.stored + done.stored, duplicates: tally.duplicates + done.duplicates });
    options.onProgress?.({ line: done.lastLine, bytesRead: opened.bytesRead(), size });
  };
  const send = (lines: readonly FileRecord[]) => {
    const pending = ingestChunk(ingest, lines);
    pending.catch(() => undefined); // awaited in order by settle; a store failure surfaces there
    queue.push(pending);
  };
  const chunkLines = options.chunkLines ?? 512;
  let chunk: FileRecord[] = [];
  for await (const record of readRecords(opened, options.format ?? formatOf(options.path), options.mapping)) {
    if (record.line <= resumedFrom) continue;
    chunk.push(record);
    if (chunk.length < chunkLines) continue;
    send(chunk);
    chunk = [];
    if (queue.length >= (options.chunksInFlight ?? 4)) await settle();
    if (options.signal?.aborted) break;
  }
  const complete = options.signal?.aborted !== true;
  if (complete && chunk.length > 0) send(chunk);
  while (queue.length > 0) await settle();
  opened.text.destroy();
  return { resumedFrom, ...tally, rejected: report.rejected, complete };
}
