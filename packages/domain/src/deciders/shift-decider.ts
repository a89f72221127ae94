import { type CommandOf, type ShiftCommand } from '../commands/command.js';
import { type BreakSource, type ShiftEvent } from '../events/shift-events.js';
import { CommandRejected, type Decider } from './decider.js';

/**
 * One shift of one pseudonym (`shift-<site>-<shiftDate>-<operator>`). Breaks
 * are declared (worker, schedule or badge), never inferred (CNIL-IDLE).
 */
export interface ShiftState {
  readonly status: 'none' | 'on-shift' | 'on-break' | 'ended';
  readonly breakSource?: BreakSource;
  /** The instant of the last event, so that time never runs backwards within a shift. */
  readonly lastAt?: string;
}

function evolve(state: ShiftState, event: ShiftEvent): ShiftState {
  switch (event.type) {
    case 'ShiftStarted':
    case 'BreakEnded':
      return { status: 'on-shift', lastAt: event.data.at };
    case 'BreakStarted':
      return { status: 'on-break', breakSource: event.data.source, lastAt: event.data.at };
    case 'ShiftEnded':
      return { status: 'ended', lastAt: event.data.at };
    default:
      return state;
  }
}

function notBefore(state: ShiftState, at: string): void {
  if (state.lastAt !== undefined && Date.parse(at) < Date.parse(state.lastAt)) {
    throw new CommandRejected('out-of-order', `at ${at} is before the shift's last event at ${state.lastAt}`);
  }
}

function onShift(state: ShiftState, action: string): void {
  if (state.status === 'none') throw new CommandRejected('shift-not-started', `cannot ${action}: the shift has not started`);
  if (state.status === 'ended') throw new CommandRejected('shift-ended', `cannot ${action}: the shift has ended`);
}

const decisions: { [K in ShiftCommand['type']]: (command: CommandOf<K>, state: ShiftState) => ShiftEvent[] } = {
  StartShift: ({ data }, state) => {
    if (state.status !== 'none') throw new CommandRejected('shift-already-started', `shift of ${data.operator} already started`);
    return [{ type: 'ShiftStarted', data: { operator: data.operator, at: data.at } }];
  },
  // Ending a shift during a break closes the break first, so no break is left open.
  EndShift: ({ data }, state) => {
    onShift(state, 'end the shift');
    const ended: ShiftEvent = { type: 'ShiftEnded', data: { operator: data.operator, at: data.at } };
    if (state.status !== 'on-break') return [ended];
    const source = state.breakSource ?? 'worker';
    return [{ type: 'BreakEnded', data: { operator: data.operator, source, at: data.at } }, ended];
  },
  StartBreak: ({ data }, state) => {
    onShift(state, 'start a break');
    if (state.status === 'on-break') throw new CommandRejected('break-already-started', 'a break is already in progress');
    return [{ type: 'BreakStarted', data: { operator: data.operator, source: data.source, at: data.at } }];
  },
  EndBreak: ({ data }, state) => {
    onShift(state, 'end a break');
    if (state.status !== 'on-break') throw new CommandRejected('no-break', 'there is no break in progress to end');
    return [{ type: 'BreakEnded', data: { operator: data.operator, source: data.source, at: data.at } }];
  },
};

export const shiftDecider: Decider<ShiftCommand, ShiftState, ShiftEvent> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide: (command, state) => {
    notBefore(state, command.data.at);
    return (decisions[command.type] as (c: ShiftCommand, s: ShiftState) => ShiftEvent[])(command, state);
  },
};
