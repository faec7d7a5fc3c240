/**
 * Writes a consolidated response table (src/template/consolidate.ts) as an .xlsx workbook with
 * ExcelJS, in Node and in the browser (bytes out). The workbook is ready for
 * `netwerkmeter analyze`: its first sheet holds the responses, and its `Codeboek` sheet the
 * codebook the templates were read with, which analyze picks up by itself.
 *
 * Sheets: `Antwoorden` (one row per returned workbook, an Excel table with a frozen header and
 * first column), `Codeboek` (codebookToRows), `Bestanden` (per file: status, network, version,
 * answers, problems) and `Problemen` (every issue with its file, sheet and cell). English names
 * (`Responses`, `Codebook`, `Files`, `Problems`) with `language: "en"`.
 */
import * as ExcelJS from "exceljs";
import type { Codebook } from "../analysis/codebook";
import { codebookToRows } from "../analysis/codebook";
import type { CellValue } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { newNetwerkmeterWorkbook, tableHeaders } from "./writeReport";

/** One file's line on the `Bestanden` sheet (consolidate.ts FileReport). */
export interface ResponsesFileLine {
  file: string;
  status: "ok" | "warning" | "skipped";
  network?: string;
  version?: string | null;
  answered?: number;
  issues: number;
}

export interface ResponsesWorkbookInput {
  /** Header row plus one row per respondent. */
  table: readonly (readonly CellValue[])[];
  codebook: Codebook;
  issues: readonly Issue[];
  perFile?: readonly ResponsesFileLine[];
}

export interface WriteResponsesOptions {
  language?: Language;
  /** Created/modified date of the workbook (reproducible output); default now. */
  timestamp?: Date;
}

export const RESPONSES_SHEETS = {
  responses: { nl: "Antwoorden", en: "Responses" },
  codebook: { nl: "Codeboek", en: "Codebook" },
  files: { nl: "Bestanden", en: "Files" },
  problems: { nl: "Problemen", en: "Problems" },
} as const;

const TEXTS = {
  nl: {
    files: ["Bestand", "Status", "Netwerk", "Sjabloonversie", "Antwoorden", "Problemen"],
    problems: ["Ernst", "Code", "Bestand", "Blad", "Cel", "Melding"],
    status: { ok: "ok", warning: "met problemen", skipped: "overgeslagen" },
    severity: { error: "fout", warning: "waarschuwing", info: "info" },
    noProblems: "Geen problemen.",
  },
  en: {
    files: ["File", "Status", "Network", "Template version", "Answers", "Problems"],
    problems: ["Severity", "Code", "File", "Sheet", "Cell", "Message"],
    status: { ok: "ok", warning: "with problems", skipped: "skipped" },
    severity: { error: "error", warning: "warning", info: "info" },
    noProblems: "No problems.",
  },
} as const;

const MAX_CELL_TEXT_LENGTH = 32767;
const TABLE_STYLE = "TableStyleMedium2" as const;

type ExcelValue = string | number | boolean | Date | null;

function excelValue(value: CellValue | undefined): ExcelValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string")
    return value.length > MAX_CELL_TEXT_LENGTH ? value.slice(0, MAX_CELL_TEXT_LENGTH) : value;
  return value;
}

function isDate(value: unknown): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * Writes rows as an Excel table from A1 with a frozen header (and first column when asked), column
 * widths fitted to the content (10–50 characters) and dates formatted as yyyy-mm-dd. A table without
 * data rows gets one empty row: ExcelJS writes a broken file for a table without rows.
 */
