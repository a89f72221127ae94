import type { DomainEvent } from './envelope.js';
import type { BizStep } from '../gs1/epcis.js';
import type { OperatorRef } from '../gs1/operator-ref.js';

/**
 * The only link from a scan to a person: the shift pseudonym, in
 * `attribution-<site>-<day>`, kept one working day by default (CNIL-RET-OK).
 */
export type ScanAttributed = DomainEvent<
  'ScanAttributed',
  {
    readonly scanId: string;
    readonly operator: OperatorRef;
    readonly taskId?: string;
    readonly bizStep: BizStep;
    readonly readPoint: string;
    readonly occurredAt: string;
  }
>;

export type AttributionEvent = ScanAttributed;
