/**
 * Disclosure control for small cells: with a minimum cell size (`--min-cell`, default 5), a count
 * of 1 to minCell − 1 in a group table or a cross-tab is not shown, nor the percentage that would
 * give it away. Zero is shown: an empty cell says nothing about a network. Without this, a table
 * "style by region" with one network in a cell tells a reader how that network answered.
 *
 * A masked cell that the published totals give back is no mask: a cross-tab's row totals (the group
 * sizes) and column totals (the overall style counts) are in the report, so a row or column with
 * one masked cell tells it (total − the others; found when an analyst recovered every masked cell
 * of the example). Secondary suppression masks further cells until no row or column has exactly
 * one.
 *
 * Reference: Hundepool et al., Statistical Disclosure Control (Wiley, 2012), §5.2 threshold rule
 * and §5.4 secondary cell suppression; Statistics Netherlands / Eurostat "minimum frequency rule".
 */
import { marginsFit, type HiddenCell } from "./marginFeasibility";
import type { Crosstab } from "./results";

/**
 * True when a count must be masked: more than zero and below the minimum cell size.
 *
 * @example isMaskedCount(3, 5) // true
 * @example isMaskedCount(0, 5) // false
 */
export function isMaskedCount(count: number, minCell: number): boolean {
  return count > 0 && count < minCell;
}

/**
 * A cross-tab with small counts masked (null), and as many further cells as it takes so that the
 * cells shown and the published row and column totals do not pin any small count down
 * (secondary suppression, protectSmallCounts).
 * The row totals (the group sizes, which a reader knows anyway) are kept in `rowTotals`; the
 * chi-square statistics are computed on the real counts before masking and kept.
 *
 * @example maskCrosstab({ by: "REGIO", table: { Gent: { facilitator: 2, coproducent: 6, opdrachtgever: 0 } }, … }, 5).table
 * // { Gent: { facilitator: null, coproducent: 6, opdrachtgever: null } } (the 0 masked too: else 8 − 6 − 0 = 2)
 */
export function maskCrosstab(table: Crosstab, minCell: number): Crosstab {
  const rows = Object.keys(table.table);
  const columns = [...new Set(rows.flatMap((row) => Object.keys(table.table[row])))];
  const rowTotals: Record<string, number> = {};
  const counts = rows.map((row) => columns.map((column) => table.table[row][column] ?? 0));
  rows.forEach((row, r) => (rowTotals[row] = counts[r].reduce((sum, count) => sum + count, 0)));
  const primary = counts.map((line) => line.map((count) => isMaskedCount(count, minCell)));
  const hidden = primary.map((line) => [...line]);
  const cellsMasked = hidden.flat().filter(Boolean).length;
  if (cellsMasked > 0) protectSmallCounts(counts, hidden, primary);
  const masked: Crosstab["table"] = {};
  rows.forEach((row, r) => {
    masked[row] = Object.fromEntries(
      Object.keys(table.table[row]).map((column) => {
        const c = columns.indexOf(column);
        return [column, hidden[r][c] ? null : table.table[row][column]];
      })
    );
  });
  const all = hidden.flat().filter(Boolean).length;
  return {
    ...table,
    table: masked,
    rowTotals,
    cellsMasked: all,
    ...(all > cellsMasked ? { cellsMaskedSecondary: all - cellsMasked } : {}),
  };
}

/**
 * Secondary suppression: first no row or column may have exactly one masked cell (its total
 * minus the others would give it back); then, while a small count (`primary`) is still pinned
 * down — only one value of it fits the cells shown and the row and column totals, any masked cell
 * being anything from 0 to its row's total (marginFeasibility.ts) — the smallest shown count of
 * its row (else of its column) is masked too.
 *
 * The reader assumed does not know which masked cells are small counts: one who does (an empty
 * cell is at least 1) can still pin down the cells of a style whose overall count is below
 * 2 · (minCell − 1), which the report prints anyway (docs/methods.md).
 */
function protectSmallCounts(counts: number[][], hidden: boolean[][], primary: boolean[][]): void {
  for (;;) {
    suppressLonelyCells(counts, hidden);
    const exposed = pinnedSmallCount(counts, hidden, primary);
    if (!exposed) return;
    const [r, c] = exposed;
    const row = counts[r].map((_, column) => [r, column] as const);
    const column = counts.map((_, line) => [line, c] as const);
    const next = smallestShown(counts, hidden, row) ?? smallestShown(counts, hidden, column);
    if (!next) return;
    hidden[next[0]][next[1]] = true;
  }
}

/** The shown cell with the smallest count among `cells` (the first of equals), or null. */
function smallestShown(
  counts: number[][],
  hidden: boolean[][],
  cells: readonly (readonly [number, number])[]
): readonly [number, number] | null {
  let best: readonly [number, number] | null = null;
  for (const [r, c] of cells)
    if (!hidden[r][c] && (best === null || counts[r][c] < counts[best[0]][best[1]])) best = [r, c];
  return best;
}

/** The first small count that the shown cells and the totals leave one value, or null. */
function pinnedSmallCount(
  counts: number[][],
  hidden: boolean[][],
  primary: boolean[][]
): readonly [number, number] | null {
  const rowRests = counts.map((line, r) =>
    line.reduce((sum, count, c) => sum + (hidden[r][c] ? count : 0), 0)
  );
  const columnRests = counts[0].map((_, c) =>
    counts.reduce((sum, line, r) => sum + (hidden[r][c] ? line[c] : 0), 0)
  );
  const cells: HiddenCell[] = [];
  counts.forEach((line, r) => {
    const total = line.reduce((sum, count) => sum + count, 0);
    line.forEach((_, c) => {
      if (hidden[r][c]) cells.push({ row: r, column: c, low: 0, high: total });
    });
  });
  for (const [index, cell] of cells.entries()) {
    if (!primary[cell.row][cell.column]) continue;
    // What fits of one cell is a range of whole numbers: it is pinned when neither neighbour fits.
    const actual = counts[cell.row][cell.column];
    const fits = (value: number) =>
      marginsFit(
        cells.map((entry, at) => (at === index ? { ...entry, low: value, high: value } : entry)),
        rowRests,
        columnRests
      );
    const other = fits(actual - 1) || fits(actual + 1);
    if (!other) return [cell.row, cell.column];
  }
  return null;
}

/**
 * Masks further cells of `hidden` until no row and no column has exactly one masked cell: in such
 * a line, its smallest unmasked count (the first of equals) is masked, and the lines are checked
 * again. Ends: every pass masks a cell, and there are finitely many.
 */
function suppressLonelyCells(counts: number[][], hidden: boolean[][]): void {
  const rowCount = counts.length;
  const columnCount = counts[0]?.length ?? 0;
  const line = (along: "row" | "column", index: number) =>
    along === "row"
      ? Array.from({ length: columnCount }, (_, c) => [index, c] as const)
      : Array.from({ length: rowCount }, (_, r) => [r, index] as const);
  for (let changed = true; changed;) {
    changed = false;
    for (const along of ["row", "column"] as const) {
      const lines = along === "row" ? rowCount : columnCount;
      for (let index = 0; index < lines; index += 1) {
        const cells = line(along, index);
        if (cells.filter(([r, c]) => hidden[r][c]).length !== 1) continue;
        const next = smallestShown(counts, hidden, cells);
        if (next === null) continue;
        hidden[next[0]][next[1]] = true;
        changed = true;
      }
    }
  }
}
