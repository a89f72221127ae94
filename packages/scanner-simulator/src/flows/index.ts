import { type Role, roleProfiles } from '../roles.js';
import { countBin } from './count.js';
import { type Flow, type FlowContext, type TaskDraft } from './flow.js';
import { receivePallet } from './inbound.js';
import { packTote } from './pack.js';
import { pickTote } from './pick.js';
import { loadTrailer } from './ship.js';
import { stowCart } from './stow.js';

const flowOf: Readonly<Record<Role, Flow>> = {
  receive: receivePallet,
  stow: stowCart,
  pick: pickTote,
  pack: packTote,
  ship: loadTrailer,
};

/** Where an idle person helps first: downstream, so goods keep leaving and the floor does not clog. */
const helpOrder: readonly Role[] = ['ship', 'pack', 'pick', 'stow', 'receive'];

/** Share of stowers' and pickers' tasks that are a cycle count of a bin they pass. */
export const cycleCountShare = 0.02;

type NextTaskContext = Omit<FlowContext, 'station'>;

function ownTask(context: NextTaskContext): TaskDraft | undefined {
  const { role, station } = context.worker;
  const counts = (role === 'stow' || role === 'pick') && context.rng.chance(cycleCountShare);
  return (counts ? countBin({ ...context, station }) : undefined) ?? flowOf[role]({ ...context, station });
}

/**
 * The next task for a person: one of their own role's, now and then a cycle
 * count, and when their step has nothing to hand, a task at another step
 * (reassigning staff is a legitimate aim, CNIL-OK; it is how a small crew
 * covers every step).
 */
export function nextTask(context: NextTaskContext): TaskDraft | undefined {
  const own = ownTask(context);
  if (own !== undefined) return own;
  for (const role of helpOrder) {
    if (role === context.worker.role) continue;
    const station = context.rng.pick(context.world.layout.stations[roleProfiles[role].bizStep]);
    const draft = flowOf[role]({ ...context, station });
    if (draft !== undefined) return draft;
  }
  return undefined;
}

export { type Flow, type FlowContext, type ScanStep, type TaskDraft } from './flow.js';
