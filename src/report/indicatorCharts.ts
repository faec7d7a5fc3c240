/**
 * Chart plans of the indicator report, in one place so they can follow the chart-plan fields
 * (kind, stacking, orientation, reference line) as those grow: progress per indicator (bars with a
 * reference line at 100 %), value per group for each indicator and group-by column (columns, with
 * the programme's expected value as reference line), and the trend per period (value and expected
 * value, and one series per group).
 *
 * Reference: ARCHITECTURE §1 (chart specs are engine-neutral: table, category column, series).
 *
 * @example progressChart("NM_IndOverzicht", "Voortgang per indicator") // { kind: "barClustered", referenceLine: 100, … }
 */
import type { ChartSpec } from "./reportModel";

/** Progress per indicator from the overview table (column keys `name`, `progress`). */
export function progressChart(table: string, title: string, axisTitle: string): ChartSpec {
  return {
    name: "NM_Chart_IndVoortgang",
    kind: "barClustered",
    title,
    table,
    categoryColumn: "name",
    seriesColumns: ["progress"],
    valueAxisTitle: axisTitle,
    referenceLine: 100,
  };
}

/** Value per group (columns `group`, `value`), the programme's expected value as reference line. */
export function groupValueChart(
  name: string,
  table: string,
  title: string,
  axisTitle: string,
  expected: number | null
): ChartSpec {
  return {
    name,
    kind: "columnClustered",
    title,
    table,
    categoryColumn: "group",
    seriesColumns: ["value"],
    valueAxisTitle: axisTitle,
    ...(expected !== null ? { referenceLine: expected } : {}),
  };
}

/** A trend over periods (column `period`), one series per value column. */
export function trendChart(
  name: string,
  table: string,
  title: string,
  axisTitle: string,
  seriesColumns: string[]
): ChartSpec {
  return {
    name,
    kind: "columnClustered",
    title,
    table,
    categoryColumn: "period",
    seriesColumns,
    valueAxisTitle: axisTitle,
  };
}
