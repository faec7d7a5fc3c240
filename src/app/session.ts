/**
 * The analysis flow of the task pane, written once for both hosts: it reads through a
 * WorkbookPort and publishes through it, so the Excel host (Office.js) and the preview host
 * (ExcelJS in the browser) differ only in their port.
 *
 * detect:  port.readInput → codebook (the workbook's Codeboek sheet, else the default preset) →
 *          ingest → DataOverview (mapping, respondents, issues).
 * run:     the same read (the input detect showed) → ingest with the reviewed mapping → analyze →
 *          buildReport → planPublish (ownership) → port.applyPlan → RunSummary.
 * refresh: the input, codebook and options stored by the last run → the same as run.
 * compare: with `options.compare`, the earlier wave the pane handed in (setEarlierWave) is
 *          compared too (src/app/earlierWave.ts) and the report gets its Vergelijking sheet; the
 *          file itself is not stored, so a refresh without it says so (EARLIER_WAVE_NEEDED).
 *
 * The codebook choice, the analysis and its fatal checks are the command line's too: chooseCodebook
 * and analyseGrid of ./analyse.ts (a `Codeboek`/`Codebook` sheet in the workbook wins, else the
 * built-in Dēmos preset with an info issue DEFAULT_CODEBOOK).
 */
import { buildReport } from "../report/buildReport";
import { withComparisonSheet } from "../report/comparison";
import type { Codebook } from "../analysis/codebook";
import type { Grid } from "../analysis/grid";
import { chartViews } from "./chartViews";
import { columnLetters } from "../analysis/grid";
import { groupChoices, previousInput } from "../workbook/dataChoices";
import { ingest } from "../analysis/ingest";
import type { Issue } from "../analysis/issue";
import { countBySeverity } from "../analysis/issue";
import { constructLabel } from "../analysis/constructLabel";
import type { Language } from "../analysis/language";
import type { AnalysisResult } from "../analysis/results";
import type {
  ColumnMappingRow,
  DataOverview,
  FeedbackRequest,
  Progress,
  RunOptions,
  RunSummary,
} from "./host";
import { CODEBOOK_SHEET_NAMES } from "../workbook/inputs";
import type { CodebookSource, StoredInput } from "../workbook/metadata";
import { planChartsOnly, planPublish } from "../workbook/publish";
import type {
  ApplyResult,
  InputRead,
  InputRequest,
  PublishPlan,
  WorkbookPort,
} from "../workbook/port";
import { WorkbookError } from "../workbook/port";
import { analyseGrid, chooseCodebook } from "./analyse";
import type { EarlierWaveInfo } from "./earlierWave";
import type { FeedbackRun } from "./feedback";
import { buildFeedback, feedbackNetworkNames, publishFeedbackSheets } from "./feedback";
import { earlierWaveInfo, readEarlierWave, withEarlierWave } from "./earlierWave";
import { appMessage, PROGRESS_TEXT } from "./messages";
import { publishIssues } from "./publishIssues";

export interface SessionOptions {
  /** Language of detect's messages (a run uses its options' language). Default "nl". */
  language?: Language;
  /** Clock for the stored metadata (tests). */
  now?: () => Date;
}

/** The codebook of a read: the workbook's codebook sheet, else the stored or default preset. */
function codebookOf(read: InputRead, stored: CodebookSource | null, language: Language) {
  return chooseCodebook({ sheet: read.codebook ?? null, stored, language });
}

/** The mapping review rows: every non-empty header, in sheet order. */
function mappingRows(read: InputRead, dataset: ReturnType<typeof ingest>): ColumnMappingRow[] {
  const origin = read.data.originColumn;
  const rows: (ColumnMappingRow & { index: number })[] = [
    ...dataset.items.map((column) => ({
      index: column.column,
      column: columnLetters(origin + column.column),
      header: column.header,
      kind: "item" as const,
      itemId: column.item.id,
      automatic: true,
    })),
    ...dataset.background.map((column) => ({
      index: column.column,
      column: columnLetters(origin + column.column),
      header: column.header,
      kind: "background" as const,
      automatic: true,
    })),
  ];
  return rows.sort((a, b) => a.index - b.index).map(({ index: _index, ...row }) => row);
}

/** The summary cards of a run. */
export function runSummary(
  result: AnalysisResult,
  applied: ApplyResult,
  extraIssues: Issue[],
  language: Language = "nl"
): RunSummary {
  const issues = [...result.issues, ...extraIssues];
  const participation = result.participation;
  return {
    respondents: result.source.respondents,
    comments: result.comments?.length ?? 0,
    population: result.population,
    responseRate: result.responseRate,
    dominantRoles:
      result.governance?.domains.map((domain) => ({
        domain: domain.domain,
        role: domain.dominantRole,
      })) ?? [],
    participation: participation
      ? {
          representation: participation.representation?.pctHigh ?? null,
          index: participation.index.mean,
          gap: participation.index.gapMean,
          minimumInvolvement: participation.minimum.involvement,
        }
      : null,
    alphas: result.scales.map((scale) => ({
      scale: constructLabel(scale.id, language),
      alpha: scale.alpha,
      n: scale.n,
    })),
    issueCounts: countBySeverity(issues),
    issues,
    sheets: applied.sheets,
    charts: applied.charts,
  };
}

