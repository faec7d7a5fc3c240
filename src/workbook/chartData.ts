/**
 * From a Report's engine-neutral ChartSpec to a placed PlanChart: which cells hold the categories
 * and the series, which Excel chart type, which series are lines, colours, axis and size.
 *
 * A chart reads its table directly when the table already has the chart's shape (categories in one
 * column, the series side by side, one row per category): the Likert bars of the indicator blocks
 * and the style-by-group columns. Otherwise a small chart data block is planned next to the chart:
 * - rows without any value for the chart are left out (the item rows of the reliability table);
 * - a long table whose categories repeat (domain × role rows) is pivoted to categories × series
 *   (domains × roles) on the first text column that, with the category, identifies each row;
 * - a "gap" column next to clustered series (participation: involvement, expertise, directive
 *   per domain, and the gap) becomes a line series;
 * - a reference line (alpha 0.7) becomes a constant line series. Excel cannot draw a line series
 *   across horizontal bars, so a bar chart with a reference line is drawn with columns.
 */
import type { Language } from "../analysis/language";
import type { ChartSpec, ReportTable } from "../report/reportModel";
import type { WrittenCell } from "./cells";
import { writtenCell } from "./cells";
import type { PlanChart, PlanChartData, PlanChartType, PlanTable } from "./port";

/** Columns drawn as a line when present next to clustered series (by column key). */
const LINE_COLUMN_KEYS = ["gap"];

/** Chart size: width in default-width columns, height in rows. */
export const CHART_WIDTH_COLUMNS = 9;
const COLUMN_CHART_ROWS = 18;
const MIN_BAR_CHART_ROWS = 12;
const MAX_BAR_CHART_ROWS = 45;

const LIKERT_COLORS = { low: "#D9534F", neutral: "#BFBFBF", high: "#5B9B3C" };
const LINE_COLOR = "#404040";
const STYLE_COLORS: Record<string, string> = {
  facilitator: "#4472C4",
  coproducent: "#ED7D31",
  opdrachtgever: "#A5A5A5",
  gemengd: "#FFC000",
  onbepaald: "#D9D9D9",
};

const TEXTS = {
  nl: { threshold: (value: string) => `Drempel ${value}` },
  en: { threshold: (value: string) => `Threshold ${value}` },
};

export interface ChartPlacementInput {
  spec: ChartSpec;
  /** The table holding the chart's data, and where it is written. */
  table: ReportTable;
  planned: PlanTable;
  sheet: string;
  /** Top-left cell of the chart. */
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

function excelType(spec: ChartSpec): PlanChartType {
  switch (spec.kind) {
    case "likertBar":
      return "BarStacked100";
    case "columnStacked100":
      return "ColumnStacked100";
    case "barClustered":
      return spec.referenceLine === undefined ? "BarClustered" : "ColumnClustered";
    default:
      return "ColumnClustered";
  }
}

/** Text of a category cell (categories are labels, never numbers to plot). */
function categoryText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

interface Shaped {
  categoryHeader: string;
  seriesNames: string[];
  categories: string[];
  /** Values per category, per series. */
  values: WrittenCell[][];
  lineNames: string[];
  lineValues: WrittenCell[][];
  /** Series keys, for colours (null when pivoted to values of a column). */
  seriesKeys: (string | null)[];
}

/**
 * Plans one chart, or returns null when there is nothing to draw (unknown columns, or no value at
 * all: Excel refuses an empty series).
 */
export function planChart(input: ChartPlacementInput): PlannedChart | null {
  const { spec, table, planned, language } = input;
  const columnOf = (key: string) => table.columns.findIndex((column) => column.key === key);
  const category = columnOf(spec.categoryColumn);
  const series = spec.seriesColumns.map(columnOf).filter((index) => index >= 0);
  if (category < 0 || series.length === 0) return null;

  const charted = table.rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => series.some((column) => isNumber(row[column])));
  if (charted.length === 0) return null;

  const type = excelType(spec);
  const clustered = spec.kind === "columnClustered" || spec.kind === "barClustered";
  const categoryValues = charted.map(({ row }) => categoryText(row[category]));
  const repeats = new Set(categoryValues).size < categoryValues.length;

  let shaped: Shaped | null = null;
  let pivoted = false;
  if (clustered && repeats) {
    // Long table: find the text column that, with the category, identifies each row.
    const pivot = table.columns.findIndex((column, index) => {
      if (index === category || column.format !== "text") return false;
      const pairs = new Set(
        charted.map(({ row }) => `${categoryText(row[index])}\u0000${categoryText(row[category])}`)
      );
      return pairs.size === charted.length;
    });
    if (pivot >= 0) {
      pivoted = true;
      const groups = [...new Set(charted.map(({ row }) => categoryText(row[pivot])))];
      const members = [...new Set(categoryValues)];
      const valueColumn = series[0];
      shaped = {
        categoryHeader: planned.headers[pivot],
        categories: groups,
        seriesNames: members,
        seriesKeys: members.map(() => null),
        values: groups.map((group) =>
          members.map((member) => {
            const found = charted.find(
              ({ row }) =>
                categoryText(row[pivot]) === group && categoryText(row[category]) === member
            );
            return found ? writtenCell(found.row[valueColumn]) : null;
          })
        ),
        lineNames: [],
        lineValues: groups.map(() => []),
      };
    }
  }
  if (!shaped) {
    shaped = {
      categoryHeader: planned.headers[category],
      categories: categoryValues,
      seriesNames: series.map((column) => planned.headers[column]),
      seriesKeys: series.map((column) => table.columns[column].key),
      values: charted.map(({ row }) => series.map((column) => writtenCell(row[column]))),
      lineNames: [],
      lineValues: charted.map(() => []),
    };
  }

