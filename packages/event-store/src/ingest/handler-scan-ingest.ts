import { CommandRejected, parseCommand, type FieldError, type RecordScan } from '@fairscan/domain';
import { type CommandHandler } from '../handler/command-handler.js';
import { type ScanAck, type ScanIngest, type ScanOrigin } from './scanner-source.js';

type Checked = { readonly ok: true; readonly scan: RecordScan } | { readonly ok: false; readonly errors: readonly FieldError[] };

const scanIdOf = (record: unknown): string | undefined => {
  const scanId = typeof record === 'object' && record !== null ? (record as { scanId?: unknown }).scanId : undefined;
  return typeof scanId === 'string' ? scanId : undefined;
};

function check(record: unknown, origin: ScanOrigin): Checked {
  const parsed = parseCommand('RecordScan', record);
  if (!parsed.ok) return parsed;
  const scan = parsed.command.data;
  // A token or topic vouches for one handheld; a payload claiming another is refused, not re-labelled.
  if (origin.deviceId !== undefined && scan.deviceId !== origin.deviceId) {
    return { ok: false, errors: [{ field: 'deviceId', message: `"${scan.deviceId}" is not the device that sent it ("${origin.deviceId}")` }] };
  }
  return { ok: true, scan };
}

function labelOf(record: unknown, index: number, origin: ScanOrigin): string {
  if (origin.recordNoun !== undefined) return `${origin.recordNoun} ${(origin.firstRecordNumber ?? 1) + index}`;
  const scanId = scanIdOf(record);
  return scanId === undefined ? `record ${index + 1}` : `scan ${scanId}`;
}

function rejected(record: unknown, index: number, origin: ScanOrigin, errors: readonly FieldError[]): ScanAck {
  const label = labelOf(record, index, origin);
  const message = errors.map((error) => `${label}: field "${error.field}": ${error.message}`).join('\n');
  return { index, scanId: scanIdOf(record), status: 'rejected', errors, message };
}

/**
 * The ScanIngest every source shares: validates each record on its own (a bad
 * one never drops its neighbours), then records the good ones concurrently so
 * the store's group commit turns a batch into few transactions.
 */
export class HandlerScanIngest implements ScanIngest {
  constructor(private readonly handler: CommandHandler) {}

  async ingest(records: readonly unknown[], origin: ScanOrigin = {}): Promise<ScanAck[]> {
    return Promise.all(records.map((record, index) => this.one(record, index, origin)));
  }

  private async one(record: unknown, index: number, origin: ScanOrigin): Promise<ScanAck> {
    const checked = check(record, origin);
    if (!checked.ok) return rejected(record, index, origin, checked.errors);
    const scanId = checked.scan.scanId;
    try {
      const outcome = await this.handler.execute({ type: 'RecordScan', data: checked.scan });
      return { index, scanId, status: outcome.duplicate ? 'duplicate' : 'accepted' };
    } catch (error) {
      // Only the domain's refusal is about this record; a store failure fails the call, so nothing is acknowledged.
      if (!(error instanceof CommandRejected)) throw error;
      return rejected(record, index, origin, [{ field: '', message: error.message }]);
    }
  }
}
