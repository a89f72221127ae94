/**
 * The calendar of retention, in UTC. A stream keyed by a period (a day, an
 * ISO week) ends when its period ends; anything that ended at or before the
 * cut-off (`now - days`) has expired. So a day kept N days is deleted from
 * 00:00 UTC of day + N + 1: attribution of 2026-03-02, kept 1 day, lives
 * through 2026-03-03 and is deleted from 2026-03-04T00:00:00Z.
 */
export const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** What ended at or before this instant has expired. */
export const cutoffOf = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS);

/** NaN (an unreadable time) never expires: retention deletes only what it can date. */
export const hasExpired = (endMs: number, cutoff: Date): boolean => endMs <= cutoff.getTime();

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC starting `day` (YYYY-MM-DD), or undefined when it is not a calendar day. */
export function dayStart(day: string): number | undefined {
  if (!dayPattern.test(day)) return undefined;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day ? ms : undefined;
}

/** The instant a day ends (next midnight UTC). */
export const dayEnd = (day: string): number | undefined => {
  const start = dayStart(day);
  return start === undefined ? undefined : start + DAY_MS;
};

/** The end (next midnight UTC) of the day an instant falls in; NaN stays NaN. */
export const endOfDayAt = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS + DAY_MS;

const dayName = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Monday 00:00 UTC of ISO week 1 of `year` (the week holding 4 January). */
function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
}

/** ISO-8601 week of a calendar day, `YYYY-Www` (2026-03-02 → 2026-W10). */
export function isoWeekOf(day: string): string {
  const start = dayStart(day);
  if (start === undefined) throw new RangeError(`"${day}" is not a calendar day YYYY-MM-DD`);
  // The week belongs to the year of its Thursday.
  const thursday = start + (3 - ((new Date(start).getUTCDay() + 6) % 7)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - firstMonday(year)) / WEEK_MS);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 UTC of an ISO week, or undefined when `week` is not one (2026-W53 does not exist). */
export function weekStart(week: string): number | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (match === null) return undefined;
  const start = firstMonday(Number(match[1])) + (Number(match[2]) - 1) * WEEK_MS;
  return Number(match[2]) >= 1 && isoWeekOf(dayName(start)) === week ? start : undefined;
}

/** The instant an ISO week ends (the next Monday, 00:00 UTC). */
export const weekEnd = (week: string): number | undefined => {
  const start = weekStart(week);
  return start === undefined ? undefined : start + WEEK_MS;
};
