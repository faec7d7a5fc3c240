/**
 * The task pane's words for the indicator run and the monitoring template (issue 8 §5), Dutch and
 * English, kept apart from the survey's strings so each can change on its own. Numbers are
 * formatted by the one formatter (src/analysis/numberFormat.ts) in each language's style.
 *
 * @example indicatorStrings.en.facts(5, 40, 2937) // "5 indicators, 40 units, 2,937 figures"
 */
import type { Language } from "../../analysis/language";
import { createFormat } from "../../analysis/numberFormat";
import words from "./indicatorWords.json";
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
  errorsHint: string;
  errorsHintPreview: string;
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

/** The plain words in both languages (a data file: the sentences with numbers are below). */
const WORDS: Record<Language, Record<Word, string>> = words;

type Word = keyof typeof words.nl;

/** The strings of one language: the words above, and the sentences with numbers. */
function build(language: Language): IndicatorStrings {
  const t = (dutch: string, english: string) => (language === "nl" ? dutch : english);
  const f = createFormat(language);
  return {
    ...WORDS[language],
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
