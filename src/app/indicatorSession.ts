/**
 * The indicator run of the task pane over one WorkbookPort, written once for both hosts like the
 * survey's session.ts:
 *
 * detect:  port.readSheets(Indicatoren, Metingen, Eenheden, Doelen) → indicatorOverview (null when
 *          the workbook has no `Indicatoren` sheet).
 * run:     the same read → runIndicatorGrids (readKader → computeIndicators → report) →
 *          planPublish (ownership: only Netwerkmeter's own sheets are ever replaced; the framework's
 *          sheets never are) → port.applyPlan, with the settings stored for Vernieuwen.
 * refresh: the settings stored by the last indicator run → the same as run.
 * feedback: the same read → unitFeedbackGrids (the reports of `netwerkmeter feedback kader.xlsx`),
 *          which the host delivers as workbooks, or as one sheet per unit (publishFeedbackSheets).
 *
 * The report sheets, their names (src/report/names.ts), the owned-sheet markers and the charts go
 * through the same publish planner and adapters as the survey report.
 *
 * @example
 * const session = new IndicatorSession(port);
 * (await session.detect())?.periods.kwartaal?.[0]; // "2026-Q3"
 */
import { countBySeverity } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { IndicatorSettings } from "../workbook/indicatorSettings";
import { DEFAULT_RUN_OPTIONS } from "../workbook/metadata";
import { planPublish } from "../workbook/publish";
import type { SheetsRead, WorkbookPort } from "../workbook/port";
import { WorkbookError } from "../workbook/port";
import { publishFeedbackSheets, type FeedbackRun } from "./feedback";
import type { IndicatorOverview, IndicatorSummary, UnitFeedbackSettings } from "./indicators";
import {
  indicatorOverview,
  INDICATOR_WORKBOOK_SHEETS,
  monitoringTemplateFor,
  runIndicatorGrids,
  unitFeedbackGrids,
} from "./indicators";
import { appMessage, PROGRESS_TEXT } from "./messages";
import { publishIssues } from "./publishIssues";
import type { Progress } from "./host";
import type { MonitoringTemplateSpec } from "../template/monitoringTemplate";

export interface IndicatorSessionOptions {
  /** Language of detect's messages (a run uses its settings' language). Default "nl". */
  language?: Language;
  /** The open file's name, shown in the report (the preview knows it; Excel does not). */
  fileName?: string;
  /** Clock for the stored metadata (tests). */
  now?: () => Date;
}

export class IndicatorSession {
  constructor(
    readonly port: WorkbookPort,
    private options: IndicatorSessionOptions = {}
  ) {}

  /** The language of detect's messages. */
  private get language(): Language {
    return this.options.language ?? "nl";
  }

  /** The pane's language switch: detect's messages from now on in `language`. */
  setLanguage(language: Language): void {
    this.options = { ...this.options, language };
  }

  private read(): Promise<SheetsRead> {
    return this.port.readSheets(INDICATOR_WORKBOOK_SHEETS);
  }

  /**
   * The overview of the workbook's framework with the stored settings (one read: 1 sync inside
   * Excel for a workbook without a framework, 2 with one), or null without an `Indicatoren` sheet.
   */
  async detect(): Promise<IndicatorOverview | null> {
    const { grids, state } = await this.read();
    return indicatorOverview(grids, this.language, state.metadata.metadata?.indicators ?? null);
  }

  /** The settings of the last indicator run stored in the workbook, if any. */
  async storedSettings(): Promise<IndicatorSettings | null> {
    const state = await this.port.readState();
    return state.metadata.metadata?.indicators ?? null;
  }

  run(settings: IndicatorSettings, onProgress?: Progress): Promise<IndicatorSummary> {
    return this.runAndPublish(settings, onProgress);
  }

  refresh(onProgress?: Progress): Promise<IndicatorSummary> {
    return this.runAndPublish(null, onProgress);
  }

  /** The monitoring template for one unit and a range of periods, from the workbook's framework. */
  async monitoringTemplate(
    unit: string,
    periods: string,
    language: Language
  ): Promise<MonitoringTemplateSpec> {
    const { grids } = await this.read();
    return monitoringTemplateFor(grids, unit, periods, language, this.options.now?.());
  }

  /** The feedback Report of each chosen unit (unitFeedbackGrids), from the workbook as it is now. */
  async feedbackReports(settings: UnitFeedbackSettings): Promise<FeedbackRun> {
    const { grids } = await this.read();
    return unitFeedbackGrids(grids, settings);
  }

  /** The reports as one sheet per unit in this workbook (feedback.ts publishFeedbackSheets). */
  publishFeedbackSheets(run: FeedbackRun, language: Language): Promise<string[]> {
    return publishFeedbackSheets(this.port, run, language, this.options.now?.());
  }

  /** Reads, runs and publishes; `given` null: the stored settings (refresh). */
  private async runAndPublish(
    given: IndicatorSettings | null,
    onProgress?: Progress
  ): Promise<IndicatorSummary> {
    const startLanguage = given?.language ?? this.language;
    onProgress?.(0.05, PROGRESS_TEXT[startLanguage].read);
    const { grids, state } = await this.read();
    const settings = given ?? state.metadata.metadata?.indicators ?? null;
    if (!settings)
      throw new WorkbookError(
        state.metadata.problem ?? appMessage(startLanguage, { code: "NO_STORED_RUN" }),
        "NO_STORED_RUN"
      );
    const language = settings.language;
    onProgress?.(0.3, PROGRESS_TEXT[language].analyse);
    const { report, summary } = runIndicatorGrids(grids, settings, this.options.fileName ?? "");

    onProgress?.(0.6, PROGRESS_TEXT[language].write);
    const framework = grids.map((grid) => grid.sheet);
    const plan = planPublish(report, state, {
      language,
      input: { kind: "sheet", sheet: framework[0] },
      codebookSource: { kind: "none" },
      options: {
        ...DEFAULT_RUN_OPTIONS,
        groupBy: settings.groupBy,
        minCell: settings.minCell,
        language,
      },
      protectedSheets: framework,
      charts: this.port.drawsCharts,
      now: this.options.now?.(),
    });
    if (plan.metadata) plan.metadata = { ...plan.metadata, indicators: settings };
    const applied = await this.port.applyPlan(plan);

    onProgress?.(1, PROGRESS_TEXT[language].done);
    const issues = [...summary.issues, ...publishIssues(plan, applied, language)];
    return {
      ...summary,
      issues,
      issueCounts: countBySeverity(issues),
      sheets: applied.sheets,
      charts: applied.charts,
    };
  }
}
