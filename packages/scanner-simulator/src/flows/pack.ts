import { orderItems, roleProfiles } from '../roles.js';
import { type World } from '../world.js';
import { type Flow, type ScanStep } from './flow.js';

const profile = roleProfiles.pack;

function orderSteps(world: World, items: readonly string[], station: string): ScanStep[] {
  const parcel = world.parcelLabels.next(world.sitePrefix);
  const itemSteps = items.map(
    (gtin): ScanStep => ({ code: gtin, bizLocation: station, unit: true, seconds: profile.secondsPerUnit }),
  );
  const label: ScanStep = {
    code: parcel,
    bizLocation: station,
    unit: false,
    seconds: profile.secondsPerExtraScan,
    afterScan: () => world.parcels.push(parcel),
  };
  return [...itemSteps, label];
}

/**
 * Packing: a picked tote split into customer orders; each order's items are
 * scanned, then its new parcel's SSCC label, and the parcel waits to ship.
 */
export const packTote: Flow = ({ world, station, rng }) => {
  const tote = world.totes.shift();
  if (tote === undefined) return undefined;
  const orders: string[][] = [];
  for (let i = 0; i < tote.length; ) {
    const size = rng.int(...orderItems);
    orders.push(tote.slice(i, i + size));
    i += size;
  }
  const perOrder = orders.map((items) => orderSteps(world, items, station));
  const finish = (stepsDone: number): void => {
    // Orders whose parcel was not labelled go back to packing whole; their items get scanned again.
    let scanned = 0;
    const unpacked = perOrder.flatMap((steps, o) => {
      scanned += steps.length;
      return scanned > stepsDone ? (orders[o] ?? []) : [];
    });
    if (unpacked.length > 0) world.totes.push(unpacked);
  };
  return { bizStep: 'packing', station, steps: perOrder.flat(), finish };
};
