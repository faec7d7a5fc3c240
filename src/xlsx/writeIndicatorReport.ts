/**
 * Writes the indicator Report as .xlsx (the `indicators` command's --out), like writeReport.ts
 * (same publish planner and ExcelJS adapter), and colours every status cell by conditional
 * formatting on its word (groen / oranje / rood …): the word stays in the cell, so the status
 * never depends on colour alone, and a user who edits a cell sees the colour follow. The charts
 * (progress, value per group, trend) are native charts, added as in writeReport.ts.
 *
 * Reference: ECMA-376 §18.3.1.10 conditionalFormatting (cellIs equal).
 *
 * @example const bytes = await writeIndicatorReportWorkbook(report, { language: "nl" });
 */
import * as ExcelJS from "exceljs";
import type { Language } from "../analysis/language";
import type { Report } from "../report/reportModel";
import { statusFills } from "../report/indicatorTexts";
import { planPublish } from "../workbook/publish";
import { writeWorkbookWithCharts } from "./charts/writeWithCharts";
import { writePlanSheets } from "./exceljsPort";
import { newNetwerkmeterWorkbook } from "./writeReport";

export async function writeIndicatorReportWorkbook(
  report: Report,
  options: { language?: Language } = {}
): Promise<Uint8Array> {
  const language = options.language ?? "nl";
  const workbook = newNetwerkmeterWorkbook(new Date());
  workbook.title = report.title;
  const plan = planPublish(
    report,
    { sheets: [], names: [], metadata: { metadata: null } },
    { language, protectedSheets: [], charts: true }
  );
  writePlanSheets(workbook, plan, language);
  colourStatusCells(workbook, statusFills(language));
  // Native charts from the indicator chart plans (src/report/indicatorCharts.ts).
  return writeWorkbookWithCharts(
    workbook,
    plan.sheets.flatMap((sheet) => sheet.charts)
  );
}

/** Adds one conditional format per column that holds status words, over the rows that hold them. */
export function colourStatusCells(workbook: ExcelJS.Workbook, fills: Record<string, string>): void {
  const words = new Set(Object.keys(fills));
  for (const worksheet of workbook.worksheets) {
    const spans = new Map<number, { first: number; last: number }>();
    worksheet.eachRow((row, rowNumber) => {
      row.eachCell((cell, columnNumber) => {
        if (typeof cell.value !== "string" || !words.has(cell.value)) return;
        const span = spans.get(columnNumber);
        if (span) span.last = rowNumber;
        else spans.set(columnNumber, { first: rowNumber, last: rowNumber });
      });
    });
    for (const [column, span] of spans) {
      const letter = worksheet.getColumn(column).letter;
      worksheet.addConditionalFormatting({
        ref: `${letter}${span.first}:${letter}${span.last}`,
        rules: Object.entries(fills).map(([word, colour], index) => ({
          type: "cellIs",
          operator: "equal",
          priority: index + 1,
          formulae: [`"${word}"`],
          style: {
            fill: {
              type: "pattern",
              pattern: "solid",
              bgColor: { argb: `FF${colour.slice(1)}` },
            },
          },
        })),
      });
    }
  }
}
