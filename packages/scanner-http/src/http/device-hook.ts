import { type FastifyReply, type FastifyRequest } from 'fastify';
import { type DeviceAuthenticator } from '../devices/device-directory.js';
import { type InFlightGate } from './in-flight-gate.js';
import { refuse, retryLater } from './refusals.js';

/** The device each authenticated request speaks for, without widening fastify's types for every user of it. */
const speakers = new WeakMap<FastifyRequest, string>();

export const deviceOf = (request: FastifyRequest): string => speakers.get(request) ?? '';

/**
 * Runs before the body is read: an unknown device, a revoked one, or a full
 * store costs the server no parsing and no memory for the body.
 */
export function deviceHook(devices: DeviceAuthenticator, gate: InFlightGate, retryAfterSeconds: number) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const check = await devices.authenticate(request.headers.authorization);
    if (!check.ok) return refuse(reply, check.statusCode, check.error, check.message);
    if (gate.full) return behind(reply, gate, retryAfterSeconds);
    speakers.set(request, check.deviceId);
    return undefined;
  };
}

export function behind(reply: FastifyReply, gate: InFlightGate, retryAfterSeconds: number): FastifyReply {
  return retryLater(reply, 429, retryAfterSeconds, 'store-behind', `${gate.records} scans are waiting for the store; resend this request after ${retryAfterSeconds} s`);
}
