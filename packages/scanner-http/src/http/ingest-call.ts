import { type FastifyReply } from 'fastify';
import { type ScanAck, type ScanIngest } from '@fairscan/event-store';
import { behind } from './device-hook.js';
import { type InFlightGate } from './in-flight-gate.js';
import { type IngestLimits } from './limits.js';
import { retryLater } from './refusals.js';

/** What every scan route shares: one ingest, one gate, one set of limits. */
export interface RouteContext {
  readonly ingest: ScanIngest;
  readonly gate: InFlightGate;
  readonly limits: IngestLimits;
}

/**
 * Hands `records` to the store through the gate. Undefined means the reply
 * was already sent: 429 when the gate is full, 503 when the store failed
 * (nothing acknowledged, so the device resends and scanIds dedupe).
 */
export async function ingestThroughGate<T>(
  context: RouteContext,
  reply: FastifyReply,
  records: number,
  work: (ingest: ScanIngest) => Promise<T>,
): Promise<T | undefined> {
  try {
    const done = await context.gate.within(records, () => work(context.ingest));
    if (done === undefined) behind(reply, context.gate, context.limits.retryAfterSeconds);
    return done;
  } catch (error) {
    reply.log.error(error);
    retryLater(reply, 503, context.limits.retryAfterSeconds, 'store-unavailable', 'the store failed; nothing in this request was acknowledged: resend it');
    return undefined;
  }
}

/** An ack as the device reads it: no internal index, errors only on a rejection. */
export function ackBody(ack: ScanAck): Record<string, unknown> {
  if (ack.status !== 'rejected') return { status: ack.status, scanId: ack.scanId };
  return { status: ack.status, scanId: ack.scanId, errors: ack.errors, message: ack.message };
}
