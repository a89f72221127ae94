import { withCheckDigit } from '@fairscan/domain';
import { type RandomSource } from './random.js';

/** A supplier's GS1 company prefix: 7 digits in the French range 300-379. */
export interface Supplier {
  readonly prefix: string;
  /** Its GTIN-13 items: prefix + 5-digit item reference + check digit. */
  readonly gtins: readonly string[];
}

export interface CatalogSize {
  readonly suppliers: number;
  readonly itemsPerSupplier: number;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** `count` distinct draws (count must be far below the range size). */
function distinct<T>(count: number, draw: () => T): T[] {
  const seen = new Set<T>();
  while (seen.size < count) seen.add(draw());
  return [...seen];
}

/** The items this site stocks, grouped by the supplier whose pallets bring them. */
export function buildCatalog(rng: RandomSource, size: CatalogSize): Supplier[] {
  const prefixes = distinct(size.suppliers, () => `3${rng.int(0, 7)}${pad(rng.int(0, 99_999), 5)}`);
  return prefixes.map((prefix) => {
    const refs = distinct(Math.min(size.itemsPerSupplier, 50_000), () => rng.int(0, 99_999));
    return { prefix, gtins: refs.map((ref) => withCheckDigit(`${prefix}${pad(ref, 5)}`)) };
  });
}

/**
 * Issues SSCC-18s: extension digit + 7-digit company prefix + 9-digit serial
 * + check digit. The serial starts with the day number (mod 1000), so the
 * next day's pallets and parcels never reuse today's `package-<sscc>` streams.
 */
export class SsccIssuer {
  private issued = 0;
  private readonly serialBase: number;

  constructor(
    private readonly extension: number,
    day: string,
  ) {
    this.serialBase = (Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000) % 1000) * 1_000_000;
  }

  next(companyPrefix: string): string {
    if (this.issued >= 999_999) throw new RangeError('more than 999,999 SSCCs in one day: split the simulation');
    this.issued++;
    return withCheckDigit(`${this.extension}${companyPrefix}${pad(this.serialBase + this.issued, 9)}`);
  }
}

/** The same code with a wrong last digit: a damaged or misprinted label, which ingestion must reject. */
export function withWrongCheckDigit(code: string, rng: RandomSource): string {
  const right = Number(code.slice(-1));
  return `${code.slice(0, -1)}${(right + rng.int(1, 9)) % 10}`;
}
