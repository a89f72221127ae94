import { type FieldError } from '@fairscan/domain';

/** What a device hears back for one scan: stored now, stored before (a resend), or refused and why. */
export type ScanAck =
  | { readonly index: number; readonly scanId?: string; readonly status: 'accepted' }
  | { readonly index: number; readonly scanId?: string; readonly status: 'duplicate' }
  | {
      readonly index: number;
      readonly scanId?: string;
      readonly status: 'rejected';
      readonly errors: readonly FieldError[];
      /** One line per error, naming the record and the field: what a person reads. */
      readonly message: string;
    };

/** Who handed the scans over; the transport vouches for it (a device token, an MQTT topic, a file name). */
export interface ScanOrigin {
  /** The device the transport authenticated; a payload naming another device is refused. */
  readonly deviceId?: string;
  /** How errors name a record, e.g. `line` gives `line 17`; default `scan <scanId>`. */
  readonly recordNoun?: string;
  /** Number of the first record, for `line N` labels of a batch that is part of a larger file. */
  readonly firstRecordNumber?: number;
}

/**
 * The inbound port every scanner source delivers into. One call per transport
 * unit (a request, a message, a chunk of a file); one ack per record, in order.
 * It resolves only once every accepted scan is durably stored, so a source may
 * acknowledge the device then; it rejects only when the store itself fails, and
 * then nothing is acknowledged and the device's resend is safe (scanIds dedupe).
 */
export interface ScanIngest {
  ingest(records: readonly unknown[], origin?: ScanOrigin): Promise<ScanAck[]>;
}

/**
 * A scanner adapter (HTTP, MQTT, file, …). `start` begins delivering into the
 * ingest; `stop` stops taking new scans, drains what is in flight, and returns
 * once everything it acknowledged is stored.
 */
export interface ScannerSource {
  readonly kind: string;
  start(ingest: ScanIngest): Promise<void>;
  stop(): Promise<void>;
}
