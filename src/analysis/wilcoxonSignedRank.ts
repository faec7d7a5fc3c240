/**
 * The Wilcoxon signed-rank test for paired answers (the same network in two waves), exactly as R's
 * `wilcox.test(new, old, paired = TRUE, exact = FALSE)`: pairs with a missing answer dropped,
 * zero differences dropped, average ranks for ties with the tie-corrected variance, and the normal
 * approximation with a continuity correction of ½.
 */
import { jStat } from "jstat";

/** The outcome of {@link wilcoxonSignedRank}. */
export interface WilcoxonSignedRank {
  /** Complete pairs (both answers valid), zero differences included. */
  pairs: number;
  /** Pairs with a non-zero difference: the n the test uses. */
  nonZero: number;
  /** Mean of (new − old) over the complete pairs; null when there are none. */
  meanDifference: number | null;
  /** R's V: the sum of the ranks of the positive differences; null when nonZero = 0. */
  v: number | null;
  /** The continuity-corrected z; null when nonZero = 0. */
  z: number | null;
  /** Two-sided p-value; null when every difference is zero or there are no pairs (R: NaN). */
  p: number | null;
}

/**
 * Average ranks (1-based) of non-negative values, ties sharing the mean of their positions, plus
 * Σ(t³ − t) over the groups of ties. Written by hand: simple-statistics and jStat have no ranking
 * with average ties that also returns the tie sizes.
 */
function averageRanks(values: readonly number[]): { ranks: number[]; tieTerm: number } {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  let tieTerm = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]] === values[order[start]]) end += 1;
    const rank = (start + end + 2) / 2;
    for (let k = start; k <= end; k += 1) ranks[order[k]] = rank;
    const t = end - start + 1;
    tieTerm += t * t * t - t;
    start = end + 1;
  }
  return { ranks, tieTerm };
}

/**
 * Wilcoxon signed-rank test on paired values, two-sided, normal approximation.
 *
 * Why: when the same networks answered in both waves, their own change (new − old on the answer
 * codes) is a fairer test than comparing two percentages as if the groups were unrelated; the
 * signed-rank test uses the ordinal codes without assuming equal distances between them.
 * Method (R's stats:::wilcox.test.default): d = new − old; pairs with a missing value (null or
 * NaN) are dropped, then d = 0 is dropped; ranks of |d| with ties averaged; V = Σ ranks of d > 0;
 * z = (V − n(n+1)/4 − sign·½) / √(n(n+1)(2n+1)/24 − Σ(t³ − t)/48); p = 2·min(Φ(z), 1 − Φ(z)).
 * With answer scales of 5 points the differences have many ties, so R's exact test is not
 * available anyway; `exact = FALSE` makes R use this approximation for every n.
 *
 * Reference: https://stat.ethz.ch/R-manual/R-devel/library/stats/html/wilcox.test.html;
 * Hollander, Wolfe & Chicken (2014), Nonparametric Statistical Methods, §3.1.
 *
 * @param newValues the later wave's code per matched respondent (null/NaN = no valid answer)
 * @param oldValues the earlier wave's code for the same respondents, same order and length
 * @throws {Error} when the two lists differ in length
 * @example
 * wilcoxonSignedRank([4, 5, 3, 4, 5, 2, 4, 5, 3, 4], [3, 4, 3, 2, 4, 2, 3, 5, 2, 3]);
 * // => { pairs: 10, nonZero: 7, meanDifference: 0.8, v: 28, z: 2.4387…, p: 0.014709 }
 */
export function wilcoxonSignedRank(
  newValues: ArrayLike<number | null>,
  oldValues: ArrayLike<number | null>
): WilcoxonSignedRank {
  if (newValues.length !== oldValues.length) {
    throw new Error(
      `wilcoxonSignedRank: ${newValues.length} new values but ${oldValues.length} old values; pass one pair per respondent`
    );
  }
  const differences: number[] = [];
  for (let i = 0; i < newValues.length; i += 1) {
    const a = newValues[i];
    const b = oldValues[i];
    if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) continue;
    differences.push(a - b);
  }
  const pairs = differences.length;
  const meanDifference =
    pairs > 0 ? differences.reduce((sum, value) => sum + value, 0) / pairs : null;
  const nonZeroDifferences = differences.filter((value) => value !== 0);
  const n = nonZeroDifferences.length;
  if (n === 0) return { pairs, nonZero: 0, meanDifference, v: null, z: null, p: null };

  const { ranks, tieTerm } = averageRanks(nonZeroDifferences.map(Math.abs));
  let v = 0;
  nonZeroDifferences.forEach((value, i) => {
    if (value > 0) v += ranks[i];
  });
  const centred = v - (n * (n + 1)) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieTerm / 48);
  const correction = Math.sign(centred) * 0.5;
  const z = (centred - correction) / sigma;
  const p = Math.min(1, 2 * jStat.normal.cdf(-Math.abs(z), 0, 1));
  return { pairs, nonZero: n, meanDifference, v, z, p };
}
