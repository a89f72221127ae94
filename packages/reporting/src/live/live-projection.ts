import { type AllFilter, AsyncProjection, type EventStore, type SnapshotStore } from '@fairscan/event-store';
import { type Projection } from '@fairscan/domain';
import { SnapshotCheckpoints } from './snapshot-checkpoints.js';
import { decodeState, encodeState } from './state-codec.js';
import { generationKey } from './live-views.js';

interface Generation<S> {
  readonly generation: number;
  readonly running: AsyncProjection<S>;
}

export interface LiveProjectionOptions {
  readonly filter?: AllFilter;
  readonly checkpointEvery?: number;
  readonly checkpointMs?: number;
  /** Called after events were applied to the served generation (throttled by the caller). */
  readonly onApplied?: (name: string, position: number) => void;
}

/**
 * One served projection. It resumes from its snapshot; when `fairscan
 * projections rebuild` activates a new generation, that one runs as a shadow
 * beside the served one, which keeps answering until the shadow has caught up
 * with it, and is then swapped in.
 */
export class LiveProjection<S> {
  private served?: Generation<S>;
  private shadow?: Generation<S>;
  private resumed = 0;

  constructor(
    private readonly store: EventStore,
    private readonly snapshots: SnapshotStore,
    private readonly projection: Projection<S>,
    private readonly options: LiveProjectionOptions = {},
  ) {}

  get name(): string {
    return this.projection.name;
  }

  get state(): S {
    return this.current().running.state;
  }

  get position(): number {
    return this.current().running.checkpoint;
  }

  /** The position of the snapshot it started from (0 when it started from the first event). */
  get resumedFrom(): number {
    return this.resumed;
  }

  get generation(): number {
    return this.current().generation;
  }

  async start(): Promise<void> {
    const active = await this.snapshots.activeGeneration(this.name);
    if (active === undefined) await this.snapshots.activate(this.name, 1);
    this.served = await this.run(active ?? 1);
  }

  /** Looks for a newly activated generation and swaps it in once caught up; serve calls this on a timer. */
  async refresh(): Promise<void> {
    const served = this.current();
    const active = await this.snapshots.activeGeneration(this.name);
    if (this.shadow === undefined && active !== undefined && active !== served.generation) this.shadow = await this.run(active);
    const shadow = this.shadow;
    if (shadow === undefined || !(await this.appliedAllStored(shadow))) return;
    this.served = shadow;
    this.shadow = undefined;
    await served.running.stop();
    await this.snapshots.remove(generationKey(this.name, served.generation));
  }

  async stop(): Promise<void> {
    await this.shadow?.running.stop();
    await this.served?.running.stop();
  }

  /** Resolves once an event at or after `position` is in the served state. */
  caughtUp(position: number): Promise<void> {
    return this.current().running.caughtUp(position);
  }

  /**
   * Caught up = no stored event of its types after its position. Not "reached
   * the served position": after a retention run the rebuilt generation never
   * sees the deleted events the served one counted.
   */
  private async appliedAllStored(generation: Generation<S>): Promise<boolean> {
    const filter = { ...this.options.filter, eventTypes: this.projection.eventTypes };
    for await (const event of this.store.readAll({ after: generation.running.checkpoint, filter, maxCount: 1 })) return event === undefined;
    return true;
  }

  private current(): Generation<S> {
    if (this.served === undefined) throw new Error(`live projection ${this.name} is not started`);
    return this.served;
  }

  private async run(generation: number): Promise<Generation<S>> {
    const key = generationKey(this.name, generation);
    const snapshot = await this.snapshots.load(key);
    if (this.served === undefined) this.resumed = snapshot?.position ?? 0;
    const named: Projection<S> = { ...this.projection, name: key, evolve: this.evolveAndTell(generation) };
    const running = new AsyncProjection<S>(this.store, new SnapshotCheckpoints(this.snapshots), named, {
      ...(snapshot === undefined ? {} : { resumeState: decodeState<S>(snapshot.state) }),
      ...(this.options.filter === undefined ? {} : { filter: this.options.filter }),
      checkpointEvery: this.options.checkpointEvery ?? 2000,
      checkpointMs: this.options.checkpointMs ?? 1000,
      persist: { encode: encodeState, save: (state, position) => this.snapshots.save(key, position, state) },
    });
    await running.start();
    return { generation, running };
  }

  private evolveAndTell(generation: number): Projection<S>['evolve'] {
    return (state, event) => {
      const next = this.projection.evolve(state, event);
      if (this.served?.generation === generation) this.options.onApplied?.(this.name, event.globalPosition);
      return next;
    };
  }
}