/**
 * The task pane's verbs over one WorkbookPort (everything of NetwerkmeterHost except templates,
 * consolidation and the preview's open/download).
 */
export class NetwerkmeterSession {
  /** The input detect showed, read again by run (null: let the adapter find it). */
  private input: StoredInput | null = null;
  /** The codebook detect used (an earlier wave is read with it). */
  private codebook: Codebook | null = null;
  /** The earlier wave handed in for "Vergelijk met vorige bevraging" (kept for refresh). */
  private earlier: { info: EarlierWaveInfo; grids: Grid[] } | null = null;

  /** The language of detect's messages; the pane's switch changes it (setLanguage). */
  private language: Language;

  constructor(
    readonly port: WorkbookPort,
    private readonly options: SessionOptions = {}
  ) {
    this.language = options.language ?? "nl";
  }

  /** The pane's language changed: detect's messages follow it (a run uses its options' language). */
  setLanguage(language: Language): void {
    this.language = language;
  }

  /** Forgets the input detect found (e.g. after another workbook was opened). */
  reset(): void {
    this.input = null;
    this.codebook = null;
    this.earlier = null;
  }

  /**
   * Holds an earlier wave's grids (read by the host from a picked file) for the runs that compare
   * with it; null forgets it. Returns what the pane shows of it.
   *
   * @throws WorkbookError EARLIER_WAVE_EMPTY, InputError NO_DATA when it has no data
   */
  setEarlierWave(file: string, grids: Grid[] | null): EarlierWaveInfo | null {
    if (grids === null) {
      this.earlier = null;
      return null;
    }
    const language = this.language;
    const codebook = this.codebook ?? chooseCodebook({ language }).codebook;
    const info = earlierWaveInfo(file, readEarlierWave(grids, codebook, { file, language }));
    this.earlier = { info, grids };
    return info;
  }

  /** The earlier wave held, if any. */
  earlierWave(): EarlierWaveInfo | null {
    return this.earlier?.info ?? null;
  }

  async detect(): Promise<DataOverview> {
    const language = this.language;
    const read = await this.port.readInput(
      { kind: "auto" },
      { codebookSheets: CODEBOOK_SHEET_NAMES }
    );
    const resolved = codebookOf(read, null, language);
    const dataset = ingest(read.data, resolved.codebook, { language });
    this.input = read.stored;
    this.codebook = resolved.codebook;
    return {
      source: read.source,
      codebookName: resolved.codebook.name,
      respondents: dataset.respondentIds.length,
      itemsRecognised: dataset.items.length,
      itemsInCodebook: resolved.codebook.items.length,
      mapping: mappingRows(read, dataset),
      codebookItems: resolved.codebook.items.map((item) => ({ id: item.id, label: item.label })),
      ...groupChoices(dataset.background),
      previousInput: previousInput(read.state.metadata.metadata?.input ?? null, read.stored),
      issues: [...resolved.issues, ...dataset.issues],
    };
  }

  async run(options: RunOptions, onProgress?: Progress): Promise<RunSummary> {
    const request: InputRequest = this.input ?? { kind: "auto" };
    return this.analyseAndPublish(request, options, onProgress);
  }

  async refresh(onProgress?: Progress): Promise<RunSummary> {
    return this.analyseAndPublish({ kind: "stored" }, null, onProgress);
  }

  async storedOptions(): Promise<RunOptions | null> {
    const state = await this.port.readState();
    return state.metadata.metadata?.options ?? null;
  }

  async insertCharts(): Promise<string[]> {
    if (!this.port.drawsCharts) return [];
    const state = await this.port.readState();
    const plan = planChartsOnly(state);
    if (!plan) {
      throw new WorkbookError(
        state.metadata.problem ?? appMessage(this.language, { code: "NO_STORED_RUN" }),
        "NO_STORED_RUN"
      );
    }
    const applied = await this.port.applyPlan(plan);
    return applied.charts;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.port.selectCell(sheet, cell);
  }

  /** The data detect found (or the stored input) and its codebook, for the feedback verbs. */
  private async readData(language: Language) {
    const read = await this.port.readInput(this.input ?? { kind: "auto" }, {
      codebookSheets: CODEBOOK_SHEET_NAMES,
    });
    const stored = read.state.metadata.metadata?.codebookSource ?? null;
    return { read, resolved: codebookOf(read, stored, language) };
  }

