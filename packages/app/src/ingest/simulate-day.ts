import { describeSiteDay, simulateSiteDay, type SiteDayOptions } from '@fairscan/scanner-simulator';
import { type CommandHandler } from '@fairscan/event-store';
import { startProgress } from '../cli/progress.js';
import { ingestCommands, type IncomingCommand, type IngestTally } from './ingest-commands.js';

export interface SimulationRun {
  readonly tally: IngestTally;
  readonly seconds: number;
  readonly commands: number;
}

/** Drives a simulated site day through the command handler, with progress on stderr. */
export async function simulateIntoStore(
  handler: CommandHandler,
  options: SiteDayOptions,
  concurrency: number,
): Promise<SimulationRun> {
  const progress = startProgress('scans', describeSiteDay(options).expectedScans);
  let scans = 0;
  function* counted() {
    for (const command of simulateSiteDay(options)) {
      if (command.type === 'RecordScan') scans++;
      yield command as IncomingCommand;
    }
  }
  const started = performance.now();
  const tally = await ingestCommands(handler, counted(), { concurrency, onProgress: () => progress.update(scans) });
  progress.stop();
  const commands = tally.accepted + tally.duplicates + tally.rejected;
  return { tally, commands, seconds: (performance.now() - started) / 1000 };
}

export function describeRun(run: SimulationRun): string[] {
  const { tally } = run;
  const rate = Math.round(run.commands / Math.max(run.seconds, 0.001));
  const lines = [
    `${run.commands} commands in ${run.seconds.toFixed(1)} s (${rate}/s): ` +
      `${tally.accepted} stored, ${tally.duplicates} duplicates, ${tally.rejected} rejected`,
  ];
  if (tally.samples.length > 0) lines.push('first rejections (the simulator sends a few bad codes on purpose):');
  for (const sample of tally.samples) lines.push(`  ${sample}`);
  return lines;
}
