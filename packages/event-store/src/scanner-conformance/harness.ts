import { type ScanIngest } from '../ingest/scanner-source.js';

/** A refusal as the device or operator sees it, read back from the transport (a response, a topic, a report file). */
export interface ReportedRejection {
  readonly scanId?: string;
  /** Every field named in the refusal, e.g. `code`. */
  readonly fields: readonly string[];
  readonly message: string;
}

/**
 * What an adapter's test gives the kit: the source under test plus a device
 * that talks to it through the real transport (HTTP client, MQTT publisher,
 * a file on disk). One harness per test; the kit supplies a fresh ingest.
 */
export interface ScannerSourceHarness {
  /** Starts, or restarts, the source delivering into `ingest`. */
  start(ingest: ScanIngest): Promise<void>;
  /** Stops it as a redeploy would: in-flight work drains, nothing acknowledged is lost. */
  stop(): Promise<void>;
  /** Sends records as `deviceId` would, in one transport unit; resolves once the transport has taken them. */
  send(deviceId: string, records: readonly unknown[]): Promise<void>;
  /** Sends one unit that is not JSON at all, e.g. `{"scanId": ` cut short, between two good records. */
  sendMalformed(deviceId: string, good: readonly [unknown, unknown]): Promise<void>;
  /** Every refusal reported so far, in the transport's own words. */
  rejections(): Promise<readonly ReportedRejection[]>;
  /** Releases what the harness holds (servers, clients, files). */
  close(): Promise<void>;
}

/** What the transport can promise; the kit checks each promise it makes. */
export interface ScannerSourceConformanceOptions {
  /** Records sent while the source is stopped arrive once it is back (MQTT persistent session, a file read later). */
  readonly deliversWhileStopped: boolean;
  /** The transport knows which device is speaking (token, topic); a file import does not. */
  readonly authenticatesDevice: boolean;
  /** How long to wait for asynchronous delivery (MQTT) before failing; default 10 s. */
  readonly deliveryTimeoutMs?: number;
}
