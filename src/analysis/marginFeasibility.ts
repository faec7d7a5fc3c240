/**
 * Whether the hidden cells of a two-way table can take values within given bounds so that every
 * row and every column still adds up to its published total: what a reader can work out about a
 * masked cell from the cells shown and the totals (disclosure.ts uses it to test that no small
 * count is given away).
 *
 * Why by hand: it is a feasible flow with lower bounds on a bipartite graph (rows → columns, one
 * edge per hidden cell), a few dozen nodes at most; no well-kept JavaScript library solves that,
 * and an LP solver would be far more than it needs. Integer bounds give integer flows, so the
 * answer holds for counts.
 *
 * Reference: Cox, "Network models for complementary cell suppression", JASA 90 (1995) 1453–1462;
 * Ahuja, Magnanti & Orlin, Network Flows (1993), §6.7 flows with lower bounds.
 */

/** A hidden cell: its row and column, and the values a reader must allow for it. */
export interface HiddenCell {
  row: number;
  column: number;
  low: number;
  high: number;
}

/**
 * True when the hidden cells can take whole values within their bounds such that row r's hidden
 * cells add up to `rowRests[r]` and column c's to `columnRests[c]` (each rest being the total minus
 * the cells shown).
 *
 * @example
 * // Two hidden cells in one row that must add up to 2, each at least 1: only 1 + 1 fits.
 * marginsFit([{ row: 0, column: 0, low: 1, high: 4 }, { row: 0, column: 1, low: 1, high: 4 }], [2], [1, 1]) // true
 * marginsFit([{ row: 0, column: 0, low: 2, high: 2 }, { row: 0, column: 1, low: 1, high: 4 }], [2], [1, 1]) // false
 */
export function marginsFit(
  cells: readonly HiddenCell[],
  rowRests: readonly number[],
  columnRests: readonly number[]
): boolean {
  // Nodes: rows, columns, source, sink, and the super source and sink of the lower-bound reduction.
  const rows = rowRests.length;
  const columns = columnRests.length;
  const source = rows + columns;
  const sink = source + 1;
  const superSource = sink + 1;
  const superSink = sink + 2;
  const graph = new FlowGraph(sink + 3);
  const excess = new Array<number>(sink + 1).fill(0);
  const bounded = (from: number, to: number, low: number, high: number) => {
    if (high < low) return false;
    graph.add(from, to, high - low);
    excess[to] += low;
    excess[from] -= low;
    return true;
  };
  for (const cell of cells)
    if (!bounded(cell.row, rows + cell.column, cell.low, cell.high)) return false;
  for (let r = 0; r < rows; r += 1) bounded(source, r, rowRests[r], rowRests[r]);
  for (let c = 0; c < columns; c += 1) bounded(rows + c, sink, columnRests[c], columnRests[c]);
  graph.add(sink, source, Number.MAX_SAFE_INTEGER);
  let needed = 0;
  excess.forEach((amount, node) => {
    if (amount > 0) {
      graph.add(superSource, node, amount);
      needed += amount;
    } else if (amount < 0) graph.add(node, superSink, -amount);
  });
  return graph.maxFlow(superSource, superSink) === needed;
}

/** A flow network as adjacency lists of edge indexes (each edge stored with its reverse). */
class FlowGraph {
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly edges: number[][];

  constructor(nodes: number) {
    this.edges = Array.from({ length: nodes }, () => []);
  }

  add(from: number, to: number, capacity: number): void {
    this.edges[from].push(this.to.length);
    this.to.push(to);
    this.capacity.push(capacity);
    this.edges[to].push(this.to.length);
    this.to.push(from);
    this.capacity.push(0);
  }

  /** Edmonds–Karp: shortest augmenting paths until none is left; returns the flow. */
  maxFlow(from: number, to: number): number {
    let total = 0;
    for (;;) {
      const via = new Array<number>(this.edges.length).fill(-1);
      const queue = [from];
      const seen = new Array<boolean>(this.edges.length).fill(false);
      seen[from] = true;
      while (queue.length > 0 && !seen[to]) {
        const node = queue.shift()!;
        for (const edge of this.edges[node])
          if (this.capacity[edge] > 0 && !seen[this.to[edge]]) {
            seen[this.to[edge]] = true;
            via[this.to[edge]] = edge;
            queue.push(this.to[edge]);
          }
      }
      if (!seen[to]) return total;
      let pushed = Number.MAX_SAFE_INTEGER;
      for (let node = to; node !== from; node = this.to[via[node] ^ 1])
        pushed = Math.min(pushed, this.capacity[via[node]]);
      for (let node = to; node !== from; node = this.to[via[node] ^ 1]) {
        this.capacity[via[node]] -= pushed;
        this.capacity[via[node] ^ 1] += pushed;
      }
      total += pushed;
    }
  }
}
