/**
 * The indicator pipeline of the task pane (docs/indicators.md; issue 8 §5), shared by both hosts
 * through src/app/indicatorSession.ts and pure (Grids in, a Report out):
 *
 *   the framework's sheets (Grids) → readKader → computeIndicators → buildIndicatorsReport.
 *
 * Also what the pane shows before a run (`indicatorOverview`: the periods with data per roll-up,
 * the `Eenheden` columns to break down by, the units for a monitoring template) and the monitoring
 * template for one unit (`monitoringTemplateFor`, as `netwerkmeter template --indicators`).
 * A framework the rules cannot follow is an IndicatorError naming sheet and cell (the KaderError's
 * one line), never a half-written report.
 *
 * @example
 * const { summary } = runIndicatorGrids(grids, { ...DEFAULT_INDICATOR_SETTINGS, period: "2025-Q4" });
 */
import type { Grid } from "../analysis/grid";
import { countBySeverity, type Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { SHEETS, findSheet } from "../indicators/columns";
import type { IndicatorRun } from "../indicators/computeIndicators";
import { computeIndicators } from "../indicators/computeIndicators";
import type { Kader } from "../indicators/kader";
import { isKaderError } from "../indicators/kaderError";
import type { Period, PeriodType } from "../indicators/period";
import {
  comparePeriods,
  parsePeriodRange,
  PERIOD_TYPES,
  periodLabel,
  rollUpPeriod,
} from "../indicators/period";
import { readKader } from "../indicators/readKader";
import { reportedPeriod } from "../indicators/reportedPeriod";
import type { Status } from "../indicators/status";
import { STATUSES } from "../indicators/status";
import { buildIndicatorsReport } from "../report/indicatorsReport";
import { statusWord } from "../report/indicatorTexts";
import type { Report } from "../report/reportModel";
import type { MonitoringTemplateSpec } from "../template/monitoringTemplate";
import { buildMonitoringTemplate } from "../template/monitoringTemplate";
import type { IndicatorSettings } from "../workbook/indicatorSettings";
import { WorkbookError } from "../workbook/port";
import type { FeedbackRun } from "./feedback";
import { buildIndicatorFeedback } from "./indicatorFeedback";

/** Every sheet name of an indicator framework, Dutch and English (what a host reads). */
export const INDICATOR_WORKBOOK_SHEETS: readonly string[] = [
  ...SHEETS.indicators,
  ...SHEETS.measurements,
  ...SHEETS.units,
  ...SHEETS.targets,
];

/** A framework (or an option) the indicator run cannot use; `message` names sheet and cell. */
export class IndicatorError extends WorkbookError {
  constructor(
    message: string,
    code: string,
    readonly where: { sheet?: string; cell?: string } = {}
  ) {
    super(message, code);
    this.name = "IndicatorError";
  }
}

const TEXTS = {
  nl: {
    badPeriod: (text: string) => `'${text}' is geen periode (bv. 2025, 2025-H2, 2025-Q4, 2025-12).`,
    mismatch: (period: string, per: string) => `De periode ${period} past niet bij 'per ${per}'.`,
    badRange: (text: string) =>
      `'${text}' zijn geen perioden: geef bv. 2026-Q1..2026-Q4 (van..tot, van hetzelfde soort).`,
    noUnit: "Kies de eenheid waarvoor het sjabloon is.",
  },
  en: {
    badPeriod: (text: string) =>
      `'${text}' is not a period (e.g. 2025, 2025-H2, 2025-Q4, 2025-12).`,
    mismatch: (period: string, per: string) => `The period ${period} does not match 'per ${per}'.`,
    badRange: (text: string) =>
      `'${text}' are no periods: give e.g. 2026-Q1..2026-Q4 (from..to, of the same kind).`,
    noUnit: "Choose the unit the template is for.",
  },
};

/** Reads the framework; a KaderError becomes an IndicatorError with the same one line. */
function kaderOf(grids: readonly Grid[], language: Language, requireMeasurements: boolean): Kader {
  try {
    return readKader(grids, { language, requireMeasurements });
  } catch (error) {
    throw asIndicatorError(error);
  }
}

function asIndicatorError(error: unknown): unknown {
  if (!isKaderError(error)) return error;
  return new IndicatorError(error.message, error.code, {
    ...(error.where.sheet !== undefined ? { sheet: error.where.sheet } : {}),
    ...(error.where.cell !== undefined ? { cell: error.where.cell } : {}),
  });
}

/** What the pane shows about an indicator workbook before a run. */
export interface IndicatorOverview {
  /** The `Indicatoren` sheet as spelled in the workbook. */
  sheet: string;
  indicators: number;
  /** Units listed on `Eenheden` (for the monitoring template), or the units with figures. */
  units: string[];
  measurements: number;
  /**
   * Per roll-up, the periods with data, latest first: a row of 2025-03 counts for 2025-03,
   * 2025-Q1, 2025-H1 and 2025 (a type is absent when some row is coarser than it).
   */
  periods: Partial<Record<PeriodType, string[]>>;
  /** The `Eenheden` columns to break down by. */
  groupColumns: string[];
  /** Row problems found while reading (sheet and cell). */
  issues: Issue[];
  /** Why the framework cannot be run as it is (a required sheet or column missing), or null. */
  problem: { message: string; code: string; sheet?: string; cell?: string } | null;
  /** The settings of the last indicator run stored in the workbook (prefill, Vernieuwen). */
  stored: IndicatorSettings | null;
}

/**
 * The overview of an indicator workbook, or null when it has no `Indicatoren` sheet.
 *
 * @example indicatorOverview(grids, "nl")?.periods.kwartaal?.[0] // "2026-Q3" (the latest quarter)
 */
export function indicatorOverview(
  grids: readonly Grid[],
  language: Language,
  stored: IndicatorSettings | null = null
): IndicatorOverview | null {
  const sheet = findSheet(grids, SHEETS.indicators);
  if (!sheet) return null;
  let kader: Kader;
  try {
    kader = kaderOf(grids, language, false);
  } catch (error) {
    if (!(error instanceof IndicatorError)) throw error;
    return {
      sheet: sheet.sheet,
      indicators: 0,
      units: [],
      measurements: 0,
      periods: {},
      groupColumns: [],
      issues: [],
      problem: { message: error.message, code: error.code, ...error.where },
      stored,
    };
  }
  const units =
    kader.units?.map((unit) => unit.unit) ??
    [...new Set(kader.measurements.map((row) => row.unit))].sort((a, b) => a.localeCompare(b));
  return {
    sheet: sheet.sheet,
    indicators: kader.indicators.length,
    units,
    measurements: kader.measurements.length,
    periods: periodChoices(kader.measurements.map((row) => row.period)),
    groupColumns: kader.units ? kader.unitColumns : [],
    issues: kader.issues,
    problem:
      findSheet(grids, SHEETS.measurements) === undefined
        ? {
            message:
              language === "nl"
                ? "Geen blad 'Metingen' met de cijfers: maak en verzamel eerst monitoringsjablonen."
                : "No 'Metingen' sheet with the figures: make and collect monitoring templates first.",
            code: "IND_NO_MEASUREMENTS_SHEET",
          }
        : null,
    stored,
  };
}

/** Per period type, the rolled-up labels of `periods`, latest first. */
export function periodChoices(periods: readonly Period[]): Partial<Record<PeriodType, string[]>> {
  const choices: Partial<Record<PeriodType, string[]>> = {};
  for (const type of PERIOD_TYPES) {
    const rolled = new Map<string, Period>();
    let possible = periods.length > 0;
    for (const period of periods) {
      const target = rollUpPeriod(period, type);
      if (!target) {
        possible = false;
        break;
      }
      rolled.set(periodLabel(target), target);
    }
    if (possible)
      choices[type] = [...rolled.values()].sort((a, b) => comparePeriods(b, a)).map(periodLabel);
  }
  return choices;
}

/** The run options as the engine takes them; an IndicatorError for a period that is no period. */
function engineOptions(settings: IndicatorSettings) {
  const texts = TEXTS[settings.language];
  let period: Period | undefined;
  if (settings.period !== null) {
    const asked = reportedPeriod(settings.period, settings.per ?? undefined);
    if (asked.kind === "unreadable")
      throw new IndicatorError(texts.badPeriod(settings.period), "IND_BAD_PERIOD");
    if (asked.kind === "mismatch")
      throw new IndicatorError(
        texts.mismatch(periodLabel(asked.period), asked.per),
        "IND_PERIOD_MISMATCH"
      );
    period = asked.period;
  }
  return {
    ...(period ? { period } : {}),
    ...(settings.per ? { per: settings.per } : {}),
    groupBy: settings.groupBy,
    minCell: settings.minCell,
    language: settings.language,
  };
}

/** The summary cards of an indicator run. */
export interface IndicatorSummary {
  period: string;
  granularity: PeriodType;
  indicators: number;
  units: number;
  /** Indicators per status (statuses with none left out), in the order green → no data. */
  statusCounts: { status: Status; label: string; count: number }[];
  /** Figures reported of those expected, over every indicator of the period. */
  completeness: { reporting: number; expected: number; percent: number | null };
  issueCounts: { error: number; warning: number; info: number };
  issues: Issue[];
  /** Sheets written or replaced by this run. */
  sheets: string[];
  charts: string[];
}

/** What runIndicatorGrids gives: the engine's run, the report to publish, and the summary. */
export interface IndicatorPipelineResult {
  run: IndicatorRun;
  report: Report;
  summary: Omit<IndicatorSummary, "sheets" | "charts">;
}

/**
 * What "Feedback per eenheid" asks: the indicator options' period and roll-up, at most one
 * `Eenheden` column to set each unit beside its group, the smallest group, and which units.
 */
export interface UnitFeedbackSettings {
  /** As IndicatorSettings.period: a label ("2025-Q4"), or null for the latest period with data. */
  period: string | null;
  per: PeriodType | null;
  groupBy?: string;
  minCell: number;
  /** Only these units; absent: every unit. */
  units?: readonly string[];
  language: Language;
}

/**
 * The feedback Report of each chosen unit of the workbook's framework: the task pane's form of
 * `netwerkmeter feedback kader.xlsx` (src/app/indicatorFeedback.ts: the same run, so the same
 * workbooks). A framework, period or unit it cannot use is an IndicatorError naming sheet and cell.
 *
 * @example unitFeedbackGrids(grids, { period: null, per: null, minCell: 5, language: "nl" }).reports[0].network // "Partnerschap 01"
 */
export function unitFeedbackGrids(
  grids: readonly Grid[],
  settings: UnitFeedbackSettings
): FeedbackRun {
  const { language, minCell } = settings;
  const { period, per } = engineOptions({
    period: settings.period,
    per: settings.per,
    groupBy: [],
    minCell,
    language,
  });
  try {
    return buildIndicatorFeedback(grids, {
      ...(settings.groupBy !== undefined ? { groupBy: settings.groupBy } : {}),
      ...(period ? { period } : {}),
      ...(per ? { per } : {}),
      minCell,
      ...(settings.units ? { units: settings.units } : {}),
      language,
    });
  } catch (error) {
    throw asIndicatorError(error);
  }
}

/**
 * Reads the framework, runs the rules and builds the report.
 *
 * @throws IndicatorError when the framework cannot be used (no `Metingen`, a required column
 *   missing, a group-by column that exists nowhere) or a setting is no period
 */
export function runIndicatorGrids(
  grids: readonly Grid[],
  settings: IndicatorSettings,
  file = ""
): IndicatorPipelineResult {
  const language = settings.language;
  const options = engineOptions(settings);
  const kader = kaderOf(grids, language, true);
  let run: IndicatorRun;
  try {
    run = computeIndicators(kader, options);
  } catch (error) {
    throw asIndicatorError(error);
  }
  const report = buildIndicatorsReport(run, {
    file,
    language,
    minCell: settings.minCell,
    groupBy: settings.groupBy,
  });
  const overview = run.indicators.overview;
  const reporting = overview.reduce((sum, row) => sum + row.unitsReporting, 0);
  const expected = overview.reduce((sum, row) => sum + row.unitsExpected, 0);
  return {
    run,
    report,
    summary: {
      period: run.indicators.period,
      granularity: run.granularity,
      indicators: overview.length,
      units: run.indicators.units,
      statusCounts: STATUSES.map((status) => ({
        status,
        label: statusWord(status, language),
        count: overview.filter((row) => row.status === status).length,
      })).filter((entry) => entry.count > 0),
      completeness: {
        reporting,
        expected,
        percent: expected > 0 ? (100 * reporting) / expected : null,
      },
      issueCounts: countBySeverity(run.issues),
      issues: run.issues,
    },
  };
}

/**
 * The monitoring template for one unit and a range of periods ("2026-Q1..2026-Q4"), built from the
 * framework's indicators as `netwerkmeter template --indicators` builds it.
 *
 * @throws IndicatorError for a range that is no range, no unit, or a framework that cannot be read
 * @example monitoringTemplateFor(grids, "Partnerschap 01", "2026-Q1..2026-Q4", "nl").periods.length // 4
 */
export function monitoringTemplateFor(
  grids: readonly Grid[],
  unit: string,
  periods: string,
  language: Language,
  today: Date = new Date()
): MonitoringTemplateSpec {
  const texts = TEXTS[language];
  const range = parsePeriodRange(periods.trim());
  if (!range) throw new IndicatorError(texts.badRange(periods), "IND_BAD_PERIOD");
  if (unit.trim() === "") throw new IndicatorError(texts.noUnit, "IND_NO_UNIT");
  const kader = kaderOf(grids, language, false);
  return buildMonitoringTemplate(kader.indicators, unit.trim(), range, {
    language,
    generated: today.toISOString().slice(0, 10),
  });
}

/** "Partnerschap 01" → "monitoring-partnerschap-01.xlsx" (letters, digits and "-" only). */
export function monitoringFileName(unit: string): string {
  const slug = unit
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `monitoring-${slug || "eenheid"}.xlsx`;
}
