import { Readable, type Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { type StoredEvent } from '@fairscan/domain';
import { type EpcisOptions } from './epcis-event.js';
import { epcisDocument } from './epcis-document.js';
import { exportColumns, exportRowOf } from './export-row.js';

export const exportFormats = ['csv', 'ndjson', 'epcis'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const isExportFormat = (value: string): value is ExportFormat => (exportFormats as readonly string[]).includes(value);

/** Joins small strings into ~64 KiB chunks: fewer writes, same bytes, bounded memory. */
async function* chunked(parts: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<string> {
  let chunk = '';
  for await (const part of parts) {
    chunk += part;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

async function* counted<T>(events: AsyncIterable<T>, tally: { events: number }): AsyncGenerator<T> {
  for await (const event of events) {
    tally.events++;
    yield event;
  }
}

async function* rows(events: AsyncIterable<StoredEvent>) {
  for await (const event of events) yield exportRowOf(event);
}

async function* ndjsonLines(events: AsyncIterable<StoredEvent>): AsyncGenerator<string> {
  for await (const event of events) yield `${JSON.stringify(exportRowOf(event))}\n`;
}

function stages(format: ExportFormat, events: AsyncIterable<StoredEvent>, options: ExportWriteOptions): [Readable, ...Transform[]] {
  if (format === 'csv') return [Readable.from(rows(events)), stringify({ header: true, columns: [...exportColumns] })];
  if (format === 'ndjson') return [Readable.from(chunked(ndjsonLines(events)))];
  return [Readable.from(chunked(epcisDocument(events, options.epcis)))];
}

export interface ExportWriteOptions {
  readonly epcis: EpcisOptions & { readonly createdAt: string };
  /** False for a stream that outlives the export, such as stdout. */
  readonly end?: boolean;
}

/**
 * Streams events to `out` in `format`. `pipeline` pulls one chunk at a time
 * and waits while `out` is full (backpressure), so a slow disk or a pipe into
 * DuckDB slows the read of the store instead of filling memory. Resolves with
 * how many events were read.
 */
export async function writeExport(events: AsyncIterable<StoredEvent>, format: ExportFormat, out: Writable, options: ExportWriteOptions): Promise<number> {
  const tally = { events: 0 };
  await pipeline([...stages(format, counted(events, tally), options), out], { end: options.end ?? true });
  return tally.events;
}
