/**
 * Cross-tabulation of two categorical variables with Pearson's chi-square test of independence
 * and Cramér's V, as R's `chisq.test(table, correct = FALSE)` computes them.
 */
import { jStat } from "jstat";
import type { Crosstab } from "./results";

/** The outcome of {@link chiSquareIndependence}. */
export interface ChiSquareIndependence {
  /** Total count. */
  n: number;
  /** Pearson's χ² = Σ (observed − expected)² / expected; null when df = 0 or n = 0. */
  chiSquare: number | null;
  /** (r − 1)(c − 1) over the rows and columns with a non-zero total; null when that is 0 or n = 0. */
  df: number | null;
  /** Upper-tail probability of χ² under independence; null when df = 0 or n = 0. */
  p: number | null;
  /** Cramér's V = √(χ² / (n · (min(r, c) − 1))), between 0 and 1; null when df = 0 or n = 0. */
  cramersV: number | null;
  /** True when any expected count is below 5 (the rule behind R's "may be incorrect" warning). */
  smallExpected: boolean;
  /** Number of cells with an expected count below 5. */
  cellsExpectedBelow5: number;
}

/** Expected counts below this make the chi-square approximation doubtful (R's warning rule). */
const SMALL_EXPECTED = 5;

/**
 * Pearson's chi-square test of independence on a contingency table, with Cramér's V.
 *
 * Why: it tells whether two categorical variables (e.g. organisation type and governance style)
 * are related, and Cramér's V says how strongly. No continuity correction is applied, so the
 * result equals R's `chisq.test(counts, correct = FALSE)` (R's default corrects 2 × 2 tables).
 * Rows and columns whose total is zero are left out first (their expected counts would be zero),
 * exactly as if they were not in the table; df and Cramér's V use the remaining dimensions.
 * The p-value comes from the chi-square distribution as 1 − jStat.chisquare.cdf (jStat has no
 * upper-tail function, so p below about 1e-16 comes out as 0); it is not exact for small expected
 * counts, which `smallExpected` flags.
 *
 * Reference: https://en.wikipedia.org/wiki/Pearson%27s_chi-squared_test,
 * https://en.wikipedia.org/wiki/Cram%C3%A9r%27s_V and
 * https://stat.ethz.ch/R-manual/R-devel/library/stats/html/chisq.test.html.
 *
 * @param counts a rectangular matrix of non-negative counts, counts[row][column]
 * @returns χ², df, p, Cramér's V (null when df = 0 or n = 0), n and the small-expected-count flags
 * @throws {Error} when the matrix is ragged or holds a negative, NaN or infinite count
 * @example
 * chiSquareIndependence([
 *   [10, 20],
 *   [20, 10],
 * ]);
 * // => { n: 60, chiSquare: 6.666…, df: 1, p: 0.00982…, cramersV: 0.3333…,
 * //      smallExpected: false, cellsExpectedBelow5: 0 }
 */
export function chiSquareIndependence(
  counts: readonly (readonly number[])[]
): ChiSquareIndependence {
  const rows = counts.length;
  const columns = rows > 0 ? counts[0].length : 0;
  const rowTotals = new Array<number>(rows).fill(0);
  const columnTotals = new Array<number>(columns).fill(0);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    if (counts[r].length !== columns) {
      throw new Error(
        `chiSquareIndependence requires a rectangular matrix: row 0 has ${columns} columns, row ${r} has ${counts[r].length}`
      );
    }
    for (let c = 0; c < columns; c++) {
      const count = counts[r][c];
      if (!Number.isFinite(count) || count < 0) {
        throw new Error(
          `chiSquareIndependence requires non-negative finite counts, got ${count} at row ${r}, column ${c}`
        );
      }
      rowTotals[r] += count;
      columnTotals[c] += count;
      n += count;
    }
  }
  const usedRows = rowTotals.map((_, r) => r).filter((r) => rowTotals[r] > 0);
  const usedColumns = columnTotals.map((_, c) => c).filter((c) => columnTotals[c] > 0);
  const df = (usedRows.length - 1) * (usedColumns.length - 1);
  if (n === 0 || df <= 0) {
    return {
      n,
      chiSquare: null,
      df: null,
      p: null,
      cramersV: null,
      smallExpected: false,
      cellsExpectedBelow5: 0,
    };
  }

  let chiSquare = 0;
  let cellsExpectedBelow5 = 0;
  for (const r of usedRows) {
    for (const c of usedColumns) {
      const expected = (rowTotals[r] * columnTotals[c]) / n;
      const difference = counts[r][c] - expected;
      chiSquare += (difference * difference) / expected;
      if (expected < SMALL_EXPECTED) cellsExpectedBelow5 += 1;
    }
  }
  const p = Math.min(1, Math.max(0, 1 - jStat.chisquare.cdf(chiSquare, df)));
  const smallerDimension = Math.min(usedRows.length, usedColumns.length);
  // V cannot exceed 1; the clamp only removes rounding noise in perfectly associated tables.
  const cramersV = Math.min(1, Math.sqrt(chiSquare / (n * (smallerDimension - 1))));
  return {
    n,
    chiSquare,
    df,
    p,
    cramersV,
    smallExpected: cellsExpectedBelow5 > 0,
    cellsExpectedBelow5,
  };
}

