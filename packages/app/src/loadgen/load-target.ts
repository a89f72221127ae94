/** How one transport unit (a request, a message, a file write) was acknowledged, scan by scan. */
export interface UnitAcks {
  readonly accepted: number;
  readonly duplicate: number;
  readonly rejected: number;
  /** Times the target said "later" (HTTP 429/503) before it took the unit. */
  readonly retries: number;
}

/** A real adapter's client side: what a handheld or a gateway does with a batch of scans. */
export interface LoadTarget {
  /** Sends `scans` as one unit and resolves on its acknowledgement. */
  send(scans: readonly Record<string, unknown>[]): Promise<UnitAcks>;
  close(): Promise<void>;
  /** What an acknowledgement means for this target, printed with the figures. */
  readonly acknowledgedBy: string;
}

export const allAccepted = (count: number): UnitAcks => ({ accepted: count, duplicate: 0, rejected: 0, retries: 0 });
