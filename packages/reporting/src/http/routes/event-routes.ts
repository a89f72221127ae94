import { type FastifyInstance } from 'fastify';
import { type ServerContext } from '../context.js';
import { requireAccount } from '../auth.js';

/** At most one message per view in this window: a 1,000 scans/s burst becomes a few refreshes, not 1,000 messages. */
const throttleMs = 500;

/**
 * Server-sent events: `event: <view>` with `{ position }` whenever a live view
 * moved. They carry positions only, never data: the page re-reads the view
 * through its endpoint, so each read passes the same checks as any other.
 */
export function eventRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/v1/events', { schema: { summary: 'Server-sent events: which live view moved, and to which position', tags: ['live'] } }, async (request, reply) => {
    await requireAccount(context, request);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    raw.write(`retry: 2000\n\n`);
    const pending = new Map<string, number>();
    let timer: NodeJS.Timeout | undefined;
    const flush = (): void => {
      timer = undefined;
      for (const [name, position] of pending) raw.write(`event: ${name}\ndata: ${JSON.stringify({ position })}\n\n`);
      pending.clear();
    };
    const stopListening = context.live.onApplied((name, position) => {
      pending.set(name, position);
      timer ??= setTimeout(flush, throttleMs);
    });
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
    request.raw.on('close', () => {
      stopListening();
      clearInterval(heartbeat);
      clearTimeout(timer);
    });
  });
}
