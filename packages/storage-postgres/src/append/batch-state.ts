import type pg from 'pg';
import { type StoredEventRef } from '@fairscan/event-store';
import { type PreparedWrite } from './prepared-write.js';

export interface StreamState {
  /** streamPosition of the last event ever appended and not deleted (a truncated stream keeps it); -1 when absent. */
  readonly version: number;
  readonly softDeleted: boolean;
  /** globalPosition of the stream's last stored event, -1 when it holds none. */
  readonly lastGlobalPosition: number;
}

export interface StoredId extends StoredEventRef {
  readonly softDeleted: boolean;
}

/** What the database says about every stream and event id of a batch, read under the write lock. */
export interface BatchState {
  readonly streams: Map<string, StreamState>;
  readonly ids: Map<string, StoredId>;
}

/** Both in one round trip: stream rows tagged 's', stored-id rows tagged 'i'. */
const STATE_SQL = `
  SELECT 's', s.name, GREATEST(last.stream_position, st.version), COALESCE(st.deleted, false), last.global_position, NULL
    FROM unnest($1::text[]) AS s(name)
    LEFT JOIN streams st ON st.stream_name = s.name
    LEFT JOIN LATERAL (
      SELECT stream_position, global_position FROM events e
       WHERE e.stream_name = s.name ORDER BY stream_position DESC LIMIT 1) last ON true
  UNION ALL
  SELECT 'i', e.event_id, e.stream_position, EXISTS (SELECT 1 FROM streams s WHERE s.stream_name = e.stream_name AND s.deleted),
         e.global_position, e.stream_name
    FROM events e WHERE e.event_id = ANY($2::text[])`;

type StateRow = [kind: 's' | 'i', key: string, position: number | null, softDeleted: boolean, globalPosition: number | null, streamName: string | null];

export async function loadBatchState(client: pg.ClientBase, writes: Iterable<PreparedWrite>, types: pg.CustomTypesConfig): Promise<BatchState> {
  const names = new Set<string>();
  const eventIds: string[] = [];
  for (const write of writes) {
    names.add(write.streamName);
    for (const payload of write.payloads) eventIds.push(payload.eventId);
  }
  const { rows } = await client.query<StateRow>({ text: STATE_SQL, values: [[...names], eventIds], rowMode: 'array', types });
  const streams = new Map<string, StreamState>();
  const ids = new Map<string, StoredId>();
  for (const [kind, key, position, softDeleted, globalPosition, streamName] of rows) {
    if (kind === 's') streams.set(key, { version: position ?? -1, softDeleted, lastGlobalPosition: globalPosition ?? -1 });
    else ids.set(key, { streamName: streamName as string, streamPosition: position as number, globalPosition: globalPosition as number, softDeleted });
  }
  return { streams, ids };
}
