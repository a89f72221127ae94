import { type Projection } from '@fairscan/domain';
import { type EventStore } from '../port/event-store.js';
import { type CheckpointStore } from '../port/checkpoint-store.js';
import { type Projected, type ProjectOptions, project } from './project.js';
import { InlineProjections } from './inline-projections.js';
import { AsyncProjection, type AsyncProjectionOptions } from './async-projection.js';

/** The one projection runner: replay, inline, or async from a durable checkpoint, over one store. */
export class ProjectionRunner {
  constructor(
    private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
  ) {}

  /** Folds from the start (or `after`), optionally "as of" `until`; see `project`. */
  project<S>(projection: Projection<S>, options: ProjectOptions = {}): Promise<Projected<S>> {
    return project(this.store, projection, options);
  }

  inline(projections: ReadonlyArray<Projection<unknown>>): InlineProjections {
    return new InlineProjections(this.store, projections);
  }

  /** Starts an async projection from its saved checkpoint. */
  async start<S>(projection: Projection<S>, options: AsyncProjectionOptions<S> = {}): Promise<AsyncProjection<S>> {
    const running = new AsyncProjection(this.store, this.checkpoints, projection, options);
    await running.start();
    return running;
  }
}
