import { type FieldError } from '@fairscan/domain';
import { type ScanAck } from '@fairscan/event-store';
import { type PayloadLine } from './payload.js';

/** What a device reads on its `rejected` topic: which line of which message, which scan, which fields, and why. */
export interface MqttRejection {
  readonly line: number;
  readonly scanId?: string;
  readonly errors: readonly FieldError[];
  readonly message: string;
}

type Parsed = Extract<PayloadLine, { record: unknown }>;

/** Every refusal of one message, in line order: lines that were not JSON, then records the ingest refused. */
export function rejectionsOf(lines: readonly PayloadLine[], parsed: readonly Parsed[], acks: readonly ScanAck[]): MqttRejection[] {
  const notJson = lines.flatMap((line) =>
    'notJson' in line ? [{ line: line.line, errors: [{ field: '', message: line.notJson }], message: `line ${line.line}: ${line.notJson}` }] : [],
  );
  const refused = acks.flatMap((ack) => {
    if (ack.status !== 'rejected') return [];
    const line = parsed[ack.index]?.line ?? ack.index + 1;
    return [{ line, scanId: ack.scanId, errors: ack.errors, message: `line ${line}: ${ack.message}` }];
  });
  return [...notJson, ...refused].sort((a, b) => a.line - b.line);
}
