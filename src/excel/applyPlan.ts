/**
 * Executes a PublishPlan inside Excel in a fixed number of syncs, whatever the number of rows,
 * items or tables:
 *
 * A. delete Netwerkmeter's old charts and tables (by name) and the owned sheets no longer needed,
 *    clear the owned sheets that are reused, add the new sheets and mark every owned sheet with
 *    its sheet-scoped name (sheetMarker.ts: ownership that survives the id changes between
 *    sessions); store the metadata (names only), so a failure further on still leaves the new
 *    sheets owned; load the calculation mode;
 * B. per sheet one numberFormat write and one values write for the whole block of cells (text
 *    that Excel would read as a formula, number or date is formatted "@" first), then the Excel
 *    tables, fonts, alignment, status colours (conditional formats) and column widths, the metadata again (now with the new sheets' ids)
 *    and the first output sheet activated. API calculation is suspended while writing
 *    (ExcelApi 1.6) only when sync C follows;
 * C. the recalculation that suspension makes the add-in's job ("it is the developer's
 *    responsibility to re-calc the workbook", Application.suspendApiCalculationUntilNextSync;
 *    skipped in Manual calculation mode), and the charts (drawCharts.ts: a chart that fails is
 *    named in a warning, the others are drawn).
 *
 * B is split into several syncs only when the cells exceed the payload budget (4 MB by default;
 * Excel on the web refuses requests over 5 MB, counted in UTF-8 bytes): one more sync per extra
 * budget's worth of cells.
 */
import type { Language } from "../analysis/language";
import { excelTextLiteral, type WrittenCell } from "../workbook/cells";
import type { ApplyResult, PlanSheet, PlanTable, PublishPlan } from "../workbook/port";
import { WorkbookError } from "../workbook/port";
import { sheetCells } from "../workbook/publish";
import { PAGE_FOOTER, REPORT_COLORS } from "../workbook/reportLayout";
import { quoteSheetName } from "../report/names";
import { columnWidthPoints } from "./charts";
import { drawCharts } from "./drawCharts";
import type { ExcelRun, IsSetSupported } from "./runtime";
import { queueWriteMetadata } from "./settings";
import { queueMarkSheet } from "./sheetMarker";

export interface ApplyContext {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  language: Language;
  payloadBudgetBytes: number;
}

const TEXTS = {
  nl: {
    protected: (sheet: string) =>
      `Het blad '${sheet}' van Netwerkmeter is beveiligd (Controleren > Blad beveiligen opheffen): hef de beveiliging op en probeer opnieuw. Er is niets gewijzigd.`,
  },
  en: {
    protected: (sheet: string) =>
      `Netwerkmeter's sheet '${sheet}' is protected (Review > Unprotect Sheet): unprotect it and try again. Nothing was changed.`,
  },
};

/** A rectangle of cells written with one numberFormat and one values assignment. */
export interface WritePiece {
  sheet: number;
  row: number;
  rowCount: number;
  columnCount: number;
  values: WrittenCell[][];
  numberFormats: (string | null)[][];
  bytes: number;
}

/**
 * Bytes of a string in UTF-8: what the request body carries (JavaScript's `length` counts UTF-16
 * units, so "é" would count 1 instead of 2 and "€" 1 instead of 3).
 *
 * @example utf8Bytes("Verschil (€)") // 14
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

const sizeOf = (values: unknown[][], formats: unknown[][]) =>
  utf8Bytes(JSON.stringify(values)) + utf8Bytes(JSON.stringify(formats));

/**
 * The cell writes of a plan, split by rows so that no piece exceeds `budget` bytes (the UTF-8
 * bytes of the values' and formats' JSON, which is what travels to Excel).
 */
