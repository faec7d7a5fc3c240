/**
 * Internal consistency of a multi-item scale: Cronbach's alpha, standardized alpha, the mean
 * inter-item correlation and per-item diagnostics (item-rest correlation, alpha if deleted), on
 * listwise complete cases as SPSS RELIABILITY does.
 *
 * Everything is derived from one item covariance matrix, the way psych::alpha does it, so the
 * numbers match psych::alpha(x) on the complete cases (x already reverse-keyed) and SPSS.
 */
import { mean } from "simple-statistics";
import type { Issue } from "./issue";
import type { Language } from "./language";
import type { ReliabilityMessage } from "./reliabilityMessages";
import { reliabilityMessage } from "./reliabilityMessages";
import type { ItemStat, ScaleReliability } from "./results";

/** One item of a scale, as passed to {@link analyzeScaleReliability}. */
export interface ReliabilityItemInput {
  id: string;
  /** One answer code per respondent, NaN for missing. All items of a scale have the same length. */
  values: ArrayLike<number>;
  /** Reverse-key this item as (min + max) − code before analysis. */
  reversed: boolean;
  /** Lowest code of the item's answer scale (e.g. 1). */
  min: number;
  /** Highest code of the item's answer scale (e.g. 5). */
  max: number;
}

/** A scale to analyse: its id (used in issue messages) and its items in display order. */
export interface ReliabilityScaleInput {
  id: string;
  items: ReliabilityItemInput[];
}

export interface ReliabilityOptions {
  /** Below this many complete cases a SMALL_N warning is added (default 10). */
  smallN?: number;
  /** Language of the warnings. Default "nl". */
  language?: Language;
}

/** Default threshold for the SMALL_N warning. */
const DEFAULT_SMALL_N = 10;

/** Alpha and friends are not reported below this many complete cases. */
const MIN_CASES = 3;

/**
 * Relative tolerance for "zero" variances and for the sign of correlations, so that rounding noise
 * (e.g. −1e-17 instead of 0) neither triggers warnings nor makes results depend on item order.
 */
const TOLERANCE = 1e-10;

/**
 * Means and sample covariance matrix of k items over the rows that pass, in one pass over the data.
 * Written by hand because simple-statistics has no covariance matrix (calling sampleCovariance for
 * every pair would take k² passes and need copies of the complete cases).
 */
interface Moments {
  /** Number of rows used. */
  n: number;
  k: number;
  means: Float64Array;
  /** Row-major k × k sample covariance matrix (divisor n − 1); zeros when n < 2. */
  cov: Float64Array;
}

/** Scale bounds and reverse keying per item, checked and applied while accumulating. */
interface MomentBounds {
  lo: Float64Array;
  hi: Float64Array;
  reversed: Uint8Array;
  /** The message of the error thrown for a value outside [lo, hi]. */
  describe: (item: number, row: number, value: number) => string;
}

/**
 * Accumulates {@link Moments} with Welford's online update (numerically stable, one pass per
 * item): rows with a NaN in any item are skipped (listwise deletion); a value outside [lo, hi]
 * throws `bounds.describe(…)` (the first in row order, before its row's first NaN, as a row-by-row
 * pass would meet it); reversed items are reverse-keyed on the fly.
 *
 * Welford row by row is, per item i and pair (i, j): mean_i += δ_i / n and
 * C_ij += (δ_i · (n − 1)/n) · δ_j, with δ = value − the mean before the row. Each mean and each
 * C_ij only ever sees its own sequence of additions, in row order, so the work is done one item
 * (centerColumn) and one pair (addProducts) at a time over the complete rows: the same additions
 * in the same order, so the same numbers to the last bit, but in short loops over contiguous
 * typed arrays that V8 optimises once and reuses for every item, pair and scale (row by row, the
 * pass over 20,000 respondents cost three times as much).
 */
