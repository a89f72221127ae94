import { type Projection } from '@fairscan/domain';

/**
 * A projection that ignores what happened before `from` (floor time): the
 * window an analyst asks `replay --from … --until …` about. Stations then
 * count only the window's scans; a state such as stock by bin is the
 * window's movements, not the stock, which is `--until` alone.
 */
export function since<S>(projection: Projection<S>, from: string | undefined): Projection<S> {
  if (from === undefined) return projection;
  const start = Date.parse(from);
  if (Number.isNaN(start)) throw new RangeError(`replay: "from" must be an ISO-8601 instant (got "${from}")`);
  return { ...projection, evolve: (state, event) => (Date.parse(event.metadata.occurredAt) < start ? state : projection.evolve(state, event)) };
}
