/**
 * The chart plans of the report: one function per chart the report draws, each returning a
 * ChartSpec with every field explicit (kind, orientation, stacking, series and their colours,
 * reference line, value axis, size, stable name). The report builder calls these; the three
 * writers (Office.js in src/excel/charts.ts, the .xlsx chart parts in src/xlsx/charts/, the task
 * pane) only translate the plan, so none of them guesses a chart's shape from names.
 *
 * Colours: the Likert bands red / grey / green as in the Dēmos reports; the styles in Office's
 * default palette order (so a chart in Excel and in the file look alike).
 *
 * @example
 * const spec = alphaChartPlan({ table: "NM_Betrouwbaarheid", alphas: [0.81, 0.64], language: "nl" });
 * spec.referenceLine; // { value: 0.7, label: "Drempel 0,70", color: "#404040" }
 */
import type { Language } from "../analysis/language";
import { formatNumber } from "../analysis/numberFormat";
import type { ChartSeriesSpec, ChartSpec } from "./reportModel";

/** Colours of the Likert bands (low, neutral, high). */
export const LIKERT_COLORS = { low: "#D9534F", neutral: "#BFBFBF", high: "#5B9B3C" } as const;
/** Colour of lines drawn over bars (the participation gap, the reference line). */
export const LINE_COLOR = "#404040";
/** Colour per governance style (key as in the governance results). */
export const STYLE_COLORS: Record<string, string> = {
  facilitator: "#4472C4",
  coproducent: "#ED7D31",
  opdrachtgever: "#A5A5A5",
  gemengd: "#FFC000",
  onbepaald: "#D9D9D9",
};
/** Colours of the three participation series (involvement, expertise, directive). */
export const PARTICIPATION_COLORS = {
  involvement: "#4472C4",
  expertise: "#70AD47",
  directive: "#ED7D31",
} as const;
/** Colour of a single-series bar chart (alpha per scale). */
export const SINGLE_SERIES_COLOR = "#4472C4";

/** Chart width in default-width columns. */
export const CHART_WIDTH_COLUMNS = 9;
const COLUMN_CHART_ROWS = 18;
const MIN_BAR_CHART_ROWS = 12;
const MAX_BAR_CHART_ROWS = 45;

/** Rows a horizontal bar chart needs for `categories` bars (1.6 rows a bar, plus title and legend). */
export function barChartRows(categories: number): number {
  return Math.min(
    MAX_BAR_CHART_ROWS,
    Math.max(MIN_BAR_CHART_ROWS, 6 + Math.ceil(categories * 1.6))
  );
}

const columnSize = { columns: CHART_WIDTH_COLUMNS, rows: COLUMN_CHART_ROWS };

/** The lowest axis value that shows `values` (0 unless some are negative: then a round step lower). */
function axisMinimum(values: readonly (number | null)[], step: number): number {
  const lowest = Math.min(0, ...values.filter((value): value is number => value !== null));
  return lowest >= 0 ? 0 : Math.floor(lowest / step) * step;
}

/**
 * A Likert item block as a diverging bar: the low band left of zero, the neutral band and the high
 * band right of it (neutral nearest zero), one bar per statement, first statement on top.
 *
 * @example likertChartPlan({ name: "NM_Chart_B01", title: "Visie (n = 77)", table: "NM_Ind_B01",
 *   categoryColumn: "label", low: "pctLow", neutral: "pctNeutral", high: "pctHigh", items: 5 })
 */
export function likertChartPlan(input: {
  name: string;
  title: string;
  table: string;
  categoryColumn: string;
  low: string;
  /** Absent for scales without a middle (yes/no). */
  neutral?: string;
  high: string;
  /** Number of statements (bars). */
  items: number;
}): ChartSpec {
  const series: ChartSeriesSpec[] = [
    { column: input.low, color: LIKERT_COLORS.low, negative: true },
    ...(input.neutral ? [{ column: input.neutral, color: LIKERT_COLORS.neutral }] : []),
    { column: input.high, color: LIKERT_COLORS.high },
  ];
  return {
    name: input.name,
    kind: "divergingBar",
    orientation: "horizontal",
    stacking: "stacked",
    title: input.title,
    table: input.table,
    categoryColumn: input.categoryColumn,
    series,
    valueAxis: { title: "Score (%)", min: -100, max: 100, numberFormat: "0;0" },
    size: { columns: CHART_WIDTH_COLUMNS, rows: barChartRows(input.items) },
  };
}

/**
 * The head every bar chart plan starts with: its name, title, data table and category column,
 * drawn as bars (vertical columns unless said otherwise, clustered unless stacked). The plans add
 * their series, reference line, axis and size.
 *
 * @example barChart({ name: "NM_Chart_X", title: "X", table: "NM_X" }, "group").orientation // "vertical"
 */
export function barChart(
  chart: { name: string; title: string; table: string },
  categoryColumn: string,
  orientation: ChartSpec["orientation"] = "vertical",
  stacking: ChartSpec["stacking"] = "none"
): Pick<
  ChartSpec,
  "name" | "kind" | "orientation" | "stacking" | "title" | "table" | "categoryColumn"
> {
  return {
    name: chart.name,
    kind: "bar",
    orientation,
    stacking,
    title: chart.title,
    table: chart.table,
    categoryColumn,
  };
}

/**
 * Roles × domain: % agree per role (series) per domain (categories), clustered columns, from the
 * long roles table (one row per domain × role).
 */
