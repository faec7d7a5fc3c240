/**
 * The publish planner: Report + the workbook's state → PublishPlan. Pure and shared by every
 * adapter, so the rules below hold the same inside Excel, in the browser preview and in the
 * command line's report file.
 *
 * Ownership
 * - Every sheet Netwerkmeter creates is recorded in the workbook metadata (key = the ReportSheet
 *   name, the sheet's name, and its id where the host has one). Only those sheets are ever
 *   cleared or deleted; the input sheet and the codebook sheet never are, even if the metadata
 *   claims them.
 * - A run reuses its own sheet for a report sheet (found by its marker, a sheet-scoped name;
 *   else by id; else by name, see ownership.ts; a sheet the user
 *   renamed keeps the user's name), clears it and writes it again. A user's sheet that has the
 *   output's name is never touched: the output goes to "<name> (Netwerkmeter)" (cut to fit 31
 *   characters; "(Netwerkmeter 2)" and so on when that is taken too) and `renamed` says so.
 * - Tables and charts on reused sheets are deleted by name first; table names are made unique
 *   against every other table and defined name in the workbook (one namespace, ignoring case).
 * - Owned sheets the new report no longer has (a group breakdown switched off) are deleted.
 *
 * Layout of a sheet (the command line's report file has the same): on the first sheet, when it is
 * an overview, the report title and summary lines; then per table its title (bold), its notes
 * (grey italics, "Geen gegevens." when it has no rows), the Excel table (header + rows; an empty
 * table gets one empty row); two blank rows between tables. Charts go to the right of the tables,
 * one under the other, next to the table they show.
 */
import type { Language } from "../analysis/language";
import {
  EXCEL_NUMBER_FORMATS,
  type Report,
  type ReportColumn,
  type ReportSheet,
  type ReportTable,
} from "../report/reportModel";
import type { RunOptions } from "./metadata";
import { cellNumberFormat, TEXT_FORMAT, writtenCell, type WrittenCell } from "./cells";
import { CHART_WIDTH_COLUMNS, planChart } from "./chartData";
import {
  claimTableName,
  excelSheetNames,
  excelTableName,
  sheetKey,
  sheetNameWithSuffix,
  tableHeaders,
} from "../report/names";
import type { CodebookSource, StoredInput } from "./metadata";
import { newMetadata } from "./metadata";
import { resolveOwnership } from "./ownership";
import type {
  PlanChart,
  PlanChartData,
  PlanLine,
  PlanSheet,
  PlanTable,
  PublishPlan,
  SheetInfo,
  WorkbookState,
} from "./port";

export const TABLE_STYLE = "TableStyleLight9";
export const BLANK_ROWS_BETWEEN_TABLES = 2;

/** Column widths in characters. */
const MAX_WRAPPED_COLUMN_WIDTH = 60;
const NUMBER_COLUMN_WIDTH = 10;
const MAX_NUMBER_COLUMN_WIDTH = 20;
const MIN_TEXT_COLUMN_WIDTH = 8;
const MAX_TEXT_COLUMN_WIDTH = 40;

/** Sheet names whose first sheet also shows the report title and summary lines. */
const OVERVIEW_SHEET_NAME = /overzicht|samenvatting|overview|summary/i;

const MONTHS = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** The suffix that tells a renamed sheet from the user's own: the same in both languages. */
const nameSuffix = (counter: number) =>
  counter === 1 ? " (Netwerkmeter)" : ` (Netwerkmeter ${counter})`;

const TEXTS = {
  nl: {
    date: (date: Date) =>
      `Datum: ${date.getDate()} ${MONTHS.nl[date.getMonth()]} ${date.getFullYear()}`,
    contents: "Inhoud (klik om naar het blad te gaan)",
    noData: "Geen gegevens.",
    overview: "Overzicht",
  },
  en: {
    date: (date: Date) =>
      `Date: ${date.getDate()} ${MONTHS.en[date.getMonth()]} ${date.getFullYear()}`,
    contents: "Contents (click to go to the sheet)",
    noData: "No data.",
    overview: "Overview",
  },
} as const;

