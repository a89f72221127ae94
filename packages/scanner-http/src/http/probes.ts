import { type FastifyPluginAsync } from 'fastify';

export interface ProbeOptions {
  /** Why the server should get no traffic now (shutting down, store unreachable); undefined when ready. */
  readonly notReadyBecause: () => Promise<string | undefined>;
}

const status = { type: 'object', properties: { status: { type: 'string' }, reason: { type: 'string' } } } as const;

/** `/health`: the process answers (liveness). `/ready`: send it scans (readiness). Neither needs a token. */
export const probeRoutes: FastifyPluginAsync<ProbeOptions> = async (app, options) => {
  app.get('/health', { schema: { summary: 'Liveness', response: { 200: status } } }, async () => ({ status: 'ok' }));
  app.get(
    '/ready',
    { schema: { summary: 'Readiness: the store is reachable and the server is not shutting down', response: { 200: status, 503: status } } },
    async (_request, reply) => {
      const reason = await options.notReadyBecause();
      return reason === undefined ? { status: 'ready' } : reply.code(503).send({ status: 'not-ready', reason });
    },
  );
};
