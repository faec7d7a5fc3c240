/**
 * The ExcelJS adapter of the WorkbookPort: publishes into an in-memory ExcelJS workbook, in the
 * browser preview (the task pane outside Office) and for the command line's report file
 * (writeReport.ts uses writePlanSheets). Works in Node and in the browser; ExcelJS is only
 * imported as a type here, so the caller decides when the library is loaded (the preview host
 * loads it lazily with import("exceljs")).
 *
 * Differences with the Office.js adapter:
 * - ExcelJS cannot create charts: the port keeps the planned charts (`charts`) and their data
 *   blocks are written as cells; the chart parts are added when the file is written
 *   (src/xlsx/charts/writeWithCharts.ts, the preview's download and the command line's report);
 * - the metadata lives in a very hidden sheet (METADATA_SHEET), so a downloaded file keeps it and
 *   opening it in the preview again (or refreshing) finds Netwerkmeter's own sheets;
 * - no selection: "auto" reads the active sheet (the workbook view's active tab) when it is
 *   usable, else the stored input, else the first visible sheet with data that is neither
 *   Netwerkmeter's nor a codebook.
 */
import type * as ExcelJS from "exceljs";
import type { CellValue, Grid } from "../analysis/grid";
import { isPercentFormat, percentCellKey } from "../analysis/grid";
import type { Language } from "../analysis/language";
import { findSheetName, isCodebookSheetName, storedRequest } from "../workbook/inputs";
import type { MetadataReading, NetwerkmeterMetadata, StoredInput } from "../workbook/metadata";
import { parseMetadata, serializeMetadata } from "../workbook/metadata";
import { parseAddress, quoteSheetName, rectAddress, sheetKey } from "../report/names";
import type {
  ApplyResult,
  InputRead,
  InputRequest,
  PlanChart,
  PlanSheet,
  PlanTable,
  PublishPlan,
  ReadInputOptions,
  SheetInfo,
  SheetsRead,
  WorkbookPort,
  WorkbookState,
} from "../workbook/port";
import { WorkbookError } from "../workbook/port";
import { resolveOwnership } from "../workbook/ownership";
import { plainCellValue } from "./readXlsx";
import { excelTextLiteral } from "../workbook/cells";
import { argb, PAGE_FOOTER, REPORT_COLORS } from "../workbook/reportLayout";
import { wrappedRowHeight } from "./wrappedRowHeight";

/** The very hidden sheet holding the metadata blob (column A, in pieces of 30,000 characters). */
export const METADATA_SHEET = "_Netwerkmeter_analyse";
const METADATA_MARKER = "netwerkmeter-analyse";
const METADATA_PIECE = 30000;

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 13 };
const REPORT_TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 15 };
const NOTE_FONT: Partial<ExcelJS.Font> = {
  italic: true,
  color: { argb: argb(REPORT_COLORS.note) },
};

const TEXTS = {
  nl: {
    total: "Totaal",
    noData: "Geen gegevens gevonden: open een werkmap met antwoorden.",
    tableMissing: (table: string) => `De tabel '${table}' bestaat niet (meer) in deze werkmap.`,
    sheetMissing: (sheet: string) => `Het blad '${sheet}' bestaat niet (meer) in deze werkmap.`,
  },
  en: {
    total: "Total",
    noData: "No data found: open a workbook with answers.",
    tableMissing: (table: string) =>
      `The table '${table}' does not exist (any more) in this workbook.`,
    sheetMissing: (sheet: string) =>
      `The sheet '${sheet}' does not exist (any more) in this workbook.`,
  },
};

const VISIBILITY: Record<string, SheetInfo["visibility"]> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Tables of an ExcelJS worksheet (ExcelJS types getTables() wrongly as [Table, void][]). */
function tablesOf(worksheet: ExcelJS.Worksheet): { name: string; ref: string }[] {
  const tables =
    (
      worksheet as unknown as {
        tables?: Record<string, { table?: { tableRef?: string; ref?: string }; name?: string }>;
      }
    ).tables ?? {};
  return Object.entries(tables).map(([name, table]) => ({
    name: table.name ?? name,
    ref: table.table?.tableRef ?? table.table?.ref ?? "A1",
  }));
}

