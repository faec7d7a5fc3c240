/**
 * The Betrouwbaarheid sheet: Cronbach's alpha, standardized alpha and mean inter-item r per scale,
 * item-rest r and alpha if deleted per item, with a bar chart and the 0.70 reference line.
 */
import { constructLabel } from "../analysis/constructLabel";
import { alphaChartPlan } from "./chartPlans";
import type { ReportContext, SheetDraft } from "./context";
import { T } from "./context";
import { tableName } from "./names";
import type { ChartSpec, ReportCell, ReportTable } from "./reportModel";

/** The reliability sheet; none when no construct has two or more items. */
export function reliabilitySheets(ctx: ReportContext): SheetDraft[] {
  const { t, respondents, result, language, columns } = ctx;
  const sheets: SheetDraft[] = [];
  const add = (name: string, table: ReportTable, charts: ChartSpec[] = []) =>
    sheets.push({ name, table, charts });
  if (result.scales.length > 0) {
    const rows: ReportCell[][] = [];
    for (const scale of result.scales) {
      rows.push([
        constructLabel(scale.id, language),
        t(T("(schaal)", "(scale)")),
        scale.items.length,
        scale.n,
        scale.alpha,
        scale.standardizedAlpha,
        scale.averageR,
        null,
        null,
      ]);
      for (const stat of scale.itemStats)
        rows.push([
          constructLabel(scale.id, language),
          `${stat.item}${scale.reversed.includes(stat.item) ? t(T(" (omgekeerd)", " (reversed)")) : ""}`,
          null,
          null,
          null,
          null,
          null,
          stat.itemRestR,
          stat.alphaIfDeleted,
        ]);
    }
    const table: ReportTable = {
      name: tableName("Betrouwbaarheid"),
      title: t(
        T(
          "Betrouwbaarheid per schaal (Cronbach's alfa)",
          "Reliability per scale (Cronbach's alpha)"
        )
      ),
      columns: columns(
        "scale/construct item items n/complete alpha standardizedAlpha averageR itemRestR alphaIfDeleted"
      ),
      rows,
      notes: [
        t(
          T(
            `n = ${respondents} respondenten; per schaal op de volledige gevallen (basis: listwise, zie kolom n), na omkeren van omgekeerd geformuleerde items.`,
            `n = ${respondents} respondents; per scale on complete cases (base: listwise, see column n), after reversing reverse-keyed items.`
          )
        ),
        t(
          T(
            "Vuistregel: alfa ≥ 0,70 is voldoende betrouwbaar; een negatieve item-restcorrelatie wijst vaak op een item dat omgekeerd moet worden.",
            "Rule of thumb: alpha ≥ 0.70 is adequate; a negative item-rest correlation often means an item should be reversed."
          )
        ),
      ],
    };
    add(t(T("Betrouwbaarheid", "Reliability")), table, [
      alphaChartPlan({
        name: "NM_Chart_Betrouwbaarheid",
        title: t(T("Cronbach's alfa per schaal", "Cronbach's alpha per scale")),
        table: table.name,
        scaleColumn: "scale",
        alphaColumn: "alpha",
        alphas: result.scales.map((scale) => scale.alpha),
        language,
      }),
    ]);
  }

  return sheets;
}
