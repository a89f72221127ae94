import { roleProfiles } from '../roles.js';
import { type Flow, type ScanStep } from './flow.js';

const profile = roleProfiles.stow;

/** Stowing: a cart of decanted items, each scanned into whichever bin has room (chaotic storage). */
export const stowCart: Flow = ({ world, station, rng }) => {
  // A cart is not worth the walk for a handful of items.
  if (world.toStow.size < profile.taskUnits[0]) return undefined;
  const items = world.toStow.take(rng.int(...profile.taskUnits));
  const steps = items.map((gtin): ScanStep => {
    const bin = rng.pick(world.layout.bins);
    return {
      code: gtin,
      bizLocation: bin,
      unit: true,
      seconds: profile.secondsPerUnit,
      afterScan: () => world.stock.put({ bin, gtin }),
    };
  });
  const finish = (stepsDone: number): void => world.toStow.push(...items.slice(stepsDone));
  return { bizStep: 'storing', station, steps, finish };
};
