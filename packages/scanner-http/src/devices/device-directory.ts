import { type EventStore } from '@fairscan/event-store';
import { DeviceBook } from './device-book.js';
import { deviceStream } from './device-events.js';
import { bearerToken, tokenSha256 } from './device-token.js';

/** Who is speaking, or the status and body a refusal gets. */
export type DeviceCheck =
  | { readonly ok: true; readonly deviceId: string }
  | { readonly ok: false; readonly statusCode: 401 | 403; readonly error: string; readonly message: string };

/** What the HTTP routes ask of device authentication; a test may give its own. */
export interface DeviceAuthenticator {
  authenticate(authorization: string | undefined): Promise<DeviceCheck>;
}

export interface DeviceDirectoryOptions {
  /** How stale the server's copy of the device stream may get: a revocation bites within this. Default 1 s. */
  readonly refreshMs?: number;
  /** At most one extra read per this when unknown tokens arrive, so a token spray cannot hammer the store. Default 100 ms. */
  readonly unknownRefreshMs?: number;
}

const missing: DeviceCheck = {
  ok: false, statusCode: 401, error: 'unauthenticated',
  message: 'send the device token as "Authorization: Bearer <token>" (fairscan device add <deviceId> prints it)',
};
const unknown: DeviceCheck = { ok: false, statusCode: 401, error: 'unknown-token', message: 'this token belongs to no device of the site; ask for a new one' };

/**
 * The server's copy of `device-<site>`, kept fresh by reading only what was
 * appended since (devices are added by the CLI, another process). Lookups go
 * by the token's SHA-256: the key an attacker controls is a digest they cannot
 * steer, so lookup timing tells nothing about any stored token (constant in
 * the secret, which is what matters), and the token itself is never compared.
 */
export class DeviceDirectory implements DeviceAuthenticator {
  private readonly book = new DeviceBook();
  private refreshedAt = -Infinity;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly site: string,
    private readonly options: DeviceDirectoryOptions = {},
  ) {}

  async authenticate(authorization: string | undefined): Promise<DeviceCheck> {
    const token = bearerToken(authorization);
    if (token === undefined) return missing;
    const hash = tokenSha256(token);
    await this.freshFor(hash);
    const holder = this.book.holder(hash);
    if (holder === undefined) return unknown;
    if (holder.revoked) return { ok: false, statusCode: 403, error: 'revoked', message: `device "${holder.deviceId}" was revoked; its scans are refused until it is added again` };
    return { ok: true, deviceId: holder.deviceId };
  }

  private async freshFor(hash: string): Promise<void> {
    if (this.age() > (this.options.refreshMs ?? 1000)) await this.refresh();
    if (this.book.holder(hash) === undefined && this.age() > (this.options.unknownRefreshMs ?? 100)) await this.refresh();
  }

  /** For readiness: undefined when the store answers a read of the device stream, else why not. */
  async storeProblem(): Promise<string | undefined> {
    try {
      await this.refresh();
      return undefined;
    } catch (error) {
      return `the store does not answer: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** Reads what was appended since the last refresh; one read at a time, shared by every waiting request. */
  refresh(): Promise<void> {
    this.refreshing ??= this.catchUp().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async catchUp(): Promise<void> {
    const started = performance.now();
    for await (const event of this.store.readStream(deviceStream(this.site), { from: this.book.position + 1 })) this.book.apply(event);
    this.refreshedAt = started;
  }

  private age(): number {
    return performance.now() - this.refreshedAt;
  }
}