function accumulateMoments(
  columns: readonly ArrayLike<number>[],
  rows: number,
  bounds: MomentBounds
): Moments {
  const k = columns.length;
  const { lo, hi, reversed } = bounds;
  // Per row, the first item with a NaN (k: none); the first value out of bounds.
  const firstMissing = new Int32Array(rows).fill(k);
  let failure = -1;
  for (let i = 0; i < k; i++) {
    const position = checkColumn(columns[i], rows, i, k, lo[i], hi[i], firstMissing);
    if (position >= 0 && (failure < 0 || position < failure)) failure = position;
  }
  if (failure >= 0) {
    // checkColumn returns r·k + i for the value of item i in row r.
    const item = failure % k;
    const row = (failure - item) / k;
    throw new Error(bounds.describe(item, row, columns[item][row]));
  }
  const complete = new Int32Array(rows);
  const factors = new Float64Array(rows);
  const n = completeRows(firstMissing, k, complete, factors);
  const means = new Float64Array(k);
  const deltas = columns.map((values, i) => {
    const delta = new Float64Array(n);
    const low = lo[i];
    const high = hi[i];
    // Inlined reverseCode(value, lo, hi): (lo + hi) − value; bounds were checked above.
    means[i] = centerColumn(
      values,
      complete,
      n,
      reversed[i] === 1 ? low + high : 0,
      reversed[i] === 1 ? -1 : 1,
      delta
    );
    return delta;
  });
  const cov = new Float64Array(k * k);
  if (n >= 2) {
    for (let i = 0; i < k; i++) {
      for (let j = i; j < k; j++) {
        const c = addProducts(deltas[i], deltas[j], factors, n) / (n - 1);
        cov[i * k + j] = c;
        cov[j * k + i] = c;
      }
    }
  }
  return { n, k, means, cov };
}

/**
 * The bounds check of accumulateMoments for item `item` (its `values`, bounds [low, high]):
 * records the item as a row's first missing one where the value is NaN and no earlier item's was,
 * and returns r·k + item for the first row r whose value is out of bounds with no earlier item
 * missing in that row (else −1). Items are checked in order, so `firstMissing` then holds, per
 * row, the first missing item before this one (k: none).
 */
function checkColumn(
  values: ArrayLike<number>,
  rows: number,
  item: number,
  k: number,
  low: number,
  high: number,
  firstMissing: Int32Array
): number {
  let found = -1;
  for (let r = 0; r < rows; r++) {
    const value = values[r];
    // One comparison pair for the common case: NaN fails it too.
    if (value >= low && value <= high) continue;
    if (firstMissing[r] !== k) continue;
    if (value !== value) firstMissing[r] = item;
    else if (found < 0) found = r * k + item;
  }
  return found;
}

/**
 * The rows without a missing item (firstMissing k), in order, into `complete`, and Welford's
 * weight (n − 1)/n of the t-th of them (n = t + 1) into `factors`; returns how many there are.
 */
function completeRows(
  firstMissing: Int32Array,
  k: number,
  complete: Int32Array,
  factors: Float64Array
): number {
  let n = 0;
  for (let r = 0; r < firstMissing.length; r++)
    if (firstMissing[r] === k) {
      complete[n] = r;
      factors[n] = n / (n + 1);
      n++;
    }
  return n;
}

/**
 * One item's part of Welford's update over the complete rows: with code = base + sign · value
 * (the value, or (lo + hi) − value reverse-keyed; negation is exact), δ_t = code − mean and
 * mean += δ_t / (t + 1), in row order; stores every δ_t in `delta` and returns the mean.
 * Reads only its arguments, so V8 compiles it once for every item of every scale.
 */
function centerColumn(
  values: ArrayLike<number>,
  complete: Int32Array,
  n: number,
  base: number,
  sign: number,
  delta: Float64Array
): number {
  let mean = 0;
  for (let t = 0; t < n; t++) {
    const d = base + sign * values[complete[t]] - mean;
    delta[t] = d;
    mean += d / (t + 1);
  }
  return mean;
}

/**
 * One pair's comoment over the complete rows: Σ_t (δi_t · factor_t) · δj_t, added in row order as
 * Welford's update adds it (factor_t = (n − 1)/n of the row).
 */
function addProducts(
  deltaI: Float64Array,
  deltaJ: Float64Array,
  factors: Float64Array,
  n: number
): number {
  let sum = 0;
  for (let t = 0; t < n; t++) sum += deltaI[t] * factors[t] * deltaJ[t];
  return sum;
}

/** Σ of the covariance entries over the items in `subset` = variance of their sum score. */
function sumScoreVariance(cov: Float64Array, k: number, subset: readonly number[]): number {
  let total = 0;
  for (const i of subset) for (const j of subset) total += cov[i * k + j];
  return total;
}

/** Σ of the variances (the diagonal) of the items in `subset`. */
function sumItemVariances(cov: Float64Array, k: number, subset: readonly number[]): number {
  let trace = 0;
  for (const i of subset) trace += cov[i * k + i];
  return trace;
}

