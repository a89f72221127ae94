import { type DomainEvent, type EventMetadata, type NewEvent } from '@fairscan/domain';

/** Who asked and why: copied into every event's metadata. */
export interface CommandMeta {
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly deviceId?: string;
  /** How errors name the record, e.g. `line 17` for an import; default the scan id or command type. */
  readonly recordLabel?: string;
}

export interface EnvelopeFields {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly deviceId?: string;
}

type Metadata = { -readonly [K in keyof EventMetadata]: EventMetadata[K] };

/** A decided fact plus its metadata; absent optional fields are left out, not set to undefined (no spreads: the scan hot path). */
export function envelope(event: DomainEvent, fields: EnvelopeFields, meta: CommandMeta): NewEvent {
  const metadata: Metadata = { eventId: fields.eventId, occurredAt: fields.occurredAt, recordedAt: fields.recordedAt, schemaVersion: 1 };
  if (meta.correlationId !== undefined) metadata.correlationId = meta.correlationId;
  if (meta.causationId !== undefined) metadata.causationId = meta.causationId;
  const deviceId = fields.deviceId ?? meta.deviceId;
  if (deviceId !== undefined) metadata.deviceId = deviceId;
  return { type: event.type, data: event.data, metadata };
}
