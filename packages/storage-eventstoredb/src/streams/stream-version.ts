import { type EventStoreDBClient } from '@eventstore/db-client';
import { readPage } from '../reads/read-stream.js';
import { streamStateOf } from './stream-state.js';

/**
 * The revision of the stream's last event, or -1 when absent or deleted. A
 * stream truncated to nothing keeps its version: truncateBefore never sets
 * `$tb` past the last revision + 1, so it is `$tb - 1`.
 */
export async function streamVersionOf(client: EventStoreDBClient, streamName: string): Promise<number> {
  const [last] = await readPage(client, streamName, true, 'end', 1);
  if (last !== undefined) return last.streamPosition;
  const state = await streamStateOf(client, streamName);
  return state.deleted ? -1 : state.truncateBefore - 1;
}
