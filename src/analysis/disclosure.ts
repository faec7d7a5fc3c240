/**
 * Disclosure control for small cells: with a minimum cell size (`--min-cell`, default 5), a count
 * of 1 to minCell − 1 in a group table or a cross-tab is not shown, nor the percentage that would
 * give it away. Zero is shown: an empty cell says nothing about a network. Without this, a table
 * "style by region" with one network in a cell tells a reader how that network answered.
 *
 * Reference: Hundepool et al., Statistical Disclosure Control (Wiley, 2012), §5.2 threshold rule;
 * Statistics Netherlands / Eurostat "minimum frequency rule".
 */
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
 * A cross-tab with small counts masked (null). The row totals (the group sizes, which a reader
 * knows anyway) are kept in `rowTotals`; the chi-square statistics are computed on the real counts
 * before masking and kept.
 *
 * @example maskCrosstab({ by: "REGIO", table: { Gent: { facilitator: 2, coproducent: 6 } }, … }, 5).table
 * // { Gent: { facilitator: null, coproducent: 6 } }
 */
export function maskCrosstab(table: Crosstab, minCell: number): Crosstab {
  const rowTotals: Record<string, number> = {};
  const masked: Crosstab["table"] = {};
  let cellsMasked = 0;
  for (const [row, cells] of Object.entries(table.table)) {
    rowTotals[row] = Object.values(cells).reduce<number>((sum, count) => sum + (count ?? 0), 0);
    masked[row] = Object.fromEntries(
      Object.entries(cells).map(([column, count]) => {
        if (count !== null && isMaskedCount(count, minCell)) {
          cellsMasked += 1;
          return [column, null];
        }
        return [column, count];
      })
    );
  }
  return { ...table, table: masked, rowTotals, cellsMasked };
}
