/**
 * Writes a Report as an .xlsx workbook with ExcelJS (the command line's output file): one
 * worksheet per ReportSheet, each ReportTable as a real Excel table under its title and notes.
 * Returns the bytes; saving them is the caller's job.
 *
 * The layout, names and cell rules are the publish planner's (src/workbook/publish.ts), executed
 * by the ExcelJS adapter (src/xlsx/exceljsPort.ts): the same as what the add-in writes into a
 * workbook inside Excel and in the browser preview.
 *
 * Charts are native Excel charts: ExcelJS writes none, so their parts are added to its output
 * (src/xlsx/charts/), drawn from the same chart plans as the Office.js adapter.
 */
import * as ExcelJS from "exceljs";
import type { Language } from "../analysis/language";
import type { Report } from "../report/reportModel";
import { planPublish } from "../workbook/publish";
import { writeWorkbookWithCharts } from "./charts/writeWithCharts";
import { deflateSync } from "fflate";
import { compressStoredParts, type DeflateRaw } from "./charts/zipRewrite";
import { writePlanSheets } from "./exceljsPort";
import { addLargeTableRows, largeTablesOf } from "./largeTableRows";

export { excelSheetNames, excelTableName, tableHeaders } from "../report/names";

/**
 * An empty ExcelJS workbook made by Netwerkmeter (or `creator`) at `timestamp`: creator, last
 * modified by, created and modified set. The report, indicator report and consolidation workbooks
 * start here.
 */
export function newNetwerkmeterWorkbook(
  timestamp: Date,
  creator = "Netwerkmeter"
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.lastModifiedBy = creator;
  workbook.created = timestamp;
  workbook.modified = timestamp;
  return workbook;
}

export interface WriteReportOptions {
  /** Language of the few texts added here ("Geen gegevens.", fallback names). Default "nl". */
  language?: Language;
  /** Workbook author property. Default "Netwerkmeter". */
  creator?: string;
  /** Draw the report's charts. Default true (false: tables only, e.g. to time the charts). */
  charts?: boolean;
  /**
   * Tables with at least this many rows are written straight as sheet XML instead of through
   * ExcelJS (largeTableRows.ts; same cells). Default LARGE_TABLE_MIN_ROWS (1,000).
   */
  largeTableMinRows?: number;
  /**
   * Raw DEFLATE for the finished package. Default fflate at level 3 (works everywhere); the
   * command line passes Node's zlib (src/cli/nodeDeflate.ts), several times faster.
   */
  deflateRaw?: DeflateRaw;
}

/**
 * The Report as .xlsx bytes. Every ReportSheet becomes a worksheet (names made valid and unique
 * with excelSheetNames); its tables are stacked with two blank rows between them, each as: title
 * (bold), one row per note (grey italics), an Excel table ("TableStyleLight9", banded rows, filter
 * buttons, no totals row) named after ReportTable.name (made valid with excelTableName, unique in
 * the workbook). Number formats come from EXCEL_NUMBER_FORMATS per column; empty cells stay empty;
 * rows with wrapped statements get a height that fits; every sheet prints landscape A4, one page
 * wide. When the first sheet is an overview ("Overzicht", "Samenvatting", "Overview", "Summary")
 * the report title and summary lines go on top of it. A report without sheets gets one overview
 * sheet, because a workbook without sheets does not open. Every ChartSpec becomes a native chart
 * next to its table (with a small data block right of it when the table cannot be read directly).
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
  const workbook = newNetwerkmeterWorkbook(new Date(), creator);
  workbook.title = report.title;

  // An empty workbook: nothing owned, nothing to avoid. No metadata (the file is not refreshed).
  const plan = planPublish(
    report,
    { sheets: [], names: [], metadata: { metadata: null } },
    { language, protectedSheets: [], charts: options.charts ?? true }
  );
  // Tables of thousands of rows are written as sheet XML after ExcelJS (largeTableRows.ts).
  const largeTables = largeTablesOf(plan, options.largeTableMinRows);
  writePlanSheets(workbook, plan, language, largeTables);
  // The package is built uncompressed (ExcelJS, charts, large tables: nothing inflated or deflated
  // twice) and compressed once at the end, by Node's zlib on the command line.
  const stored = await writeWorkbookWithCharts(
    workbook,
    plan.sheets.flatMap((sheet) => sheet.charts),
    { stored: true }
  );
  return compressStoredParts(
    addLargeTableRows(stored, plan, largeTables, { level: 0 }),
    options.deflateRaw ?? ((data) => deflateSync(data, { level: 3 }))
  );
}
