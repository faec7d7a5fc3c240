/**
 * The governance sheets (domain/SPEC.md §7b): the coordinator's role per domain with a chart, the
 * governance style per network, and style by each group column (cross-tab with chi-square).
 */
import { STYLE_LABEL, domainLabel, styleLabel } from "../analysis/labels";
import { rolesChartPlan, styleByGroupChartPlan } from "./chartPlans";
import type { ReportContext, SheetDraft } from "./context";
import { plural, T } from "./context";
import { tableName } from "./names";
import type { ChartSpec, ReportCell, ReportTable } from "./reportModel";

/** The governance sheets; none when the codebook has no role items. */
export function governanceSheets(ctx: ReportContext): SheetDraft[] {
  const { t, col, commonNotes, num, respondents, result, language, columns } = ctx;
  const sheets: SheetDraft[] = [];
  const add = (name: string, table: ReportTable, charts: ChartSpec[] = []) =>
    sheets.push({ name, table, charts });
  const governance = result.governance;
  if (governance) {
    const rows: ReportCell[][] = [];
    for (const domain of governance.domains) {
      for (const role of domain.roles)
        rows.push([
          domainLabel(domain.domain, language),
          styleLabel(role.role, language),
          role.item,
          role.n,
          role.pctLow,
          role.pctHigh,
          ...ctx.referenceCell(role.item),
          role.net,
          domain.dominantRole ? styleLabel(domain.dominantRole, language) : "—",
        ]);
    }
    const rolesTable: ReportTable = {
      name: tableName("Rollen"),
      title: t(
        T(
          "Rol van de netwerkcoördinator bij het opstellen van visie, doelstellingen en acties",
          "Role of the network coordinator in drafting vision, objectives and actions"
        )
      ),
      columns: [
        ...columns("domain role item n pctLow/agree pctHigh/agree"),
        ...ctx.referenceColumn(),
        ...columns("net dominant"),
      ],
      rows,
      notes: [
        t(T("Score (%).", "Score (%).")),
        ...commonNotes(respondents),
        t(
          T(
            "Dominante rol = hoogste % wel akkoord; gelijke stand = gemengd.",
            "Dominant role = highest % agree; a tie = mixed."
          )
        ),
      ],
    };
    const rolesShown = [
      ...new Set(governance.domains.flatMap((domain) => domain.roles.map((role) => role.role))),
    ];
    add(t(T("Rollen", "Roles")), rolesTable, [
      rolesChartPlan({
        name: "NM_Chart_Rollen",
        title: t(
          T(
            `Rol van de coördinator: % wel akkoord (n = ${respondents})`,
            `Coordinator role: % agree (n = ${respondents})`
          )
        ),
        table: rolesTable.name,
        domainColumn: "domain",
        roleColumn: "role",
        valueColumn: "pctHigh",
        roles: rolesShown.map((role) => ({ key: role, label: styleLabel(role, language) })),
      }),
    ]);
    const domains = governance.domains.map((domain) => domain.domain);
    add(t(T("Stijl per netwerk", "Style per network")), {
      name: tableName("Stijlen"),
      title: t(T("Bestuursstijl per netwerk", "Governance style per network")),
      columns: [
        ...columns("respondent"),
        ...domains.map((domain) => col(domain, domainLabel(domain, language), "text")),
        ...columns("overall"),
      ],
      rows: governance.respondents.map((respondent) => [
        respondent.respondent,
        ...domains.map((domain) => styleLabel(respondent.styles[domain], language)),
        styleLabel(respondent.overall, language),
      ]),
      notes: [
        t(
          T(
            `n = ${governance.respondents.length} netwerken; per netwerk op de beantwoorde rolitems (basis: geldige antwoorden; ontbrekend en weet niet tellen niet mee).`,
            `n = ${governance.respondents.length} networks; per network on the answered role items (base: valid answers; missing and don't know are left out).`
          )
        ),
        t(
          T(
            "Per domein: de rol met het hoogste akkoord (4–5); gelijke stand = gemengd; geen akkoord = onbepaald. Algemeen: de meest voorkomende stijl over de domeinen.",
            "Per domain: the role with the highest agreement (4–5); a tie = mixed; no agreement = undetermined. Overall: the most frequent style across domains."
          )
        ),
        t(
          T(
            `Aantallen: ${Object.entries(governance.styleCounts)
              .map(([style, count]) => `${STYLE_LABEL[style].nl.toLowerCase()} ${count}`)
              .join(", ")}.`,
            `Counts: ${Object.entries(governance.styleCounts)
              .map(([style, count]) => `${STYLE_LABEL[style].en.toLowerCase()} ${count}`)
              .join(", ")}.`
          )
        ),
      ],
    });
    for (const crosstab of governance.crosstabs) {
      const styles = Object.keys(STYLE_LABEL);
      const rowsForTable = Object.entries(crosstab.table).map(([value, cells]) => {
        const total =
          crosstab.rowTotals?.[value] ??
          styles.reduce((sum, style) => sum + (cells[style] ?? 0), 0);
        // A masked cell (null) stays empty: disclosure control, see the note under the table.
        return [value, ...styles.map((style) => cells[style] ?? null), total] as ReportCell[];
      });
      const networks = rowsForTable.reduce((sum, row) => sum + (row[row.length - 1] as number), 0);
      const statistics =
        crosstab.chiSquare === null
          ? t(
              T(
                "Chi-kwadraat niet te berekenen (te weinig groepen of stijlen).",
                "Chi-square cannot be computed (too few groups or styles)."
              )
            )
          : `χ² = ${num(crosstab.chiSquare, 2)}, df = ${crosstab.df}, p = ${num(crosstab.p, 3)}, Cramér's V = ${num(crosstab.cramersV, 2)}`;
      const table: ReportTable = {
        name: tableName("Stijl", crosstab.by),
        title: t(T(`Bestuursstijl naar ${crosstab.by}`, `Governance style by ${crosstab.by}`)),
        columns: [
          col("group", crosstab.by, "text"),
          ...styles.map((style) => col(style, STYLE_LABEL[style], "integer")),
          ...columns("total"),
        ],
        rows: rowsForTable,
        notes: [
          t(
            T(
              `n = ${networks} netwerken met een waarde voor ${crosstab.by}; aantallen (basis: netwerken zonder waarde voor ${crosstab.by} tellen niet mee).`,
              `n = ${networks} networks with a value for ${crosstab.by}; counts (base: networks without a value for ${crosstab.by} are left out).`
            )
          ),
          statistics,
          ...(crosstab.cellsMasked
            ? [
                t(
                  T(
                    `Lege cel: niet getoond: minder dan ${result.options.minCell} netwerken (minimale celgrootte), of een cel die mee verborgen is zodat de totalen zo'n klein aantal niet verraden; ${plural(crosstab.cellsMasked, "cel", "cellen")}.`,
                    `Empty cell: not shown: fewer than ${result.options.minCell} networks (minimum cell size), or a cell hidden as well so that the totals do not give such a small count away; ${plural(crosstab.cellsMasked, "cell", "cells")}.`
                  )
                ),
              ]
            : []),
          ...(crosstab.smallExpected
            ? [
                t(
                  T(
                    `Let op: ${plural(crosstab.cellsExpectedBelow5 ?? 0, "cel", "cellen")} met verwachte frequentie < 5; de toets is onbetrouwbaar.`,
                    `Note: ${plural(crosstab.cellsExpectedBelow5 ?? 0, "cell", "cells")} with expected count < 5; the test is unreliable.`
                  )
                ),
              ]
            : []),
        ],
      };
      // Masked cells (disclosure control) would be drawn as zero shares: then no chart, the
      // table and its note tell the story.
      add(
        t(T(`Stijl naar ${crosstab.by}`, `Style by ${crosstab.by}`)),
        table,
        crosstab.cellsMasked
          ? []
          : [
              styleByGroupChartPlan({
                name: tableName("Chart", "Stijl", crosstab.by),
                title: `${table.title} (n = ${networks})`,
                table: table.name,
                groupColumn: "group",
                styles,
              }),
            ]
      );
    }
  }

  return sheets;
}
