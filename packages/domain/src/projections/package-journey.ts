import { packageEventTypes, type PackageObservation } from '../events/package-events.js';
import { type BizStep } from '../gs1/epcis.js';
import { instantMs, isOneOf, type Projection } from './projection.js';

export interface JourneyStep {
  readonly bizStep: BizStep;
  readonly readPoint: string;
  readonly bizLocation: string;
  readonly occurredAt: string;
}

/** One package: where it is now and every step it went through, in the order they happened. */
export interface PackageJourney {
  code?: string;
  codeType?: 'gtin' | 'sscc';
  bizStep?: BizStep;
  bizLocation?: string;
  readPoint?: string;
  lastSeenAt?: string;
  readonly history: JourneyStep[];
}

const types = new Set(packageEventTypes);

/** Keeps history sorted by occurredAt: scanners that were offline upload late. */
function insertStep(history: JourneyStep[], step: JourneyStep): void {
  const at = instantMs(step.occurredAt);
  let index = history.length;
  while (index > 0 && instantMs((history[index - 1] as JourneyStep).occurredAt) > at) index--;
  history.splice(index, 0, step);
}

function observe(journey: PackageJourney, data: PackageObservation): void {
  if (journey.code !== undefined && journey.code !== data.code) return;
  insertStep(journey.history, { bizStep: data.bizStep, readPoint: data.readPoint, bizLocation: data.bizLocation, occurredAt: data.occurredAt });
  const latest = journey.history[journey.history.length - 1] as JourneyStep;
  journey.code = data.code;
  journey.codeType = data.codeType;
  journey.bizStep = latest.bizStep;
  journey.readPoint = latest.readPoint;
  journey.bizLocation = latest.bizLocation;
  journey.lastSeenAt = latest.occurredAt;
}

/** Fold the events of one `package-<code>` stream; events of another code are ignored. */
export const packageJourney: Projection<PackageJourney> = {
  name: 'packageJourney',
  eventTypes: packageEventTypes,
  initialState: () => ({ history: [] }),
  evolve: (journey, event) => {
    if (isOneOf(types, event)) observe(journey, event.data);
    return journey;
  },
};
