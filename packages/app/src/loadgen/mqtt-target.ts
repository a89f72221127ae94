import { connectAsync, type MqttClient } from 'mqtt';
import { scanTopic } from '@fairscan/scanner-mqtt';
import { allAccepted, type LoadTarget, type UnitAcks } from './load-target.js';

/** Publishes each unit as one QoS 1 message (NDJSON when it holds several scans) on its device's topic; acknowledged by the broker's PUBACK. */
export class MqttTarget implements LoadTarget {
  readonly acknowledgedBy = "the broker's PUBACK (the broker holds the message; fairscan stores it from there)";

  private constructor(private readonly client: MqttClient, private readonly site: string) {}

  static async connect(url: string, site: string): Promise<MqttTarget> {
    return new MqttTarget(await connectAsync(url, { clientId: `fairscan-loadgen-${process.pid}`, reconnectPeriod: 250 }), site);
  }

  async send(scans: readonly Record<string, unknown>[]): Promise<UnitAcks> {
    const deviceId = String(scans[0]?.deviceId ?? 'unknown');
    await this.client.publishAsync(scanTopic(this.site, deviceId), scans.map((scan) => JSON.stringify(scan)).join('\n'), { qos: 1 });
    return allAccepted(scans.length);
  }

  async close(): Promise<void> {
    await this.client.endAsync();
  }
}