/** Raw alpha of the items in `subset`; null for fewer than 2 items or zero variance of their sum. */
function alphaFromCovariance(
  cov: Float64Array,
  k: number,
  subset: readonly number[]
): number | null {
  const items = subset.length;
  if (items < 2) return null;
  const total = sumScoreVariance(cov, k, subset);
  const trace = sumItemVariances(cov, k, subset);
  if (!(total > TOLERANCE * trace)) return null;
  return (items / (items - 1)) * (1 - trace / total);
}

/**
 * Cronbach's alpha of complete data: k/(k − 1) · (1 − Σ item variances / variance of the sum score).
 *
 * Alpha estimates how consistently a set of items measures one thing (internal consistency); it is
 * the usual reliability figure for a Likert scale. This is the "raw" alpha from covariances, as
 * psych::alpha's `raw_alpha` and SPSS RELIABILITY report it. It is the plain formula: a column
 * without variance still counts in k (analyzeScaleReliability leaves such items out, as psych
 * does). Reverse-key negatively worded items first (see reverseCode) and drop incomplete cases
 * first, or use analyzeScaleReliability, which does both.
 *
 * Reference: https://en.wikipedia.org/wiki/Cronbach%27s_alpha and
 * psych::alpha (https://search.r-project.org/CRAN/refmans/psych/html/alpha.html).
 *
 * @param columns one array per item, all the same length (one value per case)
 * @returns alpha (at most 1, can be negative), or null with fewer than 2 items, fewer than 2
 * cases, or zero variance of the sum score
 * @throws {Error} when the columns differ in length or contain NaN or infinite values
 * @example
 * cronbachAlpha([
 *   [1, 2, 3, 4, 5],
 *   [2, 2, 3, 5, 5],
 *   [1, 3, 3, 4, 4],
 * ]); // => 0.953757225433526 (= psych::alpha raw_alpha)
 */
export function cronbachAlpha(columns: readonly ArrayLike<number>[]): number | null {
  if (columns.length === 0) return null;
  const rows = columns[0].length;
  for (let i = 1; i < columns.length; i++) {
    if (columns[i].length !== rows) {
      throw new Error(
        `cronbachAlpha requires columns of equal length: column 0 has ${rows} values, column ${i} has ${columns[i].length}`
      );
    }
  }
  for (let i = 0; i < columns.length; i++) {
    for (let r = 0; r < rows; r++) {
      if (Number.isNaN(columns[i][r])) {
        throw new Error(
          `cronbachAlpha requires complete data, got NaN in column ${i}, row ${r}; drop incomplete cases first or use analyzeScaleReliability`
        );
      }
    }
  }
  if (columns.length < 2 || rows < 2) return null;
  // Any finite number is in bounds: only ±Infinity is out (NaN was rejected above).
  const k = columns.length;
  const moments = accumulateMoments(columns, rows, {
    lo: new Float64Array(k).fill(-Number.MAX_VALUE),
    hi: new Float64Array(k).fill(Number.MAX_VALUE),
    reversed: new Uint8Array(k),
    describe: (i, r, value) =>
      `cronbachAlpha requires finite numbers, got ${value} in column ${i}, row ${r}`,
  });
  return alphaFromCovariance(
    moments.cov,
    moments.k,
    columns.map((_, i) => i)
  );
}

