/**
 * WorkbookPort: the small async interface through which Netwerkmeter reads its input from a
 * workbook and publishes a Report into it (ARCHITECTURE §1 "publish"). Two adapters implement it:
 * Office.js inside Excel (src/excel/officeWorkbook.ts) and ExcelJS for the browser preview and
 * the command line (src/xlsx/exceljsPort.ts).
 *
 * The interface is shaped for batching: a read is one call (the Office adapter needs two
 * `context.sync`s for it, whatever the size of the data), and a whole publish is one call with a
 * PublishPlan that lists everything up front (three syncs, plus one per extra 4 MB of cell data
 * on Excel on the web). The plan is computed by the pure planner (publish.ts) from the Report and
 * the workbook's state, so ownership rules live in one place and both adapters only execute it.
 */
import type { Grid } from "../analysis/grid";
import type {
  ChartKind,
  ChartOrientation,
  ChartSeriesDraw,
  ChartStacking,
  ValueFill,
} from "../report/reportModel";
import type { WrittenCell } from "./cells";
import type { CellRect } from "../report/names";
import type { MetadataReading, NetwerkmeterMetadata, StoredInput } from "./metadata";

/** Which data to read. */
export type InputRequest =
  /**
   * Let the adapter find it: the Excel table under the selection, else a selection of more than
   * one cell, else the active sheet's used range (unless it is an output or codebook sheet),
   * else the stored input of the last run, else the first visible sheet that is neither.
   */
  | { kind: "auto" }
  /** The current selection, whatever its size. */
  | { kind: "selection" }
  /**
   * The input of the last run, from the stored metadata (refresh); the codebook sheet is then the
   * stored one too. Fails with WorkbookError NO_STORED_RUN when there is none.
   */
  | { kind: "stored" }
  | StoredInput;

/** Where the data was read (as shown in the task pane: DataOverview.source). */
export interface InputSource {
  kind: "table" | "selection" | "sheet";
  sheet: string;
  /** A1 address without the sheet, e.g. "A1:AY78". */
  address: string;
  table?: string;
}

/** One worksheet as the planner sees it. */
export interface SheetInfo {
  name: string;
  /** Stable id where the host has one (Office.js Worksheet.id, ExcelJS sheet id). */
  id?: string;
  /**
   * The report sheet key of Netwerkmeter's ownership marker on the sheet (a sheet-scoped name,
   * src/excel/sheetMarker.ts), when the host has one: survives the id changes between sessions.
   */
  marker?: string;
  /** True when the sheet is protected (Worksheet.protection.protected), when the host says. */
  protected?: boolean;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Excel tables on the sheet. */
  tables: string[];
  /** Charts on the sheet (loaded for Netwerkmeter's own sheets; other sheets may list none). */
  charts: string[];
}

/** The workbook as far as publishing cares: sheets, names in the table namespace, stored metadata. */
export interface WorkbookState {
  /** In workbook order. */
  sheets: SheetInfo[];
  /** Defined names (workbook scope); they share one namespace with table names. */
  names: string[];
  metadata: MetadataReading;
  /** The sheet the user is on, when the host knows it. */
  activeSheet?: string;
}

export interface ReadInputOptions {
  /**
   * Sheet names to read the codebook from, first existing one wins (compared ignoring case);
   * empty when the codebook is a preset.
   */
  codebookSheets: readonly string[];
}

export interface InputRead {
  data: Grid;
  /** The codebook sheet, when one of `codebookSheets` exists. */
  codebook?: Grid;
  source: InputSource;
  /** How to read the same data again at refresh. */
  stored: StoredInput;
  state: WorkbookState;
}

/** What readSheets gives: the used range of each named sheet that exists, and the workbook state. */
export interface SheetsRead {
  /** In the order of `names` (sheets that do not exist or are empty are left out). */
  grids: Grid[];
  state: WorkbookState;
}

/** How a line of text above a table is styled. */
export type LineStyle = "reportTitle" | "title" | "note" | "plain";

/** A line of text in column A. Rows and columns in a plan are zero-based sheet coordinates. */
export interface PlanLine {
  row: number;
  text: string;
  style: LineStyle;
  /** A link to this sheet's cell A1 (the overview's table of contents): a cell hyperlink, never a HYPERLINK formula. */
  link?: string;
}

/** An Excel table: header row at (row, column), then the data rows. */
export interface PlanTable {
  /** Excel table name (valid, unique in the workbook). */
  name: string;
  /** The ReportTable it shows. */
  reportName: string;
  row: number;
  column: number;
  /** Valid, unique headers. */
  headers: string[];
  /** At least one row (an empty table gets one row of nulls: Excel tables need a data row). */
  rows: WrittenCell[][];
  /** Excel number format code per column. */
  numberFormats: string[];
  /** Per column: text (top-aligned) or not. */
  textColumns: boolean[];
  /** The wide, wrapping label column (the first text column), or -1. */
  labelColumn: number;
  style: string;
  /**
   * Conditional fills per column index (a status column: ReportColumn.valueFills), applied by the
   * adapters as one conditional format per value over the column's data rows.
   */
  valueFills?: { column: number; fills: readonly ValueFill[] }[];
}

/** A block of plain cells holding a chart's data when the chart cannot use its table directly. */
export interface PlanChartData {
  row: number;
  column: number;
  /** First row: category header and series names. */
  header: string[];
  rows: WrittenCell[][];
  /** Number format of the series cells. */
  numberFormat: string;
}

