import { type EventStore } from '@fairscan/event-store';
import { applyRetention, type RetentionOptions, type RetentionReport } from './apply-retention.js';
import { readRetentionSchedule } from './read-schedule.js';

export interface RetentionTimerOptions extends Omit<RetentionOptions, 'now' | 'schedule' | 'dryRun'> {
  /** Default hourly: a day expires at midnight UTC and is gone within the hour. */
  readonly everyMs?: number;
  readonly clock?: () => Date;
  readonly onRun?: (report: RetentionReport) => void;
  /** A failed run is reported and retried at the next tick; the next run completes it (its intent is in the audit). */
  readonly onError?: (error: unknown) => void;
}

export interface RetentionTimer {
  /** Stops the schedule and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * The schedule inside `fairscan serve`: a run at start, then every `everyMs`,
 * never two at once. The schedule is re-read each run, so a new
 * `RetentionPolicySet` applies from the next tick.
 */
export function startRetentionTimer(store: EventStore, options: RetentionTimerOptions): RetentionTimer {
  const clock = options.clock ?? (() => new Date());
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = async (): Promise<void> => {
    try {
      const schedule = await readRetentionSchedule(store, options.site);
      options.onRun?.(await applyRetention(store, { ...options, now: clock(), schedule }));
    } catch (error) {
      options.onError?.(error);
    } finally {
      running = undefined;
    }
  };
  // A tick while a run is still going is skipped, not queued.
  const tick = (): void => {
    if (!stopped && running === undefined) running = run();
  };
  tick();
  const timer = setInterval(tick, options.everyMs ?? 3_600_000);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