export interface PlanOptions {
  language: Language;
  /** Stored with the plan's metadata, for refresh (omit all three for a plan without metadata). */
  input?: StoredInput;
  codebookSource?: CodebookSource;
  options?: RunOptions;
  /**
   * Sheets that are never cleared or deleted whatever the metadata says: the input sheet and the
   * codebook sheet.
   */
  protectedSheets: readonly string[];
  /** Plan charts (false for adapters that cannot draw them). Default true. */
  charts?: boolean;
  now?: Date;
  /**
   * Prefix of this plan's sheet keys (markers and ownership), and mark the sheets with them even
   * without metadata (PublishPlan.markSheets). The feedback sheets use FEEDBACK_KEY_PREFIX, so
   * that a network called "Overzicht" never shares a key with the analysis's own sheet.
   */
  markedKeyPrefix?: string;
}

/** True when the sheet should carry the report title and summary. */
function isOverviewSheet(sheet: ReportSheet): boolean {
  return OVERVIEW_SHEET_NAME.test(sheet.name);
}

/**
 * Desired width per column of one table, fitted to its content: text columns to their longest
 * text (the id column stays narrow); the text column with the longest texts wraps at
 * MAX_WRAPPED_COLUMN_WIDTH when its texts are longer (the statements), other text columns stop at
 * MAX_TEXT_COLUMN_WIDTH; number columns fit their header.
 */
function tableColumnWidths(
  columns: readonly ReportColumn[],
  headers: readonly string[],
  rows: readonly WrittenCell[][]
): { widths: number[]; labelColumn: number } {
  const longestText = (texts: readonly WrittenCell[]) =>
    texts.reduce<number>(
      (longest, text) => (typeof text === "string" ? Math.max(longest, text.length) : longest),
      0
    );
  const longest = columns.map((column, index) =>
    column.format === "text" ? longestText(rows.map((row) => row[index])) : 0
  );
  let labelColumn = -1;
  longest.forEach((length, index) => {
    if (length > MAX_TEXT_COLUMN_WIDTH && (labelColumn < 0 || length > longest[labelColumn]))
      labelColumn = index;
  });
  const widths = columns.map((column, index) => {
    const header = headers[index].length;
    if (index === labelColumn)
      return Math.min(MAX_WRAPPED_COLUMN_WIDTH, Math.max(longest[index], header) + 2);
    if (column.format === "text")
      return Math.min(
        MAX_TEXT_COLUMN_WIDTH,
        Math.max(MIN_TEXT_COLUMN_WIDTH, Math.max(longest[index], Math.min(header, 20)) + 2)
      );
    return Math.min(MAX_NUMBER_COLUMN_WIDTH, Math.max(NUMBER_COLUMN_WIDTH, header + 2));
  });
  return { widths, labelColumn };
}

/** Lays out one report sheet: lines, tables and widths (charts are added afterwards). */
function layoutSheet(
  sheet: ReportSheet,
  withReportHeader: {
    title: string;
    summary: string[];
    date: Date;
    contents: { sheet: string; title: string }[];
  } | null,
  tableNames: string[],
  language: Language
): { lines: PlanLine[]; tables: PlanTable[]; widths: number[]; tableRows: Map<string, number> } {
  const lines: PlanLine[] = [];
  const tables: PlanTable[] = [];
  const widths: number[] = [];
  /** ReportTable name → row of its title (where its chart goes). */
  const tableRows = new Map<string, number>();
  let row = 0;
  const addLines = (texts: readonly string[], style: PlanLine["style"]) => {
    for (const text of texts) {
      const cell = writtenCell(text);
      lines.push({ row, text: typeof cell === "string" ? cell : "", style });
      row += 1;
    }
  };
  if (withReportHeader) {
    addLines([withReportHeader.title], "reportTitle");
    addLines([TEXTS[language].date(withReportHeader.date)], "plain");
    addLines(withReportHeader.summary, "plain");
    if (withReportHeader.contents.length > 0) {
      row += 1;
      addLines([TEXTS[language].contents], "title");
      for (const entry of withReportHeader.contents) {
        const text =
          entry.title && entry.title !== entry.sheet
            ? `${entry.sheet}: ${entry.title}`
            : entry.sheet;
        lines.push({ row, text, style: "plain", link: entry.sheet });
        row += 1;
      }
    }
    if (sheet.tables.length > 0) row += BLANK_ROWS_BETWEEN_TABLES;
  }
  sheet.tables.forEach((table, tableIndex) => {
    if (tableIndex > 0) row += BLANK_ROWS_BETWEEN_TABLES;
    tableRows.set(table.name, row);
    const hasRows = table.rows.length > 0 && table.columns.length > 0;
    addLines([table.title], "title");
    addLines(hasRows ? table.notes : [...table.notes, TEXTS[language].noData], "note");
    if (table.columns.length === 0) return;
    const headers = tableHeaders(
      table.columns.map((column) => column.header),
      language
    );
    const rows: WrittenCell[][] = hasRows
      ? table.rows.map((cells) => table.columns.map((_column, index) => writtenCell(cells[index])))
      : [table.columns.map(() => null)];
    const fitted = tableColumnWidths(table.columns, headers, rows);
    tables.push({
      name: tableNames[tableIndex],
      reportName: table.name,
      row,
      column: 0,
      headers,
      rows,
      numberFormats: table.columns.map((column) => EXCEL_NUMBER_FORMATS[column.format]),
      textColumns: table.columns.map((column) => column.format === "text"),
      labelColumn: fitted.labelColumn,
      style: TABLE_STYLE,
      ...valueFillsOf(table.columns),
    });
    fitted.widths.forEach((width, index) => {
      widths[index] = Math.max(widths[index] ?? 0, width);
    });
    row += 1 + rows.length;
  });
  return { lines, tables, widths, tableRows };
}

