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

const STREAMS_SQL = `
  SELECT s.name, GREATEST(last.stream_position, st.version), COALESCE(st.deleted, false), last.global_position
    FROM unnest($1::text[]) AS s(name)
    LEFT JOIN streams st ON st.stream_name = s.name
    LEFT JOIN LATERAL (
      SELECT stream_position, global_position FROM events e
       WHERE e.stream_name = s.name ORDER BY stream_position DESC LIMIT 1) last ON true`;

const IDS_SQL = `
  SELECT e.event_id, e.stream_name, e.stream_position, e.global_position,
         EXISTS (SELECT 1 FROM streams s WHERE s.stream_name = e.stream_name AND s.deleted)
    FROM events e WHERE e.event_id = ANY($1::text[])`;

type StreamRow = [string, number | null, boolean, number | null];
type IdRow = [string, string, number, number, boolean];

export async function loadBatchState(client: pg.ClientBase, writes: Iterable<PreparedWrite>, types: pg.CustomTypesConfig): Promise<BatchState> {
  const names = new Set<string>();
  const eventIds: string[] = [];
  for (const write of writes) {
    names.add(write.streamName);
    for (const payload of write.payloads) eventIds.push(payload.eventId);
  }
  const streamRows = await client.query<StreamRow>({ text: STREAMS_SQL, values: [[...names]], rowMode: 'array', types });
  const idRows = await client.query<IdRow>({ text: IDS_SQL, values: [eventIds], rowMode: 'array', types });
  const streams = new Map<string, StreamState>();
  for (const [name, version, softDeleted, last] of streamRows.rows) {
    streams.set(name, { version: version ?? -1, softDeleted, lastGlobalPosition: last ?? -1 });
  }
  const ids = new Map<string, StoredId>();
  for (const [eventId, streamName, streamPosition, globalPosition, softDeleted] of idRows.rows) {
    ids.set(eventId, { streamName, streamPosition, globalPosition, softDeleted });
  }
  return { streams, ids };
}
