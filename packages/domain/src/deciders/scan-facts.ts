import { type RecordScan } from '../commands/record-scan.js';
import { type FairscanEvent } from '../events/index.js';
import { type PackageEvent, type PackageObservation } from '../events/package-events.js';
import { type LocationEvent, type StockMovement } from '../events/location-events.js';
import { type BizStep } from '../gs1/epcis.js';
import { parseGs1Code } from '../gs1/codes.js';
import { dayOf, streams } from '../streams/stream-names.js';
import { CommandRejected } from './decider.js';

/** Events bound for one stream. */
export interface StreamFacts {
  readonly streamName: string;
  readonly events: FairscanEvent[];
}

export const packageEventTypeByBizStep: Readonly<Record<BizStep, PackageEvent['type']>> = {
  receiving: 'ItemReceived',
  storing: 'ItemStowed',
  picking: 'ItemPicked',
  packing: 'ItemPacked',
  shipping: 'ItemShipped',
  cycle_counting: 'ItemCounted',
};

/**
 * Stock effect per bizStep. A cycle count moves nothing, so BinCounted carries
 * quantity 0: summing `quantity` over a location stream always gives its stock.
 */
const stockEffect: Partial<Record<BizStep, [LocationEvent['type'], number]>> = {
  storing: ['StockAdded', 1],
  picking: ['StockRemoved', -1],
  cycle_counting: ['BinCounted', 0],
};

function observation(scan: RecordScan): PackageObservation {
  const parsed = parseGs1Code(scan.code);
  if (!parsed.ok) throw new CommandRejected('invalid-code', `scan ${scan.scanId}: ${parsed.message}`);
  const { scanId, bizStep, readPoint, bizLocation, occurredAt } = scan;
  return { scanId, code: parsed.code, codeType: parsed.codeType, bizStep, readPoint, bizLocation, occurredAt };
}

function locationFacts(scan: RecordScan, site: string): StreamFacts[] {
  const effect = stockEffect[scan.bizStep];
  if (effect === undefined) return [];
  const [type, quantity] = effect;
  const { scanId, code, bizStep, occurredAt, bizLocation: bin } = scan;
  const data: StockMovement = { scanId, bin, code, quantity, bizStep, occurredAt };
  return [{ streamName: streams.location(site, bin), events: [{ type, data }] }];
}

function attributionFacts(scan: RecordScan, site: string): StreamFacts[] {
  if (scan.operator === undefined || scan.operator === null) return [];
  const { scanId, operator, bizStep, readPoint, occurredAt } = scan;
  const taskId = scan.taskId ?? undefined;
  const data = taskId === undefined
    ? { scanId, operator, bizStep, readPoint, occurredAt }
    : { scanId, operator, taskId, bizStep, readPoint, occurredAt };
  return [{ streamName: streams.attribution(site, dayOf(occurredAt)), events: [{ type: 'ScanAttributed', data }] }];
}

/**
 * One scan, split by the privacy model (design.md): the package fact and any
 * stock movement carry no operator and no task id; the link to a person, when
 * the scanner sent one, goes alone to the day's attribution stream.
 */
export function scanFacts(command: RecordScan, site: string): StreamFacts[] {
  const packageFact: StreamFacts = {
    streamName: streams.package(command.code),
    events: [{ type: packageEventTypeByBizStep[command.bizStep], data: observation(command) }],
  };
  return [packageFact, ...locationFacts(command, site), ...attributionFacts(command, site)];
}
