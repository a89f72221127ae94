import { type BizStep } from '@fairscan/domain';
import { type RandomSource } from '../random.js';
import { type WorkerPlan } from '../workforce.js';
import { type World } from '../world.js';

/** One scan a task will make. */
export interface ScanStep {
  readonly code: string;
  readonly bizLocation: string;
  /** Counts towards the task's units (items, or parcels when shipping); pallet and parcel labels at packing do not. */
  readonly unit: boolean;
  /** Mean seconds from the previous scan, before the person's own pace. */
  readonly seconds: number;
  /** What the scan did to the floor, applied once the scan has been emitted. */
  readonly afterScan?: () => void;
}

/** A task a flow has prepared: its units are already reserved from the floor. */
export interface TaskDraft {
  readonly bizStep: BizStep;
  /** The readPoint of every scan and the task's station. */
  readonly station: string;
  readonly steps: readonly ScanStep[];
  /** Once the task is completed: `stepsDone` of the steps were scanned; hand back what was not. */
  readonly finish?: (stepsDone: number) => void;
}

export interface FlowContext {
  readonly world: World;
  readonly worker: WorkerPlan;
  readonly rng: RandomSource;
  /** The station the task runs at: the person's own, or one of the step they are helping. */
  readonly station: string;
}

/** Prepares the next task for a person, or nothing when there is no work for them yet. */
export type Flow = (context: FlowContext) => TaskDraft | undefined;
