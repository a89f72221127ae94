import { type StoredEvent } from '@fairscan/domain';
import { type DeviceRegistered, type DeviceRevoked } from './device-events.js';

/** A device as `fairscan device list` shows it. */
export interface Device {
  readonly deviceId: string;
  readonly registeredAt: string;
  readonly revokedAt?: string;
}

/** Whose token a hash is, and whether it still opens the door. */
export interface TokenHolder {
  readonly deviceId: string;
  readonly revoked: boolean;
}

/** The fold of a `device-<site>` stream: devices by id, token holders by token hash. */
export class DeviceBook {
  private readonly devices = new Map<string, Device>();
  private readonly holders = new Map<string, TokenHolder>();
  /** streamPosition of the last event applied; -1 before any. */
  position = -1;

  apply(event: StoredEvent): void {
    this.position = event.streamPosition;
    if (event.type === 'DeviceRegistered') this.registered(event.data as DeviceRegistered['data']);
    if (event.type === 'DeviceRevoked') this.revoked(event.data as DeviceRevoked['data']);
  }

  device(deviceId: string): Device | undefined {
    return this.devices.get(deviceId);
  }

  holder(tokenSha256: string): TokenHolder | undefined {
    return this.holders.get(tokenSha256);
  }

  list(): Device[] {
    return [...this.devices.values()].sort((a, b) => a.deviceId.localeCompare(b.deviceId));
  }

  private registered({ deviceId, tokenSha256, at }: DeviceRegistered['data']): void {
    this.devices.set(deviceId, { deviceId, registeredAt: at });
    this.holders.set(tokenSha256, { deviceId, revoked: false });
  }

  private revoked({ deviceId, at }: DeviceRevoked['data']): void {
    const device = this.devices.get(deviceId);
    if (device !== undefined) this.devices.set(deviceId, { ...device, revokedAt: at });
    for (const [hash, holder] of this.holders) {
      if (holder.deviceId === deviceId) this.holders.set(hash, { deviceId, revoked: true });
    }
  }
}
