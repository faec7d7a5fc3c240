/**
 * Chart plans of the indicator report (./chartPlans.ts has the survey's): progress per
 * indicator (columns with a reference line at 100 %), value per group for each indicator and
 * group-by column (columns, the programme's expected value as reference line), and the trend per
 * period (the value as columns with the expected value as a line, or one column series per
 * group). Every field explicit, so the Office.js writer, the .xlsx chart parts and the task pane
 * draw the same chart. Lines need vertical columns (a line cannot cross horizontal bars).
 *
 * @example progressChart("NM_IndOverzicht", "Voortgang per indicator", "Voortgang (%)").referenceLine // { value: 100, label: "100 %", color: "#404040" }
 */
import { barChart, CHART_WIDTH_COLUMNS, LINE_COLOR, PALETTE } from "./chartPlans";
import type { ChartSpec } from "./reportModel";

const SIZE = { columns: CHART_WIDTH_COLUMNS, rows: 18 };

/** Progress per indicator from the overview table (column keys `name`, `progress`). */
export function progressChart(
  table: string,
  title: string,
  axisTitle: string,
  referenceLabel = "100 %"
): ChartSpec {
  return {
    ...barChart({ name: "NM_Chart_IndVoortgang", title, table }, "name"),
    series: [{ column: "progress", color: PALETTE[0] }],
    referenceLine: { value: 100, label: referenceLabel, color: LINE_COLOR },
    valueAxis: { title: axisTitle, min: 0, numberFormat: "0" },
    size: SIZE,
  };
}

/** Value per group (columns `group`, `value`), the programme's expected value as reference line. */
export function groupValueChart(
  name: string,
  table: string,
  title: string,
  axisTitle: string,
  expected: number | null,
  referenceLabel = "Verwachte waarde"
): ChartSpec {
  return {
    ...barChart({ name, title, table }, "group"),
    series: [{ column: "value", color: PALETTE[0] }],
    ...(expected !== null
      ? { referenceLine: { value: expected, label: referenceLabel, color: LINE_COLOR } }
      : {}),
    valueAxis: { title: axisTitle, numberFormat: "General" },
    size: SIZE,
  };
}

/**
 * A trend over periods (column `period`): one column series per value column, in palette order;
 * the column `expected` (the programme's expected value per period) as a line over them.
 */
export function trendChart(
  name: string,
  table: string,
  title: string,
  axisTitle: string,
  seriesColumns: string[]
): ChartSpec {
  let colour = 0;
  return {
    ...barChart({ name, title, table }, "period"),
    series: seriesColumns.map((column) =>
      column === "expected"
        ? { column, color: LINE_COLOR, draw: "line" as const }
        : { column, color: PALETTE[colour++ % PALETTE.length] }
    ),
    valueAxis: { title: axisTitle, numberFormat: "General" },
    size: SIZE,
  };
}
