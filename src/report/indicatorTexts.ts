/**
 * Words of the indicator report in Dutch and English: status words (the JSON keeps the Dutch ones,
 * the workbook shows the report's language), levels, types and the fixed headings. One place, so
 * the report and the status colours (ReportColumn.valueFills, drawn by every writer) agree.
 *
 * @example statusWord("oranje", "en") // "amber"
 */
import type { Language } from "../analysis/language";
import type { PeriodType } from "../indicators/period";
import type { Status } from "../indicators/status";
import type { ValueFill } from "./reportModel";

const STATUS_EN: Record<Status, string> = {
  groen: "green",
  oranje: "amber",
  rood: "red",
  onbepaald: "undetermined",
  "geen doel": "no target",
  "geen gegevens": "no data",
};

/** The status as shown in the workbook. */
export function statusWord(status: Status, language: Language): string {
  return language === "nl" ? status : STATUS_EN[status];
}

/**
 * Status colours, keyed by the shown word: Excel's own Good / Neutral / Bad cell styles (light
 * fill, dark text of the same hue, readable in print and by colour-blind readers since the word
 * stays), grey for the states without a judgement. Every text/fill pair has a contrast of at least
 * 4.5:1 (WCAG 2.1 success criterion 1.4.3; tests/unit/indicators/report.test.ts computes it).
 *
 * @example statusFills("nl")[0] // { value: "groen", fill: "#C6EFCE", font: "#006100" }
 */
export function statusFills(language: Language): ValueFill[] {
  const colours: Record<Status, [fill: string, font: string]> = {
    groen: ["#C6EFCE", "#006100"],
    oranje: ["#FFEB9C", "#9C5700"],
    rood: ["#FFC7CE", "#9C0006"],
    onbepaald: ["#E7E6E6", "#3A3838"],
    "geen doel": ["#F2F2F2", "#404040"],
    "geen gegevens": ["#F2F2F2", "#404040"],
  };
  return (Object.keys(colours) as Status[]).map((status) => ({
    value: statusWord(status, language),
    fill: colours[status][0],
    font: colours[status][1],
  }));
}

const PERIOD_TYPE_EN: Record<PeriodType, string> = {
  jaar: "year",
  halfjaar: "half-year",
  kwartaal: "quarter",
  maand: "month",
};

/** A period type as readers say it: "kwartaal" or "quarter". @example periodTypeWord("halfjaar", "en") // "half-year" */
export function periodTypeWord(type: PeriodType, language: Language): string {
  return language === "nl" ? type : PERIOD_TYPE_EN[type];
}

const KIND_EN: Record<string, string> = { stroom: "flow", stand: "stock" };
const TYPE_EN: Record<string, string> = {
  aantal: "count",
  percentage: "percentage",
  verhouding: "ratio",
  gemiddelde: "mean",
};

/** "aantal, stroom, cumulatief" or "count, flow, cumulative". */
export function describeDefinition(
  type: string,
  kind: string,
  cumulative: boolean,
  language: Language
): string {
  const nl = language === "nl";
  const words = [nl ? type : TYPE_EN[type], nl ? kind : KIND_EN[kind]];
  if (cumulative) words.push(nl ? "cumulatief" : "cumulative");
  return words.join(", ");
}

/** Dutch or English by language. */
export function pick(language: Language, dutch: string, english: string): string {
  return language === "nl" ? dutch : english;
}
