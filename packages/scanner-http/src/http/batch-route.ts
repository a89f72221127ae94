import { type FastifyPluginAsync } from 'fastify';
import { type ScanAck, type ScanIngest } from '@fairscan/event-store';
import { deviceOf } from './device-hook.js';
import { ackBody, ingestThroughGate, type RouteContext } from './ingest-call.js';
import { type MalformedLine, type NdjsonBatch, splitNdjson } from './ndjson.js';
import { refuse } from './refusals.js';
import { batchAnswer, refusals } from './schemas.js';

type LineResult = { readonly line: number; readonly status: ScanAck['status'] } & Record<string, unknown>;

const ndjsonTypes = ['application/x-ndjson', 'application/ndjson'];

async function ingestRuns(ingest: ScanIngest, batch: NdjsonBatch, deviceId: string): Promise<LineResult[]> {
  const runs = batch.runs.map(async (run) => {
    const acks = await ingest.ingest(run.records, { deviceId, recordNoun: 'line', firstRecordNumber: run.firstLine });
    return acks.map((ack): LineResult => ({ line: run.firstLine + ack.index, ...ackBody(ack), status: ack.status }));
  });
  return (await Promise.all(runs)).flat();
}

const notJson = ({ line, reason }: MalformedLine): LineResult => ({
  line,
  status: 'rejected',
  errors: [{ field: '', message: reason }],
  message: `line ${line}: ${reason}`,
});

function answer(results: LineResult[]) {
  const count = (status: ScanAck['status']) => results.filter((result) => result.status === status).length;
  return { accepted: count('accepted'), duplicate: count('duplicate'), rejected: count('rejected'), results: results.sort((a, b) => a.line - b.line) };
}

/**
 * `POST /v1/scans/batch`: scans one per line (NDJSON). Every line gets its
 * own result; a bad line, even one that is not JSON, never drops its neighbours.
 */
export const batchRoute =
  (context: RouteContext): FastifyPluginAsync =>
  async (app) => {
    const { limits } = context;
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(ndjsonTypes, { parseAs: 'string', bodyLimit: limits.maxBatchBytes }, (_request, body, done) => done(null, body));
    app.post(
      '/v1/scans/batch',
      {
        config: { deviceToken: true },
        bodyLimit: limits.maxBatchBytes,
        schema: {
          summary: `Send up to ${limits.maxBatchLines} scans, one JSON object per line`,
          consumes: ndjsonTypes,
          response: { 200: batchAnswer, ...refusals },
        },
      },
      async (request, reply) => {
        const batch = splitNdjson(typeof request.body === 'string' ? request.body : '');
        if (batch.records > limits.maxBatchLines) {
          return refuse(reply, 413, 'too-many-lines', `the batch has ${batch.records} lines; at most ${limits.maxBatchLines} per request: split it`);
        }
        const parsed = batch.records - batch.malformed.length;
        const results = await ingestThroughGate(context, reply, parsed, (ingest) => ingestRuns(ingest, batch, deviceOf(request)));
        if (results === undefined) return reply;
        return reply.code(200).send(answer([...results, ...batch.malformed.map(notJson)]));
      },
    );
  };
