import { type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  backlogRows,
  type BacklogState,
  foldProjection,
  packageJourney,
  type StationThroughputState,
  stockRows,
  type StockByBinState,
  streams,
  taskBoardRows,
  type TaskBoardState,
  throughputRows,
} from '@fairscan/domain';
import { assertAllowed } from '@fairscan/privacy';
import { type StoredEvent } from '@fairscan/domain';
import { type ServerContext } from '../context.js';
import { requireAccount } from '../auth.js';
import { notFound } from '../http-errors.js';

const tags = ['operational'];
const window = {
  type: 'object',
  additionalProperties: false,
  properties: { from: { type: 'string', format: 'date-time' }, until: { type: 'string', format: 'date-time' }, station: { type: 'string' } },
} as const;

/** Items, packages, bins and stations carry no identity (CNIL-OK): any account with read:operational. */
async function operational(context: ServerContext, request: FastifyRequest): Promise<void> {
  assertAllowed(await requireAccount(context, request), 'read:operational', { site: context.site });
}

/** Where a view's state stands, so a client can tell how fresh an answer is. */
const meta = (context: ServerContext, name: string) => ({ position: context.live.view(name).position, generation: context.live.view(name).generation });

export function operationalRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/v1/stations', { schema: { summary: 'Station throughput: package events per station per bizStep per 15 minutes', tags, querystring: window } }, async (request) => {
    await operational(context, request);
    const state = context.live.view<StationThroughputState>('stationThroughput').state;
    return { ...meta(context, 'stationThroughput'), bucketMinutes: 15, rows: throughputRows(state, request.query as { from?: string; until?: string; station?: string }) };
  });

  const stockQuery = { type: 'object', additionalProperties: false, properties: { bin: { type: 'string' }, limit: { type: 'integer', minimum: 1, maximum: 10000, default: 200 } } } as const;
  app.get('/v1/stock', { schema: { summary: 'Units per code per bin (bins starting with `bin`)', tags, querystring: stockQuery } }, async (request) => {
    await operational(context, request);
    const { bin = '', limit } = request.query as { bin?: string; limit: number };
    const rows = stockRows(context.live.view<StockByBinState>('stockByBin').state).filter((row) => row.bin.startsWith(bin));
    return { ...meta(context, 'stockByBin'), total: rows.length, rows: rows.slice(0, limit) };
  });

  app.get('/v1/tasks', { schema: { summary: 'Task board: tasks by status (assigned or not, never to whom)', tags } }, async (request) => {
    await operational(context, request);
    const state = context.live.view<TaskBoardState>('taskBoard').state;
    return { ...meta(context, 'taskBoard'), countsByStatus: state.countsByStatus, open: [...taskBoardRows(state, 'started'), ...taskBoardRows(state, 'assigned'), ...taskBoardRows(state, 'created')] };
  });

  app.get('/v1/backlog', { schema: { summary: 'Open tasks and packages received but not yet shipped, by bizStep', tags } }, async (request) => {
    await operational(context, request);
    const state = context.live.view<BacklogState>('backlog').state;
    return { ...meta(context, 'backlog'), openTasks: state.openTasks.size, packagesWaiting: state.inFlight.size, rows: backlogRows(state) };
  });

  const code = { type: 'object', required: ['code'], properties: { code: { type: 'string', pattern: '^[0-9]{8,20}$' } } } as const;
  app.get('/v1/packages/:code', { schema: { summary: "A package's journey: every step, in floor order", tags, params: code } }, async (request) => {
    await operational(context, request);
    const { code: wanted } = request.params as { code: string };
    const events: StoredEvent[] = [];
    for await (const event of context.store.readStream(streams.package(wanted))) events.push(event);
    if (events.length === 0) throw notFound(`no package ${wanted} at this site: check the code (GTIN or SSCC digits), or it has expired`);
    return foldProjection(packageJourney, events);
  });
}
