/**
 * The indicator run as an engine-neutral Report (docs/indicators.md; ARCHITECTURE §1): an overview
 * in goal → sub-goal → indicator order (the impact table of seed 004 with level, value, CI,
 * baseline, target, expected value, progress, status in words, change, completeness, source and
 * data date), a unit × indicator status grid and the per-unit figures, the figures per group, the
 * trend per period, the composition per dimension and the problems. Figures are rounded half away
 * from zero to each indicator's `decimalen` (the JSON stays unrounded); status columns carry the
 * word and `valueFills`, which every writer turns into conditional formatting (never colour alone).
 *
 * @example
 * const report = buildIndicatorsReport(run, { file: "kader.xlsx", language: "nl", minCell: 5 });
 * report.sheets[0].name; // "Overzicht"
 */
import { countBySeverity, type Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type {
  NumberFormat,
  Report,
  ReportCell,
  ReportColumn,
  ReportSheet,
  ReportTable,
} from "./reportModel";
import { createFormat } from "../analysis/numberFormat";
import { roundHalfUp } from "../analysis/rounding";
import { TOOL_VERSION } from "../analysis/version";
import type { IndicatorRun } from "../indicators/computeIndicators";
import type { IndicatorDefinition } from "../indicators/kader";
import type { OverviewRow } from "../indicators/result";
import { groupValueChart, progressChart, trendChart } from "./indicatorCharts";
import {
  describeDefinition,
  periodTypeWord,
  pick,
  statusFills,
  statusWord,
} from "./indicatorTexts";
import { reportColumns } from "./columns";
import { issueRow } from "./problems";

const nlFormat = createFormat("nl");
const enFormat = createFormat("en");

export interface IndicatorReportContext {
  file: string;
  language: Language;
  minCell: number;
  groupBy?: readonly string[];
}

const col = (key: string, header: string, format: NumberFormat): ReportColumn => ({
  key,
  header,
  format,
});

/** A column of status words, coloured per word by every writer (the word always shows). */
const statusColumn = (key: string, header: string, language: Language): ReportColumn => ({
  ...col(key, header, "text"),
  valueFills: statusFills(language),
});

/** Overview rows in tree order: goals and sub-goals in order of first appearance, then the sheet. */
export function treeOrder(rows: readonly OverviewRow[]): OverviewRow[] {
  const goalRank = new Map<string, number>();
  const subgoalRank = new Map<string, number>();
  rows.forEach((row) => {
    if (!goalRank.has(row.goal ?? "")) goalRank.set(row.goal ?? "", goalRank.size);
    const sub = `${row.goal ?? ""}\u0000${row.subgoal ?? ""}`;
    if (!subgoalRank.has(sub)) subgoalRank.set(sub, subgoalRank.size);
  });
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        goalRank.get(a.row.goal ?? "")! - goalRank.get(b.row.goal ?? "")! ||
        subgoalRank.get(`${a.row.goal ?? ""}\u0000${a.row.subgoal ?? ""}`)! -
          subgoalRank.get(`${b.row.goal ?? ""}\u0000${b.row.subgoal ?? ""}`)! ||
        a.index - b.index
    )
    .map((entry) => entry.row);
}

