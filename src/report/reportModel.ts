/**
 * The Report: an engine-neutral description of every output (tables with headings, number formats
 * and notes; chart specifications). It holds no Office and no ExcelJS types, so the same Report is
 * published into Excel through Office.js, into an .xlsx file through ExcelJS, or shown in a browser.
 */

/**
 * How a column's numbers are shown. Percentages are numbers from 0 to 100 (as in the seed's
 * "Score (%)" tables), not Excel fractions.
 */
export type NumberFormat =
  | "text"
  | "integer"
  | "decimal1"
  | "decimal2"
  | "decimal3"
  | "percent1"
  /** Excel's General: for columns whose rows are rounded to different decimals (indicators). */
  | "general";

/** Excel number format codes for each NumberFormat (shared by every adapter). */
export const EXCEL_NUMBER_FORMATS: Record<NumberFormat, string> = {
  text: "@",
  integer: "0",
  decimal1: "0.0",
  decimal2: "0.00",
  decimal3: "0.000",
  percent1: "0.0",
  general: "General",
};

/**
 * A fill for the cells of a column that hold exactly `value` (a status word such as "groen"):
 * every writer turns it into conditional formatting on the column (.xlsx cellIs equal; Office.js
 * ConditionalFormatType.cellValue EqualTo), so the word stays in the cell and the colour never
 * carries the meaning alone, and a user who edits the word sees the colour follow.
 */
export interface ValueFill {
  value: string;
  /** Background "#RRGGBB". */
  fill: string;
  /** Text colour "#RRGGBB", chosen with `fill` for a contrast of at least 4.5:1 (WCAG 2.1 1.4.3). */
  font: string;
}

export interface ReportColumn {
  /** Stable key (English, camelCase), used by chart specs and tests. */
  key: string;
  /** Heading shown to the user (Dutch or English). */
  header: string;
  format: NumberFormat;
  /** Status colours per cell value (a status column); absent for ordinary columns. */
  valueFills?: readonly ValueFill[];
}

export type ReportCell = string | number | null;

export interface ReportTable {
  /**
   * Stable table name, valid as an Excel table name (starts with a letter, no spaces, not a cell
   * reference), unique in the report, e.g. "NM_Items" or "NM_Rol_acties".
   */
  name: string;
  /** Title shown above the table, e.g. "Rol van de netwerkcoördinator bij het opstellen van de acties". */
  title: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Lines shown under the title: n, base, rounding, suppression, source. Always states n and base. */
  notes: string[];
}

/**
 * What a chart draws. "bar": bars or columns (clustered, stacked or 100 % stacked), optionally with
 * line or marker series over them. "divergingBar": a stacked bar whose `negative` series go left of
 * zero (the low band of a Likert item) and the others right of it.
 */
export type ChartKind = "bar" | "divergingBar";

/** Horizontal bars (categories down the side) or vertical columns. */
export type ChartOrientation = "horizontal" | "vertical";

/** "none": clustered; "stacked": stacked values; "percent": 100 % stacked. */
export type ChartStacking = "none" | "stacked" | "percent";

/** How one series is drawn. "marker": a line series with markers only (a target per category). */
export type ChartSeriesDraw = "bar" | "line" | "marker";

/** One series of a chart plan. */
export interface ChartSeriesSpec {
  /**
   * The value column's key; with `pivot`, the value in the pivot's series column that selects the
   * rows of this series (e.g. "Facilitator").
   */
  column: string;
  /** Legend label; default the column header (with `pivot`: `column`). */
  name?: string;
  /** Colour "#RRGGBB": always explicit (LibreOffice and Excel use different default palettes). */
  color: string;
  /** Default "bar". Line and marker series need a vertical chart (a line cannot cross bars). */
  draw?: ChartSeriesDraw;
  /** Drawn as negative values, left of zero (divergingBar: the low band). */
  negative?: boolean;
}

/**
 * A chart plan: everything a writer needs to draw the chart, set explicitly by the report builder
 * (src/report/chartPlans.ts), so the three writers (Office.js, the .xlsx chart parts, the task
 * pane) draw the same chart and none guesses a shape from names.
 */
export interface ChartSpec {
  /** Stable chart name, so refresh replaces instead of duplicating. */
  name: string;
  kind: ChartKind;
  orientation: ChartOrientation;
  stacking: ChartStacking;
  title: string;
  /** Name of the ReportTable holding the data. */
  table: string;
  /** Key of the column with the category labels. */
  categoryColumn: string;
  /** The series, in drawing order (for a diverging bar: the series nearest zero first per side). */
  series: ChartSeriesSpec[];
  /**
   * A long table (one row per category × series) drawn as categories × series: the rows whose
   * `seriesColumn` holds a series' `column` give that series, the values come from `valueColumn`.
   */
  pivot?: { seriesColumn: string; valueColumn: string };
  /** A constant line across the chart (e.g. alpha 0.70); needs a vertical chart. */
  referenceLine?: { value: number; label: string; color: string };
  valueAxis: {
    title?: string;
    min?: number;
    max?: number;
    /** Excel number format code of the axis labels, e.g. "0", "0%", "0;0" (diverging). */
    numberFormat: string;
  };
  /** Size in default-width columns and rows. */
  size: { columns: number; rows: number };
  /** Top-left cell (zero-based) when the chart should not go next to its table. */
  anchor?: { row: number; column: number };
}

export interface ReportSheet {
  /** Sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
  name: string;
  tables: ReportTable[];
  charts: ChartSpec[];
}

export interface Report {
  title: string;
  /** Lines describing the run (source, respondents, options, tool version). */
  summary: string[];
  sheets: ReportSheet[];
}
