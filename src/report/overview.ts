/**
 * The Overzicht sheet: source, codebook, respondents, response rate, options, problem counts and
 * the tool version of one run.
 */
import { countBySeverity } from "../analysis/issue";
import type { ReportContext, SheetDraft } from "./context";
import { T } from "./context";
import { tableName } from "./names";
import type { ReportCell } from "./reportModel";

/** The overview sheet. */
export function overviewSheet(ctx: ReportContext): SheetDraft {
  const { t, basisNote, respondents, result, columns } = ctx;
  const counts = countBySeverity(result.issues);
  const overviewRows: ReportCell[][] = [
    [t(T("Bron", "Source")), result.source.file ?? "—"],
    [t(T("Blad", "Sheet")), result.source.sheet ?? "—"],
    [t(T("Codeboek", "Codebook")), result.source.codebook],
    [t(T("Respondenten", "Respondents")), respondents],
    [t(T("Populatie", "Population")), result.population ?? "—"],
    [t(T("Responsgraad (%)", "Response rate (%)")), result.responseRate],
    [
      t(T("Basis percentages", "Percentage base")),
      result.options.base === "valid"
        ? t(T("geldige antwoorden", "valid answers"))
        : t(T("alle respondenten", "all respondents")),
    ],
    [
      t(T("Afronding", "Rounding")),
      result.options.rounding === "legacy"
        ? t(T("zoals Dēmos-rapport (legacy)", "as the Dēmos report (legacy)"))
        : t(T("exact", "exact")),
    ],
    [t(T("Minimale celgrootte groepen", "Minimum cell size for groups")), result.options.minCell],
    [t(T("Groepering", "Grouped by")), result.options.groupBy.join(", ") || "—"],
    [
      t(T("Problemen (fout / waarschuwing / info)", "Problems (error / warning / info)")),
      `${counts.error} / ${counts.warning} / ${counts.info}`,
    ],
    [t(T("Versie Netwerkmeter", "Netwerkmeter version")), result.tool.version],
  ];
  return {
    name: t(T("Overzicht", "Overview")),
    table: {
      name: tableName("Overzicht"),
      title: t(T("Netwerkmeter – overzicht van de analyse", "Netwerkmeter – analysis overview")),
      columns: columns("field value"),
      rows: overviewRows.map(([field, value]) => [
        field,
        typeof value === "number" ? Number(value.toFixed(2)) : value,
      ]),
      notes: [basisNote(respondents)],
    },
  };
}
