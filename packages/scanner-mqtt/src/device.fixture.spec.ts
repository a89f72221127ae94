import { connectAsync, type MqttClient } from 'mqtt';
import { randomUUID } from 'node:crypto';
import { type ReportedRejection } from '@fairscan/event-store/scanner-conformance';
import { type MqttRejection } from './rejection.js';
import { scanTopic } from './topics.js';

/** The handhelds' side: publishes scans at QoS 1 and listens to every device's rejected topic. */
export class Devices {
  readonly rejections: ReportedRejection[] = [];
  private constructor(private readonly client: MqttClient, readonly site: string) {}

  static async connect(url: string, site: string): Promise<Devices> {
    const client = await connectAsync(url, { clientId: `devices-${randomUUID()}`, reconnectPeriod: 100 });
    const devices = new Devices(client, site);
    client.on('message', (_topic, payload) => {
      const rejection = JSON.parse(payload.toString()) as MqttRejection;
      devices.rejections.push({ scanId: rejection.scanId, fields: rejection.errors.map((e) => e.field), message: rejection.message });
    });
    await client.subscribeAsync(`fairscan/${site}/devices/+/rejected`, { qos: 1 });
    return devices;
  }

  /** Resolves on the broker's PUBACK: the broker has the message, whether fairscan is up or not. */
  async publish(deviceId: string, payload: string): Promise<void> {
    await this.client.publishAsync(scanTopic(this.site, deviceId), payload, { qos: 1 });
  }

  async send(deviceId: string, records: readonly unknown[]): Promise<void> {
    await this.publish(deviceId, records.map((record) => JSON.stringify(record)).join('\n'));
  }

  async close(): Promise<void> {
    await this.client.endAsync(true);
  }
}
