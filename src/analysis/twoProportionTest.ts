/**
 * Two-proportion test: do two independent groups (e.g. this year's and an earlier wave's
 * respondents) agree with a statement in different proportions? Pearson's chi-square on the 2 × 2
 * table agree / not agree × group, without continuity correction, as R's
 * `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)`.
 */
import { chiSquareIndependence } from "./crosstab";

/** The outcome of {@link twoProportionTest}. */
export interface TwoProportionTest {
  /** Share of successes in group 1 and group 2, 0–100; null when that group is empty. */
  pct1: number | null;
  pct2: number | null;
  /** pct1 − pct2 in percentage points; null when either group is empty. */
  difference: number | null;
  /** Pearson's χ² (1 df); null when it cannot be computed (see below). */
  chiSquare: number | null;
  /** Two-sided p-value; null when χ² is null (R gives NaN or an error there). */
  p: number | null;
}

/**
 * Pearson's chi-square test for the equality of two proportions (1 df, no continuity correction).
 *
 * Why: to say whether a change in "% wel akkoord" between two waves of a survey is larger than
 * chance alone would easily produce, when the two waves are different (or unmatched) respondents.
 * The 2 × 2 table [[x1, n1 − x1], [x2, n2 − x2]] goes through {@link chiSquareIndependence}, so
 * the statistic is the same as R's `prop.test(..., correct = FALSE)` and `chisq.test(...,
 * correct = FALSE)`. When a group is empty, or both groups are all successes or all failures,
 * there is no variation to test: χ² and p are null (R: an error or NaN).
 *
 * Reference: https://stat.ethz.ch/R-manual/R-devel/library/stats/html/prop.test.html;
 * Agresti (2013), Categorical Data Analysis, §3.2.
 *
 * @param x1 successes in group 1 (e.g. agreeing now), 0 ≤ x1 ≤ n1
 * @param n1 valid answers in group 1
 * @param x2 successes in group 2 (e.g. agreeing in the earlier wave)
 * @param n2 valid answers in group 2
 * @throws {Error} when a count is negative, not whole, or x > n
 * @example
 * twoProportionTest(10, 30, 20, 30);
 * // => { pct1: 33.33…, pct2: 66.66…, difference: -33.33…, chiSquare: 6.6667, p: 0.009823 }
 */
export function twoProportionTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number
): TwoProportionTest {
  for (const [name, value] of [
    ["x1", x1],
    ["n1", n1],
    ["x2", x2],
    ["n2", n2],
  ] as const) {
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`twoProportionTest: ${name} must be a whole number ≥ 0, got ${value}`);
  }
  if (x1 > n1 || x2 > n2)
    throw new Error(`twoProportionTest: successes exceed trials (${x1}/${n1}, ${x2}/${n2})`);
  const pct1 = n1 > 0 ? (100 * x1) / n1 : null;
  const pct2 = n2 > 0 ? (100 * x2) / n2 : null;
  const difference = pct1 !== null && pct2 !== null ? pct1 - pct2 : null;
  if (n1 === 0 || n2 === 0) return { pct1, pct2, difference, chiSquare: null, p: null };
  const test = chiSquareIndependence([
    [x1, n1 - x1],
    [x2, n2 - x2],
  ]);
  return { pct1, pct2, difference, chiSquare: test.chiSquare, p: test.p };
}
