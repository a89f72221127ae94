import { bizSteps } from '@fairscan/domain';

/**
 * JSON Schemas of the scan routes. They document the API (`/openapi.json`)
 * and serialise responses fast; request bodies are not validated by them:
 * the shared ingest validates each scan once, with fairscan's field messages.
 */
export const scanBody = {
  type: 'object',
  description: 'One scan: the RecordScan command. `scanId` is set on the device and is the idempotency key.',
  required: ['scanId', 'deviceId', 'code', 'bizStep', 'readPoint', 'bizLocation', 'occurredAt'],
  properties: {
    scanId: { type: 'string', format: 'uuid' },
    deviceId: { type: 'string', description: 'must be the device the token belongs to' },
    code: { type: 'string', description: 'GTIN or SSCC, check digit validated' },
    bizStep: { type: 'string', enum: [...bizSteps], description: 'the EPCIS business step' },
    readPoint: { type: 'string', description: 'the station, e.g. stow-03' },
    bizLocation: { type: 'string', description: 'where the item is after the scan: a bin, dock or station' },
    occurredAt: { type: 'string', format: 'date-time' },
    operator: { type: 'string', description: 'the shift pseudonym (op_…), never an employee id' },
    taskId: { type: 'string' },
  },
} as const;

const fieldErrors = {
  type: 'array',
  items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
} as const;

export const scanAck = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['accepted', 'duplicate', 'rejected'] },
    scanId: { type: 'string' },
    errors: fieldErrors,
    message: { type: 'string' },
  },
} as const;

export const lineResult = {
  type: 'object',
  properties: { line: { type: 'integer' }, ...scanAck.properties },
} as const;

export const batchAnswer = {
  type: 'object',
  description: 'One result per non-blank line, in line order.',
  properties: {
    accepted: { type: 'integer' },
    duplicate: { type: 'integer' },
    rejected: { type: 'integer' },
    results: { type: 'array', items: lineResult },
  },
} as const;

export const problem = {
  type: 'object',
  description: 'A refusal of the whole request: a stable `error` code and a message a person can act on.',
  properties: { error: { type: 'string' }, message: { type: 'string' } },
} as const;

const withDescription = <S extends object>(schema: S, description: string) => ({ ...schema, description });

/** The refusals every scan route can answer with. */
export const refusals = {
  401: withDescription(problem, 'no token, or a token that belongs to no device'),
  403: withDescription(problem, 'the device was revoked'),
  413: withDescription(problem, 'body or batch too large: split it'),
  415: withDescription(problem, 'wrong Content-Type'),
  429: withDescription(problem, 'the store is behind: resend the same request after Retry-After seconds'),
  503: withDescription(problem, 'shutting down or store unavailable: resend after Retry-After seconds'),
} as const;
