import { type AppendExpectedRevision } from '@eventstore/db-client';
import { type ExpectedVersion } from '@fairscan/event-store';

/** The port's expected version as EventStoreDB's expected revision; -1 (empty) is `no_stream`. */
export function toExpectedRevision(expected: ExpectedVersion | undefined): AppendExpectedRevision {
  if (expected === undefined || expected === 'any') return 'any';
  if (expected === 'no_stream' || expected === 'stream_exists') return expected;
  return expected < 0 ? 'no_stream' : BigInt(expected);
}
