/**
 * Writes a Report as an .xlsx workbook with ExcelJS (the command line's output file, and the
 * browser's "download" button): one worksheet per ReportSheet, each ReportTable as a real Excel
 * table under its title and notes. Returns the bytes; saving them is the caller's job.
 *
 * Chart specs are not written: ExcelJS cannot create native Excel charts. The Office.js adapter
 * draws them when the Report is published inside Excel; the tables here hold all chart data.
 */
import * as ExcelJS from "exceljs";
import type { Language } from "../analysis/language";
import {
  EXCEL_NUMBER_FORMATS,
  type Report,
  type ReportCell,
  type ReportColumn,
  type ReportSheet,
  type ReportTable,
} from "../analysis/reportModel";

export interface WriteReportOptions {
  /** Language of the few texts added here ("Geen gegevens.", fallback names). Default "nl". */
  language?: Language;
  /** Workbook author property. Default "Netwerkmeter". */
  creator?: string;
}

const TEXTS = {
  nl: {
    noData: "Geen gegevens.",
    column: "Kolom",
    sheet: "Blad",
    overview: "Overzicht",
    total: "Totaal",
  },
  en: {
    noData: "No data.",
    column: "Column",
    sheet: "Sheet",
    overview: "Overview",
    total: "Total",
  },
} as const;

/** Excel's limits. */
const MAX_SHEET_NAME_LENGTH = 31;
const MAX_TABLE_NAME_LENGTH = 255;
const MAX_CELL_TEXT_LENGTH = 32767;

const TABLE_STYLE = "TableStyleLight9" as const;
const BLANK_ROWS_BETWEEN_TABLES = 2;
const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 13 };
const REPORT_TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 15 };
const NOTE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: "FF595959" } };

/** Column widths in characters. */
const LABEL_COLUMN_WIDTH = 60;
const NUMBER_COLUMN_WIDTH = 12;
const MAX_NUMBER_COLUMN_WIDTH = 20;
const MIN_TEXT_COLUMN_WIDTH = 10;
const MAX_TEXT_COLUMN_WIDTH = 40;

/** Sheet names whose first sheet also shows the report title and summary lines. */
const OVERVIEW_SHEET_NAME = /overzicht|samenvatting|overview|summary/i;

/** Cuts a string to at most `length` UTF-16 code units without splitting a surrogate pair. */
function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Replaces control characters (line breaks, tabs, ...) by spaces. @example withoutControlCharacters("a\nb") // "a b" */
function withoutControlCharacters(text: string): string {
  return Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? " " : character;
  }).join("");
}

/** Keeps `candidate` unless its case-folded form is taken, else tries `makeVariant(2)`, `(3)`, ... */
function claimUnique(
  candidate: string,
  taken: Set<string>,
  makeVariant: (counter: number) => string
): string {
  let name = candidate;
  for (let counter = 2; taken.has(name.toLowerCase()); counter += 1) name = makeVariant(counter);
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Valid, unique Excel sheet names for the given names, in the same order: the characters
 * : \ / ? * [ ] become "-", control characters become spaces, leading and trailing apostrophes
 * and spaces go, at most 31 characters, unique ignoring case (a " (2)" suffix), never the
 * reserved "History"; an empty name becomes "Blad 1", "Blad 2", ...
 *
 * @example excelSheetNames(["Rol/acties", "rol-acties", ""]) // ["Rol-acties", "rol-acties (2)", "Blad 3"]
 */
export function excelSheetNames(names: readonly string[], language: Language = "nl"): string[] {
  const taken = new Set<string>(["history"]);
  return names.map((name, index) => {
    const tidy = (text: string): string => text.replace(/^['\s]+/, "").replace(/['\s]+$/, "");
    let base = tidy(withoutControlCharacters(name.replace(/[:\\/?*[\]]/g, "-")));
    if (base === "") base = `${TEXTS[language].sheet} ${index + 1}`;
    base = tidy(truncate(base, MAX_SHEET_NAME_LENGTH));
    return claimUnique(base, taken, (counter) => {
      const suffix = ` (${counter})`;
      return tidy(truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length)) + suffix;
    });
  });
}

/**
 * A valid Excel table name close to `name`: letters, digits, "_", "." and "\" only (others
 * become "_"), starting with a letter or "_", not readable as a cell reference (A1, R1C1, R, C),
 * at most 255 characters. Valid names are returned unchanged.
 *
 * @example excelTableName("NM_Items") // "NM_Items"
 * @example excelTableName("2e meting") // "T_2e_meting"
 */
export function excelTableName(name: string): string {
  let cleaned = name.trim().replace(/[^\p{L}\p{N}_.\\]/gu, "_");
  const looksLikeCellReference = /^[A-Za-z]{1,3}\d+$|^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(cleaned);
  if (cleaned === "" || !/^[\p{L}_\\]/u.test(cleaned) || looksLikeCellReference)
    cleaned = `T_${cleaned}`;
  return truncate(cleaned, MAX_TABLE_NAME_LENGTH);
}

