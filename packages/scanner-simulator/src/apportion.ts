/**
 * Splits `total` whole people in proportion to `weights` (largest remainder),
 * giving each share at least `floor` when there are enough people for that.
 */
export function apportion(total: number, weights: readonly number[], floor = 0): number[] {
  const base = total >= floor * weights.length ? floor : 0;
  const rest = total - base * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const counts = exact.map((x) => Math.floor(x));
  let left = rest - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts.map((c) => c + base);
}
