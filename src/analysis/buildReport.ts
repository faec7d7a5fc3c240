/**
 * buildReport: turns an AnalysisResult into the engine-neutral Report that every adapter publishes
 * (one sheet per table, Dutch headings by default): overview, item table, the seed-002 style
 * "Score (%)" indicator tables, governance roles and styles, participation, reliability, group
 * breakdowns and the problem list. Every table states n and the percentage base in its notes.
 */
import { commentsTable } from "./commentsTable";
import type { Issue } from "./issue";
import { countBySeverity } from "./issue";
import {
  alphaChartPlan,
  likertChartPlan,
  participationChartPlan,
  rolesChartPlan,
  styleByGroupChartPlan,
} from "./chartPlans";
import { constructLabel } from "./constructLabel";
import { formatNumber } from "./formatNumber";
import { summaryLines } from "./summaryLines";
import type { Language } from "./language";
import type {
  ChartSpec,
  ReportCell,
  ReportColumn,
  ReportSheet,
  ReportTable,
  Report,
} from "./reportModel";
import type { AnalysisResult, GroupResult, IndicatorBlock } from "./results";

type Text = { nl: string; en: string };
const T = (nl: string, en: string): Text => ({ nl, en });

const DOMAIN_LABEL: Record<string, Text> = {
  visie: T("Visie", "Vision"),
  doelstellingen: T("Doelstellingen", "Objectives"),
  acties: T("Acties", "Actions"),
};
const STYLE_LABEL: Record<string, Text> = {
  facilitator: T("Facilitator", "Facilitator"),
  coproducent: T("Coproducent", "Co-producer"),
  opdrachtgever: T("Opdrachtgever", "Commissioner"),
  gemengd: T("Gemengd", "Mixed"),
  onbepaald: T("Onbepaald", "Undetermined"),
};
const SEVERITY_LABEL: Record<string, Text> = {
  error: T("fout", "error"),
  warning: T("waarschuwing", "warning"),
  info: T("info", "info"),
};

/**
 * "1 cel", "3 cellen": a count with the right form of its noun.
 *
 * @example plural(1, "melding", "meldingen") // "1 melding"
 */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. A longer name is never cut
 * mid-word with "…": the first of `shorter` that fits is used (e.g. "B02 Doelstellingen" for
 * "B02 Beleidsthema – doelstellingen"), else whole words up to 31 characters. The full title
 * stays above the table and in the overview's table of contents.
 *
 * @example sheetName("B02 Beleidsthema – doelstellingen", "B02 Doelstellingen") // "B02 Doelstellingen"
 */
export function sheetName(text: string, ...shorter: string[]): string {
  const clean = (value: string) =>
    value
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  for (const candidate of [text, ...shorter].map(clean))
    if (candidate.length > 0 && candidate.length <= 31) return candidate;
  let name = "";
  for (const word of clean(text).split(" ")) {
    if (`${name} ${word}`.trim().length > 31) break;
    name = `${name} ${word}`.trim();
  }
  return name.length > 0 ? name : clean(text).slice(0, 31);
}

/** "Beleidsthema – doelstellingen" → "Doelstellingen": the part after the last dash, capitalised. */
function afterDash(title: string): string {
  const parts = title.split(/\s[–-]\s/);
  const last = parts[parts.length - 1].trim();
  return last.charAt(0).toUpperCase() + last.slice(1);
}

/** Excel table names: letters, digits and underscores, starting with a letter, not a cell reference. */
export function tableName(...parts: string[]): string {
  const joined = parts
    .join("_")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "");
  return `NM_${joined}`.slice(0, 250);
}

export interface BuildReportOptions {
  language?: Language;
}

