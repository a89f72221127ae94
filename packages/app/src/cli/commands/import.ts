import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { type CheckpointStore, HandlerScanIngest, TOKENS } from '@fairscan/event-store';
import { type ColumnMapping, type FileFormat, importFile, type ImportSummary, parseMapping } from '@fairscan/scanner-file';
import { withFairscan } from '../open-fairscan.js';
import { startProgress } from '../progress.js';
import { UsageError } from '../usage-error.js';

interface ImportOptions {
  readonly format?: FileFormat;
  readonly map?: ColumnMapping;
  readonly report?: string;
}

const mappingOption = (text: string): ColumnMapping => {
  try {
    return parseMapping(text);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
};

function describe(file: string, summary: ImportSummary, report: string, seconds: number): string {
  const lines = summary.lastLine - summary.resumedFrom;
  const resumed = summary.resumedFrom > 0 ? `resumed after line ${summary.resumedFrom}; ` : '';
  const rate = Math.round(lines / Math.max(seconds, 0.001));
  const rejected = summary.rejected > 0 ? `${summary.rejected} rejected (report: ${report})` : '0 rejected';
  return `import ${file}: ${resumed}${lines} lines in ${seconds.toFixed(1)} s (${rate}/s): ${summary.stored} stored, ${summary.duplicates} duplicates, ${rejected}`;
}

export function registerImport(program: Command): void {
  program
    .command('import <file>')
    .description('import scans from an NDJSON or CSV file (gzip too), resumable; exit 0 all stored, 3 some lines rejected, 2 usage error')
    .addOption(new Option('--format <format>', 'file format (default: from the name, .csv is CSV)').choices(['ndjson', 'csv']))
    .option('--map <field=column,...>', 'CSV column for each scan field whose header differs, e.g. scanId=id,code=barcode', mappingOption)
    .option('--report <file>', 'where rejected lines go, one JSON object a line (default <file name>.rejected.ndjson)')
    .action(async (file: string, options: ImportOptions, command: Command) => {
      if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
      const report = options.report ?? `${basename(file)}.rejected.ndjson`;
      const summary = await withFairscan(command, ({ handler, container }) => runImport(file, report, options, new HandlerScanIngest(handler), container.get<CheckpointStore>(TOKENS.CheckpointStore)));
      if (!summary.complete) process.exitCode = 130;
      else if (summary.rejected > 0) process.exitCode = 3;
    });
}

async function runImport(file: string, report: string, options: ImportOptions, ingest: HandlerScanIngest, checkpoints: CheckpointStore): Promise<ImportSummary> {
  const stopping = new AbortController();
  // Ctrl-C: stop reading, let the chunks in flight be stored and checkpointed; the same command resumes.
  const stop = () => stopping.abort();
  process.once('SIGINT', stop).once('SIGTERM', stop);
  let progress: ReturnType<typeof startProgress> | undefined;
  const started = performance.now();
  try {
    const summary = await importFile(ingest, {
      path: file,
      format: options.format,
      mapping: options.map,
      reportPath: report,
      checkpoints,
      signal: stopping.signal,
      onProgress: ({ bytesRead, size }) => (progress ??= startProgress(`import ${basename(file)} (bytes)`, size)).update(bytesRead),
    });
    progress?.stop();
    process.stdout.write(`${describe(file, summary, report, (performance.now() - started) / 1000)}\n`);
    if (!summary.complete) process.stderr.write(`stopped after line ${summary.lastLine}; run the same command again to resume\n`);
    return summary;
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
  }
}
