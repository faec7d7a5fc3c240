/**
 * The distribution of one statement: n, missing, don't-know, counts for every scale point (zeros
 * kept), percentages per point and per band (low / neutral / high), mean, sample SD and median.
 * This is one row of the indicator tables of seed 002.
 */
import type { CodebookItem } from "./codebook";
import type { ItemColumn } from "./dataset";
import { ANSWER_STATUS } from "./dataset";
import { legacyBandPercentage, roundHalfUp } from "./rounding";
import type { ItemSummary, PercentBase, RoundingMode } from "./results";

export interface ItemSummaryOptions {
  base: PercentBase;
  rounding: RoundingMode;
  /**
   * Suppress percentages, counts, mean, SD and median when the base is below this size (group
   * cells; disclosure control, docs/methods.md); 0 = never. n and the base stay visible.
   */
  minCell?: number;
  language?: "nl" | "en";
}

/**
 * Summarises the answers of one item for the respondents selected by `rows` (all when omitted).
 *
 * Mean, SD and median are computed from the category counts: exact for integer codes and O(n),
 * where sorting 100,000 values per item would dominate the run time (simple-statistics needs
 * the raw arrays). SD is the sample SD (n − 1), as R's sd().
 *
 * @example
 * // codes 1,2,2,4,5 plus one blank: n = 5, mean = 2.8, sd = 1.643168, median = 2
 */
export function summarizeItem(
  column: Pick<ItemColumn, "item" | "values" | "status">,
  options: ItemSummaryOptions,
  rows?: ArrayLike<number>
): ItemSummary {
  const item: CodebookItem = column.item;
  const scale = item.scale;
  const codeIndex = new Map<number, number>();
  scale.points.forEach((point, index) => codeIndex.set(point.code, index));
  // Built-in scales and ranges have consecutive codes: index by offset, no Map lookup per answer.
  const consecutive = scale.points.every((point, index) => point.code === scale.min + index);
  const counts = new Float64Array(scale.points.length);
  const total = rows ? rows.length : column.values.length;
  // Indexed by ANSWER_STATUS: how many answers of each kind that is not valid.
  const tally = new Float64Array(4);
  if (!consecutive) countByCodeIndex(column, rows, counts, codeIndex, tally);
  else if (rows) {
    const subset = selectRows(column, rows);
    countAll(subset.values, subset.status, total, scale.min, counts, tally);
  } else countAll(column.values, column.status, total, scale.min, counts, tally);
  const invalid = tally[ANSWER_STATUS.invalid];
  const missing = tally[ANSWER_STATUS.missing] + invalid;
  const dontKnow = tally[ANSWER_STATUS.dontKnow];
  const n = total - missing - dontKnow;
  const baseN = options.base === "valid" ? n : total;
  const minCell = options.minCell ?? 0;
  const suppressed =
    baseN === 0
      ? undefined
      : baseN < minCell
        ? suppressionReason(baseN, minCell, options.language ?? "nl")
        : undefined;
  const showPercentages = baseN > 0 && suppressed === undefined;

  const countsByCode: Record<string, number | null> = {};
  const pcts: Record<string, number | null> = {};
  scale.points.forEach((point, index) => {
    countsByCode[String(point.code)] = suppressed === undefined ? counts[index] : null;
    const raw = (100 * counts[index]) / baseN;
    pcts[String(point.code)] = showPercentages
      ? options.rounding === "legacy"
        ? roundHalfUp(raw, 1)
        : raw
      : null;
  });
  const band = (codes: number[]): number | null => {
    if (!showPercentages) return null;
    const bandCounts = codes.map((code) => counts[codeIndex.get(code)!]);
    if (options.rounding === "legacy") return legacyBandPercentage(bandCounts, baseN);
    return (100 * bandCounts.reduce((sum, count) => sum + count, 0)) / baseN;
  };

  let sum = 0;
  let sumSquares = 0;
  scale.points.forEach((point, index) => {
    sum += point.code * counts[index];
    sumSquares += point.code * point.code * counts[index];
  });
  const mean = n > 0 ? sum / n : null;
  // Sample variance from sums of squares; codes are small integers, so cancellation is harmless.
  const sd =
    n > 1 && mean !== null
      ? Math.sqrt(Math.max(0, (sumSquares - n * mean * mean) / (n - 1)))
      : null;

  return {
    id: item.id,
    label: item.label,
    scale: scale.id,
    construct: item.construct,
    domain: item.domain,
    section: item.section,
    reversed: item.reversed,
    n,
    missing,
    invalid,
    dontKnow,
    baseN,
    counts: countsByCode,
    pcts,
    pctLow: band(scale.lowCodes),
    pctNeutral: scale.neutralCodes.length > 0 ? band(scale.neutralCodes) : null,
    pctHigh: band(scale.highCodes),
    mean: suppressed === undefined ? mean : null,
    sd: suppressed === undefined ? sd : null,
    median:
      suppressed === undefined
        ? medianFromCounts(
            scale.points.map((point) => point.code),
            counts,
            n
          )
        : null,
    ...(suppressed ? { suppressed } : {}),
    ...(item.reference ? { reference: { ...item.reference } } : {}),
  };
}