/**
 * A worksheet (or a rectangle of it) as a Grid, the way readXlsx reads sheets: formulas give
 * their cached result, rich text its text, copies of a merged cell are dropped; the grid starts
 * at the first row and column holding a value.
 */
export function worksheetGrid(
  worksheet: ExcelJS.Worksheet,
  file?: string,
  area?: { row: number; column: number; rowCount: number; columnCount: number }
): Grid {
  const placed: { row: number; column: number; value: CellValue }[] = [];
  const percentCells = new Set<number>();
  let firstRow = Infinity;
  let firstColumn = Infinity;
  let lastRow = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowIndex = rowNumber - 1;
    if (area && (rowIndex < area.row || rowIndex >= area.row + area.rowCount)) return;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const columnIndex = columnNumber - 1;
      if (area && (columnIndex < area.column || columnIndex >= area.column + area.columnCount))
        return;
      if (cell.isMerged && cell.master !== cell) return;
      const value = plainCellValue(cell.value);
      if (value === null) return;
      placed.push({ row: rowIndex, column: columnIndex, value });
      if (typeof value === "number" && cell.numFmt && isPercentFormat(cell.numFmt))
        percentCells.add(percentCellKey(rowIndex, columnIndex));
      firstRow = Math.min(firstRow, rowIndex);
      firstColumn = Math.min(firstColumn, columnIndex);
      lastRow = Math.max(lastRow, rowIndex);
    });
  });
  if (placed.length === 0)
    return {
      file,
      sheet: worksheet.name,
      originRow: area?.row ?? 0,
      originColumn: area?.column ?? 0,
      rows: [],
    };
  // A fixed area keeps its own top-left corner, so addresses match what the user chose.
  const top = area ? area.row : firstRow;
  const left = area ? area.column : firstColumn;
  const rows: CellValue[][] = Array.from({ length: lastRow - top + 1 }, () => []);
  for (const { row, column, value } of placed) {
    const line = rows[row - top];
    while (line.length < column - left) line.push(null);
    line[column - left] = value;
  }
  const grid: Grid = { file, sheet: worksheet.name, originRow: top, originColumn: left, rows };
  if (percentCells.size > 0) grid.percentCells = percentCells;
  return grid;
}

/** Reads the metadata blob from the very hidden sheet. */
export function readWorkbookMetadata(
  workbook: ExcelJS.Workbook,
  language: Language = "nl"
): MetadataReading {
  const sheet = workbook.getWorksheet(METADATA_SHEET);
  if (!sheet) return { metadata: null };
  if (sheet.getCell(1, 1).value !== METADATA_MARKER) return { metadata: null };
  let text = "";
  for (let row = 2; row <= sheet.rowCount; row += 1) {
    const value = sheet.getCell(row, 1).value;
    if (typeof value === "string") text += value;
  }
  return parseMetadata(text, language);
}

