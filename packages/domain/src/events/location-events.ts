import type { DomainEvent } from './envelope.js';
import type { BizStep } from '../gs1/epcis.js';

/** A stock movement in one bin (`location-<site>-<bin>`); no operator reference. */
export interface StockMovement {
  readonly scanId: string;
  readonly bin: string;
  readonly code: string;
  /** Units moved: positive into the bin, negative out of it. */
  readonly quantity: number;
  readonly bizStep: BizStep;
  readonly occurredAt: string;
}

export type StockAdded = DomainEvent<'StockAdded', StockMovement>;
export type StockRemoved = DomainEvent<'StockRemoved', StockMovement>;
/** A cycle count saw `code` in the bin; the count replaces nothing by itself. */
export type BinCounted = DomainEvent<'BinCounted', StockMovement>;

export type LocationEvent = StockAdded | StockRemoved | BinCounted;
