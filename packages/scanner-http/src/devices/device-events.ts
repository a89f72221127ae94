import { type DomainEvent } from '@fairscan/domain';

/**
 * A handheld allowed to post scans. The stream is an inventory: which device
 * ids hold which token hash, since when. It names no person and records no
 * scan or time of use, so it cannot say who held a handheld or when it read.
 */
export type DeviceRegistered = DomainEvent<
  'DeviceRegistered',
  { readonly site: string; readonly deviceId: string; readonly tokenSha256: string; readonly at: string }
>;

/** Every token the device held stops working; a later registration issues a new one. */
export type DeviceRevoked = DomainEvent<'DeviceRevoked', { readonly site: string; readonly deviceId: string; readonly at: string }>;

export type DeviceEvent = DeviceRegistered | DeviceRevoked;

/** One stream per site: the server catches up on it with one read from its last position. */
export const deviceStream = (site: string): string => `device-${site}`;

/** The same shape RecordScan accepts for `deviceId`, so a registered device can always send. */
export const deviceIdPattern = /^[A-Za-z0-9._:-]{1,64}$/;
