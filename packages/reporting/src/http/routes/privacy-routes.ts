import { type FastifyInstance } from 'fastify';
import { streams } from '@fairscan/domain';
import { assertAllowed, guardRead, readRetentionSchedule, type RetentionAppliedData } from '@fairscan/privacy';
import { type ServerContext } from '../context.js';
import { requireAccount } from '../auth.js';
import { readActiveRegister } from '../../policy/active-register.js';

const tags = ['privacy'];

/** The last `limit` entries of the audit stream, newest first. */
async function auditTail(context: ServerContext, limit: number, type?: string) {
  const entries: Array<{ position: number; type: string; data: unknown }> = [];
  for await (const event of context.store.readStream(streams.audit(context.site), { direction: 'backwards' })) {
    if (type !== undefined && event.type !== type) continue;
    entries.push({ position: event.streamPosition, type: event.type, data: event.data });
    if (entries.length >= limit) break;
  }
  return entries;
}

export function privacyRoutes(app: FastifyInstance, context: ServerContext): void {
  // The register and the retention proofs hold no personal data: every named account may see them (transparency).
  app.get('/v1/policy', { schema: { summary: 'The indicator register in force: rule packs, notice, overridden findings', tags } }, async (request) => {
    await requireAccount(context, request);
    const active = await readActiveRegister(context.store, context.site);
    if (active === undefined) return { active: null, findings: [], note: 'no register activated at this site: fairscan policy activate <register>' };
    const { overrides, ...register } = active;
    return { active: register, findings: overrides.map((override) => ({ ...override, severity: 'violation', kept: 'by override' })) };
  });

  app.get('/v1/retention', { schema: { summary: 'Retention schedule, next run inside serve, and the latest proofs', tags } }, async (request) => {
    await requireAccount(context, request);
    const schedule = await readRetentionSchedule(context.store, context.site);
    const proofs = (await auditTail(context, 20, 'RetentionApplied')).map(({ position, data }) => ({ position, ...(data as RetentionAppliedData) }));
    return { schedule, timer: context.retention?.() ?? null, proofs };
  });

  const limit = { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } } } as const;
  app.get('/v1/audit', { schema: { summary: 'The access audit, newest first (DPO only; this read is logged too)', tags, querystring: limit } }, async (request) => {
    const account = await requireAccount(context, request);
    const resource = { site: context.site };
    assertAllowed(account, 'read:audit', resource);
    await guardRead(context.store, account, { action: 'read:audit', resource, subject: `site:${context.site}`, purpose: 'audit review', what: 'dashboard: audit log' }, context.clock);
    return { entries: await auditTail(context, (request.query as { limit: number }).limit) };
  });
}
