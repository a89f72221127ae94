import { type Command, type CommandType, parseCommand } from '@fairscan/domain';
import { type EventStore } from '../port/event-store.js';
import { CommandValidationError, recordLabelOf } from './command-validation-error.js';
import { decideAndAppend } from './decide-and-append.js';
import { type CommandMeta } from './envelope.js';
import { type CommandOutcome } from './outcome.js';
import { recordScan } from './record-scan.js';

export interface CommandHandlerOptions {
  /** The site whose streams this handler writes (`location-<site>-…`, `task-<site>-…`). */
  readonly site: string;
  readonly clock?: () => Date;
  /** Reloads after a version conflict before giving up; default 5. */
  readonly maxRetries?: number;
}

/**
 * The one command handler: scans are recorded as observations, every other
 * command goes through its decider with optimistic concurrency. A decider's
 * `CommandRejected` propagates with nothing written.
 */
export class CommandHandler {
  private readonly site: string;
  private readonly clock: () => Date;
  private readonly maxRetries: number;

  constructor(
    private readonly store: EventStore,
    options: CommandHandlerOptions,
  ) {
    this.site = options.site;
    this.clock = options.clock ?? (() => new Date());
    this.maxRetries = options.maxRetries ?? 5;
  }

  async execute(command: Command, meta: CommandMeta = {}): Promise<CommandOutcome> {
    if (command.type === 'RecordScan') {
      return recordScan(this.store, command.data, this.site, this.clock().toISOString(), meta);
    }
    const ctx = { store: this.store, site: this.site, maxRetries: this.maxRetries, now: this.clock };
    return decideAndAppend(ctx, command, meta);
  }

  /** Validates plain JSON into a command first; throws CommandValidationError listing every field error. */
  async parseAndExecute(type: CommandType | string, plain: unknown, meta: CommandMeta = {}): Promise<CommandOutcome> {
    const parsed = parseCommand(type, plain);
    if (!parsed.ok) throw new CommandValidationError(meta.recordLabel ?? recordLabelOf(type, plain), parsed.errors);
    return this.execute(parsed.command, meta);
  }
}