export function addSheetTable(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  tableName: string,
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
  options: { language: Language; freezeFirstColumn?: boolean; wrapLast?: boolean }
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheetName, {
    views: [
      {
        state: "frozen",
        xSplit: options.freezeFirstColumn ? 1 : 0,
        ySplit: 1,
        activeCell: "A2",
      },
    ],
  });
  const headers = tableHeaders(header, options.language);
  const values = (rows.length > 0 ? rows : [header.map(() => null)]).map((row) =>
    headers.map((_, index) => excelValue(row[index] ?? null))
  );
  worksheet.addTable({
    name: tableName,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: values,
  });
  headers.forEach((name, index) => {
    let longest = name.length;
    let hasDate = false;
    for (const row of values) {
      const value = row[index];
      if (isDate(value)) hasDate = true;
      else if (value !== null) longest = Math.max(longest, String(value).length);
    }
    const column = worksheet.getColumn(index + 1);
    const wrap = options.wrapLast === true && index === headers.length - 1;
    column.width = wrap ? 80 : Math.min(50, Math.max(10, (hasDate ? 10 : longest) + 2));
    if (hasDate || wrap) {
      for (let offset = 0; offset < values.length; offset += 1) {
        const cell = worksheet.getCell(offset + 2, index + 1);
        if (hasDate && isDate(values[offset][index])) cell.numFmt = "yyyy-mm-dd";
        if (wrap) cell.alignment = { wrapText: true, vertical: "top" };
      }
    }
  });
  return worksheet;
}

/**
 * A table whose first row is its header (the consolidated responses, a framework's sheets), written
 * with addSheetTable; blank header cells become empty names.
 *
 * @example addGridTable(workbook, "Metingen", "NM_Metingen", [["indicator", "waarde"], ["A", 3]], { language: "nl" })
 */
export function addGridTable(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  tableName: string,
  grid: readonly (readonly CellValue[])[],
  options: { language: Language; freezeFirstColumn?: boolean }
): ExcelJS.Worksheet {
  const [header = [], ...rows] = grid;
  return addSheetTable(
    workbook,
    sheetName,
    tableName,
    header.map((value) => (value === null || value === undefined ? "" : String(value))),
    rows,
    options
  );
}

/**
 * The `Bestanden` sheet of a consolidation: one line per returned file with its status, the
 * network or unit, template version, count and number of problems. The header names the flow's
 * words (answers or rows with figures).
 */
export function addFilesSheet(
  workbook: ExcelJS.Workbook,
  language: Language,
  header: readonly string[],
  perFile: readonly ResponsesFileLine[]
): ExcelJS.Worksheet {
  const status = TEXTS[language].status;
  return addSheetTable(
    workbook,
    RESPONSES_SHEETS.files[language],
    "NM_Bestanden",
    header,
    perFile.map((line) => [
      line.file,
      status[line.status],
      line.network ?? null,
      line.version ?? null,
      line.answered ?? null,
      line.issues,
    ]),
    { language, freezeFirstColumn: true }
  );
}

/** The `Problemen` sheet of a consolidation: one line per issue, "Geen problemen." when none. */
export function addProblemsSheet(
  workbook: ExcelJS.Workbook,
  language: Language,
  issues: readonly Issue[]
): ExcelJS.Worksheet {
  const texts = TEXTS[language];
  const problems = addSheetTable(
    workbook,
    RESPONSES_SHEETS.problems[language],
    "NM_Problemen",
    texts.problems,
    issues.map((issue) => [
      texts.severity[issue.severity],
      issue.code,
      issue.file ?? null,
      issue.sheet ?? null,
      issue.cell ?? null,
      issue.message,
    ]),
    { language, wrapLast: true }
  );
  if (issues.length === 0) problems.getCell("F2").value = texts.noProblems;
  return problems;
}

/**
 * The consolidated responses as .xlsx bytes.
 *
 * @example
 * const result = await consolidateWorkbooks(files);
 * const bytes = await writeResponsesWorkbook(result, { language: "nl" });
 */
export async function writeResponsesWorkbook(
  input: ResponsesWorkbookInput,
  options: WriteResponsesOptions = {}
): Promise<Uint8Array> {
  const language = options.language ?? "nl";
  const texts = TEXTS[language];
  const workbook = newNetwerkmeterWorkbook(options.timestamp ?? new Date());

  addGridTable(workbook, RESPONSES_SHEETS.responses[language], "NM_Antwoorden", input.table, {
    language,
    freezeFirstColumn: true,
  });

  const [codebookHeader, ...codebookRows] = codebookToRows(input.codebook);
  addSheetTable(
    workbook,
    RESPONSES_SHEETS.codebook[language],
    "NM_Codeboek",
    codebookHeader,
    codebookRows,
    { language }
  );

  if (input.perFile) {
    addFilesSheet(workbook, language, texts.files, input.perFile);
  }

  addProblemsSheet(workbook, language, input.issues);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