/** The status columns of a table (ReportColumn.valueFills) by index, or nothing. */
function valueFillsOf(columns: readonly ReportColumn[]): Pick<PlanTable, "valueFills"> {
  const valueFills = columns.flatMap((column, index) =>
    column.valueFills?.length ? [{ column: index, fills: column.valueFills }] : []
  );
  return valueFills.length > 0 ? { valueFills } : {};
}

/**
 * Plans a publish of `report` into a workbook in `state`.
 *
 * @example
 * const plan = planPublish(report, await port.readState(), { language: "nl", input, codebookSource, options, protectedSheets: ["Antwoorden", "Codeboek"] });
 * await port.applyPlan(plan);
 */
export function planPublish(
  report: Report,
  state: WorkbookState,
  options: PlanOptions
): PublishPlan {
  const language = options.language;
  const drawCharts = options.charts ?? true;
  const reportSheets: ReportSheet[] =
    report.sheets.length > 0
      ? report.sheets
      : [{ name: TEXTS[language].overview, tables: [], charts: [] }];
  const wanted = excelSheetNames(
    reportSheets.map((sheet) => sheet.name),
    language
  );
  const keyPrefix = options.markedKeyPrefix ?? "";
  // A marked plan (feedback) owns exactly the sheets that carry one of its own keys: it writes them
  // again and never deletes a sheet another run of it made (another network's).
  const ownership =
    options.markedKeyPrefix === undefined
      ? resolveOwnership(state, options.protectedSheets)
      : resolveOwnership(
          state,
          options.protectedSheets,
          reportSheets.flatMap((sheet) => {
            const key = keyPrefix + sheet.name;
            const marked = state.sheets.find((candidate) => candidate.marker === key);
            return marked ? [{ key, name: marked.name }] : [];
          })
        );

  // Sheet targets.
  const used = new Set<number>();
  const claimedNames = new Set<string>();
  const nameTaken = (name: string) =>
    claimedNames.has(sheetKey(name)) ||
    state.sheets.some(
      (sheet, index) => sheetKey(sheet.name) === sheetKey(name) && !ownership.bySheet.has(index)
    ) ||
    // an owned sheet with this name that another report sheet keeps
    state.sheets.some(
      (sheet, index) =>
        sheetKey(sheet.name) === sheetKey(name) && ownership.bySheet.has(index) && used.has(index)
    );
  const renamed: PublishPlan["renamed"] = [];
  const targets: { name: string; index: number | null }[] = reportSheets.map(() => ({
    name: "",
    index: null,
  }));
  // First pass: every report sheet whose own sheet still exists keeps it.
  reportSheets.forEach((sheet, position) => {
    for (const [index, entry] of ownership.bySheet) {
      if (used.has(index) || entry.key !== keyPrefix + sheet.name) continue;
      used.add(index);
      targets[position] = { name: state.sheets[index].name, index };
      claimedNames.add(sheetKey(state.sheets[index].name));
      return;
    }
  });
  // Second pass: the others take an owned sheet of the same name, or a free name.
  reportSheets.forEach((sheet, position) => {
    if (targets[position].index !== null) return;
    const name = wanted[position];
    const ownedSameName = state.sheets.findIndex(
      (candidate, index) =>
        sheetKey(candidate.name) === sheetKey(name) &&
        ownership.bySheet.has(index) &&
        !used.has(index)
    );
    if (ownedSameName >= 0 && !claimedNames.has(sheetKey(name))) {
      used.add(ownedSameName);
      targets[position] = { name: state.sheets[ownedSameName].name, index: ownedSameName };
      claimedNames.add(sheetKey(name));
      return;
    }
    let chosen = name;
    for (let counter = 1; nameTaken(chosen) || sheetKey(chosen) === "history"; counter += 1)
      chosen = sheetNameWithSuffix(name, nameSuffix(counter));
    if (chosen !== name) renamed.push({ key: sheet.name, wanted: name, used: chosen });
    claimedNames.add(sheetKey(chosen));
    targets[position] = { name: chosen, index: null };
  });

  const reused = new Set(
    targets.flatMap((target) => (target.index === null ? [] : [target.index]))
  );
  const deleteSheets = [...ownership.bySheet.keys()]
    .filter((index) => !reused.has(index))
    .map((index) => ({ name: state.sheets[index].name, id: state.sheets[index].id }));
  const cleared = (index: number) => ownership.bySheet.has(index);
  const deleteTables: PublishPlan["deleteTables"] = [];
  const deleteCharts: PublishPlan["deleteCharts"] = [];
  for (const index of reused) {
    const sheet = state.sheets[index];
    for (const table of sheet.tables) deleteTables.push({ sheet: sheet.name, name: table });
    for (const chart of sheet.charts) deleteCharts.push({ sheet: sheet.name, name: chart });
  }

  // Table names: unique against every table that stays and every defined name.
  const takenTableNames = new Set<string>(state.names.map((name) => name.toLowerCase()));
  state.sheets.forEach((sheet: SheetInfo, index) => {
    if (cleared(index)) return;
    for (const table of sheet.tables) takenTableNames.add(table.toLowerCase());
  });
  const takenChartNames = new Set<string>();

  const sheets: PlanSheet[] = reportSheets.map((sheet, position) => {
    const target = targets[position];
    const tableNames = sheet.tables.map((table) =>
      claimTableName(excelTableName(table.name), takenTableNames)
    );
    const header =
      position === 0 && (report.sheets.length === 0 || isOverviewSheet(sheet))
        ? {
            title: report.title,
            summary: report.summary,
            date: options.now ?? new Date(),
            contents: reportSheets.slice(1).map((other, index) => ({
              sheet: targets[index + 1].name,
              title: other.tables[0]?.title ?? "",
            })),
          }
        : null;
    const { lines, tables, widths, tableRows } = layoutSheet(sheet, header, tableNames, language);
    const chartData: PlanChartData[] = [];
    const charts: PlanChart[] = [];
    if (drawCharts) {
      const chartColumn = Math.max(widths.length, 1) + 1;
      let nextFreeRow = 0;
      for (const spec of sheet.charts) {
        const tableIndex = sheet.tables.findIndex((table) => table.name === spec.table);
        const planned = tables.find((table) => table.reportName === spec.table);
        if (tableIndex < 0 || !planned) continue;
        const reportTable: ReportTable = sheet.tables[tableIndex];
        const row = Math.max(tableRows.get(reportTable.name) ?? 0, nextFreeRow);
        const result = planChart({
          spec,
          table: reportTable,
          planned,
          sheet: target.name,
          row,
          column: chartColumn,
          language,
        });
        if (!result) continue;
        let name = result.chart.name;
        for (let counter = 2; takenChartNames.has(name.toLowerCase()); counter += 1)
          name = `${result.chart.name}_${counter}`;
        takenChartNames.add(name.toLowerCase());
        charts.push({ ...result.chart, name });
        if (result.data) chartData.push(result.data);
        nextFreeRow = row + result.chart.placement.rowCount + 2;
      }
    }
    // One table under its title: keep its header in view and on every printed page.
    const single = !header && tables.length === 1 ? tables[0] : null;
    return {
      key: keyPrefix + sheet.name,
      name: target.name,
      target:
        target.index === null
          ? { kind: "create" }
          : {
              kind: "reuse",
              id: state.sheets[target.index].id,
              ...(state.sheets[target.index].marker !== undefined
                ? { marker: state.sheets[target.index].marker }
                : {}),
              ...(state.sheets[target.index].protected ? { protected: true } : {}),
            },
      lines,
      tables,
      chartData,
      charts,
      columnWidths: widths,
      ...(single ? { freezeRows: single.row + 1, printTitleRow: single.row } : {}),
    };
  });

  let metadata: PublishPlan["metadata"];
  if (options.input && options.codebookSource && options.options) {
    metadata = newMetadata(options.input, options.codebookSource, options.options, options.now);
    metadata.ownedSheets = sheets.map((sheet) => ({
      key: sheet.key,
      name: sheet.name,
      ...(sheet.target.kind === "reuse" && sheet.target.id ? { id: sheet.target.id } : {}),
    }));
    metadata.ownedTables = sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
    metadata.charts = sheets.flatMap((sheet) => sheet.charts);
  }

  return {
    mode: "full",
    sheets,
    deleteSheets,
    deleteTables,
    deleteCharts,
    renamed,
    ...(metadata ? { metadata } : {}),
    ...(options.markedKeyPrefix !== undefined ? { markSheets: true } : {}),
    activate: sheets[0]?.name,
  };
}

