import { InvalidArgumentError } from 'commander';

export function parsePositiveInt(value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}

/** A TCP port; 0 asks the system for any free one (tests), and the command prints the one it got. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new InvalidArgumentError(`"${value}" is not a TCP port (0-65535)`);
  return port;
}

export function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError(`"${value}" is not a date like 2026-03-02`);
  }
  return value;
}

/** An ISO-8601 instant with a timezone, or a bare date (midnight UTC), or "HH:MM" on `day`. */
export function parseInstant(value: string): string {
  const parsed = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(parsed) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw new InvalidArgumentError(`"${value}" is not a time like 2026-03-02T12:00:00Z`);
  }
  return new Date(parsed).toISOString();
}
