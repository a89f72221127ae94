import { type FastifyReply, type FastifyRequest } from 'fastify';
import { type Account, findAccount } from '@fairscan/privacy';
import { notLoggedIn } from './http-errors.js';
import { type ServerContext } from './context.js';

export const sessionCookie = 'fairscan_session';

export function tokenOf(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookie) return value.join('=');
  }
  return undefined;
}

/**
 * Sessions in an HttpOnly, SameSite=Strict cookie rather than bearer tokens:
 * the dashboard is a browser page, and a cookie its scripts cannot read is
 * out of reach of injected script, while SameSite=Strict keeps other sites
 * from making requests with it (no CSRF token needed for a same-site page).
 * `Secure` is added when the request came over HTTPS (behind a TLS proxy).
 */
export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string, maxAgeSeconds: number): void {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  void reply.header('set-cookie', `${sessionCookie}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAgeSeconds}${secure}`);
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.header('set-cookie', `${sessionCookie}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
}

/** The logged-in account, re-read from its stream (a disabled account loses access at once); 401 without one. */
export async function requireAccount(context: ServerContext, request: FastifyRequest): Promise<Account> {
  const accountId = context.sessions.accountOf(tokenOf(request));
  const account = accountId === undefined ? undefined : await findAccount(context.store, context.site, accountId);
  if (account === undefined || account.disabled === true) throw notLoggedIn();
  return account;
}
