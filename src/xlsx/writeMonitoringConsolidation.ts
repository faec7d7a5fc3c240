/**
 * Writes consolidated monitoring templates (src/app/monitoringConsolidation.ts) as a framework
 * workbook that `netwerkmeter indicators` reads as is: `Indicatoren` (the templates' definitions),
 * `Metingen` (every returned row with `bestand` and `cel`: the file and cells it came from), then
 * `Bestanden` and `Problemen` as for surveys (writeResponses.ts, whose table writer this reuses).
 * `Indicatoren` and `Metingen` keep their canonical Dutch names in both languages (the contract's
 * names; `indicators` accepts them either way); the other two follow `language`.
 *
 * @example
 * const bytes = await writeMonitoringWorkbook(result, { language: "nl" });
 */
import * as ExcelJS from "exceljs";
import type { CellValue } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { ResponsesFileLine } from "./writeResponses";
import { RESPONSES_SHEETS, addSheetTable } from "./writeResponses";

export interface MonitoringWorkbookInput {
  definitions: readonly (readonly CellValue[])[];
  measurements: readonly (readonly CellValue[])[];
  issues: readonly Issue[];
  perFile: readonly ResponsesFileLine[];
}

const TEXTS = {
  nl: {
    files: ["Bestand", "Status", "Eenheid", "Sjabloonversie", "Rijen met cijfers", "Problemen"],
    problems: ["Ernst", "Code", "Bestand", "Blad", "Cel", "Melding"],
    status: { ok: "ok", warning: "met problemen", skipped: "overgeslagen" },
    severity: { error: "fout", warning: "waarschuwing", info: "info" },
    noProblems: "Geen problemen.",
  },
  en: {
    files: ["File", "Status", "Unit", "Template version", "Rows with figures", "Problems"],
    problems: ["Severity", "Code", "File", "Sheet", "Cell", "Message"],
    status: { ok: "ok", warning: "with problems", skipped: "skipped" },
    severity: { error: "error", warning: "warning", info: "info" },
    noProblems: "No problems.",
  },
} as const;

const text = (value: CellValue | undefined) =>
  value === null || value === undefined ? "" : String(value);

/** The consolidated framework as .xlsx bytes. */
export async function writeMonitoringWorkbook(
  input: MonitoringWorkbookInput,
  options: { language?: Language; timestamp?: Date } = {}
): Promise<Uint8Array> {
  const language = options.language ?? "nl";
  const texts = TEXTS[language];
  const workbook = new ExcelJS.Workbook();
  const timestamp = options.timestamp ?? new Date();
  workbook.creator = "Netwerkmeter";
  workbook.lastModifiedBy = "Netwerkmeter";
  workbook.created = timestamp;
  workbook.modified = timestamp;

  const [definitionHeader = [], ...definitions] = input.definitions;
  addSheetTable(
    workbook,
    "Indicatoren",
    "NM_Indicatoren",
    definitionHeader.map(text),
    definitions,
    { language, freezeFirstColumn: true }
  );
  const [measurementHeader = [], ...measurements] = input.measurements;
  addSheetTable(workbook, "Metingen", "NM_Metingen", measurementHeader.map(text), measurements, {
    language,
    freezeFirstColumn: true,
  });
  addSheetTable(
    workbook,
    RESPONSES_SHEETS.files[language],
    "NM_Bestanden",
    texts.files,
    input.perFile.map((line) => [
      line.file,
      texts.status[line.status],
      line.network ?? null,
      line.version ?? null,
      line.answered ?? null,
      line.issues,
    ]),
    { language, freezeFirstColumn: true }
  );
  const problems = addSheetTable(
    workbook,
    RESPONSES_SHEETS.problems[language],
    "NM_Problemen",
    texts.problems,
    input.issues.map((issue) => [
      texts.severity[issue.severity],
      issue.code,
      issue.file ?? null,
      issue.sheet ?? null,
      issue.cell ?? null,
      issue.message,
    ]),
    { language, wrapLast: true }
  );
  if (input.issues.length === 0) problems.getCell("F2").value = texts.noProblems;

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
