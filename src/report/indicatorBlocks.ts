/**
 * The seed-002 style "Score (%)" tables: one sheet per indicator block (items of one section with
 * their low/neutral/high percentages) and its Likert bar chart.
 */
import type { IndicatorBlock } from "../analysis/results";
import type { ReportContext, SheetDraft } from "./context";
import { T } from "./context";
import { tableName } from "./names";
import { likertChartPlan } from "./chartPlans";
import type { ChartSpec, ReportTable } from "./reportModel";

/** One sheet per indicator block, each with its Likert chart. */
export function indicatorBlockSheets(ctx: ReportContext): SheetDraft[] {
  return ctx.result.indicators.map((block) => ({
    name: `${block.id} ${block.title}`,
    shortNames: [`${block.id} ${afterDash(block.title)}`],
    table: indicatorTable(ctx, block),
    charts: [likertChart(ctx, block)],
  }));
}

/** "Beleidsthema – doelstellingen" → "Doelstellingen": the part after the last dash, capitalised. */
function afterDash(title: string): string {
  const parts = title.split(/\s[–-]\s/);
  const last = parts[parts.length - 1].trim();
  return last.charAt(0).toUpperCase() + last.slice(1);
}

function indicatorTable(ctx: ReportContext, block: IndicatorBlock): ReportTable {
  const { col, commonNotes, respondents, columns } = ctx;
  const showNeutral = block.items.some((item) => item.pctNeutral !== null);
  const source = block.referenceSource;
  return {
    name: tableName("Ind", block.id),
    title: block.title,
    columns: [
      ...columns("label/items n"),
      col("pctLow", block.lowLabel, "percent1"),
      ...(showNeutral ? [col("pctNeutral", T("Neutraal", "Neutral"), "percent1")] : []),
      col("pctHigh", block.highLabel, "percent1"),
      ...(source !== undefined ? [col("reference", `${source} (%)`, "percent1")] : []),
    ],
    rows: block.items.map((item) => [
      item.label,
      item.n,
      item.pctLow,
      ...(showNeutral ? [item.pctNeutral] : []),
      item.pctHigh,
      ...(source !== undefined ? [item.reference ?? null] : []),
    ]),
    notes: [
      "Score (%)",
      ...commonNotes(respondents),
      ...(source !== undefined
        ? [
            ctx.t(
              T(
                `${source}: het gepubliceerde aandeel ${block.highLabel.toLowerCase()} ter vergelijking (uit het codeboek), geen toets.`,
                `${source}: the published share ${block.highLabel.toLowerCase()} for comparison (from the codebook), not a test.`
              )
            ),
          ]
        : []),
    ],
  };
}

/**
 * The block's diverging Likert bar; with reference figures in the codebook (e.g. "Dēmos 2016") as
 * upright columns with the reference as a marker over each (likertChartPlan).
 */
function likertChart(ctx: ReportContext, block: IndicatorBlock): ChartSpec {
  const { respondents } = ctx;
  const showNeutral = block.items.some((item) => item.pctNeutral !== null);
  return likertChartPlan({
    name: tableName("Chart", block.id),
    title: `${block.title} (n = ${respondents})`,
    table: tableName("Ind", block.id),
    categoryColumn: "label",
    low: "pctLow",
    ...(showNeutral ? { neutral: "pctNeutral" } : {}),
    high: "pctHigh",
    items: block.items.length,
    ...(block.referenceSource !== undefined ? { reference: "reference" } : {}),
  });
}
