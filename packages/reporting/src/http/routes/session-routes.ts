import { type FastifyInstance } from 'fastify';
import { checkLogin } from '@fairscan/privacy';
import { type ServerContext } from '../context.js';
import { clearSessionCookie, requireAccount, setSessionCookie, tokenOf } from '../auth.js';
import { HttpError } from '../http-errors.js';

const loginBody = {
  type: 'object',
  required: ['account', 'password'],
  additionalProperties: false,
  properties: { account: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 1024 } },
} as const;

/** Who is logged in, as the page shows it: never a password hash, never another person. */
const whoAmI = (account: { id: string; holder: string; role: string; team?: string; subject?: string }) => ({
  account: account.id,
  holder: account.holder,
  role: account.role,
  ...(account.team === undefined ? {} : { team: account.team }),
  hasOwnDay: account.subject !== undefined,
});

export function sessionRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post('/v1/login', { schema: { summary: 'Log in as a named account; sets an HttpOnly session cookie', tags: ['session'], body: loginBody } }, async (request, reply) => {
    const { account, password } = request.body as { account: string; password: string };
    const outcome = await checkLogin(context.store, context.site, account, password);
    if (!outcome.ok) throw new HttpError(401, 'unauthenticated', outcome.reason);
    setSessionCookie(reply, request, context.sessions.open(outcome.account.id), 10 * 3600);
    return whoAmI(outcome.account);
  });

  app.post('/v1/logout', { schema: { summary: 'End the session', tags: ['session'] } }, async (request, reply) => {
    context.sessions.close(tokenOf(request));
    clearSessionCookie(reply);
    return { loggedOut: true };
  });

  app.get('/v1/session', { schema: { summary: 'The logged-in account', tags: ['session'] } }, async (request) => whoAmI(await requireAccount(context, request)));
}
