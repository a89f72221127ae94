import { type EventStoreDBClient, StreamDeletedError, StreamNotFoundError } from '@eventstore/db-client';

/** `$tb` at or above this is EventStoreDB's soft-delete marker (long.MaxValue, not a safe integer in JSON). */
const DELETED_MARKER = Number.MAX_SAFE_INTEGER;

/** What reads must hide of a stream, from its `$$<stream>` metadata. */
export interface StreamState {
  readonly deleted: boolean;
  /** First visible revision (`$tb`), 0 when not truncated. */
  readonly truncateBefore: number;
  /** `$maxAge` in seconds, when set. */
  readonly maxAge: number | undefined;
  /** The metadata as stored, to write back with one key changed. */
  readonly raw: Record<string, unknown>;
}

export const deletedState: StreamState = { deleted: true, truncateBefore: 0, maxAge: undefined, raw: {} };

export async function streamStateOf(client: EventStoreDBClient, streamName: string): Promise<StreamState> {
  try {
    const { metadata } = await client.getStreamMetadata(streamName);
    const tb = typeof metadata?.truncateBefore === 'number' ? metadata.truncateBefore : 0;
    const maxAge = typeof metadata?.maxAge === 'number' ? metadata.maxAge : undefined;
    return { deleted: tb >= DELETED_MARKER, truncateBefore: tb, maxAge, raw: (metadata ?? {}) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof StreamDeletedError) return deletedState;
    throw error;
  }
}

/** True for the "nothing there" answers a read or delete may give: absent, soft-deleted or tombstoned. */
export const isGone = (error: unknown): boolean => error instanceof StreamNotFoundError || error instanceof StreamDeletedError;
