import { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';

/** Sends a refusal of the whole request as `{ error, message }`. */
export function refuse(reply: FastifyReply, statusCode: number, error: string, message: string): FastifyReply {
  return reply.code(statusCode).send({ error, message });
}

/** 429 or 503: the device should send the very same request again later (scanIds make that safe). */
export function retryLater(reply: FastifyReply, statusCode: 429 | 503, retryAfterSeconds: number, error: string, message: string): FastifyReply {
  return refuse(reply.header('retry-after', String(retryAfterSeconds)), statusCode, error, message);
}

const byCode: Record<string, { readonly error: string; readonly message: (error: FastifyError) => string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { error: 'too-large', message: () => 'the body is larger than this server takes; send fewer scans per request' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    error: 'unsupported-media-type',
    message: () => 'send one scan as application/json to /v1/scans, or scans one per line as application/x-ndjson to /v1/scans/batch',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { error: 'malformed', message: () => 'the body is empty; send one scan as a JSON object' },
};

/**
 * Errors fastify raises before a handler runs (body limit, content type,
 * JSON syntax) answered in the same `{ error, message }` shape as ours.
 */
export function scanRouteErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = error.code === undefined ? undefined : byCode[error.code];
  if (known !== undefined) return refuse(reply, error.statusCode ?? 400, known.error, known.message(error));
  if (error.statusCode === 400) return refuse(reply, 400, 'malformed', `the body is not JSON: ${error.message}; do not resend it as is`);
  reply.log.error(error);
  return refuse(reply, 500, 'internal', 'the server failed; the scans were not acknowledged, resend them');
}
