/**
 * The report's key charts as data for the task pane (both hosts): per chart plan, the categories
 * and each series' name, colour, way of drawing and values, exactly as the workbook's chart reads
 * them (the same planner, src/workbook/chartData.ts), so the pane and the workbook agree. Pure:
 * the React view (src/taskpane/components/ResultCharts.tsx) only draws these.
 */
import type { Language } from "../analysis/language";
import type {
  ChartKind,
  ChartOrientation,
  ChartSeriesDraw,
  ChartStacking,
  Report,
  ReportTable,
} from "../report/reportModel";
import { planChart } from "../workbook/chartData";
import type { PlanTable } from "../workbook/port";

export interface ChartView {
  name: string;
  title: string;
  kind: ChartKind;
  orientation: ChartOrientation;
  stacking: ChartStacking;
  /** The category column's header (the first column of the screen-reader table). */
  categoryHeader: string;
  categories: string[];
  series: { name: string; color: string; draw: ChartSeriesDraw; values: (number | null)[] }[];
  valueAxis: { title?: string; minimum?: number; maximum?: number; numberFormat?: string };
}

/** The charts shown in the pane: not the per-block Likert bars (the workbook has those). */
const KEY_KINDS: readonly ChartKind[] = ["bar"];

/**
 * The chart views of a report (by default only the key charts: roles, participation, style by
 * group, alpha).
 *
 * @example chartViews(buildReport(result), "nl").map((view) => view.name) // ["NM_Chart_Rollen", …]
 */
export function chartViews(
  report: Report,
  language: Language,
  kinds: readonly ChartKind[] = KEY_KINDS
): ChartView[] {
  const views: ChartView[] = [];
  for (const sheet of report.sheets)
    for (const spec of sheet.charts) {
      if (!kinds.includes(spec.kind)) continue;
      const table = sheet.tables.find((candidate) => candidate.name === spec.table);
      if (!table) continue;
      const view = chartView(spec, table, language);
      if (view) views.push(view);
    }
  return views;
}

function chartView(
  spec: Report["sheets"][number]["charts"][number],
  table: ReportTable,
  language: Language
): ChartView | null {
  const headers = table.columns.map((column) => column.header);
  const planned = { headers, row: 0, column: 0 } as unknown as PlanTable;
  const result = planChart({ spec, table, planned, sheet: "", row: 0, column: 0, language });
  if (!result) return null;
  const { chart } = result;
  const { source } = chart;
  const rows = result.data
    ? result.data.rows
    : table.rows.map((row) => [
        row[source.categoryColumn] ?? null,
        ...row.slice(source.firstSeriesColumn, source.firstSeriesColumn + source.seriesCount),
      ]);
  const number = (value: unknown) =>
    typeof value === "number" && Number.isFinite(value) ? value : null;
  return {
    name: chart.name,
    title: chart.title,
    kind: chart.kind,
    orientation: chart.orientation,
    stacking: chart.stacking,
    categoryHeader: result.data ? result.data.header[0] : headers[source.categoryColumn],
    categories: rows.map((row) => String(row[0] ?? "")),
    series: chart.seriesNames.map((name, index) => ({
      name,
      color: chart.seriesColors[index],
      draw: chart.seriesDraw[index],
      values: rows.map((row) => number(row[index + 1])),
    })),
    valueAxis: chart.valueAxis,
  };
}
