/**
 * One unit's indicator feedback as a Report (published as its own workbook, `netwerkmeter feedback`
 * on an indicator framework): an explanation, a table with per indicator the unit's value (Wilson
 * 95% interval for percentages), target and status beside the pooled value of its group and of all
 * units, and the spine (minimum, 25th percentile, median, 75th percentile, maximum of all units),
 * plus a spine chart: per indicator the quartiles of all units and the unit as a marker, on a
 * scale from the lowest (0) to the highest unit (100), as public-health area profiles draw it.
 * Everything shown comes from a UnitProfile (src/indicators/unitProfile.ts): no other unit's name.
 */
import type { Language } from "../analysis/language";
import { roundHalfUp } from "../analysis/rounding";
import type { UnitProfile } from "../indicators/unitProfile";
import { spinePosition } from "../indicators/unitProfile";
import { clusteredBarsPlan } from "./chartPlans";
import { statusFills, statusWord } from "./indicatorTexts";
import type { Report, ReportCell, ReportColumn, ReportTable } from "./reportModel";

const BAND = {
  nl: ["", "laagste kwart", "onder het midden", "boven het midden", "hoogste kwart"],
  en: ["", "lowest quarter", "below the middle", "above the middle", "highest quarter"],
} as const;

/**
 * The Report for one unit's indicator feedback workbook.
 *
 * @example
 * unitProfileReport(profiles[0], { minCell: 5, language: "nl" }).sheets.map((sheet) => sheet.name)
 * // ["Overzicht", "Indicatoren"]
 */