/** Writes the metadata blob into the very hidden sheet (created when missing). */
export function writeWorkbookMetadata(
  workbook: ExcelJS.Workbook,
  metadata: NetwerkmeterMetadata
): void {
  const existing = workbook.getWorksheet(METADATA_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(METADATA_SHEET, { state: "veryHidden" });
  sheet.getCell(1, 1).value = METADATA_MARKER;
  const text = serializeMetadata(metadata);
  for (let index = 0, row = 2; index < text.length; index += METADATA_PIECE, row += 1) {
    const cell = sheet.getCell(row, 1);
    cell.value = text.slice(index, index + METADATA_PIECE);
    cell.numFmt = "@";
  }
}

/** The workbook's state for the planner. */
export function exceljsState(workbook: ExcelJS.Workbook, language: Language = "nl"): WorkbookState {
  const names = (workbook.definedNames as unknown as { model?: { name: string }[] }).model ?? [];
  const active = workbook.views?.[0]?.activeTab;
  const sheets = workbook.worksheets;
  return {
    sheets: sheets.map((worksheet) => ({
      name: worksheet.name,
      id: String(worksheet.id),
      visibility: VISIBILITY[worksheet.state] ?? "Visible",
      tables: tablesOf(worksheet).map((table) => table.name),
      charts: [],
    })),
    names: names.map((entry) => entry.name),
    metadata: readWorkbookMetadata(workbook, language),
    activeSheet: active !== undefined ? sheets[active]?.name : undefined,
  };
}

/** Sets the height of rows with wrapped text to fit their lines (wrappedRowHeight.ts). */
function fitWrappedRowHeights(worksheet: ExcelJS.Worksheet): void {
  worksheet.eachRow((row) => {
    let height: number | undefined;
    row.eachCell((cell) => {
      if (!cell.alignment?.wrapText || typeof cell.value !== "string") return;
      const needed = wrappedRowHeight(cell.value, worksheet.getColumn(cell.col).width);
      if (needed !== undefined) height = Math.max(height ?? 0, needed);
    });
    if (height !== undefined) row.height = height;
  });
}

/** The chart data blocks: a header row (text) and the rows, numbers in the block's format. */
function writeChartData(worksheet: ExcelJS.Worksheet, sheet: PlanSheet): void {
  for (const block of sheet.chartData) {
    block.header.forEach((header, index) => {
      const cell = worksheet.getCell(block.row + 1, block.column + index + 1);
      cell.value = header;
      cell.numFmt = "@";
      cell.font = { bold: true };
    });
    block.rows.forEach((cells, offset) =>
      cells.forEach((value, index) => {
        if (value === null) return;
        const cell = worksheet.getCell(block.row + offset + 2, block.column + index + 1);
        cell.value = value;
        cell.numFmt = index === 0 || typeof value === "string" ? "@" : block.numberFormat;
      })
    );
  }
}

/**
 * A table's status columns (PlanTable.valueFills) as conditional formatting: one cellIs-equal rule
 * per value over the column's data rows, with the fill and text colour as a differential format
 * (ECMA-376 §18.3.1.10 conditionalFormatting, §18.8.14 dxf). The word stays in the cell.
 */
function addValueFills(worksheet: ExcelJS.Worksheet, table: PlanTable): void {
  for (const { column, fills } of table.valueFills ?? []) {
    // The address computed, not asked of a cell: getCell would add the (empty) cells to the sheet.
    const ref = rectAddress({
      row: table.row + 1,
      column: table.column + column,
      rowCount: table.rows.length,
      columnCount: 1,
    });
    worksheet.addConditionalFormatting({
      ref,
      rules: fills.map((rule, index) => ({
        type: "cellIs",
        operator: "equal",
        priority: index + 1,
        formulae: [excelTextLiteral(rule.value)],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
          font: { color: { argb: argb(rule.font) } },
        },
      })),
    });
  }
}

