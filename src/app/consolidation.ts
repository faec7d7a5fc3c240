/**
 * Publishing a consolidation (Samenvoegen) through a WorkbookPort, for both hosts: the response
 * table becomes a new sheet with one Excel table ("Antwoorden", or "Antwoorden 2", ... when
 * taken). The sheet is input, not output: Netwerkmeter never owns it, so a refresh never touches it.
 * Beside it goes the codebook the templates were read with, as a `Codeboek` sheet (as the command
 * line's response workbook has it, docs/consolidate.md), so "Analyseer" reads the answers with the
 * templates' own codebook instead of the built-in preset. A workbook that already has a
 * `Codeboek`/`Codebook` sheet keeps it untouched (it is the user's; the analysis will use it) and
 * an info says so.
 * The consolidation itself is src/template/consolidate.ts (the hosts load it lazily: it reads .xlsx
 * files with ExcelJS).
 */
import { codebookToRows, isCodebookSheetName } from "../analysis/codebook";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { ConsolidateResult, WorkbookFile, WorkbookReader } from "../template/consolidate";
import type { ConsolidateSummary, Progress } from "./host";
import type { WorkbookPort } from "../workbook/port";
import { planDataSheet } from "../workbook/publish";
import { appMessage } from "./messages";

const SHEET_NAME = { nl: "Antwoorden", en: "Responses" } as const;
const CODEBOOK_SHEET_NAME = { nl: "Codeboek", en: "Codebook" } as const;

/**
 * Writes the consolidated table and the codebook into the workbook and summarises.
 *
 * @example
 * await publishConsolidation(port, result, "nl")
 * // sheets "Antwoorden" (active) and "Codeboek"; → { sheet: "Antwoorden", respondents: 3, … }
 */
export async function publishConsolidation(
  port: WorkbookPort,
  result: Pick<
    ConsolidateResult,
    "table" | "respondents" | "filesRead" | "filesConsolidated" | "issues" | "codebook"
  >,
  language: Language
): Promise<ConsolidateSummary> {
  const state = await port.readState();
  const ownCodebook = state.sheets.find((sheet) => isCodebookSheetName(sheet.name));
  const plan = planDataSheet(state, {
    name: SHEET_NAME[language],
    tableName: SHEET_NAME[language],
    rows: result.table,
    language,
  });
  const applied = await port.applyPlan(plan);
  const issues: Issue[] = [...result.issues];
  if (ownCodebook) {
    issues.push({
      severity: "info",
      code: "CODEBOOK_SHEET_KEPT",
      message: appMessage(language, { code: "CODEBOOK_SHEET_KEPT", sheet: ownCodebook.name }),
      sheet: ownCodebook.name,
    });
  } else {
    const codebookPlan = planDataSheet(await port.readState(), {
      name: CODEBOOK_SHEET_NAME[language],
      tableName: CODEBOOK_SHEET_NAME[language],
      rows: codebookToRows(result.codebook),
      language,
    });
    // The answers stay the active sheet.
    await port.applyPlan({ ...codebookPlan, activate: undefined });
  }
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
