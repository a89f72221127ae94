import { type FastifyInstance, type RouteOptions } from 'fastify';

interface RouteSchema {
  readonly summary?: string;
  readonly tags?: readonly string[];
  readonly params?: { readonly properties?: Record<string, unknown> };
  readonly querystring?: { readonly properties?: Record<string, unknown>; readonly required?: readonly string[] };
  readonly body?: unknown;
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const publicPaths = new Set(['/v1/login', '/v1/logout']);

function parameters(schema: RouteSchema) {
  const inPath = Object.entries(schema.params?.properties ?? {}).map(([name, s]) => ({ name, in: 'path', required: true, schema: s }));
  const query = schema.querystring;
  const inQuery = Object.entries(query?.properties ?? {}).map(([name, s]) => ({ name, in: 'query', required: query?.required?.includes(name) ?? false, schema: s }));
  return [...inPath, ...inQuery];
}

function operation(route: RouteOptions) {
  const schema = (route.schema ?? {}) as RouteSchema;
  const secured = !publicPaths.has(route.url);
  return {
    summary: schema.summary ?? route.url,
    tags: schema.tags ?? [],
    parameters: parameters(schema),
    ...(schema.body === undefined ? {} : { requestBody: { required: true, content: { 'application/json': { schema: schema.body } } } }),
    ...(secured ? { security: [{ session: [] }] } : { security: [] }),
    responses: {
      200: { description: 'OK', content: { [route.url === '/v1/events' ? 'text/event-stream' : 'application/json']: { schema: { type: 'object' } } } },
      400: errorResponse('a parameter is invalid; the reason names it'),
      ...(secured ? { 401: errorResponse('not logged in, or the session expired'), 403: errorResponse('the account may not read this; the reason says who may') } : { 401: errorResponse('account or password not recognised') }),
      ...(route.url.includes(':') ? { 404: errorResponse('nothing by that id at this site') } : {}),
    },
  };
}

/** Collects the /v1 routes as they are registered; `document()` is the OpenAPI 3.0 description served at /openapi.json. */
export function openApiCollector(app: FastifyInstance) {
  const paths: Record<string, Record<string, unknown>> = {};
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/v1/')) return;
    const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      paths[path] = { ...paths[path], [method.toLowerCase()]: operation(route) };
    }
  });
  return {
    document: () => ({
      openapi: '3.0.3',
      info: { title: 'fairscan', version: '0.1.0', description: 'Warehouse flow without worker surveillance: every per-person read needs a named account and is logged.' },
      paths,
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'fairscan_session' } },
        schemas: { Error: { type: 'object', required: ['error', 'reason'], properties: { error: { type: 'string' }, reason: { type: 'string' } } } },
      },
    }),
  };
}
