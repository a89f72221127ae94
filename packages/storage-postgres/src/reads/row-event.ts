import { type EventMetadata, type StoredEvent } from '@fairscan/domain';

/** Columns every read selects, in the order `PgRowEvent` takes them. */
export const EVENT_COLUMNS = 'global_position, stream_name, stream_position, type, data, metadata';

export type EventRow = [globalPosition: number, streamName: string, streamPosition: number, type: string, data: string | null, metadata: string];

const unread = Symbol('unread');

/**
 * A stored event whose `data` and `metadata` are parsed when first read: a
 * replay folds mostly by `type`, so parsing every payload up front would cost
 * most of it. The accessors are enumerable (deep equality and toJSON see all
 * six fields), but a spread copies own fields only: copy field by field.
 */
export class PgRowEvent implements StoredEvent {
  readonly globalPosition: number;
  readonly streamName: string;
  readonly streamPosition: number;
  readonly type: string;
  #dataJson: string | null;
  #metadataJson: string;
  #data: unknown = unread;
  #metadata: EventMetadata | typeof unread = unread;

  constructor(row: EventRow) {
    [this.globalPosition, this.streamName, this.streamPosition, this.type, this.#dataJson, this.#metadataJson] = row;
  }

  get data(): unknown {
    if (this.#data === unread) {
      this.#data = this.#dataJson === null ? undefined : JSON.parse(this.#dataJson);
      this.#dataJson = null;
    }
    return this.#data;
  }

  get metadata(): EventMetadata {
    if (this.#metadata === unread) {
      this.#metadata = JSON.parse(this.#metadataJson) as EventMetadata;
      this.#metadataJson = '';
    }
    return this.#metadata;
  }

  toJSON(): StoredEvent {
    const { type, data, metadata, streamName, streamPosition, globalPosition } = this;
    return { type, data, metadata, streamName, streamPosition, globalPosition };
  }
}

for (const field of ['data', 'metadata'] as const) {
  const accessor = Object.getOwnPropertyDescriptor(PgRowEvent.prototype, field);
  Object.defineProperty(PgRowEvent.prototype, field, { ...accessor, enumerable: true });
}

export const decodeRow = (row: unknown[]): StoredEvent => new PgRowEvent(row as EventRow);
