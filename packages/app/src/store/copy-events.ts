import { type StoredEvent } from '@fairscan/domain';
import { type CheckpointStore, type EventStore } from '@fairscan/event-store';
import { batches } from './batches.js';

export interface CopyOptions {
  /** Events per `importEvents` call, each one transaction in the target (default 1000). */
  readonly batchSize?: number;
  /** Stops after the batch in flight: the checkpoint says where to resume. */
  readonly signal?: AbortSignal;
  /** Called after each batch with the events copied (or found already there) so far in this run. */
  readonly onProgress?: (done: number) => void;
}

export interface CopyOutcome {
  /** Source globalPosition this run started after (0: from the start). */
  readonly resumedAfter: number;
  readonly imported: number;
  /** Already in the target (a batch whose checkpoint was not saved before an interruption). */
  readonly skipped: number;
  /** Source globalPosition of the last event copied; the target's checkpoint. */
  readonly lastPosition: number;
  readonly interrupted: boolean;
}

/**
 * Moves every event of `source`, in global order, into `target` with its id,
 * stream position and metadata (recordedAt included) unchanged. After each
 * batch the source position is saved in the target's checkpoint `name`, so an
 * interrupted copy resumes there; a batch imported but not checkpointed is
 * found again by event id and skipped, so nothing is lost or doubled.
 */
export async function copyEvents(
  source: EventStore,
  target: EventStore,
  checkpoints: CheckpointStore,
  name: string,
  options: CopyOptions = {},
): Promise<CopyOutcome> {
  const importEvents = target.importEvents?.bind(target);
  if (importEvents === undefined) throw new TypeError('store copy: the target store cannot import events (no importEvents)');
  const resumedAfter = (await checkpoints.load(name)) ?? 0;
  const totals = { imported: 0, skipped: 0, lastPosition: resumedAfter };
  const flush = async (batch: readonly StoredEvent[]): Promise<void> => {
    const result = await importEvents(batch);
    totals.imported += result.imported;
    totals.skipped += result.skipped;
    totals.lastPosition = (batch.at(-1) as StoredEvent).globalPosition;
    await checkpoints.save(name, totals.lastPosition);
    options.onProgress?.(totals.imported + totals.skipped);
  };
  for await (const batch of batches(source.readAll({ after: resumedAfter }), options.batchSize ?? 1000)) {
    await flush(batch);
    if (options.signal?.aborted === true) return { resumedAfter, ...totals, interrupted: true };
  }
  return { resumedAfter, ...totals, interrupted: false };
}

/** Events a copy still has to move (for the progress bar): a lazy count, payloads unparsed. */
export async function countAfter(source: EventStore, after: number): Promise<number> {
  let count = 0;
  for await (const _ of source.readAll({ after })) count++;
  return count;
}
