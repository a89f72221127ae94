import { type StoredEvent } from '@fairscan/domain';

/**
 * One exported event, flat, for spreadsheets, pandas and DuckDB. Fields are
 * copied by name, never spread: `metadata.deviceId` (a handheld is carried by
 * one person a shift) and anything a later event version adds stay out.
 * `scanId` and `eventId` stay out too: they are the key of
 * `attribution-<site>-<day>` (scanId → pseudonym), and an export must not
 * carry the join back to a person.
 */
export interface ExportRow {
  readonly position: number;
  readonly stream: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly code: string;
  readonly codeType: string;
  readonly bizStep: string;
  readonly readPoint: string;
  readonly bizLocation: string;
  readonly bin: string;
  readonly quantity: number | null;
}

export const exportColumns: ReadonlyArray<keyof ExportRow> = [
  'position',
  'stream',
  'type',
  'occurredAt',
  'recordedAt',
  'code',
  'codeType',
  'bizStep',
  'readPoint',
  'bizLocation',
  'bin',
  'quantity',
];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function exportRowOf(event: StoredEvent): ExportRow {
  const data = event.data as Record<string, unknown>;
  return {
    position: event.globalPosition,
    stream: event.streamName,
    type: event.type,
    occurredAt: event.metadata.occurredAt,
    recordedAt: text(event.metadata.recordedAt),
    code: text(data.code),
    codeType: text(data.codeType),
    bizStep: text(data.bizStep),
    readPoint: text(data.readPoint),
    bizLocation: text(data.bizLocation),
    bin: text(data.bin),
    quantity: typeof data.quantity === 'number' ? data.quantity : null,
  };
}
