import { type BizStep, bizSteps } from '@fairscan/domain';

/** Where scans happen: stations (readPoints), docks, and storage bins (bizLocations). */
export interface SiteLayout {
  readonly bins: readonly string[];
  readonly stations: Readonly<Record<BizStep, readonly string[]>>;
  readonly inboundDocks: readonly string[];
  readonly outboundDocks: readonly string[];
}

export const stationPrefixes: Readonly<Record<BizStep, string>> = {
  receiving: 'recv',
  storing: 'stow',
  picking: 'pick',
  packing: 'pack',
  shipping: 'ship',
  cycle_counting: 'count',
};

const levels = 6;
const bays = 40;
const pad2 = (n: number): string => String(n).padStart(2, '0');

function aisleName(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${aisleName(Math.floor(index / 26) - 1)}${letter}`;
}

/** `A-01-03`: aisle, bay, level. Aisles run A..Z, then AA, AB... */
export function binName(index: number): string {
  const level = (index % levels) + 1;
  const bay = (Math.floor(index / levels) % bays) + 1;
  return `${aisleName(Math.floor(index / (levels * bays)))}-${pad2(bay)}-${pad2(level)}`;
}

const numbered = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}-${pad2(i + 1)}`);

export function buildLayout(stationCounts: Readonly<Record<BizStep, number>>, binCount: number): SiteLayout {
  const stations = Object.fromEntries(
    bizSteps.map((step) => [step, numbered(stationPrefixes[step], stationCounts[step])]),
  ) as Record<BizStep, string[]>;
  return {
    bins: Array.from({ length: binCount }, (_, i) => binName(i)),
    stations,
    inboundDocks: numbered('dock-in', Math.max(2, stationCounts.receiving)),
    outboundDocks: numbered('dock-out', Math.max(2, stationCounts.shipping)),
  };
}
