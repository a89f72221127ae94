import { roleProfiles } from '../roles.js';
import { type Flow, type ScanStep } from './flow.js';

const profile = roleProfiles.ship;

/** Shipping: labelled parcels scanned onto a trailer at an outbound dock. */
export const loadTrailer: Flow = ({ world, station, rng }) => {
  // A trailer is not loaded for a handful of parcels.
  if (world.parcels.size < profile.taskUnits[0]) return undefined;
  const parcels = world.parcels.take(rng.int(...profile.taskUnits));
  const dock = rng.pick(world.layout.outboundDocks);
  const steps = parcels.map(
    (sscc): ScanStep => ({ code: sscc, bizLocation: dock, unit: true, seconds: profile.secondsPerUnit }),
  );
  const finish = (stepsDone: number): void => world.parcels.push(...parcels.slice(stepsDone));
  return { bizStep: 'shipping', station, steps, finish };
};