/**
 * A plan that only redraws the charts stored in the metadata (Grafieken invoegen): on every owned
 * sheet that still exists, the charts on it are deleted and the stored ones drawn again.
 */
export function planChartsOnly(state: WorkbookState): PublishPlan | null {
  const metadata = state.metadata.metadata;
  if (!metadata) return null;
  // (the plan stores the same metadata with the charts as redrawn)
  const ownership = resolveOwnership(state);
  const sheets: PlanSheet[] = [];
  const deleteCharts: PublishPlan["deleteCharts"] = [];
  for (const [index, entry] of ownership.bySheet) {
    const sheet = state.sheets[index];
    const charts = metadata.charts
      .filter((chart) => sheetKey(chart.sheet) === sheetKey(entry.name))
      .map((chart) => ({ ...chart, sheet: sheet.name }));
    for (const chart of sheet.charts) deleteCharts.push({ sheet: sheet.name, name: chart });
    if (charts.length === 0) continue;
    sheets.push({
      key: entry.key,
      name: sheet.name,
      target: {
        kind: "reuse",
        id: sheet.id,
        ...(sheet.marker !== undefined ? { marker: sheet.marker } : {}),
        ...(sheet.protected ? { protected: true } : {}),
      },
      lines: [],
      tables: [],
      chartData: [],
      charts,
      columnWidths: [],
    });
  }
  return {
    mode: "charts",
    sheets,
    deleteSheets: [],
    deleteTables: [],
    deleteCharts,
    renamed: [],
    metadata: {
      ...metadata,
      charts: sheets.flatMap((sheet) => sheet.charts),
    },
  };
}

