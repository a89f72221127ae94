import { type CommandHandler } from '@fairscan/event-store';

/** A command as it arrives: its type and plain JSON, not yet validated. */
export interface IncomingCommand {
  readonly type: string;
  readonly data: object;
}

export interface IngestTally {
  accepted: number;
  duplicates: number;
  rejected: number;
  /** The first rejections, verbatim, so a person can see what was wrong. */
  readonly samples: string[];
}

export interface IngestOptions {
  readonly concurrency: number;
  readonly onProgress?: (tally: IngestTally) => void;
  readonly maxSamples?: number;
}

/**
 * Commands about one task or one shift must apply in order (assign after
 * create); scans are independent observations and need no order.
 */
function orderingKey(command: IncomingCommand): string | undefined {
  if (command.type === 'RecordScan') return undefined;
  const data = command.data as { taskId?: unknown; operator?: unknown };
  return String(data.taskId ?? data.operator ?? command.type);
}

async function executeOne(handler: CommandHandler, command: IncomingCommand, tally: IngestTally, max: number) {
  try {
    const result = await handler.parseAndExecute(command.type, command.data);
    if (result.duplicate) tally.duplicates++;
    else tally.accepted++;
  } catch (error) {
    tally.rejected++;
    if (tally.samples.length < max) tally.samples.push(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Feeds commands through the command handler with a bounded number in flight
 * (the store's group commit turns them into few transactions). A rejected
 * command is counted and reported; it never stops its neighbours.
 */
export async function ingestCommands(
  handler: CommandHandler,
  commands: Iterable<IncomingCommand>,
  options: IngestOptions,
): Promise<IngestTally> {
  const tally: IngestTally = { accepted: 0, duplicates: 0, rejected: 0, samples: [] };
  const max = options.maxSamples ?? 5;
  const tails = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  for (const command of commands) {
    const key = orderingKey(command);
    const previous = key ? tails.get(key) : undefined;
    const run = (previous ?? Promise.resolve()).then(() => executeOne(handler, command, tally, max));
    if (key) tails.set(key, run);
    inFlight.add(run);
    void run.finally(() => {
      inFlight.delete(run);
      if (key && tails.get(key) === run) tails.delete(key);
      options.onProgress?.(tally);
    });
    if (inFlight.size >= options.concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return tally;
}
