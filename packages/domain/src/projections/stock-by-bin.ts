import { type StockMovement } from '../events/location-events.js';
import { instantMs, isOneOf, type Projection } from './projection.js';

export interface BinStock {
  /** code → units in the bin; a code whose stock reaches 0 is dropped. */
  readonly codes: Map<string, number>;
  lastCountedAt?: string;
}

export type StockByBinState = Map<string, BinStock>;

export interface StockRow {
  readonly bin: string;
  readonly code: string;
  readonly quantity: number;
}

const types = new Set(['StockAdded', 'StockRemoved', 'BinCounted'] as const);

function binOf(state: StockByBinState, bin: string): BinStock {
  let stock = state.get(bin);
  if (stock === undefined) {
    stock = { codes: new Map() };
    state.set(bin, stock);
  }
  return stock;
}

function move(stock: BinStock, data: StockMovement): void {
  const quantity = (stock.codes.get(data.code) ?? 0) + data.quantity;
  if (quantity === 0) stock.codes.delete(data.code);
  else stock.codes.set(data.code, quantity);
}

function counted(stock: BinStock, at: string): void {
  if (stock.lastCountedAt === undefined || instantMs(at) > instantMs(stock.lastCountedAt)) stock.lastCountedAt = at;
}

/** Units per code per bin, from `location-*` stock movements; a cycle count only notes when the bin was counted. */
export const stockByBin: Projection<StockByBinState> = {
  name: 'stockByBin',
  eventTypes: [...types],
  initialState: () => new Map(),
  evolve: (state, event) => {
    if (!isOneOf(types, event)) return state;
    const stock = binOf(state, event.data.bin);
    if (event.type === 'BinCounted') counted(stock, event.data.occurredAt);
    else move(stock, event.data);
    return state;
  },
};

/** Every (bin, code) with stock, sorted by bin then code. */
export function stockRows(state: StockByBinState): StockRow[] {
  const rows: StockRow[] = [];
  for (const [bin, stock] of state) {
    for (const [code, quantity] of stock.codes) rows.push({ bin, code, quantity });
  }
  return rows.sort((a, b) => a.bin.localeCompare(b.bin) || a.code.localeCompare(b.code));
}
