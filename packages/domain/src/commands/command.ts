import { ActivateRegister } from './activate-register.js';
import { AssignTask } from './assign-task.js';
import { CancelTask } from './cancel-task.js';
import { CompleteTask } from './complete-task.js';
import { CreateTask } from './create-task.js';
import { EndBreak } from './end-break.js';
import { EndShift } from './end-shift.js';
import { RecordScan } from './record-scan.js';
import { SetRetentionPolicy } from './set-retention-policy.js';
import { StartBreak } from './start-break.js';
import { StartShift } from './start-shift.js';
import { StartTask } from './start-task.js';
import { dayOf } from '../streams/stream-names.js';

/** Each command's DTO class, by the command's `type` (the class name). */
export const commandClasses = {
  RecordScan,
  CreateTask,
  AssignTask,
  StartTask,
  CompleteTask,
  CancelTask,
  StartShift,
  EndShift,
  StartBreak,
  EndBreak,
  SetRetentionPolicy,
  ActivateRegister,
} as const;

export type CommandType = keyof typeof commandClasses;

export const commandTypes = Object.keys(commandClasses) as readonly CommandType[];

export const isCommandType = (type: unknown): type is CommandType =>
  typeof type === 'string' && Object.prototype.hasOwnProperty.call(commandClasses, type);

export type Command =
  | { readonly type: 'RecordScan'; readonly data: RecordScan }
  | { readonly type: 'CreateTask'; readonly data: CreateTask }
  | { readonly type: 'AssignTask'; readonly data: AssignTask }
  | { readonly type: 'StartTask'; readonly data: StartTask }
  | { readonly type: 'CompleteTask'; readonly data: CompleteTask }
  | { readonly type: 'CancelTask'; readonly data: CancelTask }
  | { readonly type: 'StartShift'; readonly data: StartShift }
  | { readonly type: 'EndShift'; readonly data: EndShift }
  | { readonly type: 'StartBreak'; readonly data: StartBreak }
  | { readonly type: 'EndBreak'; readonly data: EndBreak }
  | { readonly type: 'SetRetentionPolicy'; readonly data: SetRetentionPolicy }
  | { readonly type: 'ActivateRegister'; readonly data: ActivateRegister };

export type CommandOf<T extends CommandType> = Extract<Command, { readonly type: T }>;

export type TaskCommand = CommandOf<'CreateTask' | 'AssignTask' | 'StartTask' | 'CompleteTask' | 'CancelTask'>;
export type ShiftCommand = CommandOf<'StartShift' | 'EndShift' | 'StartBreak' | 'EndBreak'>;
export type PolicyCommand = CommandOf<'SetRetentionPolicy'>;
export type RegisterCommand = CommandOf<'ActivateRegister'>;

/** The day a shift started: `shiftDate` when given (night shifts cross midnight), else the UTC day of `at`. */
export const shiftDayOf = (data: { readonly at: string; readonly shiftDate?: string | null }): string =>
  data.shiftDate ?? dayOf(data.at);
