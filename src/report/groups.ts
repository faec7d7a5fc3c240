/**
 * The group sheets: per group column, the items by group value (small groups suppressed) and,
 * when the codebook has participation items, participation by group value.
 */
import { domainLabel } from "../analysis/labels";
import type { GroupResult } from "../analysis/results";
import type { ReportContext, SheetDraft } from "./context";
import { T } from "./context";
import { tableName } from "./names";
import type { ChartSpec, ReportCell, ReportTable } from "./reportModel";

/** The group sheets, two per group column at most. */
export function groupSheets(ctx: ReportContext): SheetDraft[] {
  const { t, col, commonNotes, respondents, result, language, columns } = ctx;
  const sheets: SheetDraft[] = [];
  const add = (name: string, table: ReportTable, charts: ChartSpec[] = [], shortNames?: string[]) =>
    sheets.push({ name, table, charts, ...(shortNames ? { shortNames } : {}) });
  const byColumn = new Map<string, GroupResult[]>();
  for (const group of result.groups) {
    const members = byColumn.get(group.by);
    if (members) members.push(group);
    else byColumn.set(group.by, [group]);
  }
  for (const [by, groups] of byColumn) {
    const rows: ReportCell[][] = [];
    for (const item of result.items) {
      for (const group of groups) {
        const summary = group.items.find((candidate) => candidate.id === item.id)!;
        rows.push([
          item.id,
          group.value,
          summary.n,
          summary.pctLow,
          summary.pctNeutral,
          summary.pctHigh,
          summary.mean,
          summary.suppressed ? t(T("onderdrukt (kleine groep)", "suppressed (small group)")) : "",
        ]);
      }
    }
    add(t(T(`Items naar ${by}`, `Items by ${by}`)), {
      name: tableName("Items", by),
      title: t(T(`Items naar ${by}`, `Items by ${by}`)),
      columns: [
        ...columns("item"),
        col("group", by, "text"),
        ...columns("n pctLow pctNeutral pctHigh mean note"),
      ],
      rows,
      notes: [
        ...commonNotes(respondents),
        t(
          T(
            `Groepen: ${groups.map((group) => `${group.value} (n = ${group.n})`).join(", ")}.`,
            `Groups: ${groups.map((group) => `${group.value} (n = ${group.n})`).join(", ")}.`
          )
        ),
        t(
          T(
            `Percentages, aantallen en gemiddelden met een basis kleiner dan ${result.options.minCell} worden niet getoond.`,
            `Percentages, counts and means with a base below ${result.options.minCell} are not shown.`
          )
        ),
      ],
    });
    if (groups.some((group) => group.participation)) {
      const participationRows: ReportCell[][] = [];
      for (const group of groups) {
        for (const domain of group.participation?.domains ?? []) {
          participationRows.push([
            group.value,
            group.n,
            domainLabel(domain.domain, language),
            domain.involvement,
            domain.expertise,
            domain.directive,
            domain.gap,
          ]);
        }
        participationRows.push([
          group.value,
          group.n,
          t(T("Index (0–100)", "Index (0–100)")),
          group.participation?.index.mean ?? null,
          null,
          null,
          null,
        ]);
      }
      add(
        t(T(`Participatie naar ${by}`, `Participation by ${by}`)),
        {
          name: tableName("Participatie", by),
          title: t(
            T(`Inspraak van mensen in armoede naar ${by}`, `Say of people in poverty by ${by}`)
          ),
          columns: [
            col("group", by, "text"),
            ...columns("n domain involvement/short expertise/short directive gap/short"),
          ],
          rows: participationRows,
          notes: [
            ...commonNotes(respondents),
            t(
              T(
                `Percentages met een basis kleiner dan ${result.options.minCell} worden niet getoond.`,
                `Percentages with a base below ${result.options.minCell} are not shown.`
              )
            ),
          ],
        },
        [],
        [t(T(`Inspraak naar ${by}`, `Say by ${by}`))]
      );
    }
  }

  return sheets;
}