export function writePieces(sheets: readonly PlanSheet[], budget: number): WritePiece[] {
  const pieces: WritePiece[] = [];
  sheets.forEach((sheet, index) => {
    const cells = sheetCells(sheet, true);
    if (cells.rowCount === 0) return;
    const split = (row: number, rowCount: number) => {
      const values = cells.values.slice(row, row + rowCount);
      const numberFormats = cells.numberFormats.slice(row, row + rowCount);
      const bytes = sizeOf(values, numberFormats);
      if (bytes > budget && rowCount > 1) {
        const half = Math.ceil(rowCount / 2);
        split(row, half);
        split(row + half, rowCount - half);
        return;
      }
      pieces.push({
        sheet: index,
        row,
        rowCount,
        columnCount: cells.columnCount,
        values,
        numberFormats,
        bytes,
      });
    };
    split(0, cells.rowCount);
  });
  return pieces;
}

/** Pieces grouped into syncs of at most `budget` bytes each (in order). */
export function groupPieces(pieces: readonly WritePiece[], budget: number): WritePiece[][] {
  const groups: WritePiece[][] = [];
  let current: WritePiece[] = [];
  let size = 0;
  for (const piece of pieces) {
    if (current.length > 0 && size + piece.bytes > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(piece);
    size += piece.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * A table's status columns (PlanTable.valueFills) as conditional formats: one cellValue rule
 * "EqualTo" the word per value, with its fill and text colour (ExcelApi 1.6:
 * Range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue), ConditionalCellValueRule
 * { formula1, operator }). Queued with the other formatting, so it costs no sync. The word is in
 * the cell, so a host without ExcelApi 1.6 loses only the colour.
 */
function queueValueFills(worksheet: Excel.Worksheet, table: PlanTable): void {
  for (const { column, fills } of table.valueFills ?? []) {
    const cells = worksheet.getRangeByIndexes(
      table.row + 1,
      table.column + column,
      table.rows.length,
      1
    );
    for (const rule of fills) {
      // `cellValue` is the new format's navigation property (a proxy to write), not a loaded value.
      // eslint-disable-next-line office-addins/load-object-before-read
      const conditional = cells.conditionalFormats.add("CellValue").cellValue;
      conditional.format.fill.color = rule.fill;
      conditional.format.font.color = rule.font;
      conditional.rule = { formula1: `=${excelTextLiteral(rule.value)}`, operator: "EqualTo" };
    }
  }
}

/**
 * As the report file (src/xlsx/exceljsPort.ts): the overview's table of contents as cell
 * hyperlinks to the sheets (Range.hyperlink, ExcelApi 1.7; never a HYPERLINK formula), in the
 * link colour, underlined.
 */
function queueSheetLinks(worksheet: Excel.Worksheet, sheet: PlanSheet): void {
  for (const line of sheet.lines) {
    if (!line.link) continue;
    const cell = worksheet.getRangeByIndexes(line.row, 0, 1, 1);
    cell.hyperlink = {
      documentReference: `${quoteSheetName(line.link)}!A1`,
      textToDisplay: line.text,
    };
    cell.format.font.color = REPORT_COLORS.link;
    cell.format.font.underline = "Single";
  }
}

/**
 * As the report file: the rows down to the table's header kept in view (freezePanes, 1.7) and,
 * where the host has page layout (1.9), the sheet printed landscape on A4, one page wide, with
 * the table's header on every page and the sheet name and page number in the footer. Queued in
 * sync A with the sheet itself: it needs no cells, and sync B's payload stays what the budget
 * counts (the cells and their formats).
 */
function queueSheetFrame(
  worksheet: Excel.Worksheet,
  sheet: PlanSheet,
  options: { pageLayout: boolean; language: Language }
): void {
  if (sheet.freezeRows) worksheet.freezePanes.freezeRows(sheet.freezeRows);
  if (!options.pageLayout) return;
  const layout = worksheet.pageLayout;
  layout.orientation = "Landscape";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (sheet.printTitleRow !== undefined)
    layout.setPrintTitleRows(`$${sheet.printTitleRow + 1}:$${sheet.printTitleRow + 1}`);
  const footers = layout.headersFooters.defaultForAllPages;
  footers.leftFooter = "&A";
  footers.rightFooter = PAGE_FOOTER[options.language];
}

/** Tables, fonts, alignment, widths and layout of one sheet (after its values are written). */
function queueSheetFormatting(
  worksheet: Excel.Worksheet,
  sheet: PlanSheet,
  conditionalFormats: boolean
): void {
  for (const table of sheet.tables) {
    const columns = table.headers.length;
    const range = worksheet.getRangeByIndexes(
      table.row,
      table.column,
      1 + table.rows.length,
      columns
    );
    const created = worksheet.tables.add(range, true);
    created.name = table.name;
    created.style = table.style;
    const header = worksheet.getRangeByIndexes(table.row, table.column, 1, columns);
    header.format.wrapText = true;
    header.format.verticalAlignment = "Bottom";
    table.textColumns.forEach((isText, column) => {
      if (!isText) return;
      const cells = worksheet.getRangeByIndexes(
        table.row + 1,
        table.column + column,
        table.rows.length,
        1
      );
      cells.format.verticalAlignment = "Top";
      if (column === table.labelColumn) cells.format.wrapText = true;
    });
    if (conditionalFormats) queueValueFills(worksheet, table);
  }
  // Lines: one range per run of rows with the same style.
  let start = 0;
  while (start < sheet.lines.length) {
    let end = start + 1;
    while (
      end < sheet.lines.length &&
      sheet.lines[end].style === sheet.lines[start].style &&
      sheet.lines[end].row === sheet.lines[end - 1].row + 1
    )
      end += 1;
    const first = sheet.lines[start];
    const font = worksheet.getRangeByIndexes(first.row, 0, end - start, 1).format.font;
    if (first.style === "reportTitle") {
      font.bold = true;
      font.size = 15;
    } else if (first.style === "title") {
      font.bold = true;
      font.size = 13;
    } else if (first.style === "note") {
      font.italic = true;
      font.color = REPORT_COLORS.note;
    }
    start = end;
  }
  sheet.columnWidths.forEach((width, column) => {
    if (width === undefined) return;
    worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  queueSheetLinks(worksheet, sheet);
}

/** WorkbookPort.applyPlan for Office.js. */
export async function applyWorkbookPlan(
  plan: PublishPlan,
  options: ApplyContext
): Promise<ApplyResult> {
  const result: ApplyResult = {
    sheets: plan.sheets.map((sheet) => sheet.name),
    tables: plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
    charts: [],
    warnings: [],
  };
  const metadata = plan.metadata
    ? { ...plan.metadata, ownedSheets: plan.metadata.ownedSheets.map((entry) => ({ ...entry })) }
    : null;
  // Sheets carry their key as a marker when the plan stores metadata or asks for it (feedback).
  const marks = metadata !== null || plan.markSheets === true;

  // A protected sheet of Netwerkmeter's refuses the clear and the writes (AccessDenied): say so
  // before changing anything, naming the sheet.
  const locked = plan.sheets.find(
    (sheet) => sheet.target.kind === "reuse" && sheet.target.protected
  );
  if (locked)
    throw new WorkbookError(TEXTS[options.language].protected(locked.name), "SHEET_PROTECTED");

  await options.run(async (context) => {
    const workbook = context.workbook;
    const worksheets = workbook.worksheets;
    const sheetProxy = (sheet: { name: string; id?: string }) =>
      worksheets.getItem(sheet.id ?? sheet.name);

    for (const chart of plan.deleteCharts)
      worksheets.getItem(chart.sheet).charts.getItem(chart.name).delete();

    const hasCharts = plan.sheets.some((sheet) => sheet.charts.length > 0);
    const conditionalFormats = options.isSetSupported("ExcelApi", "1.6");
    const application = workbook.application;
    let suspended = false;
    let targets: Excel.Worksheet[];
    if (plan.mode === "full") {
      application.load("calculationMode");
      // Sync A: make room.
      for (const table of plan.deleteTables)
        worksheets.getItem(table.sheet).tables.getItem(table.name).delete();
      for (const sheet of plan.deleteSheets) {
        const worksheet = sheetProxy(sheet);
        // Excel refuses to delete a very hidden sheet (office-js#365): show it first.
        worksheet.visibility = "Visible";
        worksheet.delete();
      }
      targets = plan.sheets.map((sheet) => {
        if (sheet.target.kind === "reuse") {
          const worksheet = sheetProxy({ name: sheet.name, id: sheet.target.id });
          worksheet.getRange().clear("All");
          // The frozen rows of the previous run go too (the new run freezes its own).
          worksheet.freezePanes.unfreeze();
          // The status colours of the previous run go too (refresh replaces, never stacks).
          if (conditionalFormats) worksheet.getRange().conditionalFormats.clearAll();
          if (marks) queueMarkSheet(worksheet, sheet.key, sheet.target.marker);
          return worksheet;
        }
        const created = worksheets.add(sheet.name);
        created.load("id");
        if (marks) queueMarkSheet(created, sheet.key, undefined);
        return created;
      });
      const frame = {
        pageLayout: options.isSetSupported("ExcelApi", "1.9"),
        language: options.language,
      };
      plan.sheets.forEach((sheet, index) => queueSheetFrame(targets[index], sheet, frame));
      if (metadata) queueWriteMetadata(context, metadata);
      await context.sync();
      plan.sheets.forEach((sheet, index) => {
        const owned = metadata?.ownedSheets.find((entry) => entry.key === sheet.key);
        if (owned && sheet.target.kind === "create") owned.id = targets[index].id;
      });

      // Sync B (more only when the cells exceed the payload budget).
      const groups = groupPieces(
        writePieces(plan.sheets, options.payloadBudgetBytes),
        options.payloadBudgetBytes
      );
      if (groups.length === 0) groups.push([]);
      if (options.isSetSupported("ExcelApi", "1.9"))
        workbook.application.suspendScreenUpdatingUntilNextSync();
      for (let group = 0; group < groups.length; group += 1) {
        // Only when sync C follows, where the recalculation goes.
        if (hasCharts) {
          application.suspendApiCalculationUntilNextSync();
          suspended = true;
        }
        for (const piece of groups[group]) {
          const range = targets[piece.sheet].getRangeByIndexes(
            piece.row,
            0,
            piece.rowCount,
            piece.columnCount
          );
          // Formats first: a cell formatted "@" keeps the text that follows as text.
          range.numberFormat = piece.numberFormats;
          range.values = piece.values;
        }
        if (group === groups.length - 1) {
          plan.sheets.forEach((sheet, index) =>
            queueSheetFormatting(targets[index], sheet, conditionalFormats)
          );
          if (metadata) queueWriteMetadata(context, metadata);
          if (plan.activate) worksheets.getItem(plan.activate).activate();
        }
        // One sync per group; there is more than one group only for cells over the payload budget.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    } else {
      targets = plan.sheets.map((sheet) =>
        sheetProxy({
          name: sheet.name,
          id: sheet.target.kind === "reuse" ? sheet.target.id : undefined,
        })
      );
      if (metadata) queueWriteMetadata(context, metadata);
    }

    // Sync C: the recalculation and the charts.
    const charts = plan.sheets.flatMap((sheet, index) =>
      sheet.charts.map((chart) => ({ chart, worksheet: targets[index] }))
    );
    if (charts.length === 0 && plan.mode === "full") return;
    const drawn = await drawCharts(context, charts, {
      isSetSupported: options.isSetSupported,
      language: options.language,
      beforeCharts: () => {
        if (suspended && application.calculationMode !== "Manual") application.calculate("Full");
      },
    });
    // Grafieken invoegen draws nothing else: when no chart could be drawn, that is an error.
    if (plan.mode !== "full" && drawn.drawn.length === 0 && drawn.lastError !== undefined)
      throw drawn.lastError;
    result.charts = drawn.drawn;
    result.warnings.push(...drawn.warnings);
  });
  return result;
}
