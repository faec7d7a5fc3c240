/**
 * The task pane's words for the indicator run and the monitoring template (issue 8 §5), Dutch and
 * English, kept apart from the survey's strings so each can change on its own. Numbers are
 * formatted by the one formatter (src/analysis/numberFormat.ts) in each language's style.
 *
 * @example indicatorStrings.en.facts(5, 40, 2937) // "5 indicators, 40 units, 2,937 figures"
 */
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

const nlFormat = createFormat("nl");
const enFormat = createFormat("en");

const nl: IndicatorStrings = {
  title: "Indicatorenkader gevonden",
  intro:
    "Deze werkmap heeft een blad Indicatoren: Netwerkmeter berekent per indicator de waarde, het doel, de voortgang en de status.",
  facts: (indicators, units, figures) =>
    `${nlFormat.count(indicators, "indicator", "indicatoren")}, ${nlFormat.count(units, "eenheid", "eenheden")}, ${nlFormat.count(figures, "cijfer", "cijfers")}`,
  problemTitle: "Dit kader kan nog niet berekend worden",
  per: "Per",
  perHint: "Rijen worden opgeteld tot deze periodes (een kwartaalcijfer telt mee in het jaar).",
  perAuto: "Zoals de cijfers zijn",
  perLabel: { jaar: "Jaar", halfjaar: "Halfjaar", kwartaal: "Kwartaal", maand: "Maand" },
  period: "Periode",
  periodLatest: (label) => `De laatste met cijfers (${label})`,
  groupBy: "Uitsplitsen naar",
  groupByHint: "Kolommen van het blad Eenheden.",
  noGroupColumns: "Het blad Eenheden heeft geen kolommen om naar uit te splitsen.",
  minCell: "Kleinste groep",
  minCellHint: "Groepen met minder eenheden worden niet getoond.",
  minCellError: "Geef een geheel getal van 0 of meer.",
  run: "Indicatoren berekenen",
  running: "Bezig met berekenen…",
  refreshTitle: "Vorige berekening vernieuwen",
  refreshMessage:
    "Deze werkmap bevat de instellingen van een eerdere berekening. Vernieuwen vervangt alleen de bladen van Netwerkmeter.",
  refresh: "Vernieuwen",
  failed: "De indicatoren konden niet berekend worden",
  resultTitle: (period) => `Indicatoren ${period}`,
  statusTitle: "Status per indicator",
  statusCount: (label, count) => `${label}: ${nlFormat.integer(count)}`,
  completeness: "Volledigheid",
  completenessValue: (reporting, expected, percent) =>
    `${nlFormat.integer(reporting)} van ${nlFormat.integer(expected)} verwachte cijfers (${nlFormat.percent(percent, 1)})`,
  written: (sheets, charts) =>
    `Geschreven: ${sheets.join(", ")}; ${nlFormat.count(charts, "grafiek", "grafieken")}.`,
  problems: "Problemen in de cijfers",
  backToOptions: "Andere instellingen",
  otherFile: "Ander bestand",
  templateTitle: "Monitoringsjabloon",
  templateIntro:
    "Maak het sjabloon dat een eenheid invult: de indicatoren van dit kader, één rij per indicator en periode. Excel opent het als nieuwe werkmap.",
  templateIntroPreview:
    "Maak het sjabloon dat een eenheid invult: de indicatoren van dit kader, één rij per indicator en periode, als bestand om te downloaden.",
  unit: "Eenheid",
  periods: "Perioden",
  periodsHint: "Van..tot, bv. 2027-Q1..2027-Q4 of 2027.",
  make: "Sjabloon maken",
  making: "Sjabloon maken…",
  opened: (name) => `Het sjabloon is geopend als nieuwe werkmap (${name}).`,
  ready: (name) => `Het sjabloon ${name} is klaar.`,
  templateFailed: "Het sjabloon kon niet gemaakt worden",
};

const en: IndicatorStrings = {
  title: "Indicator framework found",
  intro:
    "This workbook has an Indicatoren sheet: Netwerkmeter computes each indicator's value, target, progress and status.",
  facts: (indicators, units, figures) =>
    `${enFormat.count(indicators, "indicator", "indicators")}, ${enFormat.count(units, "unit", "units")}, ${enFormat.count(figures, "figure", "figures")}`,
  problemTitle: "This framework cannot be computed yet",
  per: "Per",
  perHint: "Rows are added up to these periods (a quarter's figure counts in its year).",
  perAuto: "As the figures are",
  perLabel: { jaar: "Year", halfjaar: "Half year", kwartaal: "Quarter", maand: "Month" },
  period: "Period",
  periodLatest: (label) => `The latest with figures (${label})`,
  groupBy: "Break down by",
  groupByHint: "Columns of the Eenheden (units) sheet.",
  noGroupColumns: "The Eenheden sheet has no columns to break down by.",
  minCell: "Smallest group",
  minCellHint: "Groups with fewer units are not shown.",
  minCellError: "Give a whole number of 0 or more.",
  run: "Compute indicators",
  running: "Computing…",
  refreshTitle: "Refresh the previous run",
  refreshMessage:
    "This workbook holds the settings of an earlier run. Refreshing replaces only Netwerkmeter's sheets.",
  refresh: "Refresh",
  failed: "The indicators could not be computed",
  resultTitle: (period) => `Indicators ${period}`,
  statusTitle: "Status per indicator",
  statusCount: (label, count) => `${label}: ${enFormat.integer(count)}`,
  completeness: "Completeness",
  completenessValue: (reporting, expected, percent) =>
    `${enFormat.integer(reporting)} of ${enFormat.integer(expected)} expected figures (${enFormat.percent(percent, 1)})`,
  written: (sheets, charts) =>
    `Written: ${sheets.join(", ")}; ${enFormat.count(charts, "chart", "charts")}.`,
  problems: "Problems in the figures",
  backToOptions: "Other settings",
  otherFile: "Other file",
  templateTitle: "Monitoring template",
  templateIntro:
    "Make the template a unit fills in: this framework's indicators, one row per indicator and period. Excel opens it as a new workbook.",
  templateIntroPreview:
    "Make the template a unit fills in: this framework's indicators, one row per indicator and period, as a file to download.",
  unit: "Unit",
  periods: "Periods",
  periodsHint: "From..to, e.g. 2027-Q1..2027-Q4 or 2027.",
  make: "Make template",
  making: "Making template…",
  opened: (name) => `The template was opened as a new workbook (${name}).`,
  ready: (name) => `The template ${name} is ready.`,
  templateFailed: "The template could not be made",
};

export const indicatorStrings = { nl, en };
