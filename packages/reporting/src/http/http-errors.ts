import { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';

/** An error the API answers with its status and a reason a person can act on. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    reason: string,
  ) {
    super(reason);
  }
}

export const notLoggedIn = () => new HttpError(401, 'unauthenticated', 'log in first: POST /v1/login with {"account": "<id>", "password": "…"}; every read is made by a named account (CNIL-VIDEO)');
export const notFound = (reason: string) => new HttpError(404, 'not-found', reason);

/** What the body looks like for a failure: `{ error, reason }`, never a stack trace. */
export interface ErrorBody {
  readonly error: string;
  readonly reason: string;
}

function bodyOf(error: FastifyError | Error): [number, ErrorBody] {
  if (error instanceof HttpError) return [error.statusCode, { error: error.error, reason: error.message }];
  // AccessRefusedError (privacy): RBAC said no, and nothing was read or logged.
  if (error.name === 'AccessRefusedError') return [403, { error: 'forbidden', reason: error.message }];
  if ((error as FastifyError).validation !== undefined) return [400, { error: 'bad-request', reason: error.message }];
  if (error instanceof RangeError) return [400, { error: 'bad-request', reason: error.message }];
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status < 500) return [status, { error: 'bad-request', reason: error.message }];
  return [500, { error: 'internal', reason: 'the server failed; the operator finds the cause in its log' }];
}

export function replyWithError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const [status, body] = bodyOf(error);
  if (status === 500) request.log.error(error);
  void reply.status(status).send(body);
}
