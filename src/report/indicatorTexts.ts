/**
 * Words of the indicator report in Dutch and English: status words (the JSON keeps the Dutch ones,
 * the workbook shows the report's language), levels, types and the fixed headings. One place, so
 * the report and the status colours (src/xlsx/writeIndicatorReport.ts) agree.
 *
 * @example statusWord("oranje", "en") // "amber"
 */
import type { Language } from "../analysis/language";
import type { PeriodType } from "../indicators/period";
import type { Status } from "../indicators/status";

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

/** Fill colours (light, with dark text, readable in print) per status, keyed by the shown word. */
export function statusFills(language: Language): Record<string, string> {
  const fills: Record<Status, string> = {
    groen: "#C6EFCE",
    oranje: "#FFEB9C",
    rood: "#FFC7CE",
    onbepaald: "#E7E6E6",
    "geen doel": "#F2F2F2",
    "geen gegevens": "#F2F2F2",
  };
  return Object.fromEntries(
    (Object.keys(fills) as Status[]).map((status) => [statusWord(status, language), fills[status]])
  );
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
