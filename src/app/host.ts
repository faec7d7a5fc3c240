/**
 * The host contract: the verbs the task pane calls and the types they speak. It belongs to the
 * application layer, so nothing below the UI imports src/taskpane. Components never touch Excel or
 * ExcelJS: they call these, and a host implements them — the Excel host (Office.js adapter,
 * src/excel) inside Excel, the preview host (ExcelJS, src/xlsx) in a plain browser, both built on
 * src/app/session.ts. Tests give components a fake host.
 */
import type { ChartView } from "./chartViews";
import type { EarlierWaveInfo } from "./earlierWave";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { RunOptions } from "../workbook/metadata";
import type { IndicatorSettings } from "../workbook/indicatorSettings";
import type { IndicatorOverview, IndicatorSummary, UnitFeedbackSettings } from "./indicators";

export type { IndicatorOverview, IndicatorSettings, IndicatorSummary };

/** How one column of the data was understood. */
export interface ColumnMappingRow {
  /** Column letter in the sheet, e.g. "D". */
  column: string;
  /** Header as written. */
  header: string;
  kind: "item" | "background";
  /** The codebook item, when kind is "item". */
  itemId?: string;
  /** True when matched automatically, false when chosen by the user. */
  automatic: boolean;
}

/** What was found in the workbook before running (step 1 of the task pane). */
export interface DataOverview {
  /** Where the data was read: an Excel table, the selection, or a sheet's used range. */
  source: { kind: "table" | "selection" | "sheet"; sheet: string; address: string; table?: string };
  codebookName: string;
  respondents: number;
  itemsRecognised: number;
  itemsInCodebook: number;
  mapping: ColumnMappingRow[];
  /** Codebook items available for the mapping review (id and statement). */
  codebookItems: { id: string; label: string }[];
  /** Columns that make sense to split by: 2–20 values, never personal or free text. */
  groupColumns: string[];
  /** Numeric columns with many values, offered split into three bands (tertiles). */
  bandableColumns?: string[];
  /**
   * Where the analysis stored in the workbook read its data, when there is one: refresh reads that
   * again, so the pane asks first when it is not the data found now.
   */
  previousInput?: { sheet: string; table?: string; sameAsFound: boolean } | null;
  issues: Issue[];
}

/**
 * The options of one run. They are stored in the workbook for Refresh, so the type lives with the
 * stored metadata (src/workbook/metadata.ts) and is re-exported here as part of the host contract.
 */
export type { RunOptions, EarlierWaveInfo };

/** What the summary cards show after a run or refresh. */
export interface RunSummary {
  respondents: number;
  /** Free-text answers and comments gathered on the Opmerkingen sheet (0 or absent: none). */
  comments?: number;
  population: number | null;
  responseRate: number | null;
  dominantRoles: { domain: string; role: string | null }[];
  participation: {
    representation: number | null;
    index: number | null;
    gap: number | null;
    minimumInvolvement: number | null;
  } | null;
  alphas: { scale: string; alpha: number | null; n: number }[];
  issueCounts: { error: number; warning: number; info: number };
  issues: Issue[];
  /** Sheets written or replaced by this run. */
  sheets: string[];
  /** Charts drawn (by stable name). */
  charts: string[];
  /** The key charts with their data, drawn in the task pane (src/app/chartViews.ts). */
  chartViews?: ChartView[];
}

export interface ConsolidateSummary {
  filesRead: number;
  filesConsolidated: number;
  respondents: number;
  sheet: string;
  /** Preview: the new workbook the answers went into (its own download), not the open file. */
  workbook?: string;
  issues: Issue[];
}

export type Progress = (fraction: number, label: string) => void;

/**
 * Where "Feedback per netwerk" puts one workbook per network: one .zip download (browser preview),
 * new Excel workbooks (`Excel.createWorkbook`, ExcelApi 1.8), or one sheet per network in the open
 * workbook (Excel without 1.8, or by choice).
 */
export type FeedbackOutput = "zip" | "workbooks" | "sheets";

/** What the pane asks of "Feedback per netwerk" (the options of `netwerkmeter feedback`). */
export interface FeedbackRequest {
  networkColumn: string;
  groupBy?: string;
  minCell: number;
  /** Only these networks (absent: all). */
  networks?: string[];
  output: FeedbackOutput;
  language: Language;
  /** Show the change since the earlier wave the host holds (chooseEarlierWave), if it holds one. */
  compare?: { label?: string };
}

/**
 * What the pane asks of "Feedback per eenheid" on an indicator framework (the options of
 * `netwerkmeter feedback kader.xlsx`): the indicator options' period and roll-up, the group to set
 * each unit beside, the smallest group, which units (absent: all), and where the workbooks go.
 */
export type UnitFeedbackRequest = UnitFeedbackSettings & { output: FeedbackOutput };

