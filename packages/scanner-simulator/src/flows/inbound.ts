import { roleProfiles } from '../roles.js';
import { type Flow, type ScanStep } from './flow.js';

const profile = roleProfiles.receive;

/**
 * Receiving: scan the pallet's SSCC at an inbound dock, then decant it, each
 * item's GTIN scanned onto the receive station, ready for stowing.
 */
export const receivePallet: Flow = ({ world, station, rng }) => {
  if (world.toStow.size >= world.toStowLimit) return undefined;
  const supplier = rng.pick(world.catalog);
  const products = Array.from({ length: rng.int(1, 3) }, () => rng.pick(supplier.gtins));
  const pallet: ScanStep = {
    code: world.palletLabels.next(supplier.prefix),
    bizLocation: rng.pick(world.layout.inboundDocks),
    unit: false,
    seconds: profile.secondsPerExtraScan,
  };
  const items = Array.from({ length: rng.int(...profile.taskUnits) }, (): ScanStep => {
    const gtin = rng.pick(products);
    return {
      code: gtin,
      bizLocation: station,
      unit: true,
      seconds: profile.secondsPerUnit,
      afterScan: () => world.toStow.push(gtin),
    };
  });
  return { bizStep: 'receiving', station, steps: [pallet, ...items] };
};
