import { type RandomSource } from './random.js';

/** One unit in one bin. */
export interface BinUnit {
  readonly bin: string;
  readonly gtin: string;
}

interface Lot extends BinUnit {
  available: number;
}

/**
 * What the bins hold and is free to pick. A stow adds a unit once its scan
 * is emitted; a pick task reserves its units when it is created, so a pick
 * is always of a unit stowed before it and no unit is picked twice.
 */
export class BinStock {
  private readonly lots: Lot[] = [];
  private readonly positions = new Map<string, number>();
  private units = 0;

  get available(): number {
    return this.units;
  }

  put({ bin, gtin }: BinUnit): void {
    const key = `${bin}|${gtin}`;
    const position = this.positions.get(key);
    const lot = position === undefined ? undefined : this.lots[position];
    if (lot) lot.available++;
    else {
      this.positions.set(key, this.lots.length);
      this.lots.push({ bin, gtin, available: 1 });
    }
    this.units++;
  }

  /** Up to `count` units from random lots, in walking order (by bin). */
  reserve(count: number, rng: RandomSource): BinUnit[] {
    const reserved: BinUnit[] = [];
    while (reserved.length < count && this.units > 0) {
      const position = rng.int(0, this.lots.length - 1);
      const lot = this.lots[position] as Lot;
      reserved.push({ bin: lot.bin, gtin: lot.gtin });
      this.units--;
      if (--lot.available === 0) this.remove(position);
    }
    return reserved.sort((a, b) => (a.bin < b.bin ? -1 : a.bin > b.bin ? 1 : 0));
  }

  /** A random lot to count, with what it holds free. */
  sampleLot(rng: RandomSource): (BinUnit & { readonly available: number }) | undefined {
    if (this.lots.length === 0) return undefined;
    const lot = this.lots[rng.int(0, this.lots.length - 1)] as Lot;
    return { bin: lot.bin, gtin: lot.gtin, available: lot.available };
  }

  private remove(position: number): void {
    const lot = this.lots[position] as Lot;
    const last = this.lots.pop() as Lot;
    this.positions.delete(`${lot.bin}|${lot.gtin}`);
    if (last !== lot) {
      this.lots[position] = last;
      this.positions.set(`${last.bin}|${last.gtin}`, position);
    }
  }
}
