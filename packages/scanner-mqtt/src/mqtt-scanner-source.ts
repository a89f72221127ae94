import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import { type ScanIngest, type ScannerSource } from '@fairscan/event-store';
import { decodePayload, type PayloadLine } from './payload.js';
import { rejectionsOf } from './rejection.js';
import { deviceOfTopic, rejectedTopic, scanTopicFilter } from './topics.js';

export interface MqttScannerSourceOptions {
  /** Broker URL, e.g. mqtt://127.0.0.1:1883. */
  readonly url: string;
  readonly site: string;
  /** Fixed, so the broker keeps this subscriber's session, and the scans queued in it, across restarts. */
  readonly clientId?: string;
  /** Reconnect backoff: first wait, doubled on each failed attempt up to `maxMs`. */
  readonly reconnect?: { readonly minMs: number; readonly maxMs: number };
  /** Told of every message handled: the tallies a CLI prints. */
  readonly onMessage?: (outcome: MessageOutcome) => void;
  /** Told of connection trouble; the source keeps reconnecting on its own. */
  readonly onError?: (error: Error) => void;
}

export interface MessageOutcome {
  readonly deviceId: string;
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: number;
}

type Parsed = Extract<PayloadLine, { record: unknown }>;
/** mqtt.js sends the PUBACK when this is called without an error, and never when called with one. */
type AckDone = (error?: Error) => void;

/**
 * Subscribes to every device's scan topic at QoS 1 with a persistent session.
 * A message is acknowledged (PUBACK) only once its scans are stored: mqtt.js's
 * `handleMessage` hook holds the PUBACK until its callback, and handles one
 * message at a time, which is the backpressure. A message redelivered
 * after a crash before its PUBACK is stored once: scanIds dedupe.
 */
export class MqttScannerSource implements ScannerSource {
  readonly kind = 'mqtt';
  private client: MqttClient | undefined;
  private ingest: ScanIngest | undefined;
  private handling: Promise<void> = Promise.resolve();

  constructor(private readonly options: MqttScannerSourceOptions) {}

  get clientId(): string {
    return this.options.clientId ?? `fairscan-${this.options.site}`;
  }

  async start(ingest: ScanIngest): Promise<void> {
    this.ingest = ingest;
    const backoff = this.options.reconnect ?? { minMs: 250, maxMs: 10_000 };
    const client = connect(this.options.url, this.clientOptions(backoff.minMs));
    this.client = client;
    client.handleMessage = (packet, callback) => {
      this.handling = this.acknowledgeWhenStored(packet.topic, Buffer.from(packet.payload), callback);
    };
    client.on('error', (error) => this.options.onError?.(error));
    // Back off while the broker is away; a connection that succeeds starts the count again.
    client.on('reconnect', () => (client.options.reconnectPeriod = Math.min(backoff.maxMs, (client.options.reconnectPeriod ?? backoff.minMs) * 2)));
    client.on('connect', () => (client.options.reconnectPeriod = backoff.minMs));
    await new Promise<void>((resolve) => client.once('connect', () => resolve()));
    await this.subscribe(client);
  }

  /** Stops taking messages, lets the one being stored finish and be acknowledged, then disconnects (the session stays). */
  async stop(): Promise<void> {
    const client = this.client;
    this.ingest = undefined;
    this.client = undefined;
    await this.handling;
    await client?.endAsync(false);
  }

  /**
   * A resumed session delivers its backlog before the SUBACK, so a store
   * failure can drop the connection first. mqtt.js keeps the subscription and
   * sends it again on the next connection if the broker lost the session; this
   * waits for a connection that answers.
   */
  private async subscribe(client: MqttClient): Promise<void> {
    for (;;) {
      try {
        return void (await client.subscribeAsync(scanTopicFilter(this.options.site), { qos: 1 }));
      } catch (error) {
        if (client.connected || client.disconnecting) throw error;
        await new Promise((resolve) => client.once('connect', resolve));
      }
    }
  }

  private clientOptions(reconnectPeriod: number): IClientOptions {
    return {
      clientId: this.clientId,
      clean: false,
      reconnectPeriod,
      connectTimeout: 5_000,
    };
  }

  private async acknowledgeWhenStored(topic: string, payload: Buffer, done: AckDone): Promise<void> {
    const { ingest, client } = this;
    const deviceId = deviceOfTopic(this.options.site, topic);
    if (ingest === undefined || client === undefined) return done(new Error('stopping: left unacknowledged for the next session'));
    if (deviceId === undefined) return done();
    try {
      await this.store(ingest, client, deviceId, payload);
      done();
    } catch (error) {
      // The store failed: no PUBACK, and a new connection so the broker redelivers it (scanIds make that safe).
      const failure = error instanceof Error ? error : new Error(String(error));
      done(failure);
      this.options.onError?.(failure);
      client.stream.destroy();
    }
  }

  private async store(ingest: ScanIngest, client: MqttClient, deviceId: string, payload: Buffer): Promise<void> {
    const lines = decodePayload(payload);
    const parsed = lines.filter((line): line is Parsed => 'record' in line);
    const acks = await ingest.ingest(
      parsed.map((line) => line.record),
      { deviceId },
    );
    const rejections = rejectionsOf(lines, parsed, acks);
    // Not awaited: the broker's PUBACK for it arrives on the connection this handler is holding.
    for (const rejection of rejections) client.publish(rejectedTopic(this.options.site, deviceId), JSON.stringify(rejection), { qos: 1 });
    const count = (status: string) => acks.filter((ack) => ack.status === status).length;
    this.options.onMessage?.({ deviceId, accepted: count('accepted'), duplicates: count('duplicate'), rejected: rejections.length });
  }
}