export function unitProfileReport(
  profile: UnitProfile,
  options: { minCell: number; language: Language }
): Report {
  const { minCell, language } = options;
  const nl = language === "nl";
  const t = (dutch: string, english: string) => (nl ? dutch : english);
  const round = (value: number | null | undefined, decimals: number): ReportCell =>
    value === null || value === undefined ? null : roundHalfUp(value, decimals);
  const group = profile.group;
  const column = (key: string, header: string, format: ReportColumn["format"] = "general") => ({
    key,
    header,
    format,
  });

  const columns: ReportColumn[] = [
    column("indicator", "Indicator", "text"),
    column("name", t("Naam", "Name"), "text"),
    column("direction", t("Beter is", "Better is"), "text"),
    column("value", t("Uw waarde", "Your value")),
    column("ciLow", t("Uw waarde: 95%-BI laag", "Your value: 95% CI low")),
    column("ciHigh", t("Uw waarde: 95%-BI hoog", "Your value: 95% CI high")),
    column("target", t("Uw doel", "Your target")),
    column("progress", t("Voortgang (%)", "Progress (%)"), "decimal1"),
    { ...column("status", "Status", "text"), valueFills: statusFills(language) },
    ...(group
      ? [
          column("group", t(`Uw groep (${group.value})`, `Your group (${group.value})`)),
          column("groupUnits", t("n eenheden uw groep", "n units your group"), "integer"),
        ]
      : []),
    column("all", t("Alle eenheden", "All units")),
    column("allCiLow", t("Alle: 95%-BI laag", "All: 95% CI low")),
    column("allCiHigh", t("Alle: 95%-BI hoog", "All: 95% CI high")),
    column("allUnits", t("n eenheden", "n units"), "integer"),
    column("min", t("Laagste eenheid", "Lowest unit")),
    column("q1", t("25e percentiel", "25th percentile")),
    column("median", t("Mediaan", "Median")),
    column("q3", t("75e percentiel", "75th percentile")),
    column("max", t("Hoogste eenheid", "Highest unit")),
    column("band", t("Uw positie", "Your position"), "text"),
  ];
  const table: ReportTable = {
    name: "NM_Profiel_Indicatoren",
    title: t(
      `${profile.unit} tegenover alle eenheden, ${profile.period}`,
      `${profile.unit} against all units, ${profile.period}`
    ),
    columns,
    rows: profile.rows.map((row): ReportCell[] => {
      const d = row.decimals;
      return [
        row.indicator,
        row.name,
        row.direction === "hoger" ? t("hoger", "higher") : t("lager", "lower"),
        round(row.value, d),
        round(row.ciLow, d),
        round(row.ciHigh, d),
        round(row.target, d),
        round(row.progress, 1),
        statusWord(row.status, language),
        ...(group ? [round(row.group?.value, d), row.group?.units ?? null] : []),
        round(row.all?.value, d),
        round(row.all?.ciLow, d),
        round(row.all?.ciHigh, d),
        row.all?.units ?? null,
        round(row.spine?.min, d),
        round(row.spine?.q1, d),
        round(row.spine?.median, d),
        round(row.spine?.q3, d),
        round(row.spine?.max, d),
        row.band !== null ? BAND[language][row.band] : "—",
      ];
    }),
    notes: [
      t(
        `n = ${profile.units} eenheden in het kader; per indicator de eenheden die over ${profile.period} rapporteerden (basis: zie de kolommen n).`,
        `n = ${profile.units} units in the framework; per indicator the units that reported for ${profile.period} (base: see the n columns).`
      ),
      t(
        "Groep en alle eenheden: de gepoolde waarde (zoals in netwerkmeter indicators), met het Wilson-95%-betrouwbaarheidsinterval bij percentages. Percentielen: R-kwantiel type 7 over de waarden van de eenheden.",
        "Group and all units: the pooled value (as in netwerkmeter indicators), with the Wilson 95% confidence interval for percentages. Percentiles: R quantile type 7 over the units' values."
      ),
      t(
        `Leeg = niet getoond: minder dan ${minCell} eenheden in die groep (of in de rest). Laagste en hoogste eenheid zijn de waarde van één eenheid, zonder naam.`,
        `Empty = not shown: fewer than ${minCell} units in that group (or in the rest). Lowest and highest unit are one unit's value each, without its name.`
      ),
      t(
        "Cijfers afgerond op de decimalen van elke indicator (half van nul af).",
        "Figures rounded to each indicator's decimals (half away from zero)."
      ),
    ],
  };

  // The spine: 0 = lowest unit, 100 = highest, the quartiles as columns and the unit as a marker.
  const spineTable: ReportTable = {
    name: "NM_Profiel_Spine",
    title: t(
      "Uw plaats tussen de laagste (0) en de hoogste eenheid (100)",
      "Your place between the lowest (0) and the highest unit (100)"
    ),
    columns: [
      column("indicator", "Indicator", "text"),
      column("q1", t("25e percentiel (0–100)", "25th percentile (0–100)"), "decimal1"),
      column("median", t("Mediaan (0–100)", "Median (0–100)"), "decimal1"),
      column("q3", t("75e percentiel (0–100)", "75th percentile (0–100)"), "decimal1"),
      column("unit", t("Uw eenheid (0–100)", "Your unit (0–100)"), "decimal1"),
    ],
    rows: profile.rows.map((row): ReportCell[] => {
      const spine = row.spine;
      const place = (value: number | null) =>
        spine && value !== null ? roundHalfUp(spinePosition(value, spine), 1) : null;
      return [
        row.indicator,
        place(spine?.q1 ?? null),
        place(spine?.median ?? null),
        place(spine?.q3 ?? null),
        place(row.value),
      ];
    }),
    notes: [
      t(
        "Plaats = (waarde − laagste) / (hoogste − laagste) × 100 over alle eenheden met een waarde; 50 als alle gelijk zijn. Leeg = minder dan " +
          `${minCell} eenheden met een waarde, of geen eigen waarde.`,
        "Place = (value − lowest) / (highest − lowest) × 100 over all units with a value; 50 when all are equal. Empty = fewer than " +
          `${minCell} units with a value, or no value of your own.`
      ),
    ],
  };

  const explanation = [
    t(
      `Deze werkmap is de terugkoppeling voor ${profile.unit} over ${profile.period}: per indicator uw eigen cijfer naast dat van ${group ? `uw groep (${group.by}: ${group.value}) en ` : ""}alle ${profile.units} eenheden.`,
      `This workbook is the feedback for ${profile.unit} on ${profile.period}: per indicator your own figure beside that of ${group ? `your group (${group.by}: ${group.value}) and ` : ""}all ${profile.units} units.`
    ),
    t(
      "Blad Indicatoren: de spine chart toont per indicator waar uw eenheid ligt tussen de laagste en de hoogste eenheid, met het 25e percentiel, de mediaan en het 75e percentiel als balken en uw eenheid als zwart punt.",
      "Sheet Indicators: the spine chart shows per indicator where your unit lies between the lowest and the highest unit, with the 25th percentile, the median and the 75th percentile as bars and your unit as a black dot."
    ),
    t(
      `Privacy: andere eenheden worden nergens bij naam genoemd. Cijfers over groepen van minder dan ${minCell} eenheden laten we weg.`,
      `Privacy: no other unit is named. Figures about groups of fewer than ${minCell} units are left out.`
    ),
    t(
      "Een verschil met andere eenheden is geen oordeel; gebruik deze cijfers als vertrekpunt voor een gesprek.",
      "A difference with other units is not a judgement; use these figures to start a conversation."
    ),
  ];

  return {
    title: t(`Terugkoppeling voor ${profile.unit}`, `Feedback for ${profile.unit}`),
    summary: [
      t(
        `Eenheid: ${profile.unit}${group ? ` (${group.by}: ${group.value})` : ""}; periode ${profile.period}.`,
        `Unit: ${profile.unit}${group ? ` (${group.by}: ${group.value})` : ""}; period ${profile.period}.`
      ),
    ],
    sheets: [
      {
        name: t("Overzicht", "Overview"),
        tables: [
          {
            name: "NM_Profiel_Uitleg",
            title: t("Hoe leest u deze terugkoppeling?", "How to read this feedback"),
            columns: [column("text", t("Toelichting", "Explanation"), "text")],
            rows: explanation.map((line) => [line]),
            notes: [
              t(
                `n = ${profile.units} eenheden; deze map gaat alleen over ${profile.unit}.`,
                `n = ${profile.units} units; this workbook is about ${profile.unit} only.`
              ),
            ],
          },
        ],
        charts: [],
      },
      {
        name: t("Indicatoren", "Indicators"),
        tables: [table, spineTable],
        charts: [
          clusteredBarsPlan({
            name: "NM_Chart_Profiel_Spine",
            title: t(
              "Spine chart: kwartielen van alle eenheden en uw eenheid (0 = laagste, 100 = hoogste)",
              "Spine chart: quartiles of all units and your unit (0 = lowest, 100 = highest)"
            ),
            table: spineTable.name,
            categoryColumn: "indicator",
            series: [{ column: "q1" }, { column: "median" }, { column: "q3" }],
            categories: spineTable.rows.length,
            valueAxisTitle: t("Plaats (0–100)", "Place (0–100)"),
            marker: { column: "unit" },
          }),
        ],
      },
    ],
  };
}
