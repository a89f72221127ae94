import { type FastifyPluginAsync } from 'fastify';
import { type ScanIngest } from '@fairscan/event-store';
import { type DeviceAuthenticator } from '../devices/device-directory.js';
import { batchRoute } from './batch-route.js';
import { deviceHook } from './device-hook.js';
import { InFlightGate } from './in-flight-gate.js';
import { type IngestLimits, resolveLimits } from './limits.js';
import { scanRouteErrors } from './refusals.js';
import { singleScanRoute } from './single-scan-route.js';

export interface ScanRoutesOptions {
  readonly ingest: ScanIngest;
  readonly devices: DeviceAuthenticator;
  readonly limits?: Partial<IngestLimits>;
}

/**
 * The scan routes as a fastify plugin, for any fastify server to mount
 * (`fairscan serve`, `fairscan ingest-http`): device tokens, the in-flight
 * gate and the error shape stay inside it, encapsulated.
 */
export const scanRoutes: FastifyPluginAsync<ScanRoutesOptions> = async (app, options) => {
  const limits = resolveLimits(options.limits);
  const context = { ingest: options.ingest, gate: new InFlightGate(limits.maxInFlightRecords), limits };
  app.setErrorHandler(scanRouteErrors);
  app.addHook('onRequest', deviceHook(options.devices, context.gate, limits.retryAfterSeconds));
  await app.register(singleScanRoute(context));
  await app.register(batchRoute(context));
};
