import { type BreakSource } from '../events/shift-events.js';
import { type OperatorRef } from '../gs1/operator-ref.js';
import { type BreakComplianceState, type DeclaredBreak, type ShiftRecord } from './break-compliance.js';
import { frBreakRule, type BreakRule } from './break-rules.js';

/**
 * `owed`: a break is owed now; `missed`: earlier in this shift work went past
 * the limit without a qualifying break (the employer's breach, not the
 * worker's); `due-soon`: the limit is near.
 */
export type BreakStatus = 'ok' | 'due-soon' | 'missed' | 'owed';

/** The full evaluation of one shift. Only the worker sees durations (`workerView`). */
export interface ShiftCompliance {
  readonly record: ShiftRecord;
  readonly status: BreakStatus;
  readonly workedMinutes: number;
  /** Work since the last qualifying break ended (or the shift started). */
  readonly minutesSinceQualifyingBreak: number;
}

const minute = 60_000;

interface Tally {
  worked: number;
  sinceRest: number;
  /** The longest stretch of work without a qualifying break so far. */
  longest: number;
  cursor: number;
}

function addBreak(tally: Tally, declared: DeclaredBreak, until: number, rule: BreakRule): void {
  const start = Math.max(declared.startedMs, tally.cursor);
  if (start >= until) return;
  const end = Math.min(declared.endedMs ?? until, until);
  tally.worked += start - tally.cursor;
  tally.sinceRest += start - tally.cursor;
  // A break that reaches the minimum restarts the clock, even while it is still going on.
  if (end - declared.startedMs >= rule.minBreakMinutes * minute) {
    tally.longest = Math.max(tally.longest, tally.sinceRest);
    tally.sinceRest = 0;
  }
  tally.cursor = Math.max(tally.cursor, end);
}

function statusOf(sinceRestMinutes: number, longestMinutes: number, ended: boolean, rule: BreakRule): BreakStatus {
  if (longestMinutes >= rule.workMinutesBeforeBreak) return ended || sinceRestMinutes < rule.workMinutesBeforeBreak ? 'missed' : 'owed';
  return sinceRestMinutes >= rule.workMinutesBeforeBreak - rule.dueSoonMinutes ? 'due-soon' : 'ok';
}

/**
 * Work = time on shift minus declared breaks, up to `asOfMs`. The protective
 * reading of FR-L3121-16: a break is owed after 6 h of work since the last
 * break of 20 min or more (or since the shift started).
 */
export function evaluateShift(record: ShiftRecord, asOfMs: number, rule: BreakRule = frBreakRule): ShiftCompliance {
  const start = record.startedMs;
  if (start === undefined || asOfMs <= start) return { record, status: 'ok', workedMinutes: 0, minutesSinceQualifyingBreak: 0 };
  const until = Math.min(record.endedMs ?? asOfMs, asOfMs);
  const tally: Tally = { worked: 0, sinceRest: 0, longest: 0, cursor: start };
  for (const declared of record.breaks) addBreak(tally, declared, until, rule);
  tally.worked += until - tally.cursor;
  tally.sinceRest += until - tally.cursor;
  const sinceRest = Math.floor(tally.sinceRest / minute);
  const longest = Math.floor(Math.max(tally.longest, tally.sinceRest) / minute);
  const ended = record.endedMs !== undefined && record.endedMs <= asOfMs;
  return { record, status: statusOf(sinceRest, longest, ended, rule), workedMinutes: Math.floor(tally.worked / minute), minutesSinceQualifyingBreak: sinceRest };
}

/** Every shift's compliance at an instant. Evaluated from declared shifts and breaks only (CNIL-IDLE). */
export function breakComplianceAt(state: BreakComplianceState, asOf: string, rule: BreakRule = frBreakRule): ShiftCompliance[] {
  const asOfMs = Date.parse(asOf);
  return [...state.values()].map((record) => evaluateShift(record, asOfMs, rule));
}

/** What a supervisor may see: a pseudonym and a status. No durations, no break times. */
export interface SupervisorBreakRow {
  readonly operator: OperatorRef;
  readonly status: BreakStatus;
}

const urgency: Record<BreakStatus, number> = { owed: 0, missed: 1, 'due-soon': 2, ok: 3 };

/** Owed first, then missed, then due soon, then ok. */
export function supervisorView(state: BreakComplianceState, asOf: string, rule: BreakRule = frBreakRule): SupervisorBreakRow[] {
  return breakComplianceAt(state, asOf, rule)
    .map(({ record, status }) => ({ operator: record.operator, status }))
    .sort((a, b) => urgency[a.status] - urgency[b.status] || a.operator.localeCompare(b.operator));
}

export interface WorkerBreak {
  readonly startedAt: string;
  readonly endedAt?: string;
  readonly minutes: number;
  readonly source: BreakSource;
  /** Long enough to count toward the rule. */
  readonly counts: boolean;
}

/** What a worker sees of their own shift: their work time and their breaks. */
export interface WorkerBreakView {
  readonly operator: OperatorRef;
  readonly status: BreakStatus;
  readonly workedMinutes: number;
  readonly minutesSinceQualifyingBreak: number;
  readonly shiftStartedAt?: string;
  readonly shiftEndedAt?: string;
  readonly breaks: readonly WorkerBreak[];
  readonly rule: BreakRule;
}

/** An instant that had happened by `asOfMs`, as ISO-8601; later ones are not shown yet. */
const isoBy = (ms: number | undefined, asOfMs: number): string | undefined =>
  ms === undefined || ms > asOfMs ? undefined : new Date(ms).toISOString();

function workerBreak(declared: DeclaredBreak, asOfMs: number, rule: BreakRule): WorkerBreak {
  const minutes = Math.floor((Math.min(declared.endedMs ?? asOfMs, asOfMs) - declared.startedMs) / minute);
  const started = { startedAt: new Date(declared.startedMs).toISOString(), minutes, source: declared.source, counts: minutes >= rule.minBreakMinutes };
  const endedAt = isoBy(declared.endedMs, asOfMs);
  return endedAt === undefined ? started : { ...started, endedAt };
}

/** One worker's own shift (pseudonyms are per shift), or undefined when none is known. */
export function workerView(state: BreakComplianceState, operator: OperatorRef, asOf: string, rule: BreakRule = frBreakRule): WorkerBreakView | undefined {
  const record = [...state.values()].find((candidate) => candidate.operator === operator);
  if (record === undefined) return undefined;
  const asOfMs = Date.parse(asOf);
  const { status, workedMinutes, minutesSinceQualifyingBreak } = evaluateShift(record, asOfMs, rule);
  const breaks = record.breaks.filter((declared) => declared.startedMs <= asOfMs).map((declared) => workerBreak(declared, asOfMs, rule));
  return {
    operator, status, workedMinutes, minutesSinceQualifyingBreak,
    shiftStartedAt: isoBy(record.startedMs, asOfMs), shiftEndedAt: isoBy(record.endedMs, asOfMs), breaks, rule,
  };
}
