import { workBlocks } from './breaks.js';
import { type Role, parcelsPerItem, roleRates, roles } from './roles.js';
import { type WorkerPlan } from './workforce.js';

/** Share of worked time that turns into scans: tasks cut by a break, the morning ramp-up (measured). */
const flowEfficiency = 0.99;

/** Each step's units per item that passes through the warehouse (ship moves parcels). */
const unitsPerItem = (role: Role): number => (role === 'ship' ? parcelsPerItem : 1);

/** Hours a person of pace 1 spends on one item across every step, receiving to shipping. */
const hoursPerItem = roles.reduce((sum, role) => sum + unitsPerItem(role) / roleRates(role).unitsPerHour, 0);

/** Scans one item causes across every step: its own, plus its share of pallet and parcel labels. */
const scansPerItem = roles.reduce((sum, role) => sum + unitsPerItem(role) * roleRates(role).scansPerUnit, 0);

/** Worked hours, each person's scaled by their pace. */
function paceHours(workers: readonly WorkerPlan[]): number {
  let hours = 0;
  for (const worker of workers) {
    const blocks = workBlocks(worker.workStart, worker.workEnd, worker.breaks);
    hours += blocks.reduce((sum, block) => sum + (block.end - block.start), 0) / 3_600_000 / worker.pace;
  }
  return hours;
}

/**
 * Scans the day should produce. People help at other steps when their own
 * has nothing to hand, so the floor works as one pool: the items it can move
 * are its hours over the hours an item needs, and misreads come on top.
 */
export function estimateScans(workers: readonly WorkerPlan[], invalidCodeRate: number): number {
  const items = (paceHours(workers) / hoursPerItem) * flowEfficiency;
  return Math.round((items * scansPerItem) / (1 - invalidCodeRate));
}