export interface FeedbackSummary {
  output: FeedbackOutput;
  /** The networks (or an indicator framework's units) given feedback, in order. */
  networks: string[];
  /** "sheets": the sheets inserted (one per network). */
  sheets?: string[];
  /** "zip": the file to save. */
  download?: { name: string; bytes: Uint8Array };
  issues: Issue[];
}

/** A monitoring template made by the pane: the file, and whether Excel opened it already. */
export interface MonitoringTemplateFile {
  name: string;
  bytes: Uint8Array;
  /** True when Excel opened it as a new workbook; false: offer it as a download. */
  opened: boolean;
}

/**
 * The indicator run of the task pane (docs/indicators.md; issue 8 §5): a workbook with an
 * `Indicatoren` sheet. Both hosts implement it over src/app/indicatorSession.ts.
 */
export interface IndicatorVerbs {
  /** The workbook's indicator framework (with the stored settings), or null without `Indicatoren`. */
  detect(): Promise<IndicatorOverview | null>;
  /** The settings of the last indicator run stored in the workbook (prefill, Vernieuwen). */
  storedSettings(): Promise<IndicatorSettings | null>;
  /** Runs the indicators and writes the report sheets and charts; stores the settings. */
  run(settings: IndicatorSettings, onProgress?: Progress): Promise<IndicatorSummary>;
  /** Reruns with the stored settings; replaces only Netwerkmeter's own sheets. */
  refresh(onProgress?: Progress): Promise<IndicatorSummary>;
  /** The outputs "Feedback per eenheid" offers on this host, best first (absent: no feedback). */
  feedbackOutputs?(): FeedbackOutput[];
  /** "Feedback per eenheid": one workbook (or sheet) per unit, as `netwerkmeter feedback kader.xlsx`. */
  feedback?(request: UnitFeedbackRequest, onProgress?: Progress): Promise<FeedbackSummary>;
  /** The monitoring template for one unit and a range of periods ("2026-Q1..2026-Q4"). */
  monitoringTemplate(
    unit: string,
    periods: string,
    language: Language
  ): Promise<MonitoringTemplateFile>;
}

export interface NetwerkmeterHost {
  /** "excel" inside Excel, "preview" in a plain browser. */
  readonly kind: "excel" | "preview";
  /** Finds the data (a table, the selection, or the active sheet) and the codebook. */
  detect(): Promise<DataOverview>;
  /** Runs the analysis and writes the output sheets; stores the settings for refresh. */
  run(options: RunOptions, onProgress?: Progress): Promise<RunSummary>;
  /** Reruns with the stored settings; replaces only Netwerkmeter's own sheets, tables and charts. */
  refresh(onProgress?: Progress): Promise<RunSummary>;
  /** The stored settings of the last run, if any (to prefill the options and enable refresh). */
  storedOptions(): Promise<RunOptions | null>;
  /** Inserts or refreshes the charts of the last run; returns their names. */
  insertCharts(): Promise<string[]>;
  /** Selects a cell (from the problems list). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Inserts the coordinator template sheets (Nieuw sjabloon). */
  insertTemplate(language: Language): Promise<string[]>;
  /** Consolidates returned workbooks into a response sheet (Samenvoegen). */
  consolidate(
    files: { name: string; bytes: Uint8Array }[],
    onProgress?: Progress
  ): Promise<ConsolidateSummary>;
  /** The indicator run (absent in hosts without one, e.g. some test fakes). */
  readonly indicators?: IndicatorVerbs;
  /**
   * The pane's language changed (the switch in the header): from now on the host's own messages
   * (what detect found, reading and consolidating files, errors) are in this language. A run
   * takes its language from its options.
   */
  setLanguage?(language: Language): void;
  /**
   * "Vergelijk met vorige bevraging": reads an earlier wave's workbook and holds it for the runs
   * whose options have `compare` with its name (and their refreshes while the pane is open); null
   * forgets it. The file is not stored in the workbook.
   */
  chooseEarlierWave?(
    file: { name: string; bytes: Uint8Array } | null
  ): Promise<EarlierWaveInfo | null>;
  /** The outputs "Feedback per netwerk" offers on this host, best first (absent: no feedback). */
  feedbackOutputs?(): FeedbackOutput[];
  /** The network names in a column of the data found (empty when it is not there). */
  feedbackNetworks?(column: string): Promise<string[]>;
  /** "Feedback per netwerk": one workbook (or sheet) per network, as `netwerkmeter feedback`. */
  feedback?(request: FeedbackRequest, onProgress?: Progress): Promise<FeedbackSummary>;
  /** Preview only: opens an .xlsx as the in-browser workbook. */
  openWorkbook?(name: string, bytes: Uint8Array): Promise<void>;
  /**
   * Preview only: a workbook as an .xlsx to download: the open one (input plus outputs, the
   * default), or the new workbook made by the template or the last consolidation.
   */
  downloadWorkbook?(
    which?: "analysis" | "template" | "consolidation"
  ): Promise<{ name: string; bytes: Uint8Array }>;
}
