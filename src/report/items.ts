/**
 * The Items sheet: every item's distribution (n, missing, don't know, low/neutral/high %), mean,
 * SD and median, as answered (reverse-keyed items are not reversed here).
 */
import type { ReportContext, SheetDraft } from "./context";
import { T } from "./context";
import { tableName } from "./names";

/** The item table. */
export function itemsSheet(ctx: ReportContext): SheetDraft {
  const { t, commonNotes, respondents, result, columns } = ctx;
  const itemColumns = [
    ...columns("item label scale n missing dontKnow pctLow pctNeutral pctHigh"),
    ...ctx.referenceColumn(),
    ...columns("mean sd median"),
  ];
  return {
    name: "Items",
    table: {
      name: tableName("Items"),
      title: t(
        T(
          "Alle items: verdeling, gemiddelde en spreiding",
          "All items: distribution, mean and spread"
        )
      ),
      columns: itemColumns,
      rows: result.items.map((item) => [
        item.id,
        item.label,
        item.scale,
        item.n,
        item.missing,
        item.dontKnow,
        item.pctLow,
        item.pctNeutral,
        item.pctHigh,
        ...ctx.referenceCell(item.id),
        item.mean,
        item.sd,
        item.median,
      ]),
      notes: [
        ...commonNotes(respondents),
        t(
          T(
            "Laag/hoog = onderste/bovenste helft van de schaal (bv. 1–2 en 4–5); omgekeerde items staan zoals beantwoord.",
            "Low/high = lower/upper half of the scale (e.g. 1–2 and 4–5); reversed items are shown as answered."
          )
        ),
      ],
    },
  };
}