  /** The network names in `column` of the data (the pane's choice of networks). */
  async feedbackNetworks(column: string): Promise<string[]> {
    const { read, resolved } = await this.readData(this.language);
    return feedbackNetworkNames(read.data, resolved.codebook, column, this.language);
  }

  /**
   * The feedback Report of every chosen network (src/app/feedback.ts, as `netwerkmeter
   * feedback`), with the earlier wave held when the request compares.
   */
  async feedbackReports(request: FeedbackRequest): Promise<FeedbackRun> {
    const { language } = request;
    const { read, resolved } = await this.readData(language);
    const earlier =
      request.compare && this.earlier
        ? {
            grids: this.earlier.grids,
            file: this.earlier.info.file,
            label: request.compare.label,
          }
        : null;
    return buildFeedback(
      read.data,
      resolved.codebook,
      resolved.issues,
      {
        networkColumn: request.networkColumn,
        ...(request.groupBy ? { groupBy: request.groupBy } : {}),
        minCell: request.minCell,
        ...(request.networks ? { networks: request.networks } : {}),
        language,
      },
      earlier
    );
  }

  /** The reports as one sheet per network in this workbook (feedback.ts publishFeedbackSheets). */
  publishFeedbackSheets(run: FeedbackRun, language: Language): Promise<string[]> {
    return publishFeedbackSheets(this.port, run, language, this.options.now?.());
  }

  /**
   * The run's result compared with the earlier wave held, when the options ask for one; `missing`
   * names the file asked for when it is not held (a refresh after the pane was closed).
   */
  private compared(
    run: ReturnType<typeof analyseGrid>,
    codebook: Codebook,
    options: RunOptions
  ): { result: AnalysisResult; missing: string | null } {
    const wanted = options.compare;
    if (!wanted) return { result: run.result, missing: null };
    if (this.earlier?.info.file !== wanted.file)
      return { result: run.result, missing: wanted.file };
    const language = options.language;
    const file = wanted.file;
    const previous = readEarlierWave(this.earlier.grids, codebook, { file, language });
    const label = wanted.label ?? file.replace(/\.(xlsx|xlsm|csv)$/i, "");
    return {
      result: withEarlierWave(run, previous, { label, matchOn: wanted.matchOn, language }),
      missing: null,
    };
  }

  /**
   * Reads, analyses and publishes. `options` null means: the stored options (refresh).
   * Returns the summary; throws AnalysisError when the input cannot be analysed at all.
   */
  private async analyseAndPublish(
    request: InputRequest,
    given: RunOptions | null,
    onProgress?: Progress
  ): Promise<RunSummary> {
    const startLanguage = given?.language ?? this.language;
    onProgress?.(0.05, PROGRESS_TEXT[startLanguage].read);
    const read = await this.port.readInput(request, { codebookSheets: CODEBOOK_SHEET_NAMES });
    const stored = request.kind === "stored" ? read.state.metadata.metadata : null;
    const options = given ?? stored?.options;
    if (!options) throw new WorkbookError("No run options.", "NO_STORED_RUN");
    const language = options.language;
    const resolved = codebookOf(read, stored?.codebookSource ?? null, language);

    onProgress?.(0.3, PROGRESS_TEXT[language].analyse);
    const run = analyseGrid(read.data, resolved, { ...options, bandSpecs: options.bands });
    const { result, missing } = this.compared(run, resolved.codebook, options);

    onProgress?.(0.6, PROGRESS_TEXT[language].write);
    const report = withComparisonSheet(buildReport(result, { language }), result, language);
    const previousProblem = read.state.metadata.problem;
    const plan: PublishPlan = planPublish(report, read.state, {
      language,
      input: read.stored,
      codebookSource: resolved.source!,
      options,
      protectedSheets: [read.source.sheet, ...(read.codebook ? [read.codebook.sheet] : [])],
      charts: this.port.drawsCharts,
      now: this.options.now?.(),
    });
    const applied = await this.port.applyPlan(plan);
    this.input = read.stored;

    const extra: Issue[] = publishIssues(plan, applied, language);
    if (previousProblem)
      extra.push({
        severity: "warning",
        code: "METADATA_UNREADABLE",
        message: previousProblem,
      });
    if (missing)
      extra.push({
        severity: "warning",
        code: "EARLIER_WAVE_NEEDED",
        message: appMessage(language, { code: "EARLIER_WAVE_NEEDED", file: missing }),
      });
    onProgress?.(1, PROGRESS_TEXT[language].done);
    return {
      ...runSummary(result, applied, extra, language),
      chartViews: chartViews(report, language),
    };
  }
}
