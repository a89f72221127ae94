/**
 * A table with totals as a graph: every line (a team's row, a bizStep's
 * column, and the two lines of totals) is a node, every entry is an edge
 * between its row and its column, and each line sums to its total. Knowing
 * the published entries, a suppressed entry can be computed exactly iff it
 * is a bridge among the suppressed edges: on a cycle of suppressed entries,
 * adding x to every other one and taking it from the rest keeps every line's
 * sum, so none of them is pinned down.
 */
export interface Edge {
  readonly row: string;
  readonly column: string;
}

function connected(from: string, to: string, edges: readonly Edge[]): boolean {
  const seen = new Set([from]);
  const queue = [from];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    if (node === to) return true;
    for (const { row, column } of edges) {
      const next = row === node ? column : column === node ? row : undefined;
      if (next !== undefined && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

/** The suppressed entries that published totals would give away (tables here are small: teams × bizSteps). */
export function derivable<E extends Edge>(suppressed: readonly E[]): E[] {
  return suppressed.filter((edge) => !connected(edge.row, edge.column, suppressed.filter((other) => other !== edge)));
}

export const sharesLine = (a: Edge, b: Edge): boolean => a.row === b.row || a.column === b.column;