/** The cells of one planned sheet as 2-D arrays (null = leave the cell alone). */
export interface SheetCells {
  /** Values from A1: rowCount × columnCount. */
  values: WrittenCell[][];
  /** Number format per cell, null where nothing is written. */
  numberFormats: (string | null)[][];
  rowCount: number;
  columnCount: number;
}

/**
 * Everything a planned sheet writes, as one rectangle from A1: lines, tables (header and rows)
 * and, when `withChartData`, the chart data blocks. Text that Excel would read as a formula,
 * number or date gets the text format "@" (see cells.ts), and so do all lines and headers.
 */
export function sheetCells(sheet: PlanSheet, withChartData: boolean): SheetCells {
  let rowCount = 0;
  let columnCount = 0;
  const grow = (row: number, column: number) => {
    rowCount = Math.max(rowCount, row + 1);
    columnCount = Math.max(columnCount, column + 1);
  };
  for (const line of sheet.lines) grow(line.row, 0);
  for (const table of sheet.tables)
    grow(table.row + table.rows.length, table.column + table.headers.length - 1);
  const blocks = withChartData ? sheet.chartData : [];
  for (const block of blocks)
    grow(block.row + block.rows.length, block.column + block.header.length - 1);

  const values: WrittenCell[][] = Array.from({ length: rowCount }, () =>
    new Array<WrittenCell>(columnCount).fill(null)
  );
  const numberFormats: (string | null)[][] = Array.from({ length: rowCount }, () =>
    new Array<string | null>(columnCount).fill(null)
  );
  for (const line of sheet.lines) {
    values[line.row][0] = line.text;
    numberFormats[line.row][0] = TEXT_FORMAT;
  }
  for (const table of sheet.tables) {
    table.headers.forEach((header, index) => {
      values[table.row][table.column + index] = header;
      numberFormats[table.row][table.column + index] = TEXT_FORMAT;
    });
    table.rows.forEach((cells, offset) => {
      const target = values[table.row + 1 + offset];
      const formats = numberFormats[table.row + 1 + offset];
      table.numberFormats.forEach((format, index) => {
        const value = cells[index] ?? null;
        target[table.column + index] = value;
        formats[table.column + index] = cellNumberFormat(value, format);
      });
    });
  }
  for (const block of blocks) {
    block.header.forEach((header, index) => {
      values[block.row][block.column + index] = header;
      numberFormats[block.row][block.column + index] = TEXT_FORMAT;
    });
    block.rows.forEach((cells, offset) => {
      cells.forEach((value, index) => {
        values[block.row + 1 + offset][block.column + index] = value;
        numberFormats[block.row + 1 + offset][block.column + index] =
          index === 0 ? TEXT_FORMAT : cellNumberFormat(value, block.numberFormat);
      });
    });
  }
  return { values, numberFormats, rowCount, columnCount };
}

