/**
 * buildReport: turns an AnalysisResult into the engine-neutral Report that every adapter publishes
 * (one sheet per table, Dutch headings by default): overview, item table, the seed-002 style
 * "Score (%)" indicator tables, governance roles and styles, participation, reliability, group
 * breakdowns and the problem list. Every table states n and the percentage base in its notes.
 */
import type { Language } from "../analysis/language";
import type { AnalysisResult } from "../analysis/results";
import { summaryLines } from "../analysis/summaryLines";
import { commentsSheet } from "./comments";
import type { SheetDraft } from "./context";
import { reportContext, T } from "./context";
import { governanceSheets } from "./governance";
import { groupSheets } from "./groups";
import { indicatorBlockSheets } from "./indicatorBlocks";
import { itemsSheet } from "./items";
import { reportNameBook } from "./names";
import { overviewSheet } from "./overview";
import { participationSheets } from "./participation";
import { problemsSheet } from "./problems";
import { reliabilitySheets } from "./reliability";
import type { Report, ReportSheet } from "./reportModel";

export interface BuildReportOptions {
  language?: Language;
}

/**
 * Builds the Report for an analysis result: the topics in report order, then unique names.
 *
 * @example
 * buildReport(result, { language: "en" }).sheets.map((sheet) => sheet.name)
 * // ["Overview", "Items", …, "Problems"]
 */
export function buildReport(result: AnalysisResult, options: BuildReportOptions = {}): Report {
  const language = options.language ?? "nl";
  const ctx = reportContext(result, language);
  const drafts: SheetDraft[] = [
    overviewSheet(ctx),
    itemsSheet(ctx),
    ...indicatorBlockSheets(ctx),
    ...governanceSheets(ctx),
    ...participationSheets(ctx),
    ...reliabilitySheets(ctx),
    ...groupSheets(ctx),
    ...commentsSheet(ctx),
    ...problemsSheet(ctx),
  ];
  const book = reportNameBook();
  const sheets: ReportSheet[] = drafts.map(({ name, shortNames = [], table, charts = [] }) => {
    const unique = book.claimName(table.name);
    return {
      name: book.claimSheet(name, ...shortNames),
      tables: [unique === table.name ? table : { ...table, name: unique }],
      charts: charts.map((chart) => ({
        ...chart,
        name: book.claimName(chart.name),
        table: chart.table === table.name ? unique : chart.table,
      })),
    };
  });
  return {
    title: ctx.t(T("Netwerkmeter – rapport", "Netwerkmeter – report")),
    summary: summaryLines(result, language),
    sheets,
  };
}
