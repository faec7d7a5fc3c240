/**
 * From a Report's ChartSpec (a chart plan, src/report/chartPlans.ts) to a placed PlanChart: which
 * cells hold the categories and the series. The plan says everything about the chart's shape
 * (kind, orientation, stacking, series, colours, reference line, axis, size); this file only finds
 * the cells, and never guesses a shape from column or chart names.
 *
 * A chart reads its table directly when the table already holds the plan's data in place
 * (categories in one column, the series side by side, one row per category, nothing negated, no
 * reference line). Otherwise a small chart data block is planned right of the chart:
 * - rows without any value for the chart are left out (the item rows of the reliability table);
 * - a `pivot` plan turns a long table (domain × role rows) into categories × series;
 * - `negative` series (the low band of a diverging Likert bar) are written negated;
 * - a reference line (alpha 0.70) becomes a constant line series.
 */
import type { Language } from "../analysis/language";
import type { ChartSeriesDraw, ChartSpec, ReportTable } from "../report/reportModel";
import type { WrittenCell } from "./cells";
import { writtenCell } from "./cells";
import type { PlanChart, PlanChartData, PlanChartType, PlanTable } from "./port";

export { CHART_WIDTH_COLUMNS } from "../report/chartPlans";

export interface ChartPlacementInput {
  spec: ChartSpec;
  /** The table holding the chart's data, and where it is written. */
  table: ReportTable;
  planned: PlanTable;
  sheet: string;
  /** Top-left cell of the chart (the spec's anchor wins). */
  row: number;
  column: number;
  language: Language;
}

export interface PlannedChart {
  chart: PlanChart;
  /** The chart data block, when the chart cannot read its table directly. */
  data?: PlanChartData;
}

const isNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/** The Excel chart type for the plan's orientation and stacking. */
export function excelChartType(spec: Pick<ChartSpec, "orientation" | "stacking">): PlanChartType {
  const prefix = spec.orientation === "horizontal" ? "Bar" : "Column";
  if (spec.stacking === "percent") return `${prefix}Stacked100`;
  if (spec.stacking === "stacked") return `${prefix}Stacked`;
  return `${prefix}Clustered`;
}

/** Text of a category cell (categories are labels, never numbers to plot). */
function categoryText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

/** Excel number format of the chart data cells for a column format. */
function blockNumberFormat(format: string | undefined): string {
  if (format === "decimal3") return "0.000";
  if (format === "decimal2") return "0.00";
  if (format === "integer") return "0";
  return "0.0";
}

/**
 * Plans one chart, or returns null when there is nothing to draw (unknown columns, or no value at
 * all: Excel refuses an empty series).
 */
export function planChart(input: ChartPlacementInput): PlannedChart | null {
  const { spec, table, planned } = input;
  const columnOf = (key: string) => table.columns.findIndex((column) => column.key === key);
  const category = columnOf(spec.categoryColumn);
  if (category < 0 || spec.series.length === 0) return null;

  let categories: string[];
  let values: WrittenCell[][];
  let seriesNames: string[];
  let direct: PlanChart["source"] | null = null;
  let numberFormat: string;
  if (spec.pivot) {
    const seriesColumn = columnOf(spec.pivot.seriesColumn);
    const valueColumn = columnOf(spec.pivot.valueColumn);
    if (seriesColumn < 0 || valueColumn < 0) return null;
    const rows = table.rows.filter((row) => isNumber(row[valueColumn]));
    categories = [...new Set(rows.map((row) => categoryText(row[category])))];
    values = categories.map((name) =>
      spec.series.map((series) => {
        const found = rows.find(
          (row) =>
            categoryText(row[category]) === name &&
            categoryText(row[seriesColumn]) === series.column
        );
        const value = found ? (found[valueColumn] as number) : null;
        return value !== null && series.negative ? -value : value;
      })
    );
    seriesNames = spec.series.map((series) => series.name ?? series.column);
    numberFormat = blockNumberFormat(table.columns[valueColumn].format);
  } else {
    const columns = spec.series.map((series) => columnOf(series.column));
    if (columns.some((column) => column < 0)) return null;
    const rows = table.rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => columns.some((column) => isNumber(row[column])));
    categories = rows.map(({ row }) => categoryText(row[category]));
    values = rows.map(({ row }) =>
      columns.map((column, index) => {
        const value = writtenCell(row[column]);
        return isNumber(value) && spec.series[index].negative ? -value : value;
      })
    );
    seriesNames = spec.series.map(
      (series, index) => series.name ?? planned.headers[columns[index]]
    );
    numberFormat = blockNumberFormat(table.columns[columns[0]].format);
    const contiguous = columns.every((column, index) => column === columns[0] + index);
    const inPlace =
      contiguous &&
      rows.length === table.rows.length &&
      !spec.referenceLine &&
      spec.series.every((series) => !series.negative && series.name === undefined);
    if (inPlace)
      direct = {
        headerRow: planned.row,
        rowCount: table.rows.length,
        categoryColumn: planned.column + category,
        firstSeriesColumn: planned.column + columns[0],
        seriesCount: columns.length,
      };
  }
  if (categories.length === 0 || !values.flat().some(isNumber)) return null;

  const seriesDraw: ChartSeriesDraw[] = spec.series.map((series) => series.draw ?? "bar");
  const seriesColors = spec.series.map((series) => series.color);
  if (spec.referenceLine) {
    const line = spec.referenceLine;
    seriesNames.push(line.label);
    seriesDraw.push("line");
    seriesColors.push(line.color);
    values = values.map((row) => [...row, line.value]);
  }

  const placement = {
    row: spec.anchor?.row ?? input.row,
    column: spec.anchor?.column ?? input.column,
    rowCount: spec.size.rows,
    columnCount: spec.size.columns,
  };

  let data: PlanChartData | undefined;
  let source: PlanChart["source"];
  if (direct) source = direct;
  else {
    const column = placement.column + placement.columnCount + 1;
    data = {
      row: placement.row,
      column,
      header: [planned.headers[category], ...seriesNames],
      rows: categories.map((name, index) => [name, ...values[index]]),
      numberFormat,
    };
    source = {
      headerRow: data.row,
      rowCount: data.rows.length,
      categoryColumn: column,
      firstSeriesColumn: column + 1,
      seriesCount: seriesNames.length,
    };
  }

  const valueAxis: PlanChart["valueAxis"] = { numberFormat: spec.valueAxis.numberFormat };
  if (spec.valueAxis.min !== undefined) valueAxis.minimum = spec.valueAxis.min;
  if (spec.valueAxis.max !== undefined) valueAxis.maximum = spec.valueAxis.max;
  if (spec.valueAxis.title) valueAxis.title = spec.valueAxis.title;

  const chart: PlanChart = {
    name: spec.name,
    sheet: input.sheet,
    kind: spec.kind,
    orientation: spec.orientation,
    stacking: spec.stacking,
    type: excelChartType(spec),
    title: spec.title,
    source,
    seriesNames,
    seriesDraw,
    seriesColors,
    valueAxis,
    reverseCategories: spec.orientation === "horizontal",
    legend: seriesNames.length > 1 ? "Bottom" : "None",
    placement,
  };
  return { chart, data };
}
