import { shiftDayOf, type Command, type CommandOf, type PolicyCommand, type RegisterCommand, type ShiftCommand, type TaskCommand } from '../commands/command.js';
import { type FairscanEvent } from '../events/index.js';
import { streams } from '../streams/stream-names.js';
import { type Decider } from './decider.js';
import { registerDecider } from './register-decider.js';
import { retentionPolicyDecider } from './retention-policy-decider.js';
import { shiftDecider } from './shift-decider.js';
import { taskDecider } from './task-decider.js';

/** Every command except RecordScan, which `scanFacts` splits across several streams. */
export type RoutedCommand = Exclude<Command, { readonly type: 'RecordScan' }>;

/** Where a command's stream is and which decider folds and decides it. */
export interface CommandRoute<C extends Command = RoutedCommand> {
  streamName(command: C, site: string): string;
  readonly decider: Decider<C, unknown, FairscanEvent>;
}

const taskRoute: CommandRoute<TaskCommand> = {
  streamName: ({ data }, site) => streams.task(site, data.taskId),
  decider: taskDecider,
};

const shiftRoute: CommandRoute<ShiftCommand> = {
  streamName: ({ data }, site) => streams.shift(site, shiftDayOf(data), data.operator),
  decider: shiftDecider,
};

const policyRoute: CommandRoute<PolicyCommand> = {
  streamName: (_command, site) => streams.policy(site),
  decider: retentionPolicyDecider,
};

// The same stream as the retention policy: a register's retention section is a policy too.
const registerRoute: CommandRoute<RegisterCommand> = {
  streamName: (_command, site) => streams.policy(site),
  decider: registerDecider,
};

export const commandRoutes: { readonly [K in RoutedCommand['type']]: CommandRoute<CommandOf<K>> } = {
  CreateTask: taskRoute,
  AssignTask: taskRoute,
  StartTask: taskRoute,
  CompleteTask: taskRoute,
  CancelTask: taskRoute,
  StartShift: shiftRoute,
  EndShift: shiftRoute,
  StartBreak: shiftRoute,
  EndBreak: shiftRoute,
  SetRetentionPolicy: policyRoute,
  ActivateRegister: registerRoute,
};

/** The route of any routed command, typed so a generic handler needs no cast. */
export const routeOf = (command: RoutedCommand): CommandRoute<RoutedCommand> =>
  commandRoutes[command.type] as CommandRoute<RoutedCommand>;
