import { type Command } from 'commander';
import { withFairscan } from '../open-fairscan.js';
import { describeRun, simulateIntoStore } from '../../ingest/simulate-day.js';
import { parseDate, parsePositiveInt } from '../parse-options.js';
import { addLoadOptions, type LoadCommandOptions, runLoadCommand } from './simulate-load.js';

export interface DayOptions {
  readonly seed: number;
  readonly scans: number;
  readonly date: string;
}

export const defaultDemoDate = '2026-03-02';

export function addDayOptions(command: Command): Command {
  return command
    .option('--seed <n>', 'random seed: the same seed gives the same day', parsePositiveInt, 42)
    .option('--scans <n>', 'scans to simulate', parsePositiveInt, 100_000)
    .option('--date <YYYY-MM-DD>', 'the day to simulate', parseDate, defaultDemoDate);
}

export function registerSimulate(program: Command): void {
  addLoadOptions(addDayOptions(program.command('simulate')))
    .description('simulate a realistic site day into the configured store (through the command handler), or through an adapter with --target')
    .action(async (options: LoadCommandOptions, command: Command) => {
      if (options.target !== undefined) return runLoadCommand(options, command);
      await withFairscan(command, async ({ config, handler }) => {
        const run = await simulateIntoStore(
          handler,
          { seed: options.seed, site: config.site, date: options.date, targetScans: options.scans },
          config.ingest.concurrency,
        );
        for (const line of describeRun(run)) process.stdout.write(`${line}\n`);
      });
    });
}
