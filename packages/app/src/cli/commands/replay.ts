import { type Command } from 'commander';
import { reportNames } from '@fairscan/reporting';
import { withFairscan } from '../open-fairscan.js';
import { parseInstant, parsePositiveInt } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { asOption, formatOption, printReports, readerOf, type ReportOptions } from './report.js';

interface ReplayOptions extends ReportOptions {
  readonly projection: string[];
  readonly until?: string;
}

/**
 * An analyst's view of the past: every projection as it stood at `--until`
 * (floor time), rebuilt from the history, not from today's read models.
 */
export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('rebuild projections as of a moment and print them')
    .requiredOption('--until <time>', 'as of this instant (ISO-8601, e.g. 2026-03-02T12:00:00Z)', parseInstant)
    .option('-p, --projection <name...>', `which: ${reportNames.join(', ')}`, ['stations'])
    .addOption(formatOption())
    .option('--limit <n>', 'longest list a table shows', parsePositiveInt, 15)
    .addOption(asOption())
    .action(async (options: ReplayOptions, command: Command) => {
      if (options.projection.length === 0) throw new UsageError('name at least one --projection');
      await withFairscan(command, async (fairscan) => printReports(await readerOf(fairscan, options.as), options.projection, options));
    });
}