/** Builds the Report for an analysis result. */
export function buildReport(result: AnalysisResult, options: BuildReportOptions = {}): Report {
  const language = options.language ?? "nl";
  const t = (text: Text) => text[language];
  const basisNote = (n: number) =>
    result.options.base === "valid"
      ? t(
          T(
            `n = ${n} respondenten; percentages op geldige antwoorden per item (basis: geldig).`,
            `n = ${n} respondents; percentages of valid answers per item (base: valid).`
          )
        )
      : t(
          T(
            `n = ${n} respondenten; percentages op alle respondenten (basis: alle), ontbrekend en weet niet inbegrepen.`,
            `n = ${n} respondents; percentages of all respondents (base: all), missing and don't know included.`
          )
        );
  const roundingNote =
    result.options.rounding === "legacy"
      ? t(
          T(
            "Afronding: per categorie op 1 decimaal, daarna opgeteld (zoals het Dēmos-rapport).",
            "Rounding: each category to 1 decimal, then added (as the Dēmos report)."
          )
        )
      : null;
  const commonNotes = (n: number) => [basisNote(n), ...(roundingNote ? [roundingNote] : [])];
  const respondents = result.source.respondents;
  const num = (value: number | null, decimals = 1) => formatNumber(value, decimals, language);
  const sheets: ReportSheet[] = [];
  // Sheet, table and chart names must be unique (Excel compares them ignoring case). Long group
  // column names can collide after cutting to 31 characters, and tableName() maps different
  // headers ("Regio's", "Regio s") to the same name, so later duplicates get a numbered suffix.
  const takenSheets = new Set<string>();
  const takenNames = new Set<string>();
  const claimName = (name: string) => {
    let unique = name;
    for (let counter = 2; takenNames.has(unique.toLowerCase()); counter += 1)
      unique = `${name}_${counter}`;
    takenNames.add(unique.toLowerCase());
    return unique;
  };
  const claimSheet = (name: string, ...shorter: string[]) => {
    const base = sheetName(name, ...shorter);
    let unique = base;
    for (let counter = 2; takenSheets.has(unique.toLowerCase()); counter += 1) {
      const suffix = ` (${counter})`;
      unique = sheetName(`${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`);
    }
    takenSheets.add(unique.toLowerCase());
    return unique;
  };
  const addSheet = (name: string | string[], table: ReportTable, charts: ChartSpec[] = []) => {
    const unique = claimName(table.name);
    const [full, ...shorter] = typeof name === "string" ? [name] : name;
    sheets.push({
      name: claimSheet(full, ...shorter),
      tables: [unique === table.name ? table : { ...table, name: unique }],
      charts: charts.map((chart) => ({
        ...chart,
        name: claimName(chart.name),
        table: chart.table === table.name ? unique : chart.table,
      })),
    });
  };
  const col = (
    key: string,
    header: Text | string,
    format: ReportColumn["format"]
  ): ReportColumn => ({ key, header: typeof header === "string" ? header : t(header), format });

  // Overview
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
  addSheet(t(T("Overzicht", "Overview")), {
    name: tableName("Overzicht"),
    title: t(T("Netwerkmeter – overzicht van de analyse", "Netwerkmeter – analysis overview")),
    columns: [
      col("field", T("Gegeven", "Field"), "text"),
      col("value", T("Waarde", "Value"), "text"),
    ],
    rows: overviewRows.map(([field, value]) => [
      field,
      typeof value === "number" ? Number(value.toFixed(2)) : value,
    ]),
    notes: [basisNote(respondents)],
  });

  // Items. A published reference figure (codebook column `referentie`) stands beside "Hoog".
  const referenceSource = result.items.find((item) => item.reference)?.reference?.source;
  const referenceColumn = (key = "reference") =>
    referenceSource !== undefined ? [col(key, `${referenceSource} (%)`, "percent1")] : [];
  const referenceCell = (itemId: string): ReportCell[] =>
    referenceSource !== undefined
      ? [result.items.find((item) => item.id === itemId)?.reference?.pctHigh ?? null]
      : [];
  const itemColumns = [
    col("item", "Item", "text"),
    col("label", T("Stelling", "Statement"), "text"),
    col("scale", T("Schaal", "Scale"), "text"),
    col("n", "n", "integer"),
    col("missing", T("Ontbrekend", "Missing"), "integer"),
    col("dontKnow", T("Weet niet", "Don't know"), "integer"),
    col("pctLow", T("Laag (%)", "Low (%)"), "percent1"),
    col("pctNeutral", T("Neutraal (%)", "Neutral (%)"), "percent1"),
    col("pctHigh", T("Hoog (%)", "High (%)"), "percent1"),
    ...referenceColumn(),
    col("mean", T("Gemiddelde", "Mean"), "decimal2"),
    col("sd", "SD", "decimal2"),
    col("median", T("Mediaan", "Median"), "decimal1"),
  ];
  addSheet("Items", {
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
      ...referenceCell(item.id),
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
  });

  // Indicator blocks (seed 002 "Score (%)" tables)
  result.indicators.forEach((block) =>
    addSheet(
      [`${block.id} ${block.title}`, `${block.id} ${afterDash(block.title)}`],
      indicatorTable(block),
      [likertChart(block)]
    )
  );

  // Governance
  const governance = result.governance;
  if (governance) {
    const rows: ReportCell[][] = [];
    for (const domain of governance.domains) {
      for (const role of domain.roles)
        rows.push([
          t(DOMAIN_LABEL[domain.domain] ?? T(domain.domain, domain.domain)),
          t(STYLE_LABEL[role.role]),
          role.item,
          role.n,
          role.pctLow,
          role.pctHigh,
          ...referenceCell(role.item),
          role.net,
          domain.dominantRole ? t(STYLE_LABEL[domain.dominantRole]) : "—",
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
        col("domain", T("Domein", "Domain"), "text"),
        col("role", T("Rol", "Role"), "text"),
        col("item", "Item", "text"),
        col("n", "n", "integer"),
        col("pctLow", T("Niet akkoord", "Disagree"), "percent1"),
        col("pctHigh", T("Wel akkoord", "Agree"), "percent1"),
        ...referenceColumn(),
        col("net", T("Netto (wel − niet)", "Net (agree − disagree)"), "percent1"),
        col("dominant", T("Dominante rol", "Dominant role"), "text"),
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
    addSheet(t(T("Rollen", "Roles")), rolesTable, [
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
        roles: rolesShown.map((role) => ({ key: role, label: t(STYLE_LABEL[role]) })),
      }),
    ]);
    const domains = governance.domains.map((domain) => domain.domain);
    addSheet(t(T("Stijl per netwerk", "Style per network")), {
      name: tableName("Stijlen"),
      title: t(T("Bestuursstijl per netwerk", "Governance style per network")),
      columns: [
        col("respondent", T("Netwerk", "Network"), "text"),
        ...domains.map((domain) => col(domain, DOMAIN_LABEL[domain] ?? T(domain, domain), "text")),
        col("overall", T("Algemeen", "Overall"), "text"),
      ],
      rows: governance.respondents.map((respondent) => [
        respondent.respondent,
        ...domains.map((domain) => t(STYLE_LABEL[respondent.styles[domain]])),
        t(STYLE_LABEL[respondent.overall]),
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
          col("total", T("Totaal", "Total"), "integer"),
        ],
        rows: rowsForTable,
        notes: [
          t(
            T(
              `n = ${rowsForTable.reduce((sum, row) => sum + (row[row.length - 1] as number), 0)} netwerken met een waarde voor ${crosstab.by}; aantallen (basis: netwerken zonder waarde voor ${crosstab.by} tellen niet mee).`,
              `n = ${rowsForTable.reduce((sum, row) => sum + (row[row.length - 1] as number), 0)} networks with a value for ${crosstab.by}; counts (base: networks without a value for ${crosstab.by} are left out).`
            )
          ),
          statistics,
          ...(crosstab.cellsMasked
            ? [
                t(
                  T(
                    `Lege cel: 1 tot ${result.options.minCell - 1} netwerken, niet getoond (minimale celgrootte ${result.options.minCell}); ${crosstab.cellsMasked} cel(len).`,
                    `Empty cell: 1 to ${result.options.minCell - 1} networks, not shown (minimum cell size ${result.options.minCell}); ${crosstab.cellsMasked} cell(s).`
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
      addSheet(
        t(T(`Stijl naar ${crosstab.by}`, `Style by ${crosstab.by}`)),
        table,
        crosstab.cellsMasked
          ? []
          : [
              styleByGroupChartPlan({
                name: tableName("Chart", "Stijl", crosstab.by),
                title: `${table.title} (n = ${rowsForTable.reduce((sum, row) => sum + (row[row.length - 1] as number), 0)})`,
                table: table.name,
                groupColumn: "group",
                styles,
              }),
            ]
      );
    }
  }

  // Participation
  const participation = result.participation;
  if (participation) {
    const table: ReportTable = {
      name: tableName("Participatie"),
      title: t(
        T(
          "Inspraak van mensen in armoede bij visie, doelstellingen en acties",
          "Say of people in poverty in vision, objectives and actions"
        )
      ),
      columns: [
        col("domain", T("Domein", "Domain"), "text"),
        col(
          "involvement",
          T("Inbreng van bij het begin (%)", "Involved from the start (%)"),
          "percent1"
        ),
        col("expertise", T("Expertise erkend (%)", "Expertise recognised (%)"), "percent1"),
        col("directive", T("Richtinggevend (%)", "Directive (%)"), "percent1"),
        col("notDirective", T("Niet richtinggevend (%)", "Not directive (%)"), "percent1"),
        col(
          "gap",
          T("Kloof inbreng − richtinggevend (%-punt)", "Gap involvement − directive (points)"),
          "percent1"
        ),
      ],
      rows: participation.domains.map((domain) => [
        t(DOMAIN_LABEL[domain.domain] ?? T(domain.domain, domain.domain)),
        domain.involvement,
        domain.expertise,
        domain.directive,
        domain.notDirective,
        domain.gap,
      ]),
      notes: [
        ...commonNotes(respondents),
        ...(participation.representation
          ? [
              t(
                T(
                  `Vertegenwoordiging (${participation.representation.item}): ${num(participation.representation.pctHigh)}% akkoord dat de stem van mensen in armoede goed vertegenwoordigd is.`,
                  `Representation (${participation.representation.item}): ${num(participation.representation.pctHigh)}% agree that people in poverty are well represented.`
                )
              ),
            ]
          : []),
        t(
          T(
            `Minstens ${num(participation.minimum.involvement)}% meldt inbreng van bij het begin; minstens ${num(participation.minimum.expertise)}% meldt dat met hun expertise rekening werd gehouden.`,
            `At least ${num(participation.minimum.involvement)}% report involvement from the start; at least ${num(participation.minimum.expertise)}% report their expertise was taken into account.`
          )
        ),
        t(
          T(
            `Participatie-index (0–100, minstens ${participation.index.minItems} items beantwoord): n = ${participation.index.n}, gemiddelde ${num(participation.index.mean)}, SD ${num(participation.index.sd)}; gemiddelde kloof ${num(participation.index.gapMean, 2)} schaalpunten.`,
            `Participation index (0–100, at least ${participation.index.minItems} items answered): n = ${participation.index.n}, mean ${num(participation.index.mean)}, SD ${num(participation.index.sd)}; mean gap ${num(participation.index.gapMean, 2)} scale points.`
          )
        ),
      ],
    };
    addSheet(t(T("Participatie", "Participation")), table, [
      participationChartPlan({
        name: "NM_Chart_Participatie",
        title: t(
          T(`Inspraak per domein (n = ${respondents})`, `Say per domain (n = ${respondents})`)
        ),
        table: table.name,
        domainColumn: "domain",
        involvement: "involvement",
        expertise: "expertise",
        directive: "directive",
        gap: "gap",
        gaps: participation.domains.map((domain) => domain.gap),
      }),
    ]);
    addSheet(t(T("Participatie-index", "Participation index")), {
      name: tableName("ParticipatieIndex"),
      title: t(T("Participatie-index per netwerk", "Participation index per network")),
      columns: [
        col("respondent", T("Netwerk", "Network"), "text"),
        col("index", T("Index (0–100)", "Index (0–100)"), "decimal1"),
        col("gap", T("Kloof (schaalpunten)", "Gap (scale points)"), "decimal2"),
      ],
      rows: participation.respondents.map((respondent) => [
        respondent.respondent,
        respondent.index,
        respondent.gap,
      ]),
      notes: [
        t(
          T(
            `n = ${participation.index.n} van ${participation.respondents.length} netwerken met een index (basis: netwerken met minstens ${participation.index.minItems} beantwoorde items).`,
            `n = ${participation.index.n} of ${participation.respondents.length} networks with an index (base: networks with at least ${participation.index.minItems} items answered).`
          )
        ),
        t(
          T(
            `Index = gemiddelde van de inbreng-, expertise- en richtinggevend-items, herschaald naar 0–100; leeg bij minder dan ${participation.index.minItems} beantwoorde items. Kloof = gemiddelde(inbreng, expertise) − gemiddelde(richtinggevend) op de 1–5-schaal.`,
            `Index = mean of the involvement, expertise and directive items rescaled to 0–100; empty when fewer than ${participation.index.minItems} items are answered. Gap = mean(involvement, expertise) − mean(directive) on the 1–5 scale.`
          )
        ),
      ],
    });
  }

  // Reliability
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
      columns: [
        col("scale", T("Schaal (construct)", "Scale (construct)"), "text"),
        col("item", "Item", "text"),
        col("items", T("Aantal items", "Items"), "integer"),
        col("n", T("n (volledige gevallen)", "n (complete cases)"), "integer"),
        col("alpha", T("Alfa", "Alpha"), "decimal3"),
        col("standardizedAlpha", T("Gestandaardiseerde alfa", "Standardized alpha"), "decimal3"),
        col("averageR", T("Gemiddelde inter-itemcorrelatie", "Mean inter-item r"), "decimal3"),
        col("itemRestR", T("Item-restcorrelatie", "Item-rest r"), "decimal3"),
        col("alphaIfDeleted", T("Alfa zonder item", "Alpha if deleted"), "decimal3"),
      ],
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
    addSheet(t(T("Betrouwbaarheid", "Reliability")), table, [
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

  // Groups
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
    addSheet(t(T(`Items naar ${by}`, `Items by ${by}`)), {
      name: tableName("Items", by),
      title: t(T(`Items naar ${by}`, `Items by ${by}`)),
      columns: [
        col("item", "Item", "text"),
        col("group", by, "text"),
        col("n", "n", "integer"),
        col("pctLow", T("Laag (%)", "Low (%)"), "percent1"),
        col("pctNeutral", T("Neutraal (%)", "Neutral (%)"), "percent1"),
        col("pctHigh", T("Hoog (%)", "High (%)"), "percent1"),
        col("mean", T("Gemiddelde", "Mean"), "decimal2"),
        col("note", T("Opmerking", "Note"), "text"),
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
            t(DOMAIN_LABEL[domain.domain] ?? T(domain.domain, domain.domain)),
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
      addSheet(
        [
          t(T(`Participatie naar ${by}`, `Participation by ${by}`)),
          t(T(`Inspraak naar ${by}`, `Say by ${by}`)),
        ],
        {
          name: tableName("Participatie", by),
          title: t(
            T(`Inspraak van mensen in armoede naar ${by}`, `Say of people in poverty by ${by}`)
          ),
          columns: [
            col("group", by, "text"),
            col("n", "n", "integer"),
            col("domain", T("Domein", "Domain"), "text"),
            col("involvement", T("Inbreng (%)", "Involvement (%)"), "percent1"),
            col("expertise", T("Expertise (%)", "Expertise (%)"), "percent1"),
            col("directive", T("Richtinggevend (%)", "Directive (%)"), "percent1"),
            col("gap", T("Kloof (%-punt)", "Gap (points)"), "percent1"),
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
        }
      );
    }
  }

  // Comments (free-text answers and the template's opmerking column)
  const comments = commentsTable(result.comments ?? [], language);
  if (comments) addSheet(t(T("Opmerkingen", "Comments")), comments);

  // Problems
  addSheet(t(T("Problemen", "Problems")), {
    name: tableName("Problemen"),
    title: t(T("Problemen in de gegevens", "Problems in the data")),
    columns: [
      col("severity", T("Ernst", "Severity"), "text"),
      col("code", "Code", "text"),
      col("message", T("Melding", "Message"), "text"),
      col("file", T("Bestand", "File"), "text"),
      col("sheet", T("Blad", "Sheet"), "text"),
      col("cell", T("Cel", "Cell"), "text"),
    ],
    rows: result.issues.map((issue: Issue) => [
      t(SEVERITY_LABEL[issue.severity]),
      issue.code,
      issue.message,
      issue.file ?? "",
      issue.sheet ?? "",
      issue.cell ?? "",
    ]),
    notes: [
      t(
        T(
          `n = ${respondents} respondenten (basis: alle rijen met minstens één antwoord); ${plural(result.issues.length, "melding", "meldingen")}. Ongeldige antwoorden tellen als ontbrekend.`,
          `n = ${respondents} respondents (base: every row with at least one answer); ${plural(result.issues.length, "message", "messages")}. Invalid answers count as missing.`
        )
      ),
    ],
  });

  return {
    title: t(T("Netwerkmeter – rapport", "Netwerkmeter – report")),
    summary: summaryLines(result, language),
    sheets,
  };

  function indicatorTable(block: IndicatorBlock): ReportTable {
    const showNeutral = block.items.some((item) => item.pctNeutral !== null);
    const source = block.referenceSource;
    return {
      name: tableName("Ind", block.id),
      title: block.title,
      columns: [
        col("label", "Items", "text"),
        col("n", "n", "integer"),
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
              t(
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

  function likertChart(block: IndicatorBlock): ChartSpec {
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
    });
  }
}
