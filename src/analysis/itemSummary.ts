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
  const counts = new Array<number>(scale.points.length).fill(0);
  const total = rows ? rows.length : column.values.length;
  const tally = new Float64Array(3);
  countAnswers(column, rows, counts, consecutive ? scale.min : null, codeIndex, tally);
  const missing = tally[MISSING];
  const invalid = tally[INVALID];
  const dontKnow = tally[DONT_KNOW];
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

/** Where countAnswers counts the answers that are not valid. */
const MISSING = 0;
const INVALID = 1;
const DONT_KNOW = 2;

/**
 * The counting pass of summarizeItem, a function of its own: it runs once per item over every
 * respondent, mostly before V8 has optimised it, and the code V8 compiles while in this loop
 * (on-stack replacement) is reused for the next item: it should hold nothing the loop has not run
 * yet (a result object made after the loop made it deoptimise once per item). Adds each valid
 * answer to `counts` (indexed by code − `offset`, or through `codeIndex` when the codes are not
 * consecutive) and the others to `tally` (missing, invalid, don't know).
 */
function countAnswers(
  column: Pick<ItemColumn, "values" | "status">,
  rows: ArrayLike<number> | undefined,
  counts: number[],
  offset: number | null,
  codeIndex: ReadonlyMap<number, number>,
  tally: Float64Array
): void {
  const { values, status: statuses } = column;
  const total = rows ? rows.length : values.length;
  const VALID = ANSWER_STATUS.valid;
  const STATUS_DONT_KNOW = ANSWER_STATUS.dontKnow;
  const STATUS_INVALID = ANSWER_STATUS.invalid;
  for (let k = 0; k < total; k += 1) {
    const index = rows ? rows[k] : k;
    const status = statuses[index];
    if (status === VALID) {
      const code = values[index];
      counts[offset !== null ? code - offset : codeIndex.get(code)!] += 1;
    } else if (status === STATUS_DONT_KNOW) tally[DONT_KNOW] += 1;
    else {
      tally[MISSING] += 1;
      if (status === STATUS_INVALID) tally[INVALID] += 1;
    }
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
  counts: readonly number[],
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
