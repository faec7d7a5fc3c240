/**
 * Aggregation over reporting units (docs/indicators.md §2 "Value over units"): the sum of counts,
 * the ratio of sums (Σteller / Σnoemer: the pooled rate), the mean of the units' own ratios, and
 * the (n-weighted) mean. Ratio of sums and mean of ratios differ on purpose: 900/3000 and
 * 100/2000 give 20.0 % pooled and 17.5 % as a mean of ratios. Hand-written: four one-line sums.
 *
 * Reference: DHIS2 indicator aggregation (numerator and denominator aggregated separately);
 * OECD Handbook on Constructing Composite Indicators (2008) on means of ratios.
 *
 * @example aggregateCells([{ numerator: 900, denominator: 3000 }, { numerator: 100, denominator: 2000 }], "verhouding van sommen", 100).value // 20
 * @example aggregateCells([{ numerator: 900, denominator: 3000 }, { numerator: 100, denominator: 2000 }], "gemiddelde van verhoudingen", 100).value // 17.5
 */
import type { Aggregation } from "./kader";

/** One unit's figures for one period (after roll-up). */
export interface UnitCell {
  /** For aantal and gemiddelde. */
  value?: number | null;
  numerator?: number | null;
  /** For percentage and verhouding; for gemiddelde its n (null when not every row had one). */
  denominator?: number | null;
}

export interface Aggregate {
  value: number | null;
  /** Σteller / Σnoemer of the units (null for aantal and gemiddelde). */
  numerator: number | null;
  denominator: number | null;
  /** True when a mean was taken unweighted because not every unit had n. */
  unweighted: boolean;
}

/**
 * The value of one unit's cell: multiplier × teller / noemer (in that order, so 57 of 100 is
 * exactly 57 and not 56.99999999999999), or its value; null for 0/0.
 */
export function cellValue(cell: UnitCell, multiplier: number, ratio: boolean): number | null {
  if (!ratio) return cell.value ?? null;
  if (cell.numerator == null || cell.denominator == null || cell.denominator === 0) return null;
  return (multiplier * cell.numerator) / cell.denominator;
}

/**
 * Aggregates units' cells. `multiplier` is 100 for a percentage, the factor for a verhouding, and
 * unused otherwise. `ratio` (default: aggregation needs it) says the cells carry teller/noemer.
 */
export function aggregateCells(
  cells: readonly UnitCell[],
  aggregation: Aggregation,
  multiplier: number,
  ratio = aggregation === "verhouding van sommen" || aggregation === "gemiddelde van verhoudingen"
): Aggregate {
  let numerator: number | null = null;
  let denominator: number | null = null;
  if (ratio) {
    numerator = 0;
    denominator = 0;
    for (const cell of cells) {
      numerator += cell.numerator ?? 0;
      denominator += cell.denominator ?? 0;
    }
  }
  const result = (value: number | null, unweighted = false): Aggregate => ({
    value: cells.length === 0 ? null : value,
    numerator: cells.length === 0 ? null : numerator,
    denominator: cells.length === 0 ? null : denominator,
    unweighted,
  });
  switch (aggregation) {
    case "som": {
      let sum = 0;
      for (const cell of cells) sum += cellValue(cell, multiplier, ratio) ?? 0;
      return result(sum);
    }
    case "verhouding van sommen":
      return result(denominator! > 0 ? (multiplier * numerator!) / denominator! : null);
    case "gemiddelde van verhoudingen": {
      // 0/0 counts as reporting but has no ratio: it is left out of the mean.
      const ratios = cells
        .map((cell) => cellValue(cell, multiplier, true))
        .filter((value): value is number => value !== null);
      return result(ratios.length ? ratios.reduce((a, b) => a + b, 0) / ratios.length : null);
    }
    case "gemiddelde": {
      const mean = weightedMean(
        cells.map((cell) => cellValue(cell, multiplier, ratio)),
        cells.map((cell) => (ratio ? null : (cell.denominator ?? null)))
      );
      return result(mean.value, mean.unweighted);
    }
  }
}

/**
 * The mean of values weighted by n when every value has an n, else the plain mean (and
 * `unweighted: true` when some but not all had one, or none did while weights were expected).
 *
 * @example weightedMean([4, 2], [30, 10]) // { value: 3.5, n: 40, unweighted: false }
 */
export function weightedMean(
  values: readonly (number | null)[],
  weights: readonly (number | null)[]
): { value: number | null; n: number | null; unweighted: boolean } {
  const pairs = values
    .map((value, index) => ({ value, weight: weights[index] ?? null }))
    .filter((pair): pair is { value: number; weight: number | null } => pair.value !== null);
  if (pairs.length === 0) return { value: null, n: null, unweighted: false };
  if (pairs.every((pair) => pair.weight !== null && pair.weight > 0)) {
    let sum = 0;
    let n = 0;
    for (const pair of pairs) {
      sum += pair.value * pair.weight!;
      n += pair.weight!;
    }
    return { value: sum / n, n, unweighted: false };
  }
  const mean = pairs.reduce((total, pair) => total + pair.value, 0) / pairs.length;
  return { value: mean, n: null, unweighted: true };
}
