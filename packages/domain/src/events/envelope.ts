/**
 * The envelope every fairscan event travels in. Deciders emit only `type` and
 * `data`; the command handler adds metadata, and a store adds positions.
 */
export interface EventMetadata {
  /** Idempotency key: appending an event whose id is already stored is a no-op. */
  readonly eventId: string;
  /** When it happened on the floor (ISO-8601, from the device or the command). */
  readonly occurredAt: string;
  /** When fairscan recorded it (ISO-8601); a store fills it in when absent. */
  readonly recordedAt?: string;
  readonly schemaVersion: number;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly deviceId?: string;
}

/** What a decider emits: a fact, without where or when it was stored. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** An event ready to append: a fact plus its metadata. */
export interface NewEvent<E extends DomainEvent = DomainEvent> {
  readonly type: E['type'];
  readonly data: E['data'];
  readonly metadata: EventMetadata;
}

/**
 * An event as read back from a store. Positions are safe integers everywhere
 * (an adapter whose database uses bigint converts and checks at its edge).
 * `streamPosition` is 0-based; `globalPosition` grows with commit order.
 */
export interface StoredEvent<E extends DomainEvent = DomainEvent> extends NewEvent<E> {
  readonly streamName: string;
  readonly streamPosition: number;
  readonly globalPosition: number;
}
