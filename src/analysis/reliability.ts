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
 * Accumulates {@link Moments} with Welford's online update (numerically stable, one pass, one
 * reusable buffer, no allocation per row). Rows with a NaN in any item are skipped (listwise
 * deletion). Values outside [lo, hi] throw `bounds.describe(…)`; reversed items are
 * reverse-keyed on the fly.
 */
function accumulateMoments(
  columns: readonly ArrayLike<number>[],
  rows: number,
  bounds: MomentBounds
): Moments {
  const k = columns.length;
  const means = new Float64Array(k);
  const comoments = new Float64Array(k * k);
  const { lo, hi, reversed } = bounds;
  // The scratch buffer of accumulateRows, made here: an allocation there, before its loop, would
  // also make it deoptimise (see there).
  const delta = new Float64Array(k);
  const n = accumulateRows(columns, k, rows, lo, hi, reversed, means, comoments, delta);
  if (n < 0) {
    // accumulateRows returns −(r·k + i) − 1 for the first value outside its bounds.
    const position = -n - 1;
    const item = position % k;
    const row = (position - item) / k;
    throw new Error(bounds.describe(item, row, columns[item][row]));
  }
  const cov = new Float64Array(k * k);
  if (n >= 2) {
    for (let i = 0; i < k; i++) {
      for (let j = i; j < k; j++) {
        const c = comoments[i * k + j] / (n - 1);
        cov[i * k + j] = c;
        cov[j * k + i] = c;
      }
    }
  }
  return { n, k, means, cov };
}

/**
 * The pass over the rows of accumulateMoments: updates `means` and the upper triangle of
 * `comoments` and returns the number of complete rows, or −(r·k + i) − 1 for the first value
 * (row r, item i) outside [lo[i], hi[i]] (the caller throws). A function of its own that reads
 * only its arguments (arrays and numbers; `delta` is a scratch buffer of length k) and
 * does nothing before its loop: it runs once per scale, the first time before V8 has optimised
 * it, and the code V8 compiles while in this loop (on-stack replacement) is kept for the next
 * scales only if nothing in it ran before V8 started recording types (V8 records them only once a
 * function has run for a while; a property read or an allocation before the loop made it
 * deoptimise on the second scale).
 */
function accumulateRows(
  columns: readonly ArrayLike<number>[],
  k: number,
  rows: number,
  lo: Float64Array,
  hi: Float64Array,
  reversed: Uint8Array,
  means: Float64Array,
  comoments: Float64Array,
  delta: Float64Array
): number {
  let n = 0;
  for (let r = 0; r < rows; r++) {
    let complete = true;
    for (let i = 0; i < k; i++) {
      let value = columns[i][r];
      const low = lo[i];
      const high = hi[i];
      // One comparison pair for both tests: NaN (missing) fails it too.
      if (!(value >= low && value <= high)) {
        if (value !== value) {
          complete = false;
          break;
        }
        return -(r * k + i) - 1;
      }
      // Inlined reverseCode(value, lo, hi): bounds were validated once, not per value.
      if (reversed[i] === 1) value = low + high - value;
      // δ = value − mean, taken now: the means change only once the row is known complete.
      delta[i] = value - means[i];
    }
    if (!complete) continue;
    n += 1;
    for (let i = 0; i < k; i++) means[i] += delta[i] / n;
    // C_n = C_(n−1) + (n−1)/n · δδᵀ, upper triangle only (the matrix is symmetric).
    const factor = (n - 1) / n;
    for (let i = 0; i < k; i++) {
      const di = delta[i] * factor;
      const offset = i * k;
      for (let j = i; j < k; j++) comoments[offset + j] += di * delta[j];
    }
  }
  return n;
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
