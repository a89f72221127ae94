import { type ScanIngest } from '@fairscan/event-store';
import { type FileRecord } from './file-records.js';
import { type FileRejection } from './rejection-report.js';

export interface ChunkResult {
  readonly lastLine: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly rejections: readonly FileRejection[];
}

type Readable = Extract<FileRecord, { record: unknown }>;

const unreadable = (record: FileRecord): FileRejection[] =>
  'unreadable' in record ? [{ line: record.line, errors: [{ field: '', message: record.unreadable }], message: `line ${record.line}: ${record.unreadable}` }] : [];

/** Ingests one chunk of lines; every refusal is named by its line in the file, a bad line never drops the others. */
export async function ingestChunk(ingest: ScanIngest, chunk: readonly FileRecord[]): Promise<ChunkResult> {
  const readable = chunk.filter((record): record is Readable => 'record' in record);
  const acks = await ingest.ingest(readable.map((record) => record.record));
  const refused = acks.flatMap((ack): FileRejection[] => {
    if (ack.status !== 'rejected') return [];
    const line = readable[ack.index]!.line;
    const message = ack.errors.map((error) => `line ${line}: field "${error.field}": ${error.message}`).join('\n');
    return [{ line, scanId: ack.scanId, errors: ack.errors, message }];
  });
  return {
    lastLine: chunk.at(-1)?.line ?? 0,
    stored: acks.filter((ack) => ack.status === 'accepted').length,
    duplicates: acks.filter((ack) => ack.status === 'duplicate').length,
    rejections: [...chunk.flatMap(unreadable), ...refused].sort((a, b) => a.line - b.line),
  };
}
