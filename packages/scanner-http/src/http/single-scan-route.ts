import { type FastifyPluginAsync } from 'fastify';
import { ackBody, ingestThroughGate, type RouteContext } from './ingest-call.js';
import { deviceOf } from './device-hook.js';
import { refusals, scanAck, scanBody } from './schemas.js';

const statusCodes = { accepted: 202, duplicate: 200, rejected: 422 } as const;

/** The schema documents the body; the ingest is what validates it, once. */
const documentOnly = () => (value: unknown) => ({ value });

/** `POST /v1/scans`: one scan as JSON; 202 stored, 200 stored before (a resend), 422 refused with field errors. */
export const singleScanRoute =
  (context: RouteContext): FastifyPluginAsync =>
  async (app) => {
    // Only JSON here: fastify would otherwise take text/plain too.
    app.removeContentTypeParser('text/plain');
    app.post(
      '/v1/scans',
      {
        config: { deviceToken: true },
        bodyLimit: context.limits.maxScanBytes,
        validatorCompiler: documentOnly,
        schema: {
          summary: 'Send one scan',
          body: scanBody,
          response: {
            200: { ...scanAck, description: 'a duplicate: this scanId was stored before; stored once' },
            202: { ...scanAck, description: 'accepted: stored' },
            422: { ...scanAck, description: 'rejected: the field errors say why; do not resend it unchanged' },
            ...refusals,
          },
        },
      },
      async (request, reply) => {
        const acks = await ingestThroughGate(context, reply, 1, (ingest) => ingest.ingest([request.body], { deviceId: deviceOf(request) }));
        if (acks === undefined) return reply;
        const [ack] = acks;
        if (ack === undefined) throw new Error('the ingest gave no acknowledgement for the scan');
        return reply.code(statusCodes[ack.status]).send(ackBody(ack));
      },
    );
  };
