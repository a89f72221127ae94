import { type Projection } from '@fairscan/domain';
import { type AllFilter, type EventStore } from '../port/event-store.js';
import { type CheckpointStore } from '../port/checkpoint-store.js';
import { projectionFilter } from './projection-filter.js';
import { PositionWaiters } from './position-waiters.js';

export interface AsyncProjectionOptions<S> {
  /** Narrows what the projection reads, e.g. a site's stream prefixes. */
  readonly filter?: AllFilter;
  /** Save the checkpoint after this many applied events; default 100. */
  readonly checkpointEvery?: number;
  /** ...and at least this often while events arrive or wait unsaved; default 1000 ms. */
  readonly checkpointMs?: number;
  /** The state to resume from (a snapshot saved by `onCheckpoint`); default `initialState()`. */
  readonly resumeState?: S;
  /** Called with the state just before each checkpoint save, to persist the read model with it. */
  readonly onCheckpoint?: (state: S, position: number) => Promise<void>;
  /**
   * Persists the read model with its position. `encode` runs synchronously when
   * a save is scheduled, so events applied while `save` is written are not in
   * what it saves (evolve may update the state in place).
   */
  readonly persist?: { encode(state: S): string; save(encoded: string, position: number): Promise<void> };
}

/**
 * A projection fed by `subscribeToAll` from a durable checkpoint. Across a
 * clean stop and start no event is applied twice; after a crash, events since
 * the last saved checkpoint are applied again, so a durable sink should be
 * idempotent by globalPosition.
 */
export class AsyncProjection<S> {
  private current: S;
  private position = 0;
  private savedPosition = 0;
  private sinceSave = 0;
  private running?: { controller: AbortController; loop: Promise<void>; timer: NodeJS.Timeout };
  private saving: Promise<void> = Promise.resolve();
  private failure: unknown;
  private readonly waiters = new PositionWaiters();

  constructor(
    private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    private readonly projection: Projection<S>,
    private readonly options: AsyncProjectionOptions<S> = {},
  ) {
    this.current = options.resumeState ?? projection.initialState();
  }

  get name(): string {
    return this.projection.name;
  }

  get state(): S {
    return this.current;
  }

  /** globalPosition of the last event applied (0 before any). */
  get checkpoint(): number {
    return this.position;
  }

  /** Resumes after the saved checkpoint (or from the start) and keeps following live events. */
  async start(): Promise<void> {
    if (this.running !== undefined) return;
    this.position = this.savedPosition = (await this.checkpoints.load(this.name)) ?? 0;
    this.failure = undefined;
    const controller = new AbortController();
    const timer = setInterval(() => void this.saveCheckpoint().catch(() => undefined), this.options.checkpointMs ?? 1000);
    timer.unref();
    const loop = this.follow(controller.signal).catch((error: unknown) => {
      this.failure = error;
      this.waiters.fail(error);
    });
    this.running = { controller, loop, timer };
  }

  /** Stops following and saves the checkpoint; rethrows what made the projection fail, if anything did. */
  async stop(): Promise<void> {
    const running = this.running;
    if (running === undefined) return;
    this.running = undefined;
    running.controller.abort();
    clearInterval(running.timer);
    await running.loop;
    const saved = this.saveCheckpoint();
    if (this.failure === undefined) return saved;
    await saved.catch(() => undefined);
    throw this.failure;
  }

  /** Starts over from the first event: resets the state and the checkpoint, then resumes if it was running. */
  async rebuild(): Promise<void> {
    const wasRunning = this.running !== undefined;
    await this.stop();
    this.current = this.projection.initialState();
    this.position = this.savedPosition = 0;
    await this.checkpoints.save(this.name, 0);
    if (wasRunning) await this.start();
  }

  /** Resolves once an event at or after `globalPosition` has been applied (read-your-writes). */
  caughtUp(globalPosition: number): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return this.waiters.until(globalPosition, this.position);
  }

  private async follow(signal: AbortSignal): Promise<void> {
    const events = this.store.subscribeToAll({ after: this.position, filter: projectionFilter(this.projection, this.options.filter), signal });
    for await (const event of events) {
      this.current = this.projection.evolve(this.current, event);
      this.position = event.globalPosition;
      this.waiters.reached(this.position);
      if (++this.sinceSave >= (this.options.checkpointEvery ?? 100)) await this.saveCheckpoint();
    }
  }

  /** Saves are chained so that an older position never overwrites a newer one. */
  private saveCheckpoint(): Promise<void> {
    if (this.position === this.savedPosition) return this.saving;
    const [state, position] = [this.current, this.position];
    const persist = this.options.persist;
    const encoded = persist?.encode(state);
    this.sinceSave = 0;
    this.savedPosition = position;
    this.saving = this.saving.catch(() => undefined).then(async () => {
      await this.options.onCheckpoint?.(state, position);
      if (persist !== undefined) await persist.save(encoded as string, position);
      await this.checkpoints.save(this.name, position);
    });
    return this.saving;
  }
}