/** A number as Dutch text with two decimals, e.g. "−0,23". */
/**
 * Reliability analysis of one scale, as SPSS RELIABILITY and psych::alpha report it: raw and
 * standardized Cronbach's alpha, mean inter-item correlation, scale mean and SD, and per item the
 * item-rest correlation (corrected item-total correlation, psych `r.drop`) and alpha if the item
 * is deleted.
 *
 * Why: a scale score (the mean over its items) is only meaningful when the items hang together.
 * Alpha says how well they do; a low or negative item-rest correlation points at an item that
 * measures something else or was not reverse-keyed.
 *
 * Steps: reversed items are reverse-keyed as (min + max) − code; only respondents who answered
 * every item are used (listwise deletion, `n`); all statistics come from the item covariance
 * matrix of those respondents.
 * - `alpha`: k/(k − 1) · (1 − Σ var(item) / var(sum)) — psych `raw_alpha`.
 * - `averageR`: mean Pearson correlation over all item pairs — psych `average_r`.
 * - `standardizedAlpha`: k·r̄ / (1 + (k − 1)·r̄) — psych `std.alpha`.
 * - `itemRestR`: Pearson r of the item with the sum of the other items — psych `r.drop`.
 * - `alphaIfDeleted`: raw alpha of the other items; null when fewer than 2 items (with variance)
 *   would remain, e.g. in a two-item scale (one item has no alpha; psych prints a covariance ratio
 *   there instead).
 * - `scaleMean`, `scaleSd`: mean and sample SD of the per-respondent mean over the items — psych
 *   `mean`, `sd`.
 *
 * Below 3 complete cases nothing but `scaleMean`/`scaleSd` is reported. An item without variance
 * among the complete cases is left out of alpha, `averageR`, `standardizedAlpha` and
 * alpha-if-deleted (as psych::alpha and SPSS do; psych: "had no variance and was deleted but still
 * is counted in the score"), and its `itemRestR` is null; it still counts in `scaleMean`/`scaleSd`.
 * Results do not depend on the order of the items, except that `itemStats` and the issues follow
 * the input order.
 *
 * Issues (all warnings, in Dutch): RELIABILITY_TOO_FEW_CASES (fewer than 3 complete cases),
 * SMALL_N (alpha computed but on fewer than `smallN` complete cases), RELIABILITY_ZERO_VARIANCE
 * (an item every complete respondent answered the same), RELIABILITY_NEGATIVE_ITEM_REST (check
 * the reverse keying), RELIABILITY_NEGATIVE_ALPHA.
 *
 * Reference: https://en.wikipedia.org/wiki/Cronbach%27s_alpha,
 * https://en.wikipedia.org/wiki/Item-total_correlation and
 * psych::alpha (https://search.r-project.org/CRAN/refmans/psych/html/alpha.html).
 *
 * @param input the scale id and its items (values with NaN for missing, scale bounds, reversed flag)
 * @param options `smallN`: complete-case count below which SMALL_N is reported (default 10)
 * @returns the reliability block of the JSON report and the issues found
 * @throws {Error} when there are no items, item ids repeat, item lengths differ, scale bounds are
 * not finite with min < max, or a value (not NaN) lies outside its item's [min, max]
 * @example
 * const { reliability } = analyzeScaleReliability({
 *   id: "samenwerking",
 *   items: [
 *     { id: "q1", values: [1, 2, 3, 4, 5], reversed: false, min: 1, max: 5 },
 *     { id: "q2", values: [4, 4, 3, 1, 1], reversed: true, min: 1, max: 5 },
 *     { id: "q3", values: [1, 3, 3, 4, NaN], reversed: false, min: 1, max: 5 },
 *   ],
 * });
 * reliability.n; // => 4
 * reliability.alpha; // => 0.9473684210526315 (18/19)
 */
