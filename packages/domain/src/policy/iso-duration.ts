/**
 * ISO-8601 durations (`PnYnMnWnDTnHnMnS`) in seconds, for an indicator's
 * `window`. Calendar units are fixed lengths (a year is 365 days, a month
 * 30 days): a window is a granularity, not a date range.
 */
const unitSeconds = { Y: 365 * 86_400, M: 30 * 86_400, W: 7 * 86_400, D: 86_400, H: 3_600, Min: 60, S: 1 } as const;

const amount = '(\\d+(?:[.,]\\d+)?)';
const durationPattern = new RegExp(
  `^P(?:${amount}Y)?(?:${amount}M)?(?:${amount}W)?(?:${amount}D)?(?:T(?:${amount}H)?(?:${amount}M)?(?:${amount}S)?)?$`,
);
const units = [unitSeconds.Y, unitSeconds.M, unitSeconds.W, unitSeconds.D, unitSeconds.H, unitSeconds.Min, unitSeconds.S];

/** One week: the finest individual granularity CNIL-RET-OK accepts beyond the working day. */
export const secondsPerWeek = unitSeconds.W;

/** Seconds in `text`, or undefined when it is not an ISO-8601 duration (`P`, `PT`, `P1.5` and `1W` are not). */
export function parseIsoDuration(text: string): number | undefined {
  const match = durationPattern.exec(text);
  if (match === null || text === 'P' || text.endsWith('T')) return undefined;
  const parts = match.slice(1);
  if (parts.every((part) => part === undefined)) return undefined;
  return parts.reduce((total, part, index) => total + (part === undefined ? 0 : Number(part.replace(',', '.')) * (units[index] ?? 0)), 0);
}
