/**
 * Publishing a consolidation (Samenvoegen) through a WorkbookPort, for both hosts: the response
 * table becomes a new sheet with one Excel table ("Antwoorden", or "Antwoorden 2", ... when
 * taken). The sheet is input, not output: Netwerkmeter never owns it, so a refresh never touches it.
 * The consolidation itself is src/template/consolidate.ts (the hosts load it lazily: it reads .xlsx
 * files with ExcelJS).
 */
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { ConsolidateResult, WorkbookFile, WorkbookReader } from "../template/consolidate";
import type { ConsolidateSummary, Progress } from "./host";
import type { WorkbookPort } from "../workbook/port";
import { planDataSheet } from "../workbook/publish";

const SHEET_NAME = { nl: "Antwoorden", en: "Responses" } as const;

/** Writes the consolidated table into the workbook and summarises. */
export async function publishConsolidation(
  port: WorkbookPort,
  result: Pick<
    ConsolidateResult,
    "table" | "respondents" | "filesRead" | "filesConsolidated" | "issues"
  >,
  language: Language
): Promise<ConsolidateSummary> {
  const state = await port.readState();
  const plan = planDataSheet(state, {
    name: SHEET_NAME[language],
    tableName: SHEET_NAME[language],
    rows: result.table,
    language,
  });
  const applied = await port.applyPlan(plan);
  const issues: Issue[] = [...result.issues];
  return {
    filesRead: result.filesRead,
    filesConsolidated: result.filesConsolidated,
    respondents: result.respondents,
    sheet: applied.sheets[0],
    issues,
  };
}

/**
 * The consolidation flow of the task pane (Samenvoegen), written once for both hosts: consolidate
 * the returned workbooks (read through the injected `readWorkbook` port) and write the response
 * sheet through the host's WorkbookPort. Progress runs to 90% while reading, 100% when written.
 *
 * @example
 * await consolidateIntoWorkbook(port, files, { language: "nl", readWorkbook: readXlsx })
 * // → { filesRead: 3, filesConsolidated: 3, respondents: 3, sheet: "Antwoorden", issues: [] }
 */
export async function consolidateIntoWorkbook(
  port: WorkbookPort,
  files: readonly WorkbookFile[],
  options: { language: Language; readWorkbook: WorkbookReader; onProgress?: Progress }
): Promise<ConsolidateSummary> {
  const { language, onProgress } = options;
  const { consolidateWorkbooks } = await import(
    /* webpackChunkName: "consolidate" */ "../template/consolidate"
  );
  const result = await consolidateWorkbooks(files, {
    language,
    readWorkbook: options.readWorkbook,
    onProgress: (done, total, name) => onProgress?.(total > 0 ? (0.9 * done) / total : 0, name),
  });
  const summary = await publishConsolidation(port, result, language);
  onProgress?.(1, summary.sheet);
  return summary;
}
