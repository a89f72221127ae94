import { type EventStore, project, type SnapshotStore } from '@fairscan/event-store';
import { type LiveView, generationKey, liveViews } from './live-views.js';
import { encodeState } from './state-codec.js';

export interface ProjectionStatus {
  readonly name: string;
  readonly generation: number | undefined;
  /** globalPosition of the last event in its snapshot (0 = none yet). */
  readonly checkpoint: number;
  readonly savedAt?: string;
  /** Events of its types stored after the checkpoint: what a restart has left to apply. */
  readonly behind: number;
  /** globalPosition of the newest of those events (= checkpoint when none). */
  readonly head: number;
}

/** Each live view's checkpoint against the store: reads only the events after it. */
export async function projectionStatus(store: EventStore, snapshots: SnapshotStore, views: readonly LiveView[] = liveViews): Promise<ProjectionStatus[]> {
  const statuses: ProjectionStatus[] = [];
  for (const { projection } of views) {
    const generation = await snapshots.activeGeneration(projection.name);
    const snapshot = generation === undefined ? undefined : await snapshots.load(generationKey(projection.name, generation));
    const checkpoint = snapshot?.position ?? 0;
    let [behind, head] = [0, checkpoint];
    for await (const event of store.readAll({ after: checkpoint, filter: { eventTypes: projection.eventTypes } })) [behind, head] = [behind + 1, event.globalPosition];
    statuses.push({ name: projection.name, generation, checkpoint, ...(snapshot ? { savedAt: snapshot.savedAt } : {}), behind, head });
  }
  return statuses;
}

export interface Rebuilt {
  readonly name: string;
  readonly generation: number;
  readonly position: number;
  readonly applied: number;
}

/**
 * Folds a view from the first event into a new generation and activates it. A
 * running serve keeps serving the old generation, starts the new one from this
 * snapshot, and swaps it in once it has caught up (LiveProjection.refresh).
 */
export async function rebuildProjection(store: EventStore, snapshots: SnapshotStore, view: LiveView): Promise<Rebuilt> {
  const name = view.projection.name;
  const generation = ((await snapshots.activeGeneration(name)) ?? 0) + 1;
  const { state, position, applied } = await project(store, view.projection);
  await snapshots.save(generationKey(name, generation), position, encodeState(state));
  await snapshots.activate(name, generation);
  return { name, generation, position, applied };
}
