/**
 * Feedback per unit from an indicator framework (`netwerkmeter feedback kader.xlsx --out-dir DIR`
 * when the input has an `Indicatoren` sheet): the grids (read by the host) → readKader →
 * computeIndicators → unitProfiles (src/indicators/unitProfile.ts) → one Report per unit
 * (src/report/unitProfile.ts) with a safe, unique file name. The survey's feedback is
 * ./feedback.ts; both give the hosts the same NetworkReport list.
 *
 * Privacy: a unit's Report is built from its own UnitProfile only, which holds no other unit's name.
 */
import type { Grid } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { normalizeText } from "../analysis/textMatch";
import { computeIndicators } from "../indicators/computeIndicators";
import { KaderError } from "../indicators/kaderError";
import type { Period, PeriodType } from "../indicators/period";
import { readKader } from "../indicators/readKader";
import { unitProfiles } from "../indicators/unitProfile";
import { unitProfileReport } from "../report/unitProfile";
import { namedReports, type NetworkReport } from "./feedback";

export interface IndicatorFeedbackSettings {
  /** A column of the Eenheden sheet (each unit is in one group of it). */
  groupBy?: string;
  period?: Period;
  per?: PeriodType;
  minCell: number;
  /** Only these units (by name as in the framework); absent: every unit. */
  units?: readonly string[];
  language: Language;
}

/**
 * Builds the indicator feedback Report of every unit.
 *
 * Every unit's profile is computed over all units; `units` only chooses whose reports are made.
 *
 * @throws KaderError when the framework cannot be used, --group-by is not a column of Eenheden,
 *   or none of `units` is in the framework
 * @example
 * const { reports } = buildIndicatorFeedback(grids, { groupBy: "regio", minCell: 5, language: "nl" });
 * reports[0].fileName // "Partnerschap 01.xlsx"
 */
export function buildIndicatorFeedback(
  grids: readonly Grid[],
  settings: IndicatorFeedbackSettings
): { reports: NetworkReport[]; issues: Issue[] } {
  const { language, minCell } = settings;
  const kader = readKader(grids, { language });
  let groupBy: string | undefined;
  if (settings.groupBy !== undefined) {
    groupBy = kader.unitColumns.find(
      (name) => normalizeText(name) === normalizeText(settings.groupBy!)
    );
    if (groupBy === undefined)
      throw new KaderError(
        "GROUP_COLUMN_MISSING",
        language === "nl"
          ? `--group-by '${settings.groupBy}': geen kolom van het blad Eenheden (kies uit: ${kader.unitColumns.join(", ") || "geen"}).`
          : `--group-by '${settings.groupBy}': not a column of the Units sheet (choose from: ${kader.unitColumns.join(", ") || "none"}).`,
        { file: kader.file }
      );
  }
  const run = computeIndicators(kader, {
    period: settings.period,
    per: settings.per,
    groupBy: groupBy !== undefined ? [groupBy] : [],
    minCell,
    language,
  });
  const all = unitProfiles(run, kader.units, { groupBy, minCell });
  const profiles = settings.units
    ? all.filter((profile) => settings.units!.includes(profile.unit))
    : all;
  if (settings.units && profiles.length === 0)
    throw new KaderError(
      "IND_NO_UNITS",
      language === "nl"
        ? "geen van de gekozen eenheden komt voor in het kader."
        : "none of the chosen units is in the framework.",
      { file: kader.file }
    );
  return {
    reports: namedReports(
      profiles.map((profile) => profile.unit),
      (index) => unitProfileReport(profiles[index], { minCell, language })
    ),
    issues: run.issues,
  };
}
