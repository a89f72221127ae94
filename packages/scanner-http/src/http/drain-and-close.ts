import { type FastifyInstance } from 'fastify';

/**
 * Closes a fastify server the way a redeploy needs: no new request is taken
 * (503), every request in flight finishes (its scans stored), then it returns.
 * fastify closes the keep-alive sockets idle at that moment; one busy then
 * goes idle after its answer and would hold the close up until its
 * keep-alive timeout (72 s), so idle sockets are swept until the end.
 */
export async function drainAndClose(app: FastifyInstance): Promise<void> {
  const sweep = setInterval(() => app.server.closeIdleConnections(), 20);
  try {
    await app.close();
  } finally {
    clearInterval(sweep);
  }
}
