import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import { type OpenedText } from './open-text.js';

/** One line of an import file, numbered from 1 as an editor shows it: a record, or the reason it is not one. */
export type FileRecord = { readonly line: number; readonly record: unknown } | { readonly line: number; readonly unreadable: string };

export type FileFormat = 'ndjson' | 'csv';

/** Scan field ← column header, e.g. `{ scanId: 'id', code: 'barcode' }`; unmapped headers are taken as field names. */
export type ColumnMapping = Readonly<Record<string, string>>;

/** Lines of a stream, pulled a block at a time: nothing is read ahead of what the import has taken. */
async function* linesOf(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const block of stream) {
    const lines = (rest + decoder.write(block)).split('\n');
    rest = lines.pop()!;
    yield* lines;
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

export async function* readNdjson(opened: OpenedText): AsyncGenerator<FileRecord> {
  let line = 0;
  for await (const raw of linesOf(opened.text)) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    line++;
    if (text.trim() === '') continue;
    try {
      yield { line, record: JSON.parse(text) as unknown };
    } catch (error) {
      yield { line, unreadable: `not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
  }
}

type CsvRow = { readonly record: string[]; readonly info: { readonly lines: number } };

/** CSV with a header line; empty cells are left out, so an absent optional field (operator, taskId) stays absent. */
export async function* readCsv(opened: OpenedText, mapping: ColumnMapping = {}): AsyncGenerator<FileRecord> {
  const fieldOf = new Map(Object.entries(mapping).map(([field, column]) => [column, field]));
  const rows = opened.text.pipe(parse({ info: true, relax_column_count: true, skip_empty_lines: true, bom: true }));
  let fields: string[] | undefined;
  for await (const { record: cells, info } of rows as AsyncIterable<CsvRow>) {
    if (fields === undefined) {
      fields = cells.map((column) => fieldOf.get(column) ?? column);
      continue;
    }
    if (cells.length !== fields.length) {
      yield { line: info.lines, unreadable: `${cells.length} columns where the header has ${fields.length}` };
      continue;
    }
    const record = Object.fromEntries(cells.flatMap((value, i) => (value === '' ? [] : [[fields![i], value]])));
    yield { line: info.lines, record };
  }
}

export const readRecords = (opened: OpenedText, format: FileFormat, mapping?: ColumnMapping): AsyncGenerator<FileRecord> =>
  format === 'csv' ? readCsv(opened, mapping) : readNdjson(opened);

/** `.csv` or `.csv.gz` is CSV; anything else is NDJSON. */
export const formatOf = (path: string): FileFormat => (/\.csv(\.gz)?$/i.test(path) ? 'csv' : 'ndjson');

/** Parses `scanId=id,code=barcode`; throws naming the bad pair. */
export function parseMapping(text: string): ColumnMapping {
  return Object.fromEntries(
    text.split(',').filter((pair) => pair.trim() !== '').map((pair) => {
      const [field, column, extra] = pair.split('=').map((part) => part.trim());
      if (!field || !column || extra !== undefined) throw new Error(`"${pair}" is not field=column, e.g. code=barcode`);
      return [field, column];
    }),
  );
}