export function analyzeScaleReliability(
  input: ReliabilityScaleInput,
  options: ReliabilityOptions = {}
): { reliability: ScaleReliability; issues: Issue[] } {
  const smallN = options.smallN ?? DEFAULT_SMALL_N;
  if (!Number.isFinite(smallN) || smallN < 0) {
    throw new Error(
      `analyzeScaleReliability: options.smallN must be a non-negative number, got ${smallN}`
    );
  }
  const { id, items } = input;
  const k = items.length;
  if (k === 0) throw new Error(`analyzeScaleReliability: scale "${id}" has no items`);
  const rows = items[0].values.length;
  const seen = new Set<string>();
  const lo = new Float64Array(k);
  const hi = new Float64Array(k);
  const reversed = new Uint8Array(k);
  items.forEach((item, i) => {
    if (seen.has(item.id))
      throw new Error(`analyzeScaleReliability: scale "${id}" lists item "${item.id}" twice`);
    seen.add(item.id);
    if (item.values.length !== rows) {
      throw new Error(
        `analyzeScaleReliability: scale "${id}": item "${item.id}" has ${item.values.length} values but item "${items[0].id}" has ${rows}; pass one value per respondent (NaN for missing)`
      );
    }
    if (!Number.isFinite(item.min) || !Number.isFinite(item.max) || item.min >= item.max) {
      throw new Error(
        `analyzeScaleReliability: scale "${id}": item "${item.id}" needs finite bounds with min < max, got ${item.min}–${item.max}`
      );
    }
    lo[i] = item.min;
    hi[i] = item.max;
    reversed[i] = item.reversed ? 1 : 0;
  });

  const moments = accumulateMoments(
    items.map((item) => item.values),
    rows,
    {
      lo,
      hi,
      reversed,
      describe: (i, r, value) =>
        `analyzeScaleReliability: scale "${id}": item "${items[i].id}" has value ${value} in row ${r}, outside its scale ${lo[i]}–${hi[i]}; treat it as missing (NaN) first`,
    }
  );
  const { n, cov, means } = moments;
  const allItems = items.map((_, i) => i);

  const issues: Issue[] = [];
  const language = options.language ?? "nl";
  const warn = (message: ReliabilityMessage): void => {
    issues.push({
      severity: "warning",
      code: message.code,
      message: reliabilityMessage(language, message),
    });
  };

  const reliability: ScaleReliability = {
    id,
    items: items.map((item) => item.id),
    reversed: items.filter((item) => item.reversed).map((item) => item.id),
    n,
    alpha: null,
    standardizedAlpha: null,
    averageR: null,
    // Mean and SD of the row means follow from the moments: mean = Σ means / k, var = 1ᵀC1 / k².
    scaleMean: n >= 1 ? sumItemMeans(means) / k : null,
    scaleSd: n >= 2 ? Math.sqrt(Math.max(0, sumScoreVariance(cov, k, allItems))) / k : null,
    itemStats: items.map((item): ItemStat => ({
      item: item.id,
      itemRestR: null,
      alphaIfDeleted: null,
    })),
  };

  if (k < 2) return { reliability, issues };

  if (n < MIN_CASES) {
    warn({ code: "RELIABILITY_TOO_FEW_CASES", scale: id, n, k, minCases: MIN_CASES });
    return { reliability, issues };
  }
  if (n < smallN) {
    warn({ code: "SMALL_N", scale: id, n, smallN });
  }

  // Items without variance are left out of alpha, the correlations and alpha-if-deleted, as
  // psych::alpha and SPSS RELIABILITY do (a constant adds nothing to the sum score's variance, but
  // counting it in k would lower alpha); they still count in scaleMean and scaleSd.
  const zeroVariance = items.map(
    (_, i) => !(cov[i * k + i] > TOLERANCE * (hi[i] - lo[i]) * (hi[i] - lo[i]))
  );
  const active = items.map((_, i) => i).filter((i) => !zeroVariance[i]);
  const alpha = alphaFromCovariance(cov, k, active);
  reliability.alpha = alpha;

  if (active.length >= 2) {
    const correlations: number[] = [];
    for (let a = 0; a < active.length; a++) {
      for (let b = a + 1; b < active.length; b++) {
        const i = active[a];
        const j = active[b];
        correlations.push(cov[i * k + j] / Math.sqrt(cov[i * k + i] * cov[j * k + j]));
      }
    }
    const averageR = mean(correlations);
    reliability.averageR = averageR;
    const denominator = 1 + (active.length - 1) * averageR;
    reliability.standardizedAlpha =
      denominator > TOLERANCE ? (active.length * averageR) / denominator : null;
  }

  items.forEach((item, i) => {
    const stat = reliability.itemStats[i];
    const others = active.filter((j) => j !== i);
    // One remaining item has no alpha (psych prints a covariance ratio there instead).
    stat.alphaIfDeleted = others.length >= 2 ? alphaFromCovariance(cov, k, others) : null;
    if (zeroVariance[i]) {
      warn({ code: "RELIABILITY_ZERO_VARIANCE", scale: id, item: item.id, n });
      return;
    }
    const restVariance = sumScoreVariance(cov, k, others);
    if (!(restVariance > TOLERANCE * sumItemVariances(cov, k, others))) return;
    let restCovariance = 0;
    for (const j of others) restCovariance += cov[i * k + j];
    const r = Math.max(-1, Math.min(1, restCovariance / Math.sqrt(cov[i * k + i] * restVariance)));
    stat.itemRestR = r;
    if (r < -TOLERANCE) {
      warn({
        code: "RELIABILITY_NEGATIVE_ITEM_REST",
        scale: id,
        item: item.id,
        r,
        reversed: item.reversed,
      });
    }
  });

  if (alpha !== null && alpha < -TOLERANCE) {
    warn({ code: "RELIABILITY_NEGATIVE_ALPHA", scale: id, alpha });
  }

  return { reliability, issues };
}

/** Σ of the item means (plain loop: simple-statistics' sum takes number[], not a Float64Array). */
function sumItemMeans(means: Float64Array): number {
  let total = 0;
  for (let i = 0; i < means.length; i++) total += means[i];
  return total;
}
