import Fastify, { type FastifyInstance } from 'fastify';
import { type ServerContext } from './context.js';
import { replyWithError } from './http-errors.js';
import { openApiCollector } from './openapi.js';
import { staticFiles } from './static-files.js';
import { sessionRoutes } from './routes/session-routes.js';
import { operationalRoutes } from './routes/operational-routes.js';
import { peopleRoutes } from './routes/people-routes.js';
import { privacyRoutes } from './routes/privacy-routes.js';
import { eventRoutes } from './routes/event-routes.js';

/** The HTTP API and the dashboard over live projections; `fairscan serve` listens with it. */
export async function buildServer(context: ServerContext, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, trustProxy: true });
  const openApi = openApiCollector(app);
  app.setErrorHandler(replyWithError);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: 'not-found', reason: `no route ${request.method} ${request.url.split('?')[0]}; the API is described at /openapi.json` });
  });
  // Responses about people must not linger in shared caches or the browser's history.
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });
  sessionRoutes(app, context);
  operationalRoutes(app, context);
  peopleRoutes(app, context);
  privacyRoutes(app, context);
  eventRoutes(app, context);
  app.get('/openapi.json', async () => openApi.document());
  await staticFiles(app);
  return app;
}
