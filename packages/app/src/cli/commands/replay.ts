import { type Command } from 'commander';
import { lastPosition, reportNames } from '@fairscan/reporting';
import { type EventStore } from '@fairscan/event-store';
import { withFairscan } from '../open-fairscan.js';
import { parseInstant, parsePositiveInt } from '../parse-options.js';
import { startProgress } from '../progress.js';
import { UsageError } from '../usage-error.js';
import { asOption, type FoldHooks, formatOption, printReports, readerOf, type ReportOptions } from './report.js';

interface ReplayOptions extends ReportOptions {
  readonly projection: string[];
  readonly until: string;
}

/** Below this many stored events a replay takes a blink: no progress is shown. */
const longReplay = 50_000;

/** A bar on a terminal, plain lines on a pipe (progress.ts), on stderr so stdout stays the report. */
async function replayProgress(store: EventStore): Promise<FoldHooks> {
  const total = await lastPosition(store);
  if (total < longReplay) return {};
  const progress = startProgress('replay', total);
  let shown = 0;
  return {
    onRead(position) {
      if (position - shown < 1_000) return;
      shown = position;
      progress.update(position);
    },
    folded() {
      progress.update(total);
      progress.stop();
    },
  };
}

/**
 * An analyst's view of the past: any projection as it stood at `--until`
 * (floor time), optionally over the window from `--from`, rebuilt from the
 * history, not from today's read models.
 */
export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('rebuild projections as of a moment (optionally over a window) and print them')
    .requiredOption('--until <time>', 'as of this instant (ISO-8601, e.g. 2026-03-02T12:00:00Z)', parseInstant)
    .option('--from <time>', 'leave out what happened before this instant (stations: the window’s throughput)', parseInstant)
    .option('-p, --projection <name...>', `which: ${reportNames.join(', ')}`, ['stations'])
    .addOption(formatOption())
    .option('--limit <n>', 'longest list a table shows', parsePositiveInt, 15)
    .addOption(asOption())
    .action(async (options: ReplayOptions, command: Command) => {
      if (options.projection.length === 0) throw new UsageError('name at least one --projection');
      if (options.from !== undefined && Date.parse(options.from) > Date.parse(options.until)) {
        throw new UsageError(`--from ${options.from} is after --until ${options.until}`);
      }
      await withFairscan(command, async (fairscan) => {
        const reader = await readerOf(fairscan, options.as);
        await printReports(reader, options.projection, options, await replayProgress(fairscan.store));
      });
    });
}
