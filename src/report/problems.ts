/**
 * The Problemen sheet: every issue of the run with severity, code, message and its file, sheet
 * and cell, so a person can find and fix it.
 */
import type { Issue } from "../analysis/issue";
import { SEVERITY_LABEL } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { ReportContext, SheetDraft } from "./context";
import { plural, T } from "./context";
import { tableName } from "./names";
import type { ChartSpec, ReportTable } from "./reportModel";

/** The problems sheet (always present, also when empty). */
export function problemsSheet(ctx: ReportContext): SheetDraft[] {
  const { t, respondents, result, language, columns } = ctx;
  const sheets: SheetDraft[] = [];
  const add = (name: string, table: ReportTable, charts: ChartSpec[] = []) =>
    sheets.push({ name, table, charts });
  add(t(T("Problemen", "Problems")), {
    name: tableName("Problemen"),
    title: t(T("Problemen in de gegevens", "Problems in the data")),
    columns: columns("severity code message file sheet cell"),
    rows: result.issues.map((issue) => issueRow(issue, language)),
    notes: [
      t(
        T(
          `n = ${respondents} respondenten (basis: alle rijen met minstens één antwoord); ${plural(result.issues.length, "melding", "meldingen")}. Ongeldige antwoorden tellen als ontbrekend.`,
          `n = ${respondents} respondents (base: every row with at least one answer); ${plural(result.issues.length, "message", "messages")}. Invalid answers count as missing.`
        )
      ),
    ],
  });

  return sheets;
}

/**
 * One issue as a row of a problems table: severity (in the language), code, message, file, sheet
 * and cell ("" when not known). Shared by the survey report and the indicator report.
 *
 * @example issueRow({ severity: "warning", code: "X", message: "m" }, "nl") // ["waarschuwing", "X", "m", "", "", ""]
 */
export function issueRow(issue: Issue, language: Language): string[] {
  return [
    SEVERITY_LABEL[issue.severity][language],
    issue.code,
    issue.message,
    issue.file ?? "",
    issue.sheet ?? "",
    issue.cell ?? "",
  ];
}