/** Writes one planned sheet into an (empty) worksheet: lines, tables, formats, widths, print setup. */
function writeSheet(
  worksheet: ExcelJS.Worksheet,
  sheet: PlanSheet,
  language: Language,
  largeTables: ReadonlySet<string>
): void {
  for (const line of sheet.lines) {
    const cell = worksheet.getCell(line.row + 1, 1);
    // A table-of-contents entry: a cell hyperlink to the sheet (never a HYPERLINK formula).
    cell.value = line.link
      ? { text: line.text, hyperlink: `#${quoteSheetName(line.link)}!A1` }
      : line.text;
    if (line.link) cell.font = { color: { argb: argb(REPORT_COLORS.link) }, underline: true };
    if (line.style === "reportTitle") cell.font = REPORT_TITLE_FONT;
    else if (line.style === "title") cell.font = TITLE_FONT;
    else if (line.style === "note") cell.font = NOTE_FONT;
  }
  writeChartData(worksheet, sheet);
  for (const table of sheet.tables) {
    const headerRow = table.row + 1;
    // A large table keeps its first data row here; largeTableRows.ts writes the others.
    const rows = largeTables.has(table.name) ? table.rows.slice(0, 1) : table.rows;
    worksheet.addTable({
      name: table.name,
      ref: worksheet.getCell(headerRow, table.column + 1).address,
      headerRow: true,
      totalsRow: false,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      // totalsRowLabel: the label Excel shows if the user switches the totals row on (ExcelJS default "Total").
      columns: table.headers.map((header, index) =>
        index === 0
          ? { name: header, filterButton: true, totalsRowLabel: TEXTS[language].total }
          : { name: header, filterButton: true }
      ),
      rows: rows.map((row) => [...row]),
    });
    // One style object per column, shared by its data cells: ExcelJS registers a style object once
    // (its style registry is keyed by the object) instead of serialising one per cell — seconds
    // for the 500,000 cells of the indicator benchmark's report. Nothing below changes these
    // cells' styles one by one.
    const styles = table.headers.map((_header, index): Partial<ExcelJS.Style> =>
      table.textColumns[index]
        ? {
            numFmt: table.numberFormats[index],
            alignment: { wrapText: index === table.labelColumn, vertical: "top" },
          }
        : { numFmt: table.numberFormats[index] }
    );
    table.headers.forEach((_header, index) => {
      worksheet.getCell(headerRow, table.column + index + 1).alignment = {
        wrapText: true,
        vertical: "bottom",
      };
    });
    for (let offset = 1; offset <= rows.length; offset += 1) {
      const row = worksheet.getRow(headerRow + offset);
      styles.forEach((style, index) => {
        row.getCell(table.column + index + 1).style = style;
      });
    }
    addValueFills(worksheet, table);
  }
  sheet.columnWidths.forEach((width, index) => {
    if (width !== undefined) worksheet.getColumn(index + 1).width = width;
  });
  fitWrappedRowHeights(worksheet);
  // Printed reports: landscape A4, one page wide, as many pages down as needed, the table's
  // header on every page, the sheet name and page number in the footer.
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(sheet.printTitleRow !== undefined
      ? { printTitlesRow: `${sheet.printTitleRow + 1}:${sheet.printTitleRow + 1}` }
      : {}),
  };
  worksheet.headerFooter = {
    ...worksheet.headerFooter,
    oddFooter: `&L&A&R${PAGE_FOOTER[language]}`,
  };
  if (sheet.freezeRows)
    worksheet.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows }];
}

/**
 * Executes the sheet part of a plan on an ExcelJS workbook: removes the owned sheets the plan
 * deletes, empties reused ones (removed and added again at the same position: ExcelJS cannot
 * clear a sheet with tables), adds new ones, and writes every sheet. Charts are not drawn.
 * Tables named in `largeTables` get their header and first data row only (their conditional
 * formats cover all rows): the report file writes the other rows as sheet XML
 * (largeTableRows.ts).
 */
export function writePlanSheets(
  workbook: ExcelJS.Workbook,
  plan: PublishPlan,
  language: Language = "nl",
  largeTables: ReadonlySet<string> = new Set()
): void {
  const find = (sheet: { name: string; id?: string }) =>
    workbook.worksheets.find((worksheet) =>
      sheet.id !== undefined
        ? String(worksheet.id) === sheet.id
        : sheetKey(worksheet.name) === sheetKey(sheet.name)
    ) ?? workbook.worksheets.find((worksheet) => sheetKey(worksheet.name) === sheetKey(sheet.name));
  for (const sheet of plan.deleteSheets) {
    const worksheet = find(sheet);
    if (worksheet) workbook.removeWorksheet(worksheet.id);
  }
  const written: { worksheet: ExcelJS.Worksheet; sheet: PlanSheet }[] = [];
  for (const sheet of plan.sheets) {
    let worksheet: ExcelJS.Worksheet;
    if (sheet.target.kind === "reuse") {
      const old = find({ name: sheet.name, id: sheet.target.id });
      const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
      const state = old?.state;
      if (old) workbook.removeWorksheet(old.id);
      worksheet = workbook.addWorksheet(sheet.name, state ? { state } : undefined);
      if (orderNo !== undefined) (worksheet as unknown as { orderNo: number }).orderNo = orderNo;
    } else {
      worksheet = workbook.addWorksheet(sheet.name);
    }
    written.push({ worksheet, sheet });
  }
  for (const { worksheet, sheet } of written) writeSheet(worksheet, sheet, language, largeTables);
}

