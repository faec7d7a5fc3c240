/**
 * The report sheet "Vergelijking" (comparison of two waves): per item the share high now and in
 * the earlier wave, the change, the p-value and whether it is significant, with a chart of two
 * bars per item; and, when networks were matched, their own mean change per item. The notes say
 * in plain words what "significant" does and does not mean, and that many items are tested at once.
 */
import { formatNumber } from "../analysis/numberFormat";
import { clusteredBarsPlan, PALETTE } from "./chartPlans";
import type { Language } from "../analysis/language";
import { reportColumns } from "./columns";
import type { ChartSpec, Report, ReportSheet, ReportTable } from "./reportModel";
import type { AnalysisResult, WaveComparison } from "../analysis/results";

type Text = { nl: string; en: string };

/** Sheet name of the comparison in Dutch and English. */
export const COMPARISON_SHEET: Text = { nl: "Vergelijking", en: "Comparison" };

/**
 * The comparison sheet for an analysis result with a `comparison` block; null without one.
 *
 * @example
 * comparisonSheet(result, "nl")?.tables[0].columns.map((column) => column.header)
 * // ["Item", "Stelling", "n nu", "Hoog nu (%)", "n 2016", "Hoog 2016 (%)", "Verschil (%-punt)", "p", "Significant"]
 */
export function comparisonSheet(result: AnalysisResult, language: Language): ReportSheet | null {
  const comparison = result.comparison;
  if (!comparison) return null;
  const t = (text: Text) => text[language];
  const nl = language === "nl";
  const labels = new Map(result.items.map((item) => [item.id, item.label]));
  // The last two columns of both tables: the test's p and whether it is significant.
  const testColumns: ReportTable["columns"] = [
    { key: "p", header: "p", format: "decimal3" },
    { key: "significant", header: t({ nl: "Significant", en: "Significant" }), format: "text" },
  ];
  const testCells = (item: { p: number | null; significant: boolean }) => [
    item.p,
    item.p === null
      ? t({ nl: "niet te toetsen", en: "cannot be tested" })
      : item.significant
        ? t({ nl: "ja", en: "yes" })
        : t({ nl: "nee", en: "no" }),
  ];
  const label = comparison.label;
  const significantCount = comparison.items.filter((item) => item.significant).length;

  const table: ReportTable = {
    name: "NM_Vergelijking",
    title: nl
      ? `Vergelijking met ${label}: aandeel hoog (wel akkoord, sterke inzet, wel nuttig) per stelling`
      : `Comparison with ${label}: share high (agree, strong effort, useful) per statement`,
    columns: [
      ...reportColumns(language, "item label"),
      { key: "n", header: t({ nl: "n nu", en: "n now" }), format: "integer" },
      { key: "pctHigh", header: t({ nl: "Hoog nu (%)", en: "High now (%)" }), format: "percent1" },
      { key: "referenceN", header: `n ${label}`, format: "integer" },
      {
        key: "referencePctHigh",
        header: nl ? `Hoog ${label} (%)` : `High ${label} (%)`,
        format: "percent1",
      },
      {
        key: "change",
        header: t({ nl: "Verschil (%-punt)", en: "Change (points)" }),
        format: "percent1",
      },
      ...testColumns,
    ],
    rows: comparison.items.map((item) => [
      item.id,
      labels.get(item.id) ?? item.id,
      item.n,
      item.pctHigh,
      item.referenceN,
      item.referencePctHigh,
      item.change,
      ...testCells(item),
    ]),
    notes: [
      nl
        ? `n = ${result.source.respondents} respondenten nu, ${comparison.respondents} in ${label}${comparison.file ? ` (${comparison.file})` : ""}; percentages op geldige antwoorden per item (basis: geldig), niet afgerond.`
        : `n = ${result.source.respondents} respondents now, ${comparison.respondents} in ${label}${comparison.file ? ` (${comparison.file})` : ""}; percentages of valid answers per item (base: valid), unrounded.`,
      ...methodNotes(comparison, language),
      nl
        ? `${significantCount} van de ${comparison.tests} stellingen verschillen significant (p < ${formatNumber(comparison.alpha, 2, language)}).`
        : `${significantCount} of the ${comparison.tests} statements differ significantly (p < ${comparison.alpha}).`,
    ],
  };
  const chart: ChartSpec = clusteredBarsPlan({
    name: "NM_Chart_Vergelijking",
    title: nl
      ? `Aandeel hoog: ${label} en nu (n = ${comparison.respondents} en ${result.source.respondents})`
      : `Share high: ${label} and now (n = ${comparison.respondents} and ${result.source.respondents})`,
    table: table.name,
    categoryColumn: "item",
    // the earlier wave grey, now blue
    series: [
      { column: "referencePctHigh", color: PALETTE[2] },
      { column: "pctHigh", color: PALETTE[0] },
    ],
    categories: comparison.items.length,
    valueAxisTitle: "Score (%)",
  });
  const tables = [table];
  const paired = comparison.paired;
  if (paired) {
    tables.push({
      name: "NM_Vergelijking_Gekoppeld",
      title: nl
        ? `Dezelfde netwerken in beide bevragingen (gekoppeld op ${paired.on}): gemiddelde verandering per stelling`
        : `The same networks in both waves (matched on ${paired.on}): mean change per statement`,
      columns: [
        ...reportColumns(language, "item label"),
        { key: "n", header: t({ nl: "n gekoppeld", en: "n matched" }), format: "integer" },
        {
          key: "meanChange",
          header: t({
            nl: "Gemiddelde verandering (schaalpunten)",
            en: "Mean change (scale points)",
          }),
          format: "decimal2",
        },
        ...testColumns,
      ],
      rows: paired.items.map((item) => [
        item.id,
        labels.get(item.id) ?? item.id,
        item.n,
        item.meanChange,
        ...testCells(item),
      ]),
      notes: [
        nl
          ? `n = ${paired.matched} netwerken die in beide bevragingen voorkomen (basis: per stelling de netwerken met een geldig antwoord in beide, zie kolom n).`
          : `n = ${paired.matched} networks found in both waves (base: per statement the networks with a valid answer in both, see column n).`,
        nl
          ? "Verandering = antwoordcode nu − code toen (bv. van 3 naar 4 = +1). Toets: Wilcoxon-rangtekentoets voor gepaarde waarnemingen (zoals R wilcox.test(nu, toen, paired = TRUE, exact = FALSE)); netwerken zonder verandering tellen niet mee in de toets."
          : "Change = answer code now − code then (e.g. from 3 to 4 = +1). Test: Wilcoxon signed-rank test for paired observations (as R wilcox.test(now, then, paired = TRUE, exact = FALSE)); networks without change do not count in the test.",
      ],
    });
  }
  return { name: t(COMPARISON_SHEET), tables, charts: [chart] };
}

