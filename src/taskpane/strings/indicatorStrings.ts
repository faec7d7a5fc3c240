/**
 * The task pane's words for the indicator run and the monitoring template (issue 8 §5), Dutch and
 * English, kept apart from the survey's strings so each can change on its own. Numbers are
 * formatted by the one formatter (src/analysis/numberFormat.ts) in each language's style.
 *
 * @example indicatorStrings.en.facts(5, 40, 2937) // "5 indicators, 40 units, 2,937 figures"
 */
import type { Language } from "../../analysis/language";
import { createFormat } from "../../analysis/numberFormat";
import type { PeriodType } from "../../indicators/period";

export interface IndicatorStrings {
  title: string;
  intro: string;
  facts: (indicators: number, units: number, figures: number) => string;
  problemTitle: string;
  per: string;
  perHint: string;
  perAuto: string;
  perLabel: Record<PeriodType, string>;
  period: string;
  periodLatest: (label: string) => string;
  groupBy: string;
  groupByHint: string;
  noGroupColumns: string;
  minCell: string;
  minCellHint: string;
  minCellError: string;
  run: string;
  running: string;
  refreshTitle: string;
  refreshMessage: string;
  refresh: string;
  failed: string;
  resultTitle: (period: string) => string;
  statusTitle: string;
  statusCount: (label: string, count: number) => string;
  completeness: string;
  completenessValue: (reporting: number, expected: number, percent: number | null) => string;
  written: (sheets: string[], charts: number) => string;
  problems: string;
  backToOptions: string;
  otherFile: string;
  templateTitle: string;
  templateIntro: string;
  templateIntroPreview: string;
  unit: string;
  periods: string;
  periodsHint: string;
  make: string;
  making: string;
  opened: (name: string) => string;
  ready: (name: string) => string;
  templateFailed: string;
}

/** Both languages side by side: [Dutch, English]. */
const WORDS = {
  title: ["Indicatorenkader gevonden", "Indicator framework found"],
  intro: [
    "Deze werkmap heeft een blad Indicatoren: Netwerkmeter berekent per indicator de waarde, het doel, de voortgang en de status.",
    "This workbook has an Indicatoren sheet: Netwerkmeter computes each indicator's value, target, progress and status.",
  ],
  problemTitle: ["Dit kader kan nog niet berekend worden", "This framework cannot be computed yet"],
  per: ["Per", "Per"],
  perHint: [
    "Rijen worden opgeteld tot deze periodes (een kwartaalcijfer telt mee in het jaar).",
    "Rows are added up to these periods (a quarter's figure counts in its year).",
  ],
  perAuto: ["Zoals de cijfers zijn", "As the figures are"],
  period: ["Periode", "Period"],
  groupBy: ["Uitsplitsen naar", "Break down by"],
  groupByHint: ["Kolommen van het blad Eenheden.", "Columns of the Eenheden (units) sheet."],
  noGroupColumns: [
    "Het blad Eenheden heeft geen kolommen om naar uit te splitsen.",
    "The Eenheden sheet has no columns to break down by.",
  ],
  minCell: ["Kleinste groep", "Smallest group"],
  minCellHint: [
    "Groepen met minder eenheden worden niet getoond.",
    "Groups with fewer units are not shown.",
  ],
  minCellError: ["Geef een geheel getal van 0 of meer.", "Give a whole number of 0 or more."],
  run: ["Indicatoren berekenen", "Compute indicators"],
  running: ["Bezig met berekenen…", "Computing…"],
  refreshTitle: ["Vorige berekening vernieuwen", "Refresh the previous run"],
  refreshMessage: [
    "Deze werkmap bevat de instellingen van een eerdere berekening. Vernieuwen vervangt alleen de bladen van Netwerkmeter.",
    "This workbook holds the settings of an earlier run. Refreshing replaces only Netwerkmeter's sheets.",
  ],
  refresh: ["Vernieuwen", "Refresh"],
  failed: ["De indicatoren konden niet berekend worden", "The indicators could not be computed"],
  statusTitle: ["Status per indicator", "Status per indicator"],
  completeness: ["Volledigheid", "Completeness"],
  problems: ["Problemen in de cijfers", "Problems in the figures"],
  backToOptions: ["Andere instellingen", "Other settings"],
  otherFile: ["Ander bestand", "Other file"],
  templateTitle: ["Monitoringsjabloon", "Monitoring template"],
  templateIntro: [
    "Maak het sjabloon dat een eenheid invult: de indicatoren van dit kader, één rij per indicator en periode. Excel opent het als nieuwe werkmap.",
    "Make the template a unit fills in: this framework's indicators, one row per indicator and period. Excel opens it as a new workbook.",
  ],
  templateIntroPreview: [
    "Maak het sjabloon dat een eenheid invult: de indicatoren van dit kader, één rij per indicator en periode, als bestand om te downloaden.",
    "Make the template a unit fills in: this framework's indicators, one row per indicator and period, as a file to download.",
  ],
  unit: ["Eenheid", "Unit"],
  periods: ["Perioden", "Periods"],
  periodsHint: [
    "Van..tot, bv. 2027-Q1..2027-Q4 of 2027.",
    "From..to, e.g. 2027-Q1..2027-Q4 or 2027.",
  ],
  make: ["Sjabloon maken", "Make template"],
  making: ["Sjabloon maken…", "Making template…"],
  templateFailed: ["Het sjabloon kon niet gemaakt worden", "The template could not be made"],
} as const;

type Word = keyof typeof WORDS;

/** The strings of one language: the words above, and the sentences with numbers. */
function build(language: Language): IndicatorStrings {
  const index = language === "nl" ? 0 : 1;
  const t = (dutch: string, english: string) => (index === 0 ? dutch : english);
  const f = createFormat(language);
  const words = Object.fromEntries(
    (Object.keys(WORDS) as Word[]).map((key) => [key, WORDS[key][index]])
  ) as Record<Word, string>;
  return {
    ...words,
    facts: (indicators, units, figures) =>
      [
        f.count(indicators, "indicator", t("indicatoren", "indicators")),
        f.count(units, t("eenheid", "unit"), t("eenheden", "units")),
        f.count(figures, t("cijfer", "figure"), t("cijfers", "figures")),
      ].join(", "),
    perLabel: {
      jaar: t("Jaar", "Year"),
      halfjaar: t("Halfjaar", "Half year"),
      kwartaal: t("Kwartaal", "Quarter"),
      maand: t("Maand", "Month"),
    },
    periodLatest: (label) =>
      t(`De laatste met cijfers (${label})`, `The latest with figures (${label})`),
    resultTitle: (period) => `${t("Indicatoren", "Indicators")} ${period}`,
    statusCount: (label, count) => `${label}: ${f.integer(count)}`,
    completenessValue: (reporting, expected, percent) =>
      t(
        `${f.integer(reporting)} van ${f.integer(expected)} verwachte cijfers (${f.percent(percent, 1)})`,
        `${f.integer(reporting)} of ${f.integer(expected)} expected figures (${f.percent(percent, 1)})`
      ),
    written: (sheets, charts) =>
      `${t("Geschreven", "Written")}: ${sheets.join(", ")}; ${f.count(charts, t("grafiek", "chart"), t("grafieken", "charts"))}.`,
    opened: (name) =>
      t(
        `Het sjabloon is geopend als nieuwe werkmap (${name}).`,
        `The template was opened as a new workbook (${name}).`
      ),
    ready: (name) => t(`Het sjabloon ${name} is klaar.`, `The template ${name} is ready.`),
  };
}

export const indicatorStrings = { nl: build("nl"), en: build("en") };
