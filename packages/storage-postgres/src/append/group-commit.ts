import type pg from 'pg';
import { type AppendResult } from '@fairscan/event-store';
import { int8AsNumber } from '../schema/connection.js';
import { inWriteTransaction } from '../schema/write-transaction.js';
import { loadBatchState } from './batch-state.js';
import { BatchPlan, type PlannedResult, type PlannedRow, resolveResult } from './batch-plan.js';
import { type PreparedWrite } from './prepared-write.js';

interface QueuedCall {
  readonly writes: readonly PreparedWrite[];
  readonly resolve: (results: AppendResult[]) => void;
  readonly reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  readonly schema: string;
  /** A batch takes at most this many queued events (default 5000); the rest wait for the next one. */
  readonly maxBatchEvents?: number;
  /** Called after each COMMIT that wrote something (wakes this process's subscriptions). */
  readonly onCommit?: () => void;
}

const INSERT_SQL = `
  INSERT INTO events (stream_name, stream_position, event_id, type, data, metadata)
  SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])
  RETURNING event_id, global_position`;

const PURGE_SQL = `
  WITH gone AS (DELETE FROM events WHERE stream_name = ANY($1::text[]))
  DELETE FROM streams WHERE stream_name = ANY($1::text[])`;

/**
 * Concurrent appends share one transaction: calls queue while a batch is in
 * flight and go together in the next. Under the schema's advisory lock (held
 * to COMMIT, so positions become visible in order and no reader skips one)
 * the batch reads every stream version and event id it touches, decides each
 * call in memory (BatchPlan), and writes all accepted events in one multi-row
 * INSERT. If the transaction itself fails, each call is retried alone, so one
 * call's failure never undoes another's.
 */
export class GroupCommit {
  private queue: QueuedCall[] = [];
  private draining: Promise<void> | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(writes: readonly PreparedWrite[]): Promise<AppendResult[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ writes, resolve, reject });
      this.draining ??= new Promise<void>((started) => setImmediate(started)).then(() => this.drain());
    });
  }

  /** Resolves once every call queued so far is answered. */
  async idle(): Promise<void> {
    while (this.draining !== undefined) await this.draining;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) await this.commitBatch(this.takeBatch());
    this.draining = undefined;
  }

  private takeBatch(): QueuedCall[] {
    const max = this.options.maxBatchEvents ?? 5000;
    let events = 0;
    let count = 0;
    while (count < this.queue.length && (count === 0 || events < max)) {
      for (const write of (this.queue[count] as QueuedCall).writes) events += write.payloads.length;
      count++;
    }
    return this.queue.splice(0, count);
  }

  private async commitBatch(calls: readonly QueuedCall[]): Promise<void> {
    try {
      settle(calls, await this.transaction(calls));
    } catch (error) {
      if (calls.length === 1) (calls[0] as QueuedCall).reject(error);
      else for (const call of calls) await this.commitBatch([call]);
    }
  }

  private transaction(calls: readonly QueuedCall[]): Promise<Array<AppendResult[] | { error: unknown }>> {
    return inWriteTransaction(this.pool, this.options.schema, async (client) => {
      const plan = new BatchPlan(await loadBatchState(client, calls.flatMap((call) => call.writes), int8AsNumber));
      const planned = calls.map((call) => plan.planCall(call.writes));
      if (plan.purges.size > 0) await client.query(PURGE_SQL, [[...plan.purges]]);
      const positions = await insertRows(client, plan.rows);
      const outcomes = planned.map((outcome) => (Array.isArray(outcome) ? outcome.map((result: PlannedResult) => resolveResult(result, positions)) : outcome));
      return { outcomes, wrote: plan.rows.length > 0 };
    }, (batch) => batch.wrote).then(({ outcomes, wrote }) => {
      if (wrote) this.options.onCommit?.();
      return outcomes;
    });
  }
}

async function insertRows(client: pg.ClientBase, rows: readonly PlannedRow[]): Promise<Map<string, number>> {
  const positions = new Map<string, number>();
  if (rows.length === 0) return positions;
  const columns: unknown[][] = [[], [], [], [], [], []];
  for (const { streamName, streamPosition, payload } of rows) {
    columns[0]!.push(streamName);
    columns[1]!.push(streamPosition);
    columns[2]!.push(payload.eventId);
    columns[3]!.push(payload.type);
    columns[4]!.push(payload.data);
    columns[5]!.push(payload.metadata);
  }
  const result = await client.query<[string, number]>({ text: INSERT_SQL, values: columns, rowMode: 'array', types: int8AsNumber });
  for (const [eventId, globalPosition] of result.rows) positions.set(eventId, globalPosition);
  return positions;
}

function settle(calls: readonly QueuedCall[], outcomes: ReadonlyArray<AppendResult[] | { error: unknown }>): void {
  calls.forEach((call, i) => {
    const outcome = outcomes[i];
    if (Array.isArray(outcome)) call.resolve(outcome);
    else call.reject(outcome?.error);
  });
}
