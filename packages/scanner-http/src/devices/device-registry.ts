import { randomUUID } from 'node:crypto';
import { type DomainEvent, type NewEvent } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { type Device, DeviceBook } from './device-book.js';
import { DeviceError } from './device-errors.js';
import { type DeviceEvent, deviceIdPattern, deviceStream } from './device-events.js';
import { newDeviceToken, tokenSha256 } from './device-token.js';

export interface DeviceOptions {
  readonly clock?: () => Date;
  /** For tests only: the token to issue instead of a random one. */
  readonly token?: string;
}

/** Reads the site's device stream into a book, from its start. */
export async function readDeviceBook(store: EventStore, site: string): Promise<DeviceBook> {
  const book = new DeviceBook();
  for await (const event of store.readStream(deviceStream(site))) book.apply(event);
  return book;
}

const event = (fact: DeviceEvent, at: string): NewEvent<DomainEvent> => ({
  type: fact.type,
  data: fact.data,
  metadata: { eventId: randomUUID(), occurredAt: at, schemaVersion: 1 },
});

/** Appends expecting the position the decision was read at: two admins adding one device cannot both win. */
async function append(store: EventStore, site: string, book: DeviceBook, fact: DeviceEvent, at: string): Promise<void> {
  await store.appendToStream(deviceStream(site), [event(fact, at)], { expectedVersion: book.position < 0 ? 'no_stream' : book.position });
}

/** Registers a handheld and returns its token, the only time it is ever seen: only its hash is stored. */
export async function registerDevice(store: EventStore, site: string, deviceId: string, options: DeviceOptions = {}): Promise<string> {
  if (!deviceIdPattern.test(deviceId)) throw new DeviceError(`device "${deviceId}": must be 1-64 characters of A-Z a-z 0-9 . _ : -`);
  const book = await readDeviceBook(store, site);
  const known = book.device(deviceId);
  if (known !== undefined && known.revokedAt === undefined) {
    throw new DeviceError(`device "${deviceId}" is already registered at site "${site}"; revoke it first to issue a new token`);
  }
  const token = options.token ?? newDeviceToken();
  const at = (options.clock ?? (() => new Date()))().toISOString();
  await append(store, site, book, { type: 'DeviceRegistered', data: { site, deviceId, tokenSha256: tokenSha256(token), at } }, at);
  return token;
}

/** Revokes every token of a handheld (lost, stolen, retired); its posts get 403 from then on. */
export async function revokeDevice(store: EventStore, site: string, deviceId: string, options: DeviceOptions = {}): Promise<void> {
  const book = await readDeviceBook(store, site);
  const known = book.device(deviceId);
  if (known === undefined) throw new DeviceError(`device "${deviceId}" is not registered at site "${site}"`);
  if (known.revokedAt !== undefined) throw new DeviceError(`device "${deviceId}" was already revoked at ${known.revokedAt}`);
  const at = (options.clock ?? (() => new Date()))().toISOString();
  await append(store, site, book, { type: 'DeviceRevoked', data: { site, deviceId, at } }, at);
}

/** Every device of the site, revoked ones included, by id. */
export async function listDevices(store: EventStore, site: string): Promise<Device[]> {
  return (await readDeviceBook(store, site)).list();
}
