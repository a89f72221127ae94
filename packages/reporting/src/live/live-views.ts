import { backlog, breakCompliance, type Projection, stationThroughput, stockByBin, taskBoard } from '@fairscan/domain';

/** A projection `fairscan serve` keeps live, as an async projection with a durable snapshot. */
export interface LiveView<S = unknown> {
  readonly projection: Projection<S>;
  /**
   * It folds streams that retention cuts (tasks, shifts): after a run deletes
   * events, serve rebuilds it, so a snapshot never keeps what the store no
   * longer holds (CNIL-RET-31).
   */
  readonly rebuildAfterRetention: boolean;
}

const view = <S>(projection: Projection<S>, rebuildAfterRetention = false): LiveView =>
  ({ projection, rebuildAfterRetention }) as unknown as LiveView;

/** What the API and the dashboard read; a package's journey is folded from its own stream on demand. */
export const liveViews: readonly LiveView[] = [
  view(stationThroughput),
  view(stockByBin),
  view(taskBoard, true),
  view(backlog, true),
  view(breakCompliance, true),
];

export const liveViewNames = liveViews.map((live) => live.projection.name);

export const findLiveView = (name: string): LiveView | undefined => liveViews.find((live) => live.projection.name === name);

/** The snapshot (and checkpoint) name of one generation of a view. */
export const generationKey = (name: string, generation: number): string => `${name}@${generation}`;