/** The plain-words notes on the test and on testing many statements at once. */
function methodNotes(comparison: WaveComparison, language: Language): string[] {
  const expected = formatNumber(comparison.tests * comparison.alpha, 1, language);
  return language === "nl"
    ? [
        "Toets: chi-kwadraattoets voor twee proporties (hoog tegenover niet hoog), zonder continuïteitscorrectie (zoals R prop.test(..., correct = FALSE)). Ze behandelt beide bevragingen als aparte groepen.",
        "Significant (p < 0,05) betekent: een verschil van deze grootte is onwaarschijnlijk als er in werkelijkheid niets veranderd is. Het zegt niet dat het verschil groot of belangrijk is, en niet waardoor het komt. Niet significant betekent niet dat er niets veranderd is: bij kleine aantallen ziet de toets weinig.",
        `Let op: er worden ${comparison.tests} stellingen tegelijk getoetst. Ook als er niets veranderd is, zijn er door toeval ongeveer ${expected} 'significante' verschillen te verwachten. Lees één los significant verschil dus voorzichtig; een patroon over meerdere stellingen zegt meer.`,
      ]
    : [
        "Test: chi-square test for two proportions (high versus not high), without continuity correction (as R prop.test(..., correct = FALSE)). It treats the two waves as separate groups.",
        "Significant (p < 0.05) means: a difference this large is unlikely if nothing really changed. It does not say the difference is large or important, nor what caused it. Not significant does not mean nothing changed: with small numbers the test sees little.",
        `Note: ${comparison.tests} statements are tested at once. Even if nothing changed, about ${expected} 'significant' differences are expected by chance. Read a single significant difference with care; a pattern across several statements says more.`,
      ];
}

/**
 * Adds the comparison sheet to a report, before the problem list (the last sheet), keeping names
 * unique. Returns the report unchanged when the result has no comparison.
 */
export function withComparisonSheet(
  report: Report,
  result: AnalysisResult,
  language: Language
): Report {
  const sheet = comparisonSheet(result, language);
  if (!sheet) return report;
  const sheets = [...report.sheets];
  sheets.splice(Math.max(0, sheets.length - 1), 0, sheet);
  return { ...report, sheets };
}

/** One summary line for the command line, e.g. "Vergelijking met 2016: 3 van 45 stellingen significant verschillend (p < 0,05)." */
export function comparisonSummary(comparison: WaveComparison, language: Language): string {
  const significant = comparison.items.filter((item) => item.significant).length;
  const paired = comparison.paired
    ? language === "nl"
      ? `; ${comparison.paired.matched} netwerken gekoppeld op ${comparison.paired.on}`
      : `; ${comparison.paired.matched} networks matched on ${comparison.paired.on}`
    : "";
  return language === "nl"
    ? `Vergelijking met ${comparison.label} (${comparison.respondents} respondenten): ${significant} van ${comparison.tests} stellingen significant verschillend (p < 0,05; veel toetsen tegelijk, lees voorzichtig)${paired}.`
    : `Comparison with ${comparison.label} (${comparison.respondents} respondents): ${significant} of ${comparison.tests} statements differ significantly (p < 0.05; many tests at once, read with care)${paired}.`;
}
