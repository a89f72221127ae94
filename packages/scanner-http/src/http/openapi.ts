import { type FastifyInstance, type RouteOptions } from 'fastify';

interface RouteSchema {
  readonly summary?: string;
  readonly consumes?: readonly string[];
  readonly body?: object;
  readonly response?: Record<string, { readonly description?: string }>;
}

type Operation = Record<string, unknown>;

const retryAfter = { 'Retry-After': { description: 'seconds to wait before resending the same request', schema: { type: 'integer' } } };

function responsesOf(schema: RouteSchema): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [code, body] of Object.entries(schema.response ?? {})) {
    responses[code] = {
      description: body.description ?? 'ok',
      content: { 'application/json': { schema: body } },
      ...(code === '429' || code === '503' ? { headers: retryAfter } : {}),
    };
  }
  return responses;
}

function requestBodyOf(schema: RouteSchema): Operation {
  const types = schema.consumes ?? (schema.body === undefined ? [] : ['application/json']);
  if (types.length === 0) return {};
  const body = schema.body ?? { type: 'string' };
  return { requestBody: { required: true, content: Object.fromEntries(types.map((type) => [type, { schema: body }])) } };
}

function operationOf(route: RouteOptions): Operation {
  const schema = (route.schema ?? {}) as RouteSchema;
  // A route behind the device hook says so in its config: fastify's schema cannot tell.
  const security = (route.config as { deviceToken?: boolean } | undefined)?.deviceToken === true ? { security: [{ deviceToken: [] }] } : {};
  return { summary: schema.summary ?? `${String(route.method)} ${route.url}`, ...security, ...requestBodyOf(schema), responses: responsesOf(schema) };
}

/**
 * Serves `/openapi.json` (OpenAPI 3.1) built from the route schemas of every
 * route registered after this call, so the document cannot drift from the routes.
 */
export function serveOpenApi(app: FastifyInstance, info: { readonly title: string; readonly version: string }): void {
  const paths: Record<string, Record<string, Operation>> = {};
  app.addHook('onRoute', (route) => {
    if (route.url === '/openapi.json') return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      (paths[route.url] ??= {})[method.toLowerCase()] = operationOf(route);
    }
  });
  const document = () => ({
    openapi: '3.1.0',
    info,
    paths,
    components: { securitySchemes: { deviceToken: { type: 'http', scheme: 'bearer', description: 'the token `fairscan device add` printed' } } },
  });
  app.get('/openapi.json', async () => document());
}
