/**
 * Draws a planned chart (src/workbook/chartData.ts) with Office.js, queued into the caller's
 * batch: `charts.add(type, seriesRange, "Columns")` over the series block (header row = series
 * names), categories from their column (ChartAxis.setCategoryNames, ExcelApi 1.7), named, titled,
 * placed with setPosition, coloured per series as the plan says; line and marker series
 * (reference line, gap, reference figures) switch their own chartType to "LineMarkers"
 * (ChartSeries.chartType, ExcelApi 1.7: that is what makes a mixed bar + line chart possible);
 * marker series hide their line (ChartLineFormat.lineStyle "None"). Nothing here looks at names:
 * the chart's shape is the plan's (src/report/chartPlans.ts → src/workbook/chartData.ts). ChartSeries.markerStyle is not set: it fails with InvalidOperation
 * on the web (office-js#1729) and on iPad (office-js#1538), and "LineMarkers" draws Excel's
 * automatic markers anyway. Series names are cut to Excel's 255 characters.
 *
 * `decorated: false` leaves out what only formats (axis order and bounds, axis titles and number
 * format, legend position, colours): drawCharts.ts retries with it when a platform refuses one
 * of those calls (reversePlotOrder and axis calls on iPad, office-js#1688).
 */
import { rectAddress } from "../report/names";
import type { PlanChart } from "../workbook/port";
import type { IsSetSupported } from "./runtime";

/** Office's points per character of column width (Calibri 11: about 7 px, 0.75 pt per px). */
const POINTS_PER_CHARACTER = 5.6;
const COLUMN_PADDING_POINTS = 5;

/** Column width in points for a width in characters. */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * POINTS_PER_CHARACTER + COLUMN_PADDING_POINTS);
}

/** Excel's limit on a series name. */
export const MAX_SERIES_NAME_LENGTH = 255;

/** Queues the commands that draw one chart on `sheet`. */
export function queueChart(
  sheet: Excel.Worksheet,
  chart: PlanChart,
  isSetSupported: IsSetSupported,
  options: { decorated?: boolean } = {}
): void {
  const decorated = options.decorated ?? true;
  const { source, placement } = chart;
  const seriesRange = sheet.getRangeByIndexes(
    source.headerRow,
    source.firstSeriesColumn,
    source.rowCount + 1,
    source.seriesCount
  );
  const drawn = sheet.charts.add(chart.type, seriesRange, "Columns");
  drawn.name = chart.name;
  drawn.title.text = chart.title;
  const categories = sheet.getRangeByIndexes(
    source.headerRow + 1,
    source.categoryColumn,
    source.rowCount,
    1
  );
  drawn.axes.categoryAxis.setCategoryNames(categories);
  if (decorated) {
    if (chart.reverseCategories) drawn.axes.categoryAxis.reversePlotOrder = true;
    const valueAxis = drawn.axes.valueAxis;
    if (chart.valueAxis.minimum !== undefined) valueAxis.minimum = chart.valueAxis.minimum;
    if (chart.valueAxis.maximum !== undefined) valueAxis.maximum = chart.valueAxis.maximum;
    if (chart.valueAxis.title) valueAxis.title.text = chart.valueAxis.title;
    if (chart.valueAxis.numberFormat && isSetSupported("ExcelApi", "1.8"))
      valueAxis.numberFormat = chart.valueAxis.numberFormat;
  }

  if (chart.legend === "None") drawn.legend.visible = false;
  else {
    drawn.legend.visible = true;
    if (decorated) drawn.legend.position = chart.legend;
  }

  for (let index = 0; index < source.seriesCount; index += 1) {
    const series = drawn.series.getItemAt(index);
    const name = chart.seriesNames[index];
    if (name !== undefined) series.name = name.slice(0, MAX_SERIES_NAME_LENGTH);
    const color = decorated ? (chart.seriesColors[index] ?? null) : null;
    const draw = chart.seriesDraw[index] ?? "bar";
    if (draw === "bar") {
      if (color) series.format.fill.setSolidColor(color);
      continue;
    }
    series.chartType = "LineMarkers";
    // A marker series (a target per category) hides its line; only where formatting is allowed.
    if (draw === "marker" && decorated) series.format.line.lineStyle = "None";
    else if (color) series.format.line.color = color;
  }

  drawn.setPosition(
    rectAddress({ row: placement.row, column: placement.column, rowCount: 1, columnCount: 1 }),
    rectAddress({
      row: placement.row + placement.rowCount - 1,
      column: placement.column + placement.columnCount - 1,
      rowCount: 1,
      columnCount: 1,
    })
  );
}
