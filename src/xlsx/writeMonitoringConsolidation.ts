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
import type { CellValue } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { ResponsesFileLine } from "./writeResponses";
import { addFilesSheet, addGridTable, addProblemsSheet } from "./writeResponses";
import { newNetwerkmeterWorkbook } from "./writeReport";

export interface MonitoringWorkbookInput {
  definitions: readonly (readonly CellValue[])[];
  measurements: readonly (readonly CellValue[])[];
  issues: readonly Issue[];
  perFile: readonly ResponsesFileLine[];
}

const TEXTS = {
  nl: {
    files: ["Bestand", "Status", "Eenheid", "Sjabloonversie", "Rijen met cijfers", "Problemen"],
  },
  en: {
    files: ["File", "Status", "Unit", "Template version", "Rows with figures", "Problems"],
  },
} as const;

/** The consolidated framework as .xlsx bytes. */
export async function writeMonitoringWorkbook(
  input: MonitoringWorkbookInput,
  options: { language?: Language; timestamp?: Date } = {}
): Promise<Uint8Array> {
  const language = options.language ?? "nl";
  const texts = TEXTS[language];
  const workbook = newNetwerkmeterWorkbook(options.timestamp ?? new Date());

  addGridTable(workbook, "Indicatoren", "NM_Indicatoren", input.definitions, {
    language,
    freezeFirstColumn: true,
  });
  addGridTable(workbook, "Metingen", "NM_Metingen", input.measurements, {
    language,
    freezeFirstColumn: true,
  });
  addFilesSheet(workbook, language, texts.files, input.perFile);
  addProblemsSheet(workbook, language, input.issues);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