/** Width of a chart in columns (exported for adapters that lay out by pixels). */
export { CHART_WIDTH_COLUMNS };

/**
 * A plan that adds one plain data sheet with one Excel table (a consolidated response sheet):
 * a new sheet named `name`, or "name 2", "name 3", ... when taken; never owned by the analysis
 * (refresh never deletes it: it is input). Dates become ISO dates (text), booleans "ja"/"nee".
 *
 * @example planDataSheet(state, { name: "Antwoorden", tableName: "Antwoorden", rows, language: "nl" })
 */
export function planDataSheet(
  state: WorkbookState,
  options: {
    name: string;
    tableName: string;
    rows: readonly (readonly (string | number | boolean | Date | null)[])[];
    language: Language;
  }
): PublishPlan {
  const taken = (name: string) =>
    sheetKey(name) === "history" ||
    state.sheets.some((sheet) => sheetKey(sheet.name) === sheetKey(name));
  const base = excelSheetNames([options.name], options.language)[0];
  let name = base;
  for (let counter = 2; taken(name); counter += 1) name = sheetNameWithSuffix(base, ` ${counter}`);
  const takenTables = new Set<string>(state.names.map((entry) => entry.toLowerCase()));
  for (const sheet of state.sheets)
    for (const table of sheet.tables) takenTables.add(table.toLowerCase());
  const tableName = claimTableName(excelTableName(options.tableName), takenTables);

  const cell = (value: string | number | boolean | Date | null | undefined): WrittenCell => {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === "boolean") return value ? "ja" : "nee";
    return writtenCell(value);
  };
  const [header = [], ...body] = options.rows;
  const width = Math.max(header.length, ...body.map((row) => row.length), 1);
  const headers = tableHeaders(
    Array.from({ length: width }, (_unused, index) => {
      const value = header[index];
      return value === null || value === undefined ? "" : String(cell(value) ?? "");
    }),
    options.language
  );
  const rows: WrittenCell[][] =
    body.length > 0
      ? body.map((row) => Array.from({ length: width }, (_unused, index) => cell(row[index])))
      : [new Array<WrittenCell>(width).fill(null)];
  const textColumns = headers.map((_header, index) =>
    rows.some((row) => typeof row[index] === "string")
  );
  const table: PlanTable = {
    name: tableName,
    reportName: tableName,
    row: 0,
    column: 0,
    headers,
    rows,
    numberFormats: headers.map(() => "General"),
    textColumns,
    labelColumn: -1,
    style: TABLE_STYLE,
  };
  const widths = headers.map((text, index) => {
    const longest = rows.reduce<number>(
      (max, row) => Math.max(max, String(row[index] ?? "").length),
      text.length
    );
    return Math.min(MAX_TEXT_COLUMN_WIDTH, Math.max(MIN_TEXT_COLUMN_WIDTH, longest + 2));
  });
  return {
    mode: "full",
    sheets: [
      {
        key: name,
        name,
        target: { kind: "create" },
        lines: [],
        tables: [table],
        chartData: [],
        charts: [],
        columnWidths: widths,
      },
    ],
    deleteSheets: [],
    deleteTables: [],
    deleteCharts: [],
    renamed: [],
    activate: name,
  };
}