/**
 * Table headers as Excel requires them: non-empty, on one line, unique ignoring case
 * (a " (2)" suffix); an empty header becomes "Kolom 3" (its column number).
 *
 * @example tableHeaders(["Item", "n", "N", ""]) // ["Item", "n", "N (2)", "Kolom 4"]
 */
export function tableHeaders(headers: readonly string[], language: Language = "nl"): string[] {
  const taken = new Set<string>();
  return headers.map((header, index) => {
    const oneLine = withoutControlCharacters(String(header ?? ""))
      .replace(/ {2,}/g, " ")
      .trim();
    const base = oneLine === "" ? `${TEXTS[language].column} ${index + 1}` : oneLine;
    return claimUnique(base, taken, (counter) => `${base} (${counter})`);
  });
}

/**
 * A report cell as written: numbers that are not finite (Excel cannot store NaN or Infinity and
 * the file would not open) become empty; text is cut at Excel's 32,767 characters. Text stays
 * text even when it starts with "=", "+", "-" or "@": ExcelJS writes strings as string cells.
 */
function excelCellValue(value: ReportCell | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return truncate(value, MAX_CELL_TEXT_LENGTH);
}

function longestTextLength(texts: readonly (string | number | null)[]): number {
  return texts.reduce<number>(
    (longest, text) => (typeof text === "string" ? Math.max(longest, text.length) : longest),
    0
  );
}

/** Desired width per column of one table: the first text column is the wide, wrapping label column. */
function tableColumnWidths(
  columns: readonly ReportColumn[],
  headers: readonly string[],
  rows: (string | number | null)[][]
): number[] {
  const labelColumn = columns.findIndex((column) => column.format === "text");
  return columns.map((column, index) => {
    if (index === labelColumn) return LABEL_COLUMN_WIDTH;
    if (column.format === "text") {
      const longest = longestTextLength([headers[index], ...rows.map((row) => row[index])]);
      return Math.min(MAX_TEXT_COLUMN_WIDTH, Math.max(MIN_TEXT_COLUMN_WIDTH, longest + 2));
    }
    return Math.min(
      MAX_NUMBER_COLUMN_WIDTH,
      Math.max(NUMBER_COLUMN_WIDTH, headers[index].length + 2)
    );
  });
}

/** Writes lines of text in column A from `rowNumber` on; returns the next free row number. */
function writeLines(
  worksheet: ExcelJS.Worksheet,
  rowNumber: number,
  lines: readonly string[],
  font?: Partial<ExcelJS.Font>
): number {
  let next = rowNumber;
  for (const line of lines) {
    const cell = worksheet.getCell(next, 1);
    cell.value = excelCellValue(line);
    if (font) cell.font = font;
    next += 1;
  }
  return next;
}

/**
 * Writes one table from `rowNumber` on: title, notes, then the Excel table (header + rows).
 * A table without rows gets one row of empty cells (ExcelJS writes a corrupt file for a table
 * without data rows) and the note "Geen gegevens."; a table without columns gets no Excel table.
 * Returns the next free row number and the desired column widths.
 */
function writeTable(
  worksheet: ExcelJS.Worksheet,
  rowNumber: number,
  table: ReportTable,
  tableName: string,
  language: Language
): { nextRow: number; widths: number[] } {
  const hasRows = table.rows.length > 0 && table.columns.length > 0;
  let next = writeLines(worksheet, rowNumber, [table.title], TITLE_FONT);
  next = writeLines(
    worksheet,
    next,
    hasRows ? table.notes : [...table.notes, TEXTS[language].noData],
    NOTE_FONT
  );
  if (table.columns.length === 0) return { nextRow: next, widths: [] };

  const headers = tableHeaders(
    table.columns.map((column) => column.header),
    language
  );
  const rows = hasRows
    ? table.rows.map((row) => table.columns.map((_column, index) => excelCellValue(row[index])))
    : [table.columns.map(() => null)];
  const headerRowNumber = next;
  worksheet.addTable({
    name: tableName,
    ref: worksheet.getCell(headerRowNumber, 1).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    // totalsRowLabel: the label Excel shows if the user switches the totals row on (ExcelJS default "Total").
    columns: headers.map((header, index) =>
      index === 0
        ? { name: header, filterButton: true, totalsRowLabel: TEXTS[language].total }
        : { name: header, filterButton: true }
    ),
    rows,
  });

  const labelColumn = table.columns.findIndex((column) => column.format === "text");
  table.columns.forEach((column, index) => {
    const headerCell = worksheet.getCell(headerRowNumber, index + 1);
    headerCell.alignment = { wrapText: true, vertical: "bottom" };
    for (let offset = 1; offset <= rows.length; offset += 1) {
      const cell = worksheet.getCell(headerRowNumber + offset, index + 1);
      cell.numFmt = EXCEL_NUMBER_FORMATS[column.format];
      if (column.format === "text")
        cell.alignment = { wrapText: index === labelColumn, vertical: "top" };
    }
  });
  return {
    nextRow: headerRowNumber + 1 + rows.length,
    widths: tableColumnWidths(table.columns, headers, rows),
  };
}