export interface ExcelJsPortOptions {
  /** File name shown in messages and stored in the grids. */
  fileName?: string;
  language?: Language;
}

/** WorkbookPort over an in-memory ExcelJS workbook. */
export class ExcelJsWorkbookPort implements WorkbookPort {
  readonly kind = "exceljs" as const;
  readonly drawsCharts = true;
  /**
   * The charts the workbook should show when written (ExcelJS drops charts when it loads a file:
   * they start as the ones stored in the metadata, whose data blocks are still in the cells).
   */
  charts: PlanChart[];

  constructor(
    readonly workbook: ExcelJS.Workbook,
    private options: ExcelJsPortOptions = {}
  ) {
    const stored = readWorkbookMetadata(workbook, options.language ?? "nl").metadata?.charts ?? [];
    this.charts = stored.filter((chart) =>
      workbook.worksheets.some((worksheet) => sheetKey(worksheet.name) === sheetKey(chart.sheet))
    );
  }

  private get language(): Language {
    return this.options.language ?? "nl";
  }

  /** The language of the port's own messages and labels (the task pane's switch). */
  setLanguage(language: Language): void {
    this.options = { ...this.options, language };
  }

  async readState(): Promise<WorkbookState> {
    return exceljsState(this.workbook, this.language);
  }

  async readInput(request: InputRequest, readOptions: ReadInputOptions): Promise<InputRead> {
    const language = this.language;
    const texts = TEXTS[language];
    const workbook = this.workbook;
    const state = exceljsState(workbook, language);
    const file = this.options.fileName;
    const worksheetOf = (name: string) =>
      workbook.worksheets.find((worksheet) => sheetKey(worksheet.name) === sheetKey(name));

    let chosen: StoredInput;
    let codebookSheets = readOptions.codebookSheets;
    if (request.kind === "stored") {
      const stored = storedRequest(state.metadata, language);
      chosen = stored.input;
      codebookSheets = stored.codebookSheets;
    } else if (request.kind === "auto" || request.kind === "selection") {
      const ownership = resolveOwnership(state);
      const usable = (index: number) => {
        const sheet = state.sheets[index];
        if (!sheet || ownership.bySheet.has(index) || isCodebookSheetName(sheet.name)) return false;
        if (sheet.visibility !== "Visible") return false;
        const worksheet = worksheetOf(sheet.name);
        return worksheet !== undefined && worksheet.actualRowCount > 0;
      };
      const activeIndex = state.sheets.findIndex((sheet) => sheet.name === state.activeSheet);
      const stored = state.metadata.metadata?.input;
      if (activeIndex >= 0 && usable(activeIndex))
        chosen = { kind: "sheet", sheet: state.sheets[activeIndex].name };
      else if (stored && worksheetOf(stored.sheet)) chosen = stored;
      else {
        const first = state.sheets.findIndex((_sheet, index) => usable(index));
        if (first < 0) throw new WorkbookError(texts.noData, "NO_DATA");
        chosen = { kind: "sheet", sheet: state.sheets[first].name };
      }
    } else {
      chosen = request;
    }

    let grid: Grid;
    let source: InputRead["source"];
    if (chosen.kind === "table") {
      const wanted = chosen.table;
      let found: { worksheet: ExcelJS.Worksheet; ref: string; name: string } | undefined;
      for (const worksheet of workbook.worksheets) {
        const table = tablesOf(worksheet).find(
          (candidate) => candidate.name.toLowerCase() === wanted.toLowerCase()
        );
        if (table) found = { worksheet, ref: table.ref, name: table.name };
      }
      if (!found) throw new WorkbookError(texts.tableMissing(wanted), "TABLE_NOT_FOUND");
      const rect = parseAddress(found.ref);
      grid = worksheetGrid(found.worksheet, file, rect);
      chosen = { kind: "table", table: found.name, sheet: found.worksheet.name };
      source = {
        kind: "table",
        sheet: found.worksheet.name,
        address: rectAddress(rect),
        table: found.name,
      };
    } else {
      const worksheet = worksheetOf(chosen.sheet);
      if (!worksheet) throw new WorkbookError(texts.sheetMissing(chosen.sheet), "SHEET_NOT_FOUND");
      if (chosen.kind === "range") {
        const rect = parseAddress(chosen.address);
        grid = worksheetGrid(worksheet, file, rect);
        chosen = { kind: "range", sheet: worksheet.name, address: rectAddress(rect) };
        source = { kind: "selection", sheet: worksheet.name, address: rectAddress(rect) };
      } else {
        grid = worksheetGrid(worksheet, file);
        chosen = { kind: "sheet", sheet: worksheet.name };
        const width = grid.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
        source = {
          kind: "sheet",
          sheet: worksheet.name,
          address: rectAddress({
            row: grid.originRow,
            column: grid.originColumn,
            rowCount: Math.max(1, grid.rows.length),
            columnCount: Math.max(1, width),
          }),
        };
      }
    }

    const codebookName = findSheetName(
      workbook.worksheets.map((worksheet) => worksheet.name),
      codebookSheets
    );
    const codebookSheet = codebookName !== undefined ? worksheetOf(codebookName) : undefined;
    const codebook = codebookSheet ? worksheetGrid(codebookSheet, file) : undefined;
    return {
      data: grid,
      ...(codebook && codebook.rows.length > 0 ? { codebook } : {}),
      source,
      stored: chosen,
      state,
    };
  }

