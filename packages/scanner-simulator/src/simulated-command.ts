import { type BizStep, type OperatorRef, type breakSources } from '@fairscan/domain';

export type BreakSource = (typeof breakSources)[number];

/** One handheld read. `code` is a GTIN-13 or SSCC-18; a configured few carry a wrong check digit on purpose. */
export interface ScanData {
  readonly scanId: string;
  readonly deviceId: string;
  readonly code: string;
  readonly bizStep: BizStep;
  readonly readPoint: string;
  readonly bizLocation: string;
  readonly occurredAt: string;
  readonly operator: OperatorRef;
  readonly taskId: string;
}

export interface ShiftData {
  readonly operator: OperatorRef;
  readonly at: string;
  readonly shiftDate: string;
}

export interface BreakData extends ShiftData {
  readonly source: BreakSource;
}

export interface CreateTaskData {
  readonly taskId: string;
  readonly bizStep: BizStep;
  readonly station: string;
  readonly units: number;
  readonly at: string;
}

export interface AssignTaskData {
  readonly taskId: string;
  readonly operator: OperatorRef;
  readonly at: string;
}

export interface StartTaskData {
  readonly taskId: string;
  readonly at: string;
}

export interface CompleteTaskData {
  readonly taskId: string;
  readonly unitsDone: number;
  readonly at: string;
}

/** A command as plain JSON, ready for `parseCommand(type, data)` or an NDJSON line. */
export type SimulatedCommand =
  | { readonly type: 'RecordScan'; readonly data: ScanData }
  | { readonly type: 'StartShift'; readonly data: ShiftData }
  | { readonly type: 'EndShift'; readonly data: ShiftData }
  | { readonly type: 'StartBreak'; readonly data: BreakData }
  | { readonly type: 'EndBreak'; readonly data: BreakData }
  | { readonly type: 'CreateTask'; readonly data: CreateTaskData }
  | { readonly type: 'AssignTask'; readonly data: AssignTaskData }
  | { readonly type: 'StartTask'; readonly data: StartTaskData }
  | { readonly type: 'CompleteTask'; readonly data: CompleteTaskData };

/** When a command happened: `occurredAt` for a scan, `at` for the rest. */
export const occurredAtOf = (command: SimulatedCommand): string =>
  command.type === 'RecordScan' ? command.data.occurredAt : command.data.at;

/** A command and its instant in epoch ms; no command is a worker waiting (it orders the merge, emits nothing). */
export interface Timed {
  readonly at: number;
  readonly command?: SimulatedCommand;
}

export const isoAt = (epochMs: number): string => new Date(epochMs).toISOString();