/**
 * Sets the height of rows with wrapped text to fit their lines: Excel grows such rows when it opens
 * a file, but LibreOffice and print previews use the stored height, so long statements would
 * overlap the next row. Estimate: characters per line ≈ column width.
 */
function fitWrappedRowHeights(worksheet: ExcelJS.Worksheet): void {
  const LINE_HEIGHT = 15;
  worksheet.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell) => {
      if (!cell.alignment?.wrapText || typeof cell.value !== "string") return;
      const width = worksheet.getColumn(cell.col).width ?? 10;
      lines = Math.max(lines, Math.ceil(cell.value.length / Math.max(1, width)));
    });
    if (lines > 1) row.height = lines * LINE_HEIGHT;
  });
}

/** True when the first sheet should carry the report title and summary. */
function isOverviewSheet(sheet: ReportSheet): boolean {
  return OVERVIEW_SHEET_NAME.test(sheet.name);
}

/**
 * The Report as .xlsx bytes. Every ReportSheet becomes a worksheet (names made valid and unique
 * with excelSheetNames); its tables are stacked with two blank rows between them, each as: title
 * (bold), one row per note (grey italics), an Excel table ("TableStyleLight9", banded rows, filter
 * buttons, no totals row) named after ReportTable.name (made valid with excelTableName, unique in
 * the workbook). Number formats come from EXCEL_NUMBER_FORMATS per column; empty cells stay empty.
 * When the first sheet is an overview ("Overzicht", "Samenvatting", "Overview", "Summary") the
 * report title and summary lines go on top of it. A report without sheets gets one overview sheet,
 * because a workbook without sheets does not open. Charts are not written (see the module note).
 *
 * @example
 * const bytes = await writeReportWorkbook(report, { language: "nl" });
 * await fs.promises.writeFile("rapport.xlsx", bytes); // in the CLI
 */
export async function writeReportWorkbook(
  report: Report,
  options: WriteReportOptions = {}
): Promise<Uint8Array> {
  const language = options.language ?? "nl";
  const creator = options.creator ?? "Netwerkmeter";
  const workbook = new ExcelJS.Workbook();
  const now = new Date();
  workbook.creator = creator;
  workbook.lastModifiedBy = creator;
  workbook.created = now;
  workbook.modified = now;
  workbook.title = report.title;

  const sheets: ReportSheet[] =
    report.sheets.length > 0
      ? report.sheets
      : [{ name: TEXTS[language].overview, tables: [], charts: [] }];
  const sheetNames = excelSheetNames(
    sheets.map((sheet) => sheet.name),
    language
  );
  const takenTableNames = new Set<string>();

  sheets.forEach((sheet, sheetIndex) => {
    const worksheet = workbook.addWorksheet(sheetNames[sheetIndex]);
    let rowNumber = 1;
    if (sheetIndex === 0 && (report.sheets.length === 0 || isOverviewSheet(sheet))) {
      rowNumber = writeLines(worksheet, rowNumber, [report.title], REPORT_TITLE_FONT);
      rowNumber = writeLines(worksheet, rowNumber, report.summary);
      if (sheet.tables.length > 0) rowNumber += BLANK_ROWS_BETWEEN_TABLES;
    }

    const widths: number[] = [];
    sheet.tables.forEach((table, tableIndex) => {
      if (tableIndex > 0) rowNumber += BLANK_ROWS_BETWEEN_TABLES;
      const base = excelTableName(table.name);
      const tableName = claimUnique(
        base,
        takenTableNames,
        (counter) =>
          `${truncate(base, MAX_TABLE_NAME_LENGTH - String(counter).length - 1)}_${counter}`
      );
      const written = writeTable(worksheet, rowNumber, table, tableName, language);
      rowNumber = written.nextRow;
      written.widths.forEach((width, index) => {
        widths[index] = Math.max(widths[index] ?? 0, width);
      });
    });
    widths.forEach((width, index) => {
      worksheet.getColumn(index + 1).width = width;
    });
    fitWrappedRowHeights(worksheet);
    // Printed reports: landscape A4, one page wide, as many pages down as needed.
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  });

  const buffer = await workbook.xlsx.writeBuffer();
  // A plain Uint8Array copy: no Node Buffer in this module's API.
  return new Uint8Array(buffer as unknown as ArrayLike<number>);
}
