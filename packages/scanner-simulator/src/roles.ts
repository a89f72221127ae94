import { type BizStep } from '@fairscan/domain';

export const roles = ['receive', 'stow', 'pick', 'pack', 'ship'] as const;
export type Role = (typeof roles)[number];

/**
 * How one person in a role works when there is work to do. The flows draw
 * from these and `describeSiteDay` estimates from them, so the two agree.
 * `secondsPerUnit` is a mean; each person has their own pace around it.
 */
export interface RoleProfile {
  readonly bizStep: BizStep;
  readonly workersPerStation: number;
  /** Units (items, or parcels for ship) per task, min and max. */
  readonly taskUnits: readonly [number, number];
  readonly secondsPerUnit: number;
  /** Scans that are not units: the pallet at receiving, a parcel per order at packing. */
  readonly extraScansPerTask: (units: number) => number;
  readonly secondsPerExtraScan: number;
  /** Headcount share above the flow-balanced need: upstream runs slightly ahead so downstream rarely waits. */
  readonly capacityMargin: number;
}

/** Items per customer order, so per parcel. */
export const orderItems: readonly [number, number] = [1, 3];
const meanOrderItems = (orderItems[0] + orderItems[1]) / 2;

export const roleProfiles: Readonly<Record<Role, RoleProfile>> = {
  // Decant: one pallet scan at the dock, then each item onto the receive station.
  receive: {
    bizStep: 'receiving', workersPerStation: 3, taskUnits: [24, 60],
    secondsPerUnit: 8, extraScansPerTask: () => 1, secondsPerExtraScan: 45, capacityMargin: 1.1,
  },
  stow: {
    bizStep: 'storing', workersPerStation: 2, taskUnits: [15, 35],
    secondsPerUnit: 16, extraScansPerTask: () => 0, secondsPerExtraScan: 0, capacityMargin: 1.06,
  },
  // ~100-150 units an hour per person, walking included.
  pick: {
    bizStep: 'picking', workersPerStation: 3, taskUnits: [10, 30],
    secondsPerUnit: 26, extraScansPerTask: () => 0, secondsPerExtraScan: 0, capacityMargin: 1.03,
  },
  // A pick tote arrives whole; each order in it ends with its parcel label scan.
  pack: {
    bizStep: 'packing', workersPerStation: 1, taskUnits: [10, 30],
    secondsPerUnit: 14, extraScansPerTask: (units) => units / meanOrderItems, secondsPerExtraScan: 10, capacityMargin: 1,
  },
  ship: {
    bizStep: 'shipping', workersPerStation: 3, taskUnits: [20, 60],
    secondsPerUnit: 7, extraScansPerTask: () => 0, secondsPerExtraScan: 0, capacityMargin: 0.97,
  },
};

/** Parcels leaving per item picked: what ship's units are in item terms. */
export const parcelsPerItem = 1 / meanOrderItems;

/** Seconds a task spends outside its scans: created, assigned, walked to, completed (see flows/task-run.ts). */
export const taskOverhead = { create: [2, 20], assign: [1, 4], start: [5, 40], complete: [1, 5] } as const;

const mean = ([min, max]: readonly [number, number]): number => (min + max) / 2;

export const meanTaskOverheadSeconds =
  mean(taskOverhead.create) + mean(taskOverhead.assign) + mean(taskOverhead.start) + mean(taskOverhead.complete);

/** Units per worked hour and scans per unit for a person of pace 1 who never waits. */
export function roleRates(role: Role): { readonly unitsPerHour: number; readonly scansPerUnit: number } {
  const profile = roleProfiles[role];
  const units = mean(profile.taskUnits);
  const extra = profile.extraScansPerTask(units);
  const seconds = meanTaskOverheadSeconds + units * profile.secondsPerUnit + extra * profile.secondsPerExtraScan;
  return { unitsPerHour: (units * 3600) / seconds, scansPerUnit: 1 + extra / units };
}

/** Flow-balanced headcount weights: people needed per item-per-hour of throughput, with the margin. */
export function roleWeights(): Record<Role, number> {
  const unitFactor = (role: Role): number => (role === 'ship' ? parcelsPerItem : 1);
  const entries = roles.map((role) => {
    const weight = (unitFactor(role) * roleProfiles[role].capacityMargin) / roleRates(role).unitsPerHour;
    return [role, weight] as const;
  });
  return Object.fromEntries(entries) as Record<Role, number>;
}
