import { withWrongCheckDigit } from '../codes.js';
import { type RandomSource } from '../random.js';
import { taskOverhead } from '../roles.js';
import { type ScanData, type SimulatedCommand, type Timed, isoAt } from '../simulated-command.js';
import { type WorkerPlan } from '../workforce.js';
import { type ScanStep, type TaskDraft } from './flow.js';

export interface RunContext {
  readonly worker: WorkerPlan;
  readonly rng: RandomSource;
  /** Chance that a scan is preceded by a misread of a damaged label. */
  readonly misreadChance: number;
  /** Task ids carry the day, so tomorrow's `task-<site>-<id>` streams never collide with today's. */
  readonly taskIdPrefix: string;
}

const after = (rng: RandomSource, t: number, [min, max]: readonly [number, number]): number =>
  Math.round(t + rng.between(min, max) * 1000);

/** Seconds to the next scan: never instant, sometimes a long walk; capped at five times the mean. */
function scanGap(rng: RandomSource, meanSeconds: number, pace: number): number {
  const spread = 0.4 + Math.min(rng.exponential(0.6), 4.6);
  return Math.max(1, Math.round(meanSeconds * pace * spread * 1000));
}

function scanAt(run: RunContext, taskId: string, draft: TaskDraft, step: ScanStep, t: number, code = step.code): Timed {
  const { worker, rng } = run;
  const data: ScanData = {
    scanId: rng.uuidV7(t),
    deviceId: worker.deviceId,
    code,
    bizStep: draft.bizStep,
    readPoint: draft.station,
    bizLocation: step.bizLocation,
    occurredAt: isoAt(t),
    operator: worker.operator,
    taskId,
  };
  return { at: t, command: { type: 'RecordScan', data } };
}

const timed = (t: number, command: SimulatedCommand): Timed => ({ at: t, command });

/** Scans the draft's steps until done or `until`; returns the time of the last scan and how many steps were done. */
function* scanSteps(run: RunContext, taskId: string, draft: TaskDraft, from: number, until: number) {
  let t = from;
  let done = 0;
  for (const step of draft.steps) {
    const next = t + scanGap(run.rng, step.seconds, run.worker.pace);
    if (next > until) break;
    if (run.rng.chance(run.misreadChance)) {
      const misreadAt = Math.round(t + (next - t) * 0.6);
      yield scanAt(run, taskId, draft, step, misreadAt, withWrongCheckDigit(step.code, run.rng));
    }
    t = next;
    yield scanAt(run, taskId, draft, step, t);
    step.afterScan?.();
    done++;
  }
  return { t, done };
}

/**
 * One task from creation to completion, its scans grouped under its id. A
 * task still running at `until` (a break, the end of the shift) completes
 * with the units done so far, and hands the rest back to the floor.
 */
export function* runTask(run: RunContext, draft: TaskDraft, from: number, until: number): Generator<Timed, number> {
  const { worker, rng } = run;
  const taskId = `${run.taskIdPrefix}-${rng.base32(10)}`;
  const units = draft.steps.reduce((sum, step) => sum + (step.unit ? 1 : 0), 0);
  let t = after(rng, from, taskOverhead.create);
  yield timed(t, { type: 'CreateTask', data: { taskId, bizStep: draft.bizStep, station: draft.station, units, at: isoAt(t) } });
  t = after(rng, t, taskOverhead.assign);
  yield timed(t, { type: 'AssignTask', data: { taskId, operator: worker.operator, at: isoAt(t) } });
  t = after(rng, t, taskOverhead.start);
  yield timed(t, { type: 'StartTask', data: { taskId, at: isoAt(t) } });
  const scanned = yield* scanSteps(run, taskId, draft, t, until);
  const unitsDone = draft.steps.slice(0, scanned.done).reduce((sum, step) => sum + (step.unit ? 1 : 0), 0);
  t = Math.min(after(rng, scanned.t, taskOverhead.complete), until);
  yield timed(t, { type: 'CompleteTask', data: { taskId, unitsDone, at: isoAt(t) } });
  draft.finish?.(scanned.done);
  return t;
}
