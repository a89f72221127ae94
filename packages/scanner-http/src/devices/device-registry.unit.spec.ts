import { expect } from 'chai';
import { InMemoryEventStore } from '@fairscan/event-store';
import { DeviceDirectory } from './device-directory.js';
import { deviceStream } from './device-events.js';
import { listDevices, registerDevice, revokeDevice } from './device-registry.js';
import { bearerToken, tokenSha256 } from './device-token.js';

describe('device tokens', () => {
  const site = 'lille-1';
  const bearer = (token: string) => `Bearer ${token}`;

  it('given a device added, when its stream is read, then only the SHA-256 of its token is there', async () => {
    const store = new InMemoryEventStore();
    const token = await registerDevice(store, site, 'tc52-0017');
    expect(token).to.match(/^fsd_[A-Za-z0-9_-]{43}$/);
    const stored: string[] = [];
    for await (const event of store.readStream(deviceStream(site))) stored.push(JSON.stringify(event));
    expect(stored.join('\n')).to.not.include(token.slice(4));
    expect(stored.join('\n')).to.include(tokenSha256(token));
  });

  it('given two devices, when each authenticates, then its token names it and no other', async () => {
    const store = new InMemoryEventStore();
    const directory = new DeviceDirectory(store, site, { refreshMs: 0 });
    const first = await registerDevice(store, site, 'tc52-0017');
    const second = await registerDevice(store, site, 'tc52-0018');
    expect(await directory.authenticate(bearer(first))).to.deep.equal({ ok: true, deviceId: 'tc52-0017' });
    expect(await directory.authenticate(bearer(second))).to.deep.equal({ ok: true, deviceId: 'tc52-0018' });
    expect(await directory.authenticate(bearer(`${first}x`))).to.include({ ok: false, statusCode: 401 });
    expect(await directory.authenticate(undefined)).to.include({ ok: false, statusCode: 401 });
  });

  it('given a revoked device added again, when its tokens are tried, then the old one is 403 and the new one works', async () => {
    const store = new InMemoryEventStore();
    const directory = new DeviceDirectory(store, site, { refreshMs: 0 });
    const old = await registerDevice(store, site, 'tc52-0017');
    await revokeDevice(store, site, 'tc52-0017');
    expect(await directory.authenticate(bearer(old))).to.include({ ok: false, statusCode: 403 });
    const fresh = await registerDevice(store, site, 'tc52-0017');
    expect(await directory.authenticate(bearer(fresh))).to.deep.equal({ ok: true, deviceId: 'tc52-0017' });
    expect(await directory.authenticate(bearer(old))).to.include({ statusCode: 403 });
    expect((await listDevices(store, site)).map((device) => device.revokedAt === undefined)).to.deep.equal([true]);
  });

  it('given a device already active, when added again, then it is refused and nothing is written', async () => {
    const store = new InMemoryEventStore();
    await registerDevice(store, site, 'tc52-0017');
    const refused = await registerDevice(store, site, 'tc52-0017').then(() => undefined, (error: Error) => error.message);
    expect(refused).to.match(/already registered.*revoke it first/);
    expect(await store.streamVersion(deviceStream(site))).to.equal(0);
  });

  it('given an id RecordScan would refuse, when added, then it is refused naming the rule', async () => {
    const refused = await registerDevice(new InMemoryEventStore(), site, 'tc 52').then(() => undefined, (error: Error) => error.message);
    expect(refused).to.match(/^device "tc 52": must be 1-64 characters/);
  });

  it('reads a bearer token from the Authorization header, and nothing else', () => {
    expect(bearerToken('Bearer fsd_abc')).to.equal('fsd_abc');
    expect(bearerToken('bearer   fsd_abc ')).to.equal('fsd_abc');
    expect(bearerToken('Basic dXNlcjpwYXNz')).to.equal(undefined);
    expect(bearerToken(undefined)).to.equal(undefined);
  });
});
