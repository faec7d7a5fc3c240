/**
 * Publishing a consolidation (Samenvoegen) through a WorkbookPort, for both hosts: the response
 * table becomes a new sheet with one Excel table ("Antwoorden", or "Antwoorden 2", ... when
 * taken). The sheet is input, not output: Netwerkmeter never owns it, so a refresh never touches it.
 * The consolidation itself is src/template/consolidate.ts (the hosts load it lazily: it reads .xlsx
 * files with ExcelJS).
 */
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { ConsolidateResult } from "../template/consolidate";
import type { ConsolidateSummary } from "../taskpane/verbs";
import type { WorkbookPort } from "./port";
import { planDataSheet } from "./publish";

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
