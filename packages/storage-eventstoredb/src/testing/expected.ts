/** An expected stream revision as the Streams protocol carries it. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** The server's check: a soft-deleted stream counts as absent for `no_stream` and as missing for `stream_exists`. */
export function checkExpected(expected: ExpectedRevision, current: number, softDeleted: boolean): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return current === -1 || softDeleted;
  if (expected === 'stream_exists') return current >= 0 && !softDeleted;
  return expected === current;
}

interface ExpectedOptions {
  hasRevision(): boolean;
  getRevision(): string;
  hasNoStream(): boolean;
  hasStreamExists(): boolean;
}

/** Reads the expected-revision oneof shared by AppendReq, DeleteReq and TombstoneReq options. */
export function expectedOf(options: ExpectedOptions): ExpectedRevision {
  if (options.hasRevision()) return Number(options.getRevision());
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  return 'any';
}
