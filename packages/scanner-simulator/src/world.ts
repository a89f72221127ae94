import { type SsccIssuer, type Supplier } from './codes.js';
import { Fifo } from './queue.js';
import { type SiteLayout } from './site-layout.js';
import { BinStock } from './stock.js';

/**
 * The goods on the floor, shared by every worker's generator. Memory follows
 * the backlog between steps (items waiting to be stowed, totes waiting to be
 * packed, parcels waiting to ship, lots in bins), never the length of the day.
 */
export class World {
  readonly stock = new BinStock();
  /** Items decanted at receiving, waiting for a stower. */
  readonly toStow = new Fifo<string>();
  /** Picked totes (their GTINs) waiting at packing. */
  readonly totes = new Fifo<readonly string[]>();
  /** Labelled parcels (SSCC) waiting at the outbound docks. */
  readonly parcels = new Fifo<string>();

  constructor(
    readonly layout: SiteLayout,
    readonly catalog: readonly Supplier[],
    /** SSCCs for inbound pallets (each under its supplier's prefix). */
    readonly palletLabels: SsccIssuer,
    /** SSCCs for outbound parcels, under the site's own prefix. */
    readonly parcelLabels: SsccIssuer,
    readonly sitePrefix: string,
    /** Receiving pauses when this many items wait for stowing: the receive area is full. */
    readonly toStowLimit: number,
  ) {}
}
