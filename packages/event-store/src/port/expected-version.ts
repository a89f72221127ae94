import { type ExpectedVersion } from './event-store.js';
import { WrongExpectedVersionError } from './errors.js';

/** Whether a stream whose last streamPosition is `actual` (-1 = empty) satisfies `expected`. */
export function versionMatches(expected: ExpectedVersion, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === -1;
  if (expected === 'stream_exists') return actual >= 0;
  return expected === actual;
}

/** Throws the typed conflict every store reports, so callers can retry on one error class. */
export function assertExpectedVersion(streamName: string, expected: ExpectedVersion | undefined, actual: number): void {
  if (expected !== undefined && !versionMatches(expected, actual)) {
    throw new WrongExpectedVersionError(streamName, expected, actual);
  }
}