  // Line series: a gap column next to clustered series, and a reference line.
  if (spec.kind === "columnClustered" && !pivoted) {
    for (const key of LINE_COLUMN_KEYS) {
      const column = columnOf(key);
      if (column < 0 || spec.seriesColumns.includes(key)) continue;
      shaped.lineNames.push(planned.headers[column]);
      charted.forEach(({ row }, index) => shaped!.lineValues[index].push(writtenCell(row[column])));
    }
  }
  if (spec.referenceLine !== undefined) {
    const shown =
      language === "nl" ? String(spec.referenceLine).replace(".", ",") : String(spec.referenceLine);
    shaped.lineNames.push(TEXTS[language].threshold(shown));
    shaped.lineValues.forEach((values) => values.push(spec.referenceLine!));
  }

  const contiguous = series.every((column, index) => column === series[0] + index);
  const direct =
    !pivoted && charted.length === table.rows.length && shaped.lineNames.length === 0 && contiguous;

  const seriesCount = shaped.seriesNames.length + shaped.lineNames.length;
  const isBar = type === "BarStacked100" || type === "BarClustered";
  const height = isBar
    ? Math.min(
        MAX_BAR_CHART_ROWS,
        Math.max(MIN_BAR_CHART_ROWS, 6 + Math.ceil(shaped.categories.length * 1.6))
      )
    : COLUMN_CHART_ROWS;
  const placement = {
    row: input.row,
    column: input.column,
    rowCount: height,
    columnCount: CHART_WIDTH_COLUMNS,
  };

  let data: PlanChartData | undefined;
  let source: PlanChart["source"];
  if (direct) {
    source = {
      headerRow: planned.row,
      rowCount: table.rows.length,
      categoryColumn: planned.column + category,
      firstSeriesColumn: planned.column + series[0],
      seriesCount: series.length,
    };
  } else {
    const column = placement.column + placement.columnCount + 1;
    const numberFormat = table.columns[series[0]].format;
    data = {
      row: placement.row,
      column,
      header: [shaped.categoryHeader, ...shaped.seriesNames, ...shaped.lineNames],
      rows: shaped.categories.map((name, index) => [
        name,
        ...shaped!.values[index],
        ...shaped!.lineValues[index],
      ]),
      numberFormat:
        numberFormat === "decimal3" ? "0.000" : numberFormat === "integer" ? "0" : "0.0",
    };
    source = {
      headerRow: data.row,
      rowCount: data.rows.length,
      categoryColumn: column,
      firstSeriesColumn: column + 1,
      seriesCount,
    };
  }

  const lineSeries = shaped.lineNames.map((_name, index) => shaped!.seriesNames.length + index);
  const seriesColors: (string | null)[] = [
    ...shaped.seriesKeys.map((key, index) => {
      if (spec.kind === "likertBar") {
        const count = shaped!.seriesKeys.length;
        if (index === 0) return LIKERT_COLORS.low;
        if (index === count - 1) return LIKERT_COLORS.high;
        return LIKERT_COLORS.neutral;
      }
      return key !== null && STYLE_COLORS[key] ? STYLE_COLORS[key] : null;
    }),
    ...shaped.lineNames.map(() => LINE_COLOR),
  ];

  const allValues = [...shaped.values.flat(), ...shaped.lineValues.flat()].filter(isNumber);
  const percentSeries = series.every((column) => table.columns[column].format === "percent1");
  let valueAxis: PlanChart["valueAxis"] = {};
  if (type === "BarStacked100" || type === "ColumnStacked100") valueAxis = { numberFormat: "0%" };
  else if (percentSeries && allValues.every((value) => value >= 0 && value <= 100))
    valueAxis = { minimum: 0, maximum: 100, numberFormat: "0" };
  else if (spec.referenceLine !== undefined && allValues.every((value) => value >= 0 && value <= 1))
    valueAxis = { minimum: 0, maximum: 1, numberFormat: "0.0" };
  if (spec.valueAxisTitle) valueAxis.title = spec.valueAxisTitle;

  const chart: PlanChart = {
    name: spec.name,
    sheet: input.sheet,
    kind: spec.kind,
    type,
    title: spec.title,
    source,
    seriesNames: [...shaped.seriesNames, ...shaped.lineNames],
    lineSeries,
    seriesColors,
    valueAxis,
    reverseCategories: isBar,
    legend: seriesCount > 1 ? "Bottom" : "None",
    placement,
  };
  return { chart, data };
}