/** Excel chart types Netwerkmeter draws (strings of Excel.ChartType). */
export type PlanChartType =
  | "BarClustered"
  | "BarStacked"
  | "BarStacked100"
  | "ColumnClustered"
  | "ColumnStacked"
  | "ColumnStacked100";

/**
 * A chart, engine-neutral but fully placed: the adapters (Office.js, the .xlsx chart parts) only
 * translate it. Everything comes from the report's ChartSpec (src/report/chartPlans.ts).
 */
export interface PlanChart {
  /** Stable chart name (refresh finds and replaces it). */
  name: string;
  sheet: string;
  kind: ChartKind;
  orientation: ChartOrientation;
  stacking: ChartStacking;
  /** The Excel chart type of the bar series (from orientation and stacking). */
  type: PlanChartType;
  title: string;
  /**
   * The data: a header row (series names) at `headerRow`, `rowCount` data rows below it; the
   * category labels in `categoryColumn`, the series in `seriesCount` adjacent columns from
   * `firstSeriesColumn`.
   */
  source: {
    headerRow: number;
    rowCount: number;
    categoryColumn: number;
    firstSeriesColumn: number;
    seriesCount: number;
  };
  /** Legend label per series (the header above each series column). */
  seriesNames: string[];
  /** How each series is drawn (bars first, then lines and markers over them). */
  seriesDraw: ChartSeriesDraw[];
  /** Colour per series ("#RRGGBB"). */
  seriesColors: string[];
  valueAxis: { title?: string; minimum?: number; maximum?: number; numberFormat?: string };
  /** Horizontal bars list the first category at the top (Excel draws it at the bottom otherwise). */
  reverseCategories: boolean;
  legend: "Bottom" | "Right" | "None";
  /** Cells the chart covers. */
  placement: CellRect;
}

/** What to do with one output sheet. */
export interface PlanSheet {
  /** The ReportSheet name (stable key for ownership). */
  key: string;
  /** The worksheet name to write to. */
  name: string;
  /** Create a new sheet, or clear and reuse one Netwerkmeter owns. */
  target: { kind: "create" } | { kind: "reuse"; id?: string; marker?: string; protected?: boolean };
  lines: PlanLine[];
  tables: PlanTable[];
  /** Chart data blocks (written only by adapters that draw charts). */
  chartData: PlanChartData[];
  charts: PlanChart[];
  /** Column widths in characters, by column index (undefined: leave). */
  columnWidths: number[];
  /** Rows kept in view while scrolling (the rows down to the table's header), 0 for none. */
  freezeRows?: number;
  /** Zero-based row repeated on top of every printed page (the table's header row). */
  printTitleRow?: number;
}

/** Everything a publish does, computed up front (src/workbook/publish.ts). */
export interface PublishPlan {
  /**
   * "full": delete and clear what Netwerkmeter owns, then write every sheet;
   * "charts": only delete and redraw the charts of the listed sheets (Grafieken invoegen).
   */
  mode: "full" | "charts";
  sheets: PlanSheet[];
  /** Netwerkmeter's sheets that this run no longer needs. */
  deleteSheets: { name: string; id?: string }[];
  /** Tables and charts on reused sheets, deleted (by name) before the sheet is cleared. */
  deleteTables: { sheet: string; name: string }[];
  deleteCharts: { sheet: string; name: string }[];
  /** Output sheets that could not take their own name because a user's sheet has it. */
  renamed: { key: string; wanted: string; used: string }[];
  /**
   * Stored with the write (owned sheet ids are filled in by the adapter). Absent for writes that
   * are not an analysis (the command line's report file, a consolidated response sheet).
   */
  metadata?: NetwerkmeterMetadata;
  /**
   * Mark the plan's sheets with their keys (the sheet marker) even without metadata: the feedback
   * sheets, which a later feedback run finds by marker and writes again instead of adding copies.
   */
  markSheets?: boolean;
  /** Sheet to activate at the end. */
  activate?: string;
}

export interface ApplyResult {
  /** Sheet names written, in plan order. */
  sheets: string[];
  tables: string[];
  /** Charts drawn (empty for adapters that cannot draw charts). */
  charts: string[];
  /** Problems that did not stop the publish (e.g. a chart feature the host lacks). */
  warnings: string[];
}

export interface WorkbookPort {
  readonly kind: "excel" | "exceljs";
  /** False when the adapter cannot create native charts (ExcelJS). */
  readonly drawsCharts: boolean;
  /**
   * The workbook's sheets, names and stored metadata. The sheets' markers, charts and protection
   * are read when there is stored metadata, or always with `sheetDetails` (the feedback sheets,
   * known by their markers alone; one more round trip inside Excel).
   */
  readState(options?: { sheetDetails?: boolean }): Promise<WorkbookState>;
  /** Reads the data, the codebook sheet and the workbook state. */
  readInput(request: InputRequest, options: ReadInputOptions): Promise<InputRead>;
  /**
   * Reads whole sheets by name (compared as sheet names are: trimmed, NFC, ignoring case), each
   * sheet's used range as a Grid, with the workbook state: the indicator run reads `Indicatoren`,
   * `Metingen`, `Eenheden` and `Doelen` this way. Reads nothing when none of them exists.
   */
  readSheets(names: readonly string[]): Promise<SheetsRead>;
  /** Executes a publish plan and stores its metadata. */
  applyPlan(plan: PublishPlan): Promise<ApplyResult>;
  /** Shows a cell (problems list → cell). */
  selectCell(sheet: string, cell: string): Promise<void>;
}

/** A user-facing error from a port or the session (shown as one line in the task pane). */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown }
  ) {
    super(message);
    this.name = "WorkbookError";
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
