/**
 * The options of an indicator run in the task pane (docs/indicators.md §2; the command line's
 * `--period`, `--per`, `--group-by`, `--min-cell`, `--lang`), stored with the workbook metadata so
 * Vernieuwen reruns the same indicator run. Stored beside the survey's RunOptions
 * (NetwerkmeterMetadata.indicators): its presence is what makes a stored run an indicator run.
 *
 * @example readIndicatorSettings({ period: "2025-Q4", per: "kwartaal" })?.per // "kwartaal"
 */
import type { Language } from "../analysis/language";
import type { PeriodType } from "../indicators/period";
import { parsePeriod, parsePeriodType, periodLabel } from "../indicators/period";

export interface IndicatorSettings {
  /** The period reported on, as a label ("2025-Q4"); null: the latest period with data. */
  period: string | null;
  /** Roll-up (jaar, halfjaar, kwartaal, maand); null: the period's type, else the coarsest present. */
  per: PeriodType | null;
  /** `Eenheden` columns to break down by. */
  groupBy: string[];
  /** Groups with fewer units are not shown. */
  minCell: number;
  language: Language;
}

/** Default indicator settings (the command line's defaults). */
export const DEFAULT_INDICATOR_SETTINGS: IndicatorSettings = {
  period: null,
  per: null,
  groupBy: [],
  minCell: 5,
  language: "nl",
};

/**
 * Indicator settings from stored JSON; undefined when there are none. A malformed field falls
 * back to its default (never guessed): a period that is no period becomes "the latest".
 */
export function readIndicatorSettings(value: unknown): IndicatorSettings | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const stored = value as Record<string, unknown>;
  const period = typeof stored.period === "string" ? parsePeriod(stored.period) : null;
  const per = typeof stored.per === "string" ? parsePeriodType(stored.per) : null;
  return {
    period: period ? periodLabel(period) : null,
    per,
    groupBy: Array.isArray(stored.groupBy)
      ? stored.groupBy.filter((entry): entry is string => typeof entry === "string")
      : [],
    minCell:
      typeof stored.minCell === "number" && Number.isInteger(stored.minCell) && stored.minCell >= 0
        ? stored.minCell
        : DEFAULT_INDICATOR_SETTINGS.minCell,
    language: stored.language === "en" ? "en" : "nl",
  };
}
