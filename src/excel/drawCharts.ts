/**
 * Draws a publish's charts so that one chart's failure costs only that chart. Chart calls fail
 * per platform although the reference allows them: ChartSeries.markerStyle on the web
 * (office-js#1729) and on iPad (office-js#1538), axis calls such as reversePlotOrder on iPad
 * (office-js#1688). In one batch, a failing command leaves the charts before it drawn (one of
 * them half-built) and drops the rest.
 *
 * 1. All charts in one sync (the normal case: no extra syncs whatever the number of charts).
 * 2. Only when that fails: the charts of the batch are removed, and each chart is drawn in its
 *    own sync. A chart that fails is removed again (what was half-built) and drawn once more
 *    without the optional formatting (axis order, bounds, titles and number format, legend
 *    position, colours); when that works, the next charts are drawn without it straight away
 *    (the platform lacks it) and a warning says the formatting was left out. A chart that fails
 *    both ways is left out and named in a warning; the others are still drawn.
 *
 * Every chart on the target sheets is Netwerkmeter's at this point (the planner deleted the
 * others on owned sheets), so "remove what was half-built" is: delete every chart on the sheet
 * that is not among the ones drawn.
 *
 * @example
 * const { drawn, warnings } = await drawCharts(context, [{ chart, worksheet }], { isSetSupported, language: "nl" });
 */
import type { Language } from "../analysis/language";
import type { PlanChart } from "../workbook/port";
import { queueChart } from "./charts";
import type { IsSetSupported } from "./runtime";
import { errorCode, WHOLE_CALL_CODES } from "./runtime";

export interface ChartJob {
  chart: PlanChart;
  worksheet: Excel.Worksheet;
}

export interface DrawnCharts {
  /** Names of the charts drawn, in plan order. */
  drawn: string[];
  warnings: string[];
  /** The last chart error, when a chart was left out. */
  lastError?: unknown;
}

const TEXTS = {
  nl: {
    failed: (name: string, reason: string) =>
      `De grafiek '${name}' kon niet getekend worden (${reason}); de tabellen en de andere grafieken staan er wel.`,
    plain: (names: string[], reason: string) =>
      `${names.length === 1 ? "De grafiek" : "De grafieken"} ${names.map((name) => `'${name}'`).join(", ")} ${names.length === 1 ? "is" : "zijn"} getekend zonder een deel van de opmaak (asvolgorde, asgrenzen, kleuren), omdat deze versie van Excel die weigerde (${reason}).`,
  },
  en: {
    failed: (name: string, reason: string) =>
      `The chart '${name}' could not be drawn (${reason}); the tables and the other charts are there.`,
    plain: (names: string[], reason: string) =>
      `${names.length === 1 ? "The chart" : "The charts"} ${names.map((name) => `'${name}'`).join(", ")} ${names.length === 1 ? "was" : "were"} drawn without some formatting (axis order, axis bounds, colours), because this version of Excel refused it (${reason}).`,
  },
};

const reasonOf = (error: unknown) => {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
};

/** Deletes the charts on the jobs' sheets that are not in `keep` (half-built ones). */
async function removeStrays(
  context: Excel.RequestContext,
  worksheets: readonly Excel.Worksheet[],
  keep: ReadonlySet<string>
): Promise<void> {
  const loaded = [...new Set(worksheets)].map((worksheet) => {
    const charts = worksheet.charts;
    charts.load("items/name");
    return charts;
  });
  await context.sync();
  let deleted = 0;
  for (const charts of loaded)
    for (const chart of charts.items)
      if (!keep.has(chart.name.toLowerCase())) {
        chart.delete();
        deleted += 1;
      }
  if (deleted > 0) await context.sync();
}

/**
 * Draws `jobs`; `beforeCharts` queues commands that belong in the first chart sync (the
 * recalculation after suspended calculation).
 */
export async function drawCharts(
  context: Excel.RequestContext,
  jobs: readonly ChartJob[],
  options: { isSetSupported: IsSetSupported; language: Language; beforeCharts?: () => void }
): Promise<DrawnCharts> {
  options.beforeCharts?.();
  for (const { chart, worksheet } of jobs) queueChart(worksheet, chart, options.isSetSupported);
  try {
    await context.sync();
    return { drawn: jobs.map(({ chart }) => chart.name), warnings: [] };
  } catch (error) {
    if (WHOLE_CALL_CODES.has(errorCode(error) ?? "") || jobs.length === 0) throw error;
  }

  // One chart failed: start again, one guarded step per chart.
  const texts = TEXTS[options.language];
  const worksheets = jobs.map(({ worksheet }) => worksheet);
  const drawn = new Set<string>();
  const result: DrawnCharts = { drawn: [], warnings: [] };
  await removeStrays(context, worksheets, drawn);
  let plainOnly = false;
  const plain: string[] = [];
  let plainReason = "";
  for (const { chart, worksheet } of jobs) {
    let failure: unknown = null;
    let ok = false;
    for (const decorated of plainOnly ? [false] : [true, false]) {
      queueChart(worksheet, chart, options.isSetSupported, { decorated });
      try {
        // One sync per chart is the point here: a failure must cost only this chart.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        ok = true;
        if (!decorated) {
          plain.push(chart.name);
          if (!plainOnly) plainReason = reasonOf(failure);
          plainOnly = true;
        }
        break;
      } catch (error) {
        if (WHOLE_CALL_CODES.has(errorCode(error) ?? "")) throw error;
        failure = error;
        await removeStrays(context, [worksheet], drawn);
      }
    }
    if (ok) {
      drawn.add(chart.name.toLowerCase());
      result.drawn.push(chart.name);
    } else {
      result.lastError = failure;
      result.warnings.push(texts.failed(chart.name, reasonOf(failure)));
    }
  }
  if (plain.length > 0) result.warnings.unshift(texts.plain(plain, plainReason));
  return result;
}
