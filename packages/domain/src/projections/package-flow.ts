import { packageEventTypes, type PackageObservation } from '../events/package-events.js';
import { bizSteps, type BizStep } from '../gs1/epcis.js';
import { instantMs, isOneOf, type Projection } from './projection.js';

/** A package as last seen. */
export interface PackageNow {
  readonly code: string;
  readonly codeType: 'gtin' | 'sscc';
  readonly bizStep: BizStep;
  readonly readPoint: string;
  readonly bizLocation: string;
  readonly lastSeenAt: string;
}

export interface PackageFlowState {
  readonly recentLimit: number;
  /** code → where it is now; updated in place, one small object per package. */
  readonly current: Map<string, { seenMs: number; bizStep: BizStep }>;
  readonly countsByBizStep: Record<BizStep, number>;
  /** Most recently seen first, at most `recentLimit`. */
  readonly recent: PackageNow[];
}

const types = new Set(packageEventTypes);
const zeroCounts = (): Record<BizStep, number> =>
  Object.fromEntries(bizSteps.map((step) => [step, 0])) as Record<BizStep, number>;

const seenMsOf = (state: PackageFlowState, entry: PackageNow): number => state.current.get(entry.code)?.seenMs ?? 0;

function remember(state: PackageFlowState, now: PackageNow, seenMs: number): void {
  const recent = state.recent;
  const existing = recent.findIndex((entry) => entry.code === now.code);
  if (existing >= 0) recent.splice(existing, 1);
  let index = 0;
  while (index < recent.length && seenMsOf(state, recent[index] as PackageNow) > seenMs) index++;
  if (index < state.recentLimit) recent.splice(index, 0, now);
  if (recent.length > state.recentLimit) recent.length = state.recentLimit;
}

function observe(state: PackageFlowState, data: PackageObservation): void {
  const seenMs = instantMs(data.occurredAt);
  const previous = state.current.get(data.code);
  if (previous === undefined) {
    state.current.set(data.code, { seenMs, bizStep: data.bizStep });
  } else {
    // A late upload of an older scan does not move the package back.
    if (previous.seenMs > seenMs) return;
    state.countsByBizStep[previous.bizStep]--;
    previous.seenMs = seenMs;
    previous.bizStep = data.bizStep;
  }
  state.countsByBizStep[data.bizStep]++;
  const { code, codeType, bizStep, readPoint, bizLocation, occurredAt: lastSeenAt } = data;
  remember(state, { code, codeType, bizStep, readPoint, bizLocation, lastSeenAt }, seenMs);
}

/** Site-wide package flow: how many packages are at each bizStep now, and the latest ones seen. */
export function packageFlowWith(options: { readonly recentLimit: number }): Projection<PackageFlowState> {
  return {
    name: 'packageFlow',
    eventTypes: packageEventTypes,
    initialState: () => ({ recentLimit: options.recentLimit, current: new Map(), countsByBizStep: zeroCounts(), recent: [] }),
    evolve: (state, event) => {
      if (isOneOf(types, event)) observe(state, event.data);
      return state;
    },
  };
}

export const packageFlow: Projection<PackageFlowState> = packageFlowWith({ recentLimit: 50 });

/** How many packages the flow knows of. */
export const packageCount = (state: PackageFlowState): number => state.current.size;