/** Builds the Report of an indicator run. */
export function buildIndicatorsReport(run: IndicatorRun, context: IndicatorReportContext): Report {
  const { language } = context;
  const t = (dutch: string, english: string) => pick(language, dutch, english);
  const result = run.indicators;
  const definitions = new Map(run.definitions.map((definition) => [definition.id, definition]));
  const round = (value: number | null, decimals: number): ReportCell =>
    value === null ? null : roundHalfUp(value, decimals);
  const decimalsOf = (id: string) => definitions.get(id)?.decimals ?? 1;
  const sheets: ReportSheet[] = [];
  const period = result.period;
  const expectedAt = new Map(
    run.expected.map((row) => [`${row.indicator}\u0000${row.period}`, row])
  );
  const percentOrValue = (definition: IndicatorDefinition | undefined) =>
    definition?.type === "percentage"
      ? t("Percentage (%)", "Percentage (%)")
      : (definition?.measureUnit ?? t("Waarde", "Value"));
  const roundingNote = t(
    "Cijfers afgerond op de decimalen van elke indicator (half van nul af); het JSON-rapport is onafgerond.",
    "Figures rounded to each indicator's decimals (half away from zero); the JSON report is unrounded."
  );

  // 1. Overview
  const ordered = treeOrder(result.overview);
  const overview: ReportTable = {
    name: "NM_IndOverzicht",
    title: t(`Indicatoren: stand in ${period}`, `Indicators: position in ${period}`),
    columns: [
      ...reportColumns(
        language,
        "goal subgoal indicator name level definition value/figure measureUnit ciLow ciHigh baseline baselinePeriod target targetPeriod expected progress"
      ),
      statusColumn("status", "Status", language),
      ...reportColumns(
        language,
        "previousPeriod previous change changePct unitsReporting unitsExpected completeness source dataDate"
      ),
    ],
    rows: ordered.map((row) => {
      const definition = definitions.get(row.indicator);
      const decimals = decimalsOf(row.indicator);
      return [
        row.goal,
        row.subgoal,
        row.indicator,
        row.name,
        row.level,
        describeDefinition(row.type, row.kind, row.cumulative, language),
        round(row.value, decimals),
        definition?.measureUnit ?? (row.type === "percentage" ? "%" : null),
        round(row.ciLow, decimals),
        round(row.ciHigh, decimals),
        round(row.baseline, decimals),
        row.baselinePeriod,
        round(row.target, decimals),
        row.targetPeriod,
        round(row.expected, decimals),
        round(row.progress, 1),
        statusWord(row.status, language),
        row.previousPeriod,
        round(row.previous, decimals),
        round(row.change, decimals),
        round(row.changePct, 1),
        row.unitsReporting,
        row.unitsExpected,
        row.unitsExpected > 0 ? round((100 * row.unitsReporting) / row.unitsExpected, 1) : null,
        row.source,
        row.dataDate,
      ];
    }),
    notes: [
      t(
        `Periode ${period}; ${result.units} eenheden; basis per indicator: de eenheden die rapporteerden (zie Eenheden gerapporteerd / verwacht).`,
        `Period ${period}; ${result.units} units; base per indicator: the units that reported (see units reporting / expected).`
      ),
      t(
        "Verwacht = de rechte lijn van basiswaarde naar doelwaarde (via mijlpalen), in dagen; voortgang = (waarde − basis) / (verwacht − basis). Status: groen / oranje / rood volgens 'groen vanaf' en 'oranje vanaf' (standaard 100 en 80 % voortgang).",
        "Expected = the straight line from baseline to target (through milestones), in days; progress = (value − baseline) / (expected − baseline). Status: green / amber / red by 'green from' and 'amber from' (default 100 and 80 % progress)."
      ),
      t(
        "BI: Wilson-betrouwbaarheidsinterval (95 %) van het gepoolde percentage: de onzekerheid van het onderliggende percentage.",
        "CI: Wilson 95% confidence interval of the pooled percentage: the uncertainty of the underlying rate."
      ),
      roundingNote,
    ],
  };
  sheets.push({
    name: t("Overzicht", "Overview"),
    tables: [overview],
    charts: [
      progressChart(
        overview.name,
        t(`Voortgang per indicator (${period})`, `Progress per indicator (${period})`),
        t("Voortgang (%)", "Progress (%)")
      ),
    ],
  });

  // 2. Per unit: the status grid and the figures.
  const indicatorIds = result.overview.map((row) => row.indicator);
  const units = [...new Set(result.byUnit.map((row) => row.unit))];
  const statusOf = new Map(
    result.byUnit.map((row) => [`${row.unit}\u0000${row.indicator}`, row.status])
  );
  const grid: ReportTable = {
    name: "NM_IndStatusPerEenheid",
    title: t(
      `Status per eenheid en indicator (${period})`,
      `Status per unit and indicator (${period})`
    ),
    columns: [
      ...reportColumns(language, "unit"),
      ...indicatorIds.map((id, index) => statusColumn(`ind${index + 1}`, id, language)),
    ],
    rows: units.map((unit) => [
      unit,
      ...indicatorIds.map((id) => {
        const status = statusOf.get(`${unit}\u0000${id}`);
        return status ? statusWord(status, language) : null;
      }),
    ]),
    notes: [
      t(
        `n = ${units.length} eenheden (verwacht of rapporterend in ${period}). Een eenheid wordt gemeten aan haar eigen doel (blad Doelen); een percentage, verhouding of gemiddelde zonder eigen doel aan dat van het programma; een aantal nooit aan het programmadoel.`,
        `n = ${units.length} units (expected or reporting in ${period}). A unit is held against its own target (Targets sheet); a percentage, ratio or mean without one against the programme's; a count never against the programme target.`
      ),
    ],
  };
  const perUnit: ReportTable = {
    name: "NM_IndPerEenheid",
    title: t(`Cijfers per eenheid (${period})`, `Figures per unit (${period})`),
    columns: [
      ...reportColumns(
        language,
        "indicator unit value/figure numerator denominator target expected progress"
      ),
      statusColumn("status", "Status", language),
      ...reportColumns(language, "comment"),
    ],
    rows: result.byUnit.map((row) => {
      const decimals = decimalsOf(row.indicator);
      return [
        row.indicator,
        row.unit,
        round(row.value, decimals),
        row.numerator,
        row.denominator,
        round(row.target, decimals),
        round(row.expected, decimals),
        round(row.progress, 1),
        statusWord(row.status, language),
        row.comment,
      ];
    }),
    notes: [
      t(
        `n = ${result.byUnit.length} rijen (indicator × eenheid) in ${period}.`,
        `n = ${result.byUnit.length} rows (indicator × unit) in ${period}.`
      ),
      roundingNote,
    ],
  };
  sheets.push({ name: t("Per eenheid", "Per unit"), tables: [grid, perUnit], charts: [] });

  // 3. Per group (the reported period) and 4. trend (every period).
  const groupTables: ReportTable[] = [];
  const groupCharts = [];
  const trendTables: ReportTable[] = [];
  const trendCharts = [];
  const bys = [...new Set(result.byGroup.map((row) => row.by))];
  let tableCounter = 0;
  for (const id of indicatorIds) {
    const definition = definitions.get(id);
    const decimals = decimalsOf(id);
    const overviewRow = result.overview.find((row) => row.indicator === id)!;
    const axis = percentOrValue(definition);
    for (const by of bys) {
      const rows = result.byGroup.filter(
        (row) => row.by === by && row.indicator === id && row.period === period
      );
      if (rows.length === 0) continue;
      tableCounter += 1;
      const name = `NM_IndGroep_${tableCounter}`;
      groupTables.push({
        name,
        title: t(
          `${overviewRow.name} (${id}) per ${by}, ${period}`,
          `${overviewRow.name} (${id}) by ${by}, ${period}`
        ),
        columns: [
          col("group", by, "text"),
          ...reportColumns(language, "value/figure ciLow ciHigh unitsReporting unitsExpected"),
          col(
            "belowMinCell",
            t(`Minder dan ${context.minCell} eenheden`, `Fewer than ${context.minCell} units`),
            "text"
          ),
        ],
        rows: rows.map((row) => [
          row.group === "" ? t("(leeg)", "(blank)") : row.group,
          round(row.value, decimals),
          round(row.ciLow, decimals),
          round(row.ciHigh, decimals),
          row.unitsReporting,
          row.unitsExpected,
          row.belowMinCell ? t("ja", "yes") : null,
        ]),
        notes: [
          t(
            `Dezelfde aggregatie als het totaal, binnen elke groep; n per groep = eenheden gerapporteerd. Groepen met minder dan ${context.minCell} eenheden zijn gemarkeerd, niet verborgen (eenheden zijn organisaties, geen personen).`,
            `The same aggregation as the total, within each group; n per group = units reporting. Groups with fewer than ${context.minCell} units are flagged, not hidden (units are organisations, not people).`
          ),
        ],
      });
      groupCharts.push(
        groupValueChart(
          `NM_Chart_IndGroep_${tableCounter}`,
          name,
          t(
            `${overviewRow.name} per ${by} (${period})`,
            `${overviewRow.name} by ${by} (${period})`
          ),
          axis,
          overviewRow.expected,
          t("Verwachte waarde", "Expected value")
        )
      );
      // Trend per group: periods × groups.
      const groups = [
        ...new Set(
          result.byGroup
            .filter((row) => row.by === by && row.indicator === id)
            .map((row) => row.group)
        ),
      ];
      const trendName = `NM_IndTrendGroep_${tableCounter}`;
      const valueOf = new Map(
        result.byGroup
          .filter((row) => row.by === by && row.indicator === id)
          .map((row) => [`${row.period}\u0000${row.group}`, row.value])
      );
      trendTables.push({
        name: trendName,
        title: t(
          `${overviewRow.name} (${id}) per ${by}, per periode`,
          `${overviewRow.name} (${id}) by ${by}, per period`
        ),
        columns: [
          ...reportColumns(language, "period"),
          ...groups.map((group, index) =>
            col(
              `g${index + 1}`,
              group === "" ? t("(leeg)", "(blank)") : group,
              "general" as NumberFormat
            )
          ),
        ],
        rows: result.periods.map((label) => [
          label,
          ...groups.map((group) => round(valueOf.get(`${label}\u0000${group}`) ?? null, decimals)),
        ]),
        notes: [
          t(
            `Per ${by}; leeg = geen eenheid van die groep rapporteerde.`,
            `By ${by}; blank = no unit of that group reported.`
          ),
        ],
      });
      trendCharts.push(
        trendChart(
          `NM_Chart_IndTrendGroep_${tableCounter}`,
          trendName,
          t(
            `${overviewRow.name} per ${by}, per periode`,
            `${overviewRow.name} by ${by}, per period`
          ),
          axis,
          groups.map((_, index) => `g${index + 1}`)
        )
      );
    }
  }
  if (groupTables.length)
    sheets.push({ name: t("Per groep", "Per group"), tables: groupTables, charts: groupCharts });

  const trend: ReportTable = {
    name: "NM_IndTrend",
    title: t("Verloop per periode", "Trend per period"),
    columns: reportColumns(
      language,
      "indicator period value/figure expected numerator denominator unitsReporting"
    ),
    rows: result.trend.map((row) => {
      const decimals = decimalsOf(row.indicator);
      return [
        row.indicator,
        row.period,
        round(row.value, decimals),
        round(expectedAt.get(`${row.indicator}\u0000${row.period}`)?.expected ?? null, decimals),
        row.numerator,
        row.denominator,
        row.unitsReporting,
      ];
    }),
    notes: [
      t(
        `Perioden: ${result.periods.join(", ") || "geen"}; cumulatieve indicatoren tellen op sinds de basisperiode. Verwacht = de lijn van basiswaarde naar doel.`,
        `Periods: ${result.periods.join(", ") || "none"}; cumulative indicators add up since the baseline period. Expected = the line from baseline to target.`
      ),
    ],
  };
  const perIndicatorTrend = indicatorIds.map((id, index) => {
    const decimals = decimalsOf(id);
    const rows = result.trend.filter((row) => row.indicator === id);
    return {
      name: `NM_IndTrend_${index + 1}`,
      title: `${result.overview[index].name} (${id})`,
      columns: reportColumns(language, "period value/figure expected"),
      rows: rows.map((row) => [
        row.period,
        round(row.value, decimals),
        round(expectedAt.get(`${id}\u0000${row.period}`)?.expected ?? null, decimals),
      ]),
      notes: [
        t(
          "n per periode: zie de tabel Verloop per periode.",
          "n per period: see the Trend per period table."
        ),
      ],
    } satisfies ReportTable;
  });
  sheets.push({
    name: t("Verloop", "Trend"),
    tables: [trend, ...perIndicatorTrend, ...trendTables],
    charts: [
      ...perIndicatorTrend.map((table, index) =>
        trendChart(
          `NM_Chart_IndTrend_${index + 1}`,
          table.name,
          table.title,
          percentOrValue(definitions.get(indicatorIds[index])),
          // No expected line without a target: Excel refuses a series without any value.
          table.rows.some((row) => typeof row[2] === "number") ? ["value", "expected"] : ["value"]
        )
      ),
      ...trendCharts,
    ],
  });

  // 5. Composition per dimension.
  if (result.composition.length) {
    sheets.push({
      name: t("Samenstelling", "Composition"),
      tables: [
        {
          name: "NM_IndSamenstelling",
          title: t(
            `Samenstelling per dimensie (${period})`,
            `Composition per dimension (${period})`
          ),
          columns: reportColumns(language, "indicator dimension category value/figure pct"),
          rows: result.composition.map((row) => [
            row.indicator,
            row.dimension,
            row.category === "" ? t("(leeg)", "(blank)") : row.category,
            round(row.value, decimalsOf(row.indicator)),
            round(row.pct, 1),
          ]),
          notes: [
            t(
              "Aandeel van het totaal over de dimensie (alleen voor sommen).",
              "Share of the total over the dimension (sums only)."
            ),
          ],
        },
      ],
      charts: [],
    });
  }

  // 6. Problems.
  sheets.push({
    name: t("Problemen", "Problems"),
    tables: [problemsTable(run.issues, language)],
    charts: [],
  });

  return {
    title: t("Netwerkmeter – indicatoren", "Netwerkmeter – indicators"),
    summary: [
      t(`Bron: ${context.file}`, `Source: ${context.file}`),
      t(
        `Periode: ${period} (per ${run.granularity}); ${nlFormat.count(result.units, "eenheid", "eenheden")}; ${nlFormat.count(result.overview.length, "indicator", "indicatoren")}.`,
        `Period: ${period} (per ${periodTypeWord(run.granularity, "en")}); ${enFormat.count(result.units, "unit", "units")}; ${enFormat.count(result.overview.length, "indicator", "indicators")}.`
      ),
      t(
        `Problemen: ${nlFormat.count(countBySeverity(run.issues).error, "fout", "fouten")}, ${nlFormat.count(countBySeverity(run.issues).warning, "waarschuwing", "waarschuwingen")} (blad Problemen).`,
        `Problems: ${enFormat.count(countBySeverity(run.issues).error, "error", "errors")}, ${enFormat.count(countBySeverity(run.issues).warning, "warning", "warnings")} (Problems sheet).`
      ),
      `Netwerkmeter ${TOOL_VERSION}`,
    ],
    sheets,
  };
}

function problemsTable(issues: readonly Issue[], language: Language): ReportTable {
  const t = (dutch: string, english: string) => pick(language, dutch, english);
  return {
    name: "NM_IndProblemen",
    title: t(
      "Problemen in het kader en de metingen",
      "Problems in the framework and the measurements"
    ),
    columns: reportColumns(language, "severity code message file sheet cell"),
    rows: issues.map((issue) => issueRow(issue, language)),
    notes: [
      t(
        `${nlFormat.count(issues.length, "melding", "meldingen")}. Afgewezen rijen tellen in geen enkel cijfer mee; er wordt niets geraden.`,
        `${enFormat.count(issues.length, "message", "messages")}. Rejected rows are left out of every figure; nothing is guessed.`
      ),
    ],
  };
}
