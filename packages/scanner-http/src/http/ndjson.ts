/** Consecutive lines that parsed as JSON: one ingest call, numbered from `firstLine`. */
export interface LineRun {
  readonly firstLine: number;
  readonly records: unknown[];
}

export interface MalformedLine {
  readonly line: number;
  readonly reason: string;
}

export interface NdjsonBatch {
  readonly runs: readonly LineRun[];
  readonly malformed: readonly MalformedLine[];
  /** Lines that hold something (blank lines are skipped, not counted). */
  readonly records: number;
}

/**
 * Splits an NDJSON body into runs of parsed lines and the lines that are not
 * JSON. A malformed line ends a run instead of failing the batch, so its good
 * neighbours are still ingested and every result keeps its line number.
 */
export function splitNdjson(body: string): NdjsonBatch {
  const runs: LineRun[] = [];
  const malformed: MalformedLine[] = [];
  let run: LineRun | undefined;
  let records = 0;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (text.trim() === '') {
      run = undefined;
      continue;
    }
    records++;
    const parsed = parseLine(text);
    if ('reason' in parsed) {
      malformed.push({ line: i + 1, reason: parsed.reason });
      run = undefined;
      continue;
    }
    if (run === undefined) runs.push((run = { firstLine: i + 1, records: [] }));
    run.records.push(parsed.value);
  }
  return { runs, malformed, records };
}

function parseLine(text: string): { value: unknown } | { reason: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}
