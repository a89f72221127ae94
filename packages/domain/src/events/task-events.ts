import type { DomainEvent } from './envelope.js';
import type { BizStep } from '../gs1/epcis.js';
import type { OperatorRef } from '../gs1/operator-ref.js';

export type TaskCreated = DomainEvent<
  'TaskCreated',
  { readonly taskId: string; readonly bizStep: BizStep; readonly station: string; readonly units: number; readonly at: string }
>;
export type TaskAssigned = DomainEvent<'TaskAssigned', { readonly taskId: string; readonly operator: OperatorRef; readonly at: string }>;
export type TaskStarted = DomainEvent<'TaskStarted', { readonly taskId: string; readonly at: string }>;
export type TaskCompleted = DomainEvent<'TaskCompleted', { readonly taskId: string; readonly unitsDone: number; readonly at: string }>;
export type TaskCancelled = DomainEvent<'TaskCancelled', { readonly taskId: string; readonly reason: string; readonly at: string }>;

export type TaskEvent = TaskCreated | TaskAssigned | TaskStarted | TaskCompleted | TaskCancelled;