  async readSheets(names: readonly string[]): Promise<SheetsRead> {
    const grids: Grid[] = [];
    const seen = new Set<string>();
    for (const name of names) {
      const worksheet = this.workbook.worksheets.find(
        (candidate) => sheetKey(candidate.name) === sheetKey(name)
      );
      if (!worksheet || seen.has(worksheet.name)) continue;
      seen.add(worksheet.name);
      const grid = worksheetGrid(worksheet, this.options.fileName);
      if (grid.rows.length > 0) grids.push(grid);
    }
    return { grids, state: exceljsState(this.workbook, this.language) };
  }

  async applyPlan(plan: PublishPlan): Promise<ApplyResult> {
    if (plan.mode === "full") writePlanSheets(this.workbook, plan, this.language);
    // The charts of the written sheets replace what those sheets (and deleted ones) had.
    const replaced = new Set(
      [...plan.sheets, ...plan.deleteSheets].map((sheet) => sheetKey(sheet.name))
    );
    const drawn = plan.sheets.flatMap((sheet) => sheet.charts);
    this.charts = [
      ...this.charts.filter((chart) => !replaced.has(sheetKey(chart.sheet))),
      ...drawn,
    ];
    if (plan.metadata) writeWorkbookMetadata(this.workbook, plan.metadata);
    if (plan.activate) {
      const index = this.workbook.worksheets.findIndex(
        (worksheet) => worksheet.name === plan.activate
      );
      if (index >= 0)
        this.workbook.views = [
          { ...(this.workbook.views?.[0] ?? {}), activeTab: index } as ExcelJS.WorkbookView,
        ];
    }
    return {
      sheets: plan.sheets.map((sheet) => sheet.name),
      tables: plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
      charts: drawn.map((chart) => chart.name),
      warnings: [],
    };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const index = this.workbook.worksheets.findIndex(
      (worksheet) => sheetKey(worksheet.name) === sheetKey(sheet)
    );
    if (index < 0) return;
    const address = cell.includes("!") ? cell.slice(cell.lastIndexOf("!") + 1) : cell;
    this.workbook.views = [
      { ...(this.workbook.views?.[0] ?? {}), activeTab: index } as ExcelJS.WorkbookView,
    ];
    this.workbook.worksheets[index].views = [{ state: "normal", activeCell: address }];
  }
}