/** Category order: the listed ones first (as given), then the other observed ones in code-unit order. */
function categoryOrder(
  values: readonly (string | null)[],
  listed: readonly string[] | undefined,
  what: string
): string[] {
  const order = [...(listed ?? [])];
  const known = new Set<string>();
  for (const value of order) {
    if (known.has(value)) throw new Error(`crosstab: ${what} lists "${value}" twice`);
    known.add(value);
  }
  const extra = new Set<string>();
  for (const value of values) if (value !== null && !known.has(value)) extra.add(value);
  return order.concat([...extra].sort());
}

/**
 * Cross-tabulates two categorical variables (one value per respondent) and tests independence
 * with Pearson's chi-square (no continuity correction) and Cramér's V.
 *
 * Why: for the report's "style by group" tables — counts per combination plus whether the
 * differences between groups are more than chance. Respondents with a missing value (null) on
 * either variable are left out. Every category in `rowOrder`/`columnOrder` gets a row/column,
 * also when its count is zero; categories that occur but are not listed follow in code-unit
 * order. The test itself ignores rows and columns with a zero total (see
 * {@link chiSquareIndependence}), so it equals R's
 * `chisq.test(table(rows, columns), correct = FALSE)`.
 *
 * Note that a JSON object puts integer-like keys ("1", "2") first in ascending order whatever the
 * insertion order; use `rowOrder`/`columnOrder` to display the table in a fixed order.
 *
 * Reference: https://en.wikipedia.org/wiki/Contingency_table and
 * https://en.wikipedia.org/wiki/Pearson%27s_chi-squared_test.
 *
 * @param by name of the grouping variable (copied to the result)
 * @param rowValues the row category per respondent, null for missing
 * @param columnValues the column category per respondent, null for missing
 * @param options `rowOrder`, `columnOrder`: categories to show, in this order
 * @returns the Crosstab block of the JSON report
 * @throws {Error} when the two value lists differ in length or an order lists a category twice
 * @example
 * crosstab("sector", ["zorg", "zorg", "welzijn", null], ["facilitator", "opdrachtgever", "facilitator", "facilitator"]);
 * // => { by: "sector",
 * //      table: { welzijn: { facilitator: 1, opdrachtgever: 0 }, zorg: { facilitator: 1, opdrachtgever: 1 } },
 * //      chiSquare: 0.75, df: 1, p: 0.386…, cramersV: 0.5, smallExpected: true, cellsExpectedBelow5: 4 }
 */
export function crosstab(
  by: string,
  rowValues: readonly (string | null)[],
  columnValues: readonly (string | null)[],
  options: { rowOrder?: string[]; columnOrder?: string[] } = {}
): Crosstab & { table: Record<string, Record<string, number>> } {
  if (rowValues.length !== columnValues.length) {
    throw new Error(
      `crosstab "${by}": rowValues has ${rowValues.length} values but columnValues has ${columnValues.length}; pass one value per respondent (null for missing)`
    );
  }
  const complete = (i: number): boolean => rowValues[i] !== null && columnValues[i] !== null;
  const usedRows = rowValues.filter((_, i) => complete(i));
  const usedColumns = columnValues.filter((_, i) => complete(i));
  const rowCategories = categoryOrder(usedRows, options.rowOrder, "rowOrder");
  const columnCategories = categoryOrder(usedColumns, options.columnOrder, "columnOrder");
  const rowIndex = new Map(rowCategories.map((category, i) => [category, i]));
  const columnIndex = new Map(columnCategories.map((category, i) => [category, i]));

  const counts = rowCategories.map(() => new Array<number>(columnCategories.length).fill(0));
  for (let i = 0; i < usedRows.length; i++) {
    counts[rowIndex.get(usedRows[i] as string) as number][
      columnIndex.get(usedColumns[i] as string) as number
    ] += 1;
  }

  // Object.fromEntries defines own keys, so even a category named "__proto__" stays a plain key.
  const table: Record<string, Record<string, number>> = Object.fromEntries(
    rowCategories.map((row, r) => [
      row,
      Object.fromEntries(columnCategories.map((column, c) => [column, counts[r][c]])),
    ])
  );

  const test = chiSquareIndependence(counts);
  return {
    by,
    table,
    chiSquare: test.chiSquare,
    df: test.df,
    p: test.p,
    cramersV: test.cramersV,
    smallExpected: test.smallExpected,
    cellsExpectedBelow5: test.cellsExpectedBelow5,
  };
}