/** ANSWER_STATUS.valid, read once (a module constant, not a property load in the loops). */
const VALID = ANSWER_STATUS.valid;

/**
 * The counting pass of summarizeItem for consecutive codes: adds each valid answer to
 * `counts[code − offset]` and every other answer to `tally[status]`. A function of its own that
 * reads only its arguments (typed arrays and numbers): it runs once per item, the first time
 * before V8 has optimised it, and code V8 compiles while in this loop (on-stack replacement) is
 * reused for the next items only when the function holds no property access that ran before V8
 * started recording types (a destructured `column` here made it deoptimise on the second item, so
 * 44 of 45 items ran unoptimised). A group's answers are first copied out (selectRows), which
 * keeps this loop free of a branch per answer that cost the whole sample 15 % of its counting.
 */
function countAll(
  values: Float64Array,
  statuses: Uint8Array,
  total: number,
  offset: number,
  counts: Float64Array,
  tally: Float64Array
): void {
  for (let index = 0; index < total; index += 1) {
    const status = statuses[index];
    if (status === VALID) counts[values[index] - offset] += 1;
    else tally[status] += 1;
  }
}

/** The answers (codes and statuses) of the respondents listed in `rows`, in that order. */
function selectRows(
  column: Pick<ItemColumn, "values" | "status">,
  rows: ArrayLike<number>
): Pick<ItemColumn, "values" | "status"> {
  const values = new Float64Array(rows.length);
  const status = new Uint8Array(rows.length);
  for (let k = 0; k < rows.length; k += 1) {
    values[k] = column.values[rows[k]];
    status[k] = column.status[rows[k]];
  }
  return { values, status };
}

/** The counting pass for codes that are not consecutive: each code's place looked up in `codeIndex`. */
function countByCodeIndex(
  column: Pick<ItemColumn, "values" | "status">,
  rows: ArrayLike<number> | undefined,
  counts: Float64Array,
  codeIndex: ReadonlyMap<number, number>,
  tally: Float64Array
): void {
  const total = rows ? rows.length : column.values.length;
  for (let k = 0; k < total; k += 1) {
    const index = rows ? rows[k] : k;
    const status = column.status[index];
    if (status === VALID) counts[codeIndex.get(column.values[index])!] += 1;
    else tally[status] += 1;
  }
}

/**
 * Median of integer codes from their counts (the mean of the two middle values when n is even,
 * as R's median()).
 *
 * @example medianFromCounts([1, 2, 3], [1, 2, 1], 4) // 2
 */
export function medianFromCounts(
  codes: readonly number[],
  counts: ArrayLike<number>,
  n: number
): number | null {
  if (n === 0) return null;
  const valueAt = (position: number): number => {
    let seen = 0;
    for (let index = 0; index < codes.length; index += 1) {
      seen += counts[index];
      if (position < seen) return codes[index];
    }
    return codes[codes.length - 1];
  };
  if (n % 2 === 1) return valueAt((n - 1) / 2);
  return (valueAt(n / 2 - 1) + valueAt(n / 2)) / 2;
}

function suppressionReason(baseN: number, minCell: number, language: "nl" | "en"): string {
  return language === "nl"
    ? `Percentages, aantallen en gemiddelde niet getoond: basis ${baseN} is kleiner dan de minimale celgrootte ${minCell}.`
    : `Percentages, counts and mean not shown: base ${baseN} is below the minimum cell size ${minCell}.`;
}
