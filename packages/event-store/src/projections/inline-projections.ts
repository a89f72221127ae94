import { type Projection, type StoredEvent } from '@fairscan/domain';
import { type EventStore } from '../port/event-store.js';
import { compileFilter } from '../port/all-filter.js';
import { type CommandOutcome } from '../handler/outcome.js';
import { projectionFilter } from './projection-filter.js';

interface Slot {
  readonly projection: Projection<unknown>;
  readonly wants: (event: StoredEvent) => boolean;
  state: unknown;
}

/**
 * Read models updated in process right after an append, for views that must
 * reflect a command as soon as it returns. Not durable: seed them with
 * `project` at start-up, or use an AsyncProjection.
 */
export class InlineProjections {
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly store: EventStore,
    projections: ReadonlyArray<Projection<unknown>>,
  ) {
    for (const projection of projections) {
      const wants = compileFilter(projectionFilter(projection));
      this.slots.set(projection.name, { projection, wants, state: projection.initialState() });
    }
  }

  apply(event: StoredEvent): void {
    for (const slot of this.slots.values()) {
      if (slot.wants(event)) slot.state = slot.projection.evolve(slot.state, event);
    }
  }

  /**
   * Applies what a command wrote, read back by stream position so that
   * projections see real StoredEvents. A duplicate write was applied when it
   * was first written, so it is skipped.
   */
  async afterAppend(outcome: CommandOutcome): Promise<void> {
    for (const write of outcome.writes) {
      if (write.result.duplicate || write.events.length === 0) continue;
      const from = write.result.nextExpectedVersion - write.events.length + 1;
      for await (const event of this.store.readStream(write.streamName, { from, maxCount: write.events.length })) this.apply(event);
    }
  }

  state<S>(name: string): S {
    return this.slot(name).state as S;
  }

  /** Replaces a projection's state, e.g. with the result of `project` at start-up. */
  seed(name: string, state: unknown): void {
    this.slot(name).state = state;
  }

  private slot(name: string): Slot {
    const slot = this.slots.get(name);
    if (slot === undefined) throw new RangeError(`no inline projection named "${name}" (have: ${[...this.slots.keys()].join(', ')})`);
    return slot;
  }
}
