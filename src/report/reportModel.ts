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

export interface ReportColumn {
  /** Stable key (English, camelCase), used by chart specs and tests. */
  key: string;
  /** Heading shown to the user (Dutch or English). */
  header: string;
  format: NumberFormat;
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

export type ChartKind =
  /** Horizontal 100 % stacked bars: low band left, neutral middle, high band right. */
  | "likertBar"
  /** Clustered columns (e.g. % wel akkoord per role × domain). */
  | "columnClustered"
  /** 100 % stacked columns (e.g. governance style by group). */
  | "columnStacked100"
  /** Clustered bars with a reference line (e.g. alpha per scale with 0.7). */
  | "barClustered";

export interface ChartSpec {
  /** Stable chart name, so refresh replaces instead of duplicating. */
  name: string;
  kind: ChartKind;
  title: string;
  /** Name of the ReportTable holding the data. */
  table: string;
  /** Key of the column with the category labels. */
  categoryColumn: string;
  /** Keys of the value columns, one series each, in drawing order. */
  seriesColumns: string[];
  /** Value axis title, e.g. "Score (%)". */
  valueAxisTitle?: string;
  /** Optional reference line value (e.g. 0.7 for alpha). */
  referenceLine?: number;
  /**
   * Optional column drawn as a marker per category on the value axis (not as a bar), e.g. the
   * published Dēmos 2016 share agreeing beside this year's bars. Adapters that cannot draw markers
   * leave it out; the table always holds the column.
   */
  markerColumn?: string;
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
