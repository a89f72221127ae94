import { type WorkBlock, workBlocks } from './breaks.js';
import { nextTask } from './flows/index.js';
import { type RunContext, runTask } from './flows/task-run.js';
import { type BreakSource, type Timed, isoAt } from './simulated-command.js';
import { type World } from './world.js';

const minute = 60_000;
/** No new task in a block's last 90 s: creation, assignment and the walk take up to ~65 s. */
const lastTaskStart = 90_000;

function shiftEdge(run: RunContext, type: 'StartShift' | 'EndShift', t: number): Timed {
  const { operator, shift } = run.worker;
  return { at: t, command: { type, data: { operator, at: isoAt(t), shiftDate: shift.shiftDate } } };
}

function breakEdge(run: RunContext, type: 'StartBreak' | 'EndBreak', t: number, source: BreakSource): Timed {
  const { operator, shift } = run.worker;
  return { at: t, command: { type, data: { operator, source, at: isoAt(t), shiftDate: shift.shiftDate } } };
}

/**
 * Tasks back to back until the block ends. With no work to hand, the person
 * is elsewhere for a while: a bare time mark (no command) wakes them later.
 */
function* workBlock(run: RunContext, world: World, block: WorkBlock): Generator<Timed> {
  let t = block.start;
  while (t + lastTaskStart <= block.end) {
    const draft = nextTask({ world, worker: run.worker, rng: run.rng });
    if (draft !== undefined) {
      t = yield* runTask(run, draft, t, block.end);
      continue;
    }
    t += Math.round(run.rng.between(1, 3) * minute);
    if (t < block.end) yield { at: t };
  }
}

/**
 * One person's shift as a lazy, time-ordered sequence. Code after each
 * `yield` runs when the merge has emitted that command, so what a task takes
 * from the floor is what other people had put there before.
 */
export function* workerDay(run: RunContext, world: World): Generator<Timed> {
  const { worker } = run;
  yield shiftEdge(run, 'StartShift', worker.badgeIn);
  const blocks = workBlocks(worker.workStart, worker.workEnd, worker.breaks);
  for (const [i, block] of blocks.entries()) {
    yield* workBlock(run, world, block);
    const planned = worker.breaks[i];
    if (planned === undefined) continue;
    yield breakEdge(run, 'StartBreak', planned.start, planned.source);
    yield breakEdge(run, 'EndBreak', planned.end, planned.source);
  }
  yield shiftEdge(run, 'EndShift', worker.badgeOut);
}
