/** How much one server takes on; every bound is a memory bound too. */
export interface IngestLimits {
  /** Lines one NDJSON batch may hold; a longer batch is refused whole (413), so the device splits it. */
  readonly maxBatchLines: number;
  /** Bytes of one NDJSON batch body. */
  readonly maxBatchBytes: number;
  /** Bytes of one single-scan body: a scan is a few hundred. */
  readonly maxScanBytes: number;
  /** Records handed to the store and not yet acknowledged; past it, 429 (the store is behind). */
  readonly maxInFlightRecords: number;
  /** What `Retry-After` tells a device refused with 429 or 503. */
  readonly retryAfterSeconds: number;
}

export const defaultLimits: IngestLimits = {
  maxBatchLines: 5_000,
  maxBatchBytes: 4 * 1024 * 1024,
  maxScanBytes: 16 * 1024,
  maxInFlightRecords: 20_000,
  retryAfterSeconds: 1,
};

export function resolveLimits(given: Partial<IngestLimits> = {}): IngestLimits {
  const limits = { ...defaultLimits, ...given };
  // A batch the gate could never admit would be refused forever, however long the device waits.
  if (limits.maxBatchLines > limits.maxInFlightRecords) {
    throw new RangeError(`maxBatchLines (${limits.maxBatchLines}) must not exceed maxInFlightRecords (${limits.maxInFlightRecords})`);
  }
  return limits;
}
