import { type Flow, type ScanStep } from './flow.js';

const secondsPerUnit = 6;
const largestCount = 12;

/** Cycle counting: every free unit of one product in one bin is scanned; the count moves nothing. */
export const countBin: Flow = ({ world, rng }) => {
  const lot = world.stock.sampleLot(rng);
  if (lot === undefined) return undefined;
  const steps = Array.from(
    { length: Math.min(lot.available, largestCount) },
    (): ScanStep => ({ code: lot.gtin, bizLocation: lot.bin, unit: true, seconds: secondsPerUnit }),
  );
  return { bizStep: 'cycle_counting', station: rng.pick(world.layout.stations.cycle_counting), steps };
};
