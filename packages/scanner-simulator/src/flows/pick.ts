import { roleProfiles } from '../roles.js';
import { type Flow, type ScanStep } from './flow.js';

const profile = roleProfiles.pick;

/**
 * Picking: a tote's worth of units reserved from the bins when the task is
 * created, so every pick is of an item stowed before; the tote goes to
 * packing when the task completes, and unpicked units go back on the shelf.
 */
export const pickTote: Flow = ({ world, station, rng }) => {
  if (world.stock.available < profile.taskUnits[0]) return undefined;
  const reserved = world.stock.reserve(rng.int(...profile.taskUnits), rng);
  const steps = reserved.map(
    (unit): ScanStep => ({ code: unit.gtin, bizLocation: unit.bin, unit: true, seconds: profile.secondsPerUnit }),
  );
  const finish = (stepsDone: number): void => {
    for (const unit of reserved.slice(stepsDone)) world.stock.put(unit);
    if (stepsDone > 0) world.totes.push(reserved.slice(0, stepsDone).map((unit) => unit.gtin));
  };
  return { bizStep: 'picking', station, steps, finish };
};
