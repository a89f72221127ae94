import type { DomainEvent } from './envelope.js';
import type { OperatorRef } from '../gs1/operator-ref.js';

/** Who declared a break. Never `inferred`: CNIL-IDLE forbids deriving breaks from scanner inactivity. */
export type BreakSource = 'worker' | 'schedule' | 'badge';

export type ShiftStarted = DomainEvent<'ShiftStarted', { readonly operator: OperatorRef; readonly at: string }>;
export type ShiftEnded = DomainEvent<'ShiftEnded', { readonly operator: OperatorRef; readonly at: string }>;
export type BreakStarted = DomainEvent<'BreakStarted', { readonly operator: OperatorRef; readonly source: BreakSource; readonly at: string }>;
export type BreakEnded = DomainEvent<'BreakEnded', { readonly operator: OperatorRef; readonly source: BreakSource; readonly at: string }>;

export type ShiftEvent = ShiftStarted | ShiftEnded | BreakStarted | BreakEnded;
