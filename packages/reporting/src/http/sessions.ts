import { randomBytes } from 'node:crypto';

interface Session {
  readonly accountId: string;
  readonly createdMs: number;
  lastSeenMs: number;
}

export interface SessionOptions {
  /** A session unused this long ends; default 30 minutes. */
  readonly idleMs?: number;
  /** And any session ends this long after login; default 10 hours (a shift). */
  readonly maxMs?: number;
  readonly clock?: () => number;
}

/**
 * Server-side sessions, in memory: a restart logs everyone out, which is the
 * safe direction. The token is 256 random bits; only its holder's cookie
 * carries it. The account is re-read on every request, so a disabled account
 * loses access at once.
 */
export class Sessions {
  private readonly sessions = new Map<string, Session>();
  private readonly idleMs: number;
  private readonly maxMs: number;
  private readonly clock: () => number;

  constructor(options: SessionOptions = {}) {
    this.idleMs = options.idleMs ?? 30 * 60_000;
    this.maxMs = options.maxMs ?? 10 * 3_600_000;
    this.clock = options.clock ?? Date.now;
  }

  open(accountId: string): string {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock();
    // Logins are rare next to reads: sweeping here keeps abandoned sessions from piling up.
    for (const [old, session] of this.sessions) if (this.expired(session, now)) this.sessions.delete(old);
    this.sessions.set(token, { accountId, createdMs: now, lastSeenMs: now });
    return token;
  }

  /** The account of a live session, or undefined (and the session is dropped) when it expired. */
  accountOf(token: string | undefined): string | undefined {
    if (token === undefined) return undefined;
    const session = this.sessions.get(token);
    if (session === undefined) return undefined;
    const now = this.clock();
    if (this.expired(session, now)) {
      this.sessions.delete(token);
      return undefined;
    }
    session.lastSeenMs = now;
    return session.accountId;
  }

  private expired(session: Session, now: number): boolean {
    return now - session.lastSeenMs > this.idleMs || now - session.createdMs > this.maxMs;
  }

  close(token: string | undefined): void {
    if (token !== undefined) this.sessions.delete(token);
  }
}
