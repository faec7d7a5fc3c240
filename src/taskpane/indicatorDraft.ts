/**
 * The indicator options form as typed (period, roll-up, group-by, smallest group), and what it
 * offers: the roll-ups the data allows and, per roll-up, the periods with figures. Pure, so the
 * form's rules are read and tested in one place (like runOptions.ts for the survey).
 *
 * @example
 * toIndicatorSettings({ per: "jaar", period: "2025", groupBy: [], minCell: "5" }, "nl").settings?.per // "jaar"
 */
import type { Language } from "../analysis/language";
import type { PeriodType } from "../indicators/period";
import { PERIOD_TYPES } from "../indicators/period";
import type { IndicatorOverview, IndicatorSettings } from "../app/host";

/** "auto": as the figures are (the engine's default); "latest": the latest period with figures. */
export interface IndicatorDraft {
  per: PeriodType | "auto";
  period: string | "latest";
  groupBy: string[];
  minCell: string;
}

export const EMPTY_INDICATOR_DRAFT: IndicatorDraft = {
  per: "auto",
  period: "latest",
  groupBy: [],
  minCell: "5",
};

/** The roll-ups the data allows, coarsest first. */
export function perChoices(overview: IndicatorOverview): PeriodType[] {
  return PERIOD_TYPES.filter((type) => (overview.periods[type] ?? []).length > 0);
}

/**
 * The periods offered for a roll-up, latest first; for "auto" those of the finest roll-up the
 * data allows (the coarsest period type in the data: the engine's default).
 */
export function periodChoicesFor(
  overview: IndicatorOverview,
  per: IndicatorDraft["per"]
): string[] {
  const type = per === "auto" ? perChoices(overview).at(-1) : per;
  return type ? (overview.periods[type] ?? []) : [];
}

/** The form prefilled from stored settings (or the defaults), keeping what still exists. */
export function draftFromSettings(
  stored: IndicatorSettings | null,
  overview: IndicatorOverview
): IndicatorDraft {
  if (!stored) return EMPTY_INDICATOR_DRAFT;
  const per = stored.per && perChoices(overview).includes(stored.per) ? stored.per : "auto";
  const period =
    stored.period && periodChoicesFor(overview, per).includes(stored.period)
      ? stored.period
      : "latest";
  return {
    per,
    period,
    groupBy: stored.groupBy.filter((column) => overview.groupColumns.includes(column)),
    minCell: String(stored.minCell),
  };
}

/** A patch to the draft; a roll-up change keeps the period only when the new roll-up has it. */
export function editDraft(
  draft: IndicatorDraft,
  patch: Partial<IndicatorDraft>,
  overview: IndicatorOverview
): IndicatorDraft {
  const next = { ...draft, ...patch };
  if (next.period !== "latest" && !periodChoicesFor(overview, next.per).includes(next.period))
    next.period = "latest";
  return next;
}

/** The settings of a run, or which field is wrong. */
export function toIndicatorSettings(
  draft: IndicatorDraft,
  language: Language
): { settings: IndicatorSettings; error: null } | { settings: null; error: "minCell" } {
  const minCell = draft.minCell.trim();
  if (!/^\d+$/.test(minCell)) return { settings: null, error: "minCell" };
  return {
    settings: {
      period: draft.period === "latest" ? null : draft.period,
      per: draft.per === "auto" ? null : draft.per,
      groupBy: draft.groupBy,
      minCell: Number(minCell),
      language,
    },
    error: null,
  };
}
