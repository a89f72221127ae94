import { setTimeout as sleep } from 'node:timers/promises';
import { type LatencySummary, summarize } from './latency.js';
import { type LoadTarget, type UnitAcks } from './load-target.js';

export interface LoadOptions {
  /** Scans per second to offer. */
  readonly rate: number;
  readonly durationSeconds: number;
  /** Scans per transport unit (request, message, write). */
  readonly batch: number;
  /** Units awaiting their acknowledgement at once; past it the generator waits (and the achieved rate shows it). */
  readonly concurrency: number;
}

export interface LoadRun {
  readonly offered: number;
  readonly seconds: number;
  readonly acks: UnitAcks;
  /** From when each unit was due to when it was acknowledged, in ms: a slow target delays the units behind it, and that counts. */
  readonly latencyMs: LatencySummary;
  readonly failures: number;
  readonly firstFailure?: string;
}

/**
 * Offers scans at a fixed rate (open loop: each unit is due at its time,
 * whether or not earlier ones were answered, up to `concurrency` in flight)
 * and records every acknowledgement and its latency.
 */
export async function runLoad(target: LoadTarget, units: Iterator<Record<string, unknown>[]>, options: LoadOptions): Promise<LoadRun> {
  const total = Math.round(options.rate * options.durationSeconds);
  const acks = { accepted: 0, duplicate: 0, rejected: 0, retries: 0 };
  const latencies: number[] = [];
  const failures: string[] = [];
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  let offered = 0;
  for (let next = units.next(); !next.done && offered < total; next = units.next()) {
    const due = started + (offered / options.rate) * 1000;
    if (due > performance.now()) await sleep(due - performance.now());
    const unit = next.value;
    offered += unit.length;
    const sent = target.send(unit).then(
      (unitAcks) => {
        for (const key of Object.keys(acks) as (keyof UnitAcks)[]) acks[key] += unitAcks[key];
        latencies.push(performance.now() - due);
      },
      (error: unknown) => void failures.push(error instanceof Error ? error.message : String(error)),
    );
    inFlight.add(sent);
    void sent.finally(() => inFlight.delete(sent));
    if (inFlight.size >= options.concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  return { offered, seconds, acks, latencyMs: summarize(latencies), failures: failures.length, firstFailure: failures[0] };
}

export function describeLoad(run: LoadRun, acknowledgedBy: string): string[] {
  const { acks, latencyMs: l } = run;
  const acked = acks.accepted + acks.duplicate + acks.rejected;
  const lines = [
    `offered ${run.offered} scans in ${run.seconds.toFixed(1)} s; achieved ${Math.round(acked / Math.max(run.seconds, 0.001))} scans/s acknowledged by ${acknowledgedBy}`,
    `acknowledgements: ${acks.accepted} accepted, ${acks.duplicate} duplicate, ${acks.rejected} rejected; ${acks.retries} retries after 429/503; ${run.failures} failed units`,
    `latency per unit (ms): p50 ${l.p50.toFixed(1)}, p95 ${l.p95.toFixed(1)}, p99 ${l.p99.toFixed(1)}, max ${l.max.toFixed(1)}`,
  ];
  if (run.firstFailure !== undefined) lines.push(`first failure: ${run.firstFailure}`);
  return lines;
}
