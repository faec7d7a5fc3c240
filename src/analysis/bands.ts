/**
 * Bands: turns a numeric background column (inhabitants, budget, …) into a few ordered groups, so
 * it can be used to split the results. A column of 62 different inhabitant counts is useless as a
 * group column (62 groups of one network, all suppressed); "< 15.000 / 15.000–50.000 / ≥ 50.000"
 * is what seed 000 reports.
 *
 * Bands are half-open intervals [lower, upper): a value equal to a cut point belongs to the band
 * above it, so with cut 15000 the value 15000 is in "15.000–50.000" (as seed 000's "< 15k").
 * Cut points come from the analyst (`--bands INWONERS:15000,50000`) or from quantiles of the data
 * (`--bands INWONERS:q3` = tertiles, R's `quantile(x, type = 7)` via simple-statistics).
 */
import { quantile } from "simple-statistics";
import type { Language } from "./language";
import { createFormat } from "./numberFormat";
import type { BandSpecProblem } from "./analyzeMessages";
import { analyzeMessage } from "./analyzeMessages";

/** A band request: a column and either fixed cut points or a number of quantile groups. */
export interface BandSpec {
  column: string;
  /** Ascending cut points (fixed bands). */
  cuts?: number[];
  /** Number of quantile groups (2–10). */
  quantiles?: number;
}

/** A band specification that cannot be read; `message` says why, in the user's language. */
export class BandSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BandSpecError";
  }
}

/**
 * Reads a number as people type it: "15000", "15.000" (Dutch thousands), "15 000", "12,5"
 * (decimal comma), "1,234.5". Returns NaN for anything else.
 *
 * @example parseLooseNumber("15.000") // 15000
 * @example parseLooseNumber("12,5") // 12.5
 */
export function parseLooseNumber(text: string): number {
  let compact = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "" || !/^[+-]?[\d.,]+$/.test(compact)) return NaN;
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact))
    compact = compact.replace(/\./g, "").replace(",", ".");
  else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) compact = compact.replace(/,/g, "");
  else if (/^[+-]?\d+,\d+$/.test(compact)) compact = compact.replace(",", ".");
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(compact) ? Number(compact) : NaN;
}

/**
 * Reads `COLUMN:CUT,CUT,…` or `COLUMN:qK`.
 *
 * @example parseBandSpec("INWONERS:15000,50000") // { column: "INWONERS", cuts: [15000, 50000] }
 * @example parseBandSpec("INWONERS:q3") // { column: "INWONERS", quantiles: 3 }
 * @throws {BandSpecError} when the text has no column, no cut points, or cut points that are not
 * ascending numbers
 */
export function parseBandSpec(text: string, language: Language = "nl"): BandSpec {
  const wrong = (problem: BandSpecProblem) =>
    new BandSpecError(analyzeMessage(language, { code: "BAD_BANDS", spec: text, problem }));
  const colon = text.lastIndexOf(":");
  const column = colon > 0 ? text.slice(0, colon).trim() : "";
  const rest = colon > 0 ? text.slice(colon + 1).trim() : "";
  if (column === "" || rest === "") throw wrong("form");
  const quantileMatch = /^q(\d+)$/i.exec(rest);
  if (quantileMatch) {
    const count = Number(quantileMatch[1]);
    if (count < 2 || count > 10) throw wrong("quantiles");
    return { column, quantiles: count };
  }
  // Cut points are separated by commas; a Dutch "15.000" is one number, "12,5" cannot be used.
  const cuts = rest.split(",").map((part) => parseLooseNumber(part));
  if (
    cuts.some((cut) => !Number.isFinite(cut)) ||
    cuts.some((cut, i) => i > 0 && cut <= cuts[i - 1])
  )
    throw wrong("cuts");
  return { column, cuts };
}

/** A cut point as shown in a label: "15.000" in Dutch, "15,000" in English. */
export function formatCut(value: number, language: Language): string {
  return createFormat(language).atMost(value, 2);
}

/**
 * The labels of the bands for ascending cut points, lowest first.
 *
 * @example bandLabels([15000, 50000], "nl") // ["< 15.000", "15.000–50.000", "≥ 50.000"]
 */
export function bandLabels(cuts: readonly number[], language: Language): string[] {
  if (cuts.length === 0) return [];
  const shown = cuts.map((cut) => formatCut(cut, language));
  const labels = [`< ${shown[0]}`];
  for (let i = 1; i < shown.length; i += 1) labels.push(`${shown[i - 1]}–${shown[i]}`);
  labels.push(`≥ ${shown[shown.length - 1]}`);
  return labels;
}

/**
 * Cut points that split the numbers into `groups` quantile groups (R type 7), without duplicates
 * (many equal values can make two quantiles coincide; then there are fewer bands).
 *
 * @example quantileCuts([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3) // [4, 7]; R: quantile(1:10, c(1/3, 2/3))
 */
export function quantileCuts(numbers: readonly number[], groups: number): number[] {
  if (numbers.length === 0) return [];
  const probabilities = Array.from({ length: groups - 1 }, (_, i) => (i + 1) / groups);
  const cuts = quantile([...numbers], probabilities) as number[];
  const minimum = Math.min(...numbers);
  // A cut at the minimum would leave the lowest band empty.
  return [...new Set(cuts)].filter((cut) => cut > minimum).sort((a, b) => a - b);
}

/** A numeric column turned into bands. */
export interface BandedValues {
  /** The band label per respondent; null when the value is blank or not a number. */
  values: (string | null)[];
  /** The band labels, lowest first (the order of the groups). */
  order: string[];
  cuts: number[];
  /** Zero-based positions of values that are not numbers (left out of every band). */
  notNumbers: number[];
}

/**
 * Puts each value in its band.
 *
 * @example
 * bandValues(["12000", "15000", null, "80.000"], { column: "INWONERS", cuts: [15000, 50000] }, "nl").values
 * // ["< 15.000", "15.000–50.000", null, "≥ 50.000"]
 */
export function bandValues(
  values: readonly (string | null)[],
  spec: BandSpec,
  language: Language
): BandedValues {
  const numbers = values.map((value) => (value === null ? NaN : parseLooseNumber(value)));
  const notNumbers = values
    .map((value, i) => (value !== null && Number.isNaN(numbers[i]) ? i : -1))
    .filter((i) => i >= 0);
  const cuts =
    spec.cuts ??
    quantileCuts(
      numbers.filter((number) => Number.isFinite(number)),
      spec.quantiles ?? 3
    );
  const order = bandLabels(cuts, language);
  const banded = numbers.map((number) => {
    if (!Number.isFinite(number)) return null;
    let band = 0;
    while (band < cuts.length && number >= cuts[band]) band += 1;
    return order[band] ?? null;
  });
  return { values: banded, order, cuts, notNumbers };
}
