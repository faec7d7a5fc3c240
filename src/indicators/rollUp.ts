/**
 * Roll-up of one unit's rows into one reporting period, and flows counted since the start
 * (docs/indicators.md §1 "Periods", §2 "Cumulative"): a flow (`stroom`) adds its sub-periods (for
 * percentage and verhouding tellers and noemers add separately); a stock (`stand`) takes the
 * latest sub-period with data inside the period (nothing carried in from earlier periods); type
 * `gemiddelde` rolls up as the n-weighted mean. Rows of several dimension categories in one
 * sub-period add up to the unit's total.
 *
 * Reference: SDMX/DHIS2 aggregation types SUM (flows) and LAST (stocks, "last value in period").
 *
 * @example rollUpRows([{ value: 10, period: q1 }, { value: 15, period: q2 }], flowCount).value // 25
 */
import type { UnitCell } from "./aggregate";
import { weightedMean } from "./aggregate";
import type { IndicatorDefinition, Measurement } from "./kader";
import { periodSortKey } from "./period";

/** A unit's figures for one period, with what the report shows beside them. */
export interface RolledCell extends UnitCell {
  /** Latest data date of the rows (yyyy-mm-dd). */
  dataDate: string | null;
  comments: string[];
  sources: string[];
  /** A mean taken without n on every row. */
  unweighted: boolean;
}

type RowFigures = Pick<Measurement, "value" | "numerator" | "denominator" | "period"> &
  Partial<Pick<Measurement, "dataDate" | "comment" | "source">>;

/** Combines cells of one unit by adding (counts, tellers/noemers) or by the n-weighted mean. */
export function combineCells(
  cells: readonly UnitCell[],
  definition: Pick<IndicatorDefinition, "type">
): UnitCell & { unweighted: boolean } {
  if (definition.type === "gemiddelde") {
    const mean = weightedMean(
      cells.map((cell) => cell.value ?? null),
      cells.map((cell) => cell.denominator ?? null)
    );
    return { value: mean.value, denominator: mean.n, unweighted: mean.unweighted };
  }
  if (definition.type === "aantal") {
    let value = 0;
    for (const cell of cells) value += cell.value ?? 0;
    return { value, unweighted: false };
  }
  let numerator = 0;
  let denominator = 0;
  for (const cell of cells) {
    numerator += cell.numerator ?? 0;
    denominator += cell.denominator ?? 0;
  }
  return { numerator, denominator, unweighted: false };
}

const NONE: string[] = [];

/** Rolls one unit's rows inside one reporting period up into one cell. */
export function rollUpRows(
  rows: readonly RowFigures[],
  definition: Pick<IndicatorDefinition, "type" | "kind">
): RolledCell {
  if (rows.length === 1) {
    // The common case (one row per unit and period): no arrays to filter or sort.
    const row = rows[0];
    return {
      value:
        definition.type === "aantal" || definition.type === "gemiddelde" ? row.value : undefined,
      numerator: row.numerator,
      denominator: row.denominator,
      unweighted: definition.type === "gemiddelde" && row.denominator === null,
      dataDate: row.dataDate ?? null,
      comments: row.comment ? [row.comment] : NONE,
      sources: row.source ? [row.source] : NONE,
    };
  }
  let used = rows;
  if (definition.kind === "stand" && definition.type !== "gemiddelde") {
    let latest = -Infinity;
    for (const row of rows) latest = Math.max(latest, periodSortKey(row.period));
    used = rows.filter((row) => periodSortKey(row.period) === latest);
  }
  const combined = combineCells(used, definition);
  let dataDate: string | null = null;
  const comments: string[] = [];
  const sources: string[] = [];
  for (const row of used) {
    if (row.dataDate && (dataDate === null || row.dataDate > dataDate)) dataDate = row.dataDate;
    if (row.comment) comments.push(row.comment);
    if (row.source && !sources.includes(row.source)) sources.push(row.source);
  }
  // Sorted, so the order of rows in the sheet never changes a figure or a text.
  return { ...combined, dataDate, comments: comments.sort(), sources: sources.sort() };
}
