import type { DomainEvent } from './envelope.js';
import type { BizStep } from '../gs1/epcis.js';

/**
 * What a scan says about an item or package. Lives in `package-<code>`:
 * it carries no operator reference and no task id (a task id would join back
 * to the operator for as long as the task stream lives).
 */
export interface PackageObservation {
  readonly scanId: string;
  readonly code: string;
  readonly codeType: 'gtin' | 'sscc';
  readonly bizStep: BizStep;
  /** Where the scan was read: the station, e.g. `stow-03`. */
  readonly readPoint: string;
  /** Where the item is after the scan: a bin, dock or station, e.g. `A-01-03`. */
  readonly bizLocation: string;
  readonly occurredAt: string;
}

export type ItemReceived = DomainEvent<'ItemReceived', PackageObservation>;
export type ItemStowed = DomainEvent<'ItemStowed', PackageObservation>;
export type ItemPicked = DomainEvent<'ItemPicked', PackageObservation>;
export type ItemPacked = DomainEvent<'ItemPacked', PackageObservation>;
export type ItemShipped = DomainEvent<'ItemShipped', PackageObservation>;
export type ItemCounted = DomainEvent<'ItemCounted', PackageObservation>;

export type PackageEvent = ItemReceived | ItemStowed | ItemPicked | ItemPacked | ItemShipped | ItemCounted;

export const packageEventTypes: readonly PackageEvent['type'][] = [
  'ItemReceived',
  'ItemStowed',
  'ItemPicked',
  'ItemPacked',
  'ItemShipped',
  'ItemCounted',
];