export function rolesChartPlan(input: {
  name: string;
  title: string;
  table: string;
  domainColumn: string;
  roleColumn: string;
  valueColumn: string;
  /** Role keys with the label the table shows for each, in drawing order. */
  roles: { key: string; label: string }[];
}): ChartSpec {
  return {
    ...barChart(input, input.domainColumn),
    pivot: { seriesColumn: input.roleColumn, valueColumn: input.valueColumn },
    series: input.roles.map((role) => ({
      column: role.label,
      color: STYLE_COLORS[role.key] ?? SINGLE_SERIES_COLOR,
    })),
    valueAxis: { title: "Score (%)", min: 0, max: 100, numberFormat: "0" },
    size: columnSize,
  };
}

/**
 * Participation per domain: involvement, expertise and directive as clustered columns, the gap
 * (involvement − directive, in points) as a line over them.
 */
export function participationChartPlan(input: {
  name: string;
  title: string;
  table: string;
  domainColumn: string;
  involvement: string;
  expertise: string;
  directive: string;
  gap: string;
  /** The gaps drawn (the axis goes below zero when one is negative). */
  gaps: readonly (number | null)[];
}): ChartSpec {
  return {
    ...barChart(input, input.domainColumn),
    series: [
      { column: input.involvement, color: PARTICIPATION_COLORS.involvement },
      { column: input.expertise, color: PARTICIPATION_COLORS.expertise },
      { column: input.directive, color: PARTICIPATION_COLORS.directive },
      { column: input.gap, color: LINE_COLOR, draw: "line" },
    ],
    valueAxis: {
      title: "Score (%)",
      min: axisMinimum(input.gaps, 20),
      max: 100,
      numberFormat: "0",
    },
    size: columnSize,
  };
}

/** Governance style by group: the share of each style per group, 100 % stacked columns. */
export function styleByGroupChartPlan(input: {
  name: string;
  title: string;
  table: string;
  groupColumn: string;
  /** Style keys (also the column keys), in drawing order. */
  styles: readonly string[];
}): ChartSpec {
  return {
    ...barChart(input, input.groupColumn, "vertical", "percent"),
    series: input.styles.map((style) => ({
      column: style,
      color: STYLE_COLORS[style] ?? SINGLE_SERIES_COLOR,
    })),
    valueAxis: { min: 0, max: 1, numberFormat: "0%" },
    size: columnSize,
  };
}

const THRESHOLD_TEXTS = {
  nl: (value: string) => `Drempel ${value}`,
  en: (value: string) => `Threshold ${value}`,
};

/** Cronbach's alpha per scale as columns with the 0.70 rule of thumb as a line. */
export function alphaChartPlan(input: {
  name: string;
  title: string;
  table: string;
  scaleColumn: string;
  alphaColumn: string;
  /** The alphas drawn (the axis goes below zero when one is negative). */
  alphas: readonly (number | null)[];
  language: Language;
  /** Default 0.7. */
  threshold?: number;
}): ChartSpec {
  const threshold = input.threshold ?? 0.7;
  return {
    ...barChart(input, input.scaleColumn),
    series: [{ column: input.alphaColumn, color: SINGLE_SERIES_COLOR }],
    referenceLine: {
      value: threshold,
      label: THRESHOLD_TEXTS[input.language](formatNumber(threshold, 2, input.language)),
      color: LINE_COLOR,
    },
    valueAxis: { min: axisMinimum(input.alphas, 0.2), max: 1, numberFormat: "0.0" },
    size: columnSize,
  };
}

/** Colours for series without a meaning of their own, in Office's default palette order. */
export const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
/** Colour of reference markers (a published figure per category). */
export const MARKER_COLOR = "#000000";

/**
 * Clustered bars of a few value columns per category (one row per category), e.g. the share high
 * of an earlier wave and now, or all networks and one group. Horizontal bars with the first
 * category on top; with a reference `marker` column (a published figure per category) vertical
 * columns instead, because a marker series cannot cross horizontal bars.
 *
 * @example clusteredBarsPlan({ name: "NM_Chart_Vergelijking", title: "…", table: "NM_Vergelijking",
 *   categoryColumn: "item", series: [{ column: "referencePctHigh", color: "#A5A5A5" }, { column: "pctHigh" }],
 *   categories: 45, valueAxisTitle: "Score (%)" })
 */
export function clusteredBarsPlan(input: {
  name: string;
  title: string;
  table: string;
  categoryColumn: string;
  series: { column: string; color?: string }[];
  /** Number of categories (bars per series). */
  categories: number;
  valueAxisTitle?: string;
  /** Axis 0 to this (default 100: percentages and 0–100 indices). */
  max?: number;
  marker?: { column: string };
}): ChartSpec {
  const vertical = input.marker !== undefined;
  return {
    ...barChart(input, input.categoryColumn, vertical ? "vertical" : "horizontal"),
    series: [
      ...input.series.map((series, index) => ({
        column: series.column,
        color: series.color ?? PALETTE[index % PALETTE.length],
      })),
      ...(input.marker
        ? [{ column: input.marker.column, color: MARKER_COLOR, draw: "marker" as const }]
        : []),
    ],
    valueAxis: {
      ...(input.valueAxisTitle ? { title: input.valueAxisTitle } : {}),
      min: 0,
      max: input.max ?? 100,
      numberFormat: "0",
    },
    size: vertical
      ? { columns: Math.max(CHART_WIDTH_COLUMNS, Math.ceil(input.categories * 0.8)), rows: 18 }
      : {
          columns: CHART_WIDTH_COLUMNS,
          rows: barChartRows(input.categories * input.series.length),
        },
  };
}
