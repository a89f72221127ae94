import { connect, type DoneCallback, type IClientOptions, type IPublishPacket, type MqttClient } from 'mqtt';
import { type ScanIngest, type ScannerSource } from '@fairscan/event-store';
import { decodePayload, type PayloadLine } from './payload.js';
import { PubackLine } from './puback-line.js';
import { rejectionsOf } from './rejection.js';
import { StoringWindow } from './storing-window.js';
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
  /**
   * Messages stored at once (default 64), so the store group-commits them.
   * Under MQTT 5 it is the receive maximum the broker is told; under 3.1.1 the
   * broker's own in-flight limit applies (Mosquitto: `max_inflight_messages`).
   */
  readonly window?: number;
  /** 5 (default), or 4 (MQTT 3.1.1) for a broker without MQTT 5. */
  readonly protocolVersion?: 4 | 5;
}

export interface MessageOutcome {
  readonly deviceId: string;
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: number;
}

type Parsed = Extract<PayloadLine, { record: unknown }>;

/**
 * Given to mqtt.js's `handleMessage` callback so that it sends no PUBACK of its
 * own and goes on to the next packet: mqtt.js 5.16 (handlers/publish.js, QoS 1)
 * sends the PUBACK only when the callback gets no error, and passes an error to
 * its packet loop, which ignores it and takes the next packet. Called without
 * one, mqtt.js would PUBACK before the scans are stored, and calling it only
 * once they are stored would hold every later message: one transaction each.
 * `puback.int.spec.ts` pins this against a broker that records PUBACKs.
 */
const pubackIsOurs = new Error('fairscan sends this PUBACK itself, once the scans are stored');

/**
 * Subscribes to every device's scan topic at QoS 1 with a persistent session.
 * Up to `window` messages are stored at once; each is acknowledged (PUBACK)
 * only once its scans are stored, in the order the messages came, on the
 * connection that brought it. A full window holds mqtt.js, which is the
 * backpressure. A message redelivered after a crash before its PUBACK is
 * stored once: scanIds dedupe.
 */
export class MqttScannerSource implements ScannerSource {
  readonly kind = 'mqtt';
  private client: MqttClient | undefined;
  private ingest: ScanIngest | undefined;
  private readonly window: StoringWindow;
  private pubacks: PubackLine | undefined;

  constructor(private readonly options: MqttScannerSourceOptions) {
    const size = options.window ?? 64;
    if (size > 65_535) throw new RangeError(`the window is at most 65535 messages, MQTT's receive maximum (got ${size})`);
    this.window = new StoringWindow(size);
  }

  get clientId(): string {
    return this.options.clientId ?? `fairscan-${this.options.site}`;
  }

  async start(ingest: ScanIngest): Promise<void> {
    this.ingest = ingest;
    const backoff = this.options.reconnect ?? { minMs: 250, maxMs: 10_000 };
    const client = connect(this.options.url, this.clientOptions(backoff.minMs));
    this.client = client;
    client.handleMessage = (packet, next) => this.take(client, packet, next);
    client.on('error', (error) => this.options.onError?.(error));
    // Back off while the broker is away; a connection that succeeds starts the count again.
    client.on('reconnect', () => (client.options.reconnectPeriod = Math.min(backoff.maxMs, (client.options.reconnectPeriod ?? backoff.minMs) * 2)));
    client.on('connect', () => (client.options.reconnectPeriod = backoff.minMs));
    await new Promise<void>((resolve) => client.once('connect', () => resolve()));
    await this.subscribe(client);
  }

  /** Stops taking messages, lets those in the window be stored and acknowledged, then disconnects (the session stays). */
  async stop(): Promise<void> {
    const client = this.client;
    this.ingest = undefined;
    this.client = undefined;
    await this.window.drained();
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
    const persistent = { clientId: this.clientId, clean: false, reconnectPeriod, connectTimeout: 5_000 };
    if (this.options.protocolVersion === 4) return persistent;
    // MQTT 5 ends a session when the connection closes unless told otherwise; the receive maximum tells the broker the window.
    return { ...persistent, protocolVersion: 5, properties: { sessionExpiryInterval: 0xffff_ffff, receiveMaximum: this.window.size } };
  }

  /** mqtt.js hands over one PUBLISH at a time: start storing it, and ask for the next while the window has room. */
  private take(client: MqttClient, packet: IPublishPacket, next: DoneCallback): void {
    const ingest = this.ingest;
    if (ingest === undefined) return next(new Error('stopping: left unacknowledged for the next session'));
    // The connection that carried the packet is the current one: mqtt.js drops the packets of a superseded one.
    if (this.pubacks?.connection !== client.stream) this.pubacks = new PubackLine(client.stream, client.options.protocolVersion ?? 4);
    const stored = this.storeOrDrop(ingest, client, this.pubacks, packet);
    this.window.admit(this.pubacks.inTurn(packet.messageId, stored), () => next(pubackIsOurs));
  }

  /** True once the message is stored; false if the store failed, and then its connection is dropped so the broker redelivers it. */
  private async storeOrDrop(ingest: ScanIngest, client: MqttClient, pubacks: PubackLine, packet: IPublishPacket): Promise<boolean> {
    const deviceId = deviceOfTopic(this.options.site, packet.topic);
    if (deviceId === undefined) return true;
    try {
      await this.store(ingest, client, deviceId, Buffer.from(packet.payload));
      return true;
    } catch (error) {
      // No PUBACK for it, nor for any later message of this connection (they would be out of order); scanIds make redelivery safe.
      const failure = error instanceof Error ? error : new Error(String(error));
      this.options.onError?.(failure);
      pubacks.connection.destroy();
      return false;
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
    // Not awaited: the broker's PUBACK for it comes through mqtt.js's packet loop, which a full window holds.
    for (const rejection of rejections) client.publish(rejectedTopic(this.options.site, deviceId), JSON.stringify(rejection), { qos: 1 });
    const count = (status: string) => acks.filter((ack) => ack.status === status).length;
    this.options.onMessage?.({ deviceId, accepted: count('accepted'), duplicates: count('duplicate'), rejected: rejections.length });
  }
}
