import { type FastifyInstance } from 'fastify';
import { type BreakComplianceState, toOperatorRef } from '@fairscan/domain';
import { accessesTo, AccessRefusedError, guardRead, listAccounts, pseudonymsOfSubject, readMyDay, readPersonDay, type SubjectRef } from '@fairscan/privacy';
import { type ServerContext } from '../context.js';
import { requireAccount } from '../auth.js';
import { notFound } from '../http-errors.js';
import { breaksReport } from '../../reports/breaks-report.js';
import { logPeopleShown, openPersonalRead, scopeToReader } from '../../access/personal-read.js';

const tags = ['people'];
const asOfQuery = { type: 'object', additionalProperties: false, properties: { asOf: { type: 'string', format: 'date-time' } } } as const;

/** The same gate as `fairscan report breaks`: allowed, scoped to a team lead's team, each pseudonym shown logged. */
function breakRoute(app: FastifyInstance, context: ServerContext): void {
  app.get('/v1/breaks', { schema: { summary: 'Break-compliance alerts: a status per shift pseudonym, never a duration (FR-L3121-16)', tags, querystring: asOfQuery } }, async (request) => {
    const reader = { store: context.store, site: context.site, account: await requireAccount(context, request) };
    const asOf = (request.query as { asOf?: string }).asOf ?? context.clock().toISOString();
    const what = `dashboard breaks as of ${asOf}`;
    await openPersonalRead(reader, [breaksReport], what);
    const state = context.live.view<BreakComplianceState>('breakCompliance').state;
    const tables = await scopeToReader(reader, [breaksReport], breaksReport.tables(state, { asOf, limit: 200 }));
    await logPeopleShown(reader, [breaksReport], tables, what);
    return { asOf, tables };
  });
}

/** "Who read my data": the worker's own subject and every pseudonym of theirs, with the reader's name (CNIL-VIDEO). */
async function whoReadMe(context: ServerContext, subject: SubjectRef) {
  const holders = new Map((await listAccounts(context.store, context.site)).map((account) => [account.id, account.holder]));
  const subjects = [subject, ...(await pseudonymsOfSubject(context.store, context.site, subject))];
  return (await accessesTo(context.store, context.site, subjects)).map((access) => ({ ...access, holder: holders.get(access.actor) ?? '-' }));
}

function meRoute(app: FastifyInstance, context: ServerContext): void {
  const query = { type: 'object', additionalProperties: false, properties: { date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, asOf: { type: 'string', format: 'date-time' } } } as const;
  app.get('/v1/me', { schema: { summary: 'My day (the logged-in worker only) and who read my data', tags, querystring: query } }, async (request) => {
    const account = await requireAccount(context, request);
    const { date = context.clock().toISOString().slice(0, 10), asOf } = request.query as { date?: string; asOf?: string };
    const day = await readMyDay(context.store, account, date, { clock: context.clock, ...(asOf === undefined ? {} : { asOf }) });
    const subject = account.subject as SubjectRef;
    const resource = { site: context.site, subject };
    await guardRead(context.store, account, { action: 'read:audit', resource, subject, purpose: 'who read my data', what: 'dashboard: my accesses' }, context.clock);
    return { date, day: day ?? null, accesses: await whoReadMe(context, subject) };
  });
}

/** A team member's day by pseudonym: refused (403) before anything is read or logged when outside the reader's scope. */
function personRoute(app: FastifyInstance, context: ServerContext): void {
  const params = { type: 'object', required: ['pseudonym'], properties: { pseudonym: { type: 'string', pattern: '^op_[a-z2-7]{16}$' } } } as const;
  app.get('/v1/people/:pseudonym', { schema: { summary: "A shift's tasks and break status (team lead: own team only)", tags, params, querystring: asOfQuery } }, async (request) => {
    const account = await requireAccount(context, request);
    const operator = toOperatorRef((request.params as { pseudonym: string }).pseudonym);
    const { asOf } = request.query as { asOf?: string };
    try {
      return await readPersonDay(context.store, account, operator, { clock: context.clock, ...(asOf === undefined ? {} : { asOf }) });
    } catch (error) {
      if (error instanceof AccessRefusedError) throw error;
      if (error instanceof Error && error.message.includes('was not issued')) throw notFound(error.message);
      throw error;
    }
  });
}

export function peopleRoutes(app: FastifyInstance, context: ServerContext): void {
  breakRoute(app, context);
  meRoute(app, context);
  personRoute(app, context);
}

