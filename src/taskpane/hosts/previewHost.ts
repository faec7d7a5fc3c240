/**
 * The task pane's host outside Office (Office.onReady gives no host): the same verbs over an
 * in-browser workbook. The user opens an .xlsx (or the bundled example), runs the analysis, sees the
 * summary and problems, and downloads the result: the input plus Netwerkmeter's sheets, with the
 * settings in a very hidden sheet so refresh works on the downloaded file too.
 *
 * ExcelJS (and the ExcelJS adapter, src/xlsx/exceljsPort.ts) is loaded lazily, when the first
 * workbook is opened, so the start screen stays small. The analysis flow is the shared session
 * (src/app/session.ts); the preview only differs in its port, which keeps the planned charts
 * and draws them as native chart parts when the workbook is downloaded (src/xlsx/charts/).
 */
import type * as ExcelJSModule from "exceljs";
import type { Language } from "../../analysis/language";
import { consolidateIntoWorkbook } from "../../app/consolidation";
import { assertTemplateFits, coordinatorTemplate } from "../../app/template";
import { WorkbookError } from "../../workbook/port";
import { NetwerkmeterSession } from "../../app/session";
import { IndicatorSession } from "../../app/indicatorSession";
import { monitoringFileName } from "../../app/indicators";
import type { FeedbackRun } from "../../app/feedback";
import type {
  ConsolidateSummary,
  DataOverview,
  EarlierWaveInfo,
  FeedbackOutput,
  FeedbackRequest,
  FeedbackSummary,
  IndicatorVerbs,
  NetwerkmeterHost,
  Progress,
  RunOptions,
  RunSummary,
} from "../../app/host";

type ExcelJS = typeof ExcelJSModule;

export interface PreviewHostOptions {
  /** Language of the host's own messages. Default "nl". */
  language?: Language;
  /** Loads ExcelJS (default: `import("exceljs")`, its own chunk). */
  loadExcelJs?: () => Promise<ExcelJS>;
}

const TEXTS = {
  nl: {
    noWorkbook: "Open eerst een werkmap (.xlsx) of het voorbeeld.",
    newWorkbook: "nieuwe-werkmap.xlsx",
    template: "netwerkmeter-sjabloon.xlsx",
    consolidation: "samengevoegde-antwoorden.xlsx",
    feedback: "terugkoppeling-per-netwerk.zip",
    unitFeedback: "terugkoppeling-per-eenheid.zip",
    suffix: "-netwerkmeter",
  },
  en: {
    noWorkbook: "Open a workbook (.xlsx) or the example first.",
    newWorkbook: "new-workbook.xlsx",
    template: "netwerkmeter-template.xlsx",
    consolidation: "consolidated-answers.xlsx",
    feedback: "feedback-per-network.zip",
    unitFeedback: "feedback-per-unit.zip",
    suffix: "-netwerkmeter",
  },
};

async function defaultLoadExcelJs(): Promise<ExcelJS> {
  const loaded = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJS & {
    default?: ExcelJS;
  };
  // A CommonJS module seen through import(): the namespace or its default export.
  return loaded.Workbook ? loaded : (loaded.default as ExcelJS);
}

/** "antwoorden.xlsx" → "antwoorden-netwerkmeter.xlsx" (once, not on a second download). */
export function downloadName(name: string, suffix = "-netwerkmeter"): string {
  const base = name.replace(/\.(xlsx|xlsm)$/i, "");
  return base.endsWith(suffix) ? `${base}.xlsx` : `${base}${suffix}.xlsx`;
}

/** Which in-browser workbook a download is for. */
export type PreviewWorkbook = "analysis" | "template" | "consolidation";

/**
 * The preview host; `openWorkbook` must be called before detect/run. The template and a
 * consolidation each go into a NEW in-browser workbook with its own download, so the opened file
 * (the example, say) is never written to by them.
 */
export class PreviewHost implements NetwerkmeterHost {
  readonly kind = "preview" as const;
  private workbook: ExcelJSModule.Workbook | null = null;
  private readonly extra: Partial<
    Record<"template" | "consolidation", { workbook: ExcelJSModule.Workbook; name: string }>
  > = {};
  private fileName: string | null = null;
  private session: NetwerkmeterSession | null = null;
  private indicatorSession: IndicatorSession | null = null;
  /** The open workbook's port (it keeps the charts to draw at download). */
  private port: import("../../xlsx/exceljsPort").ExcelJsWorkbookPort | null = null;
  private excelJs: ExcelJS | null = null;

  /** The language of the host's own messages; the pane's switch changes it (setLanguage). */
  private language: Language;

  constructor(private readonly options: PreviewHostOptions = {}) {
    this.language = options.language ?? "nl";
  }

  setLanguage(language: Language): void {
    this.language = language;
    this.port?.setLanguage(language);
    this.session?.setLanguage(language);
    this.indicatorSession?.setLanguage(language);
  }

  private async library(): Promise<ExcelJS> {
    if (!this.excelJs) this.excelJs = await (this.options.loadExcelJs ?? defaultLoadExcelJs)();
    return this.excelJs;
  }

  private requireSession(): NetwerkmeterSession {
    if (!this.session) throw new WorkbookError(TEXTS[this.language].noWorkbook, "NO_WORKBOOK");
    return this.session;
  }

  private async attach(workbook: ExcelJSModule.Workbook, name: string): Promise<void> {
    const { ExcelJsWorkbookPort } = await import(
      /* webpackChunkName: "exceljs-port" */ "../../xlsx/exceljsPort"
    );
    this.workbook = workbook;
    this.fileName = name;
    this.port = new ExcelJsWorkbookPort(workbook, { fileName: name, language: this.language });
    this.session = new NetwerkmeterSession(this.port, { language: this.language });
    this.indicatorSession = new IndicatorSession(this.port, {
      language: this.language,
      fileName: name,
    });
  }

  private requireIndicators(): IndicatorSession {
    if (!this.indicatorSession)
      throw new WorkbookError(TEXTS[this.language].noWorkbook, "NO_WORKBOOK");
    return this.indicatorSession;
  }

  /**
   * The indicator run on the open workbook (its report sheets go into it, downloaded with it); a
   * monitoring template is a new file to download, never written into the open one.
   */
  readonly indicators: IndicatorVerbs = {
    detect: async () => (this.indicatorSession ? this.indicatorSession.detect() : null),
    storedSettings: async () =>
      this.indicatorSession ? this.indicatorSession.storedSettings() : null,
    run: (settings, onProgress) => this.requireIndicators().run(settings, onProgress),
    refresh: (onProgress) => this.requireIndicators().refresh(onProgress),
    feedbackOutputs: () => ["zip"],
    feedback: async (request, onProgress) =>
      this.zipFeedback(
        await this.requireIndicators().feedbackReports(request),
        TEXTS[request.language].unitFeedback,
        request.language,
        onProgress
      ),
    monitoringTemplate: async (unit, periods, language) => {
      const spec = await this.requireIndicators().monitoringTemplate(unit, periods, language);
      const { writeMonitoringTemplate } = await import(
        /* webpackChunkName: "exceljs-port" */ "../../xlsx/writeMonitoringTemplate"
      );
      const bytes = await writeMonitoringTemplate(spec);
      return { name: monitoringFileName(spec.unit), bytes, opened: false };
    },
  };

  /**
   * Opens an .xlsx as the in-browser workbook. The bytes are checked the way the command line
   * checks them (readXlsx: empty, too large, .xls, password, decompression bomb, no data), so the
   * messages are the same; and ranges ExcelJS would expand into millions of cells are refused
   * (readXlsxForEditing).
   */
  async openWorkbook(name: string, bytes: Uint8Array): Promise<void> {
    const { readXlsxForEditing } = await import(
      /* webpackChunkName: "exceljs-port" */ "../../xlsx/readXlsx"
    );
    await readXlsxForEditing(bytes, name, this.language);
    const library = await this.library();
    const workbook = new library.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJSModule.Buffer);
    await this.attach(workbook, name);
  }

  /**
   * A workbook as .xlsx bytes: the open one (input and outputs, the default), or the new workbook
   * the template or the last consolidation went into.
   */
  async downloadWorkbook(
    which: PreviewWorkbook = "analysis"
  ): Promise<{ name: string; bytes: Uint8Array }> {
    const made = which === "analysis" ? undefined : this.extra[which];
    const workbook = which === "analysis" ? this.workbook : (made?.workbook ?? null);
    if (!workbook) throw new WorkbookError(TEXTS[this.language].noWorkbook, "NO_WORKBOOK");
    workbook.lastModifiedBy = "Netwerkmeter";
    workbook.modified = new Date();
    const { writeWorkbookWithCharts } = await import(
      /* webpackChunkName: "exceljs-port" */ "../../xlsx/charts/writeWithCharts"
    );
    // The template and a consolidation have no charts; the analysis workbook has the port's.
    const bytes = await writeWorkbookWithCharts(workbook, made ? [] : (this.port?.charts ?? []));
    return {
      name: made ? made.name : downloadName(this.fileName ?? TEXTS[this.language].newWorkbook),
      bytes,
    };
  }

  /** A new, empty in-browser workbook. */
  private async newWorkbook(): Promise<ExcelJSModule.Workbook> {
    const library = await this.library();
    const workbook = new library.Workbook();
    workbook.creator = "Netwerkmeter";
    return workbook;
  }

  async detect(): Promise<DataOverview> {
    return this.requireSession().detect();
  }

  async run(options: RunOptions, onProgress?: Progress): Promise<RunSummary> {
    return this.requireSession().run(options, onProgress);
  }

  async refresh(onProgress?: Progress): Promise<RunSummary> {
    return this.requireSession().refresh(onProgress);
  }

  /** Reads an earlier wave with the command line's reader (readXlsx) and hands it to the session. */
  async chooseEarlierWave(
    file: { name: string; bytes: Uint8Array } | null
  ): Promise<EarlierWaveInfo | null> {
    const session = this.requireSession();
    if (!file) return session.setEarlierWave("", null);
    const { readXlsx } = await import(/* webpackChunkName: "exceljs-port" */ "../../xlsx/readXlsx");
    return session.setEarlierWave(file.name, await readXlsx(file.bytes, file.name, this.language));
  }

  feedbackOutputs(): FeedbackOutput[] {
    return ["zip"];
  }

  async feedbackNetworks(column: string): Promise<string[]> {
    return this.requireSession().feedbackNetworks(column);
  }

  /**
   * Feedback per network as one .zip download: one workbook per network, written by the command
   * line's writer in the browser (src/xlsx/feedbackWorkbooks.ts). The open workbook is untouched.
   */
  async feedback(request: FeedbackRequest, onProgress?: Progress): Promise<FeedbackSummary> {
    return this.zipFeedback(
      await this.requireSession().feedbackReports(request),
      TEXTS[request.language].feedback,
      request.language,
      onProgress
    );
  }

  /** Feedback reports (per network or per unit) as one .zip download named `name`. */
  private async zipFeedback(
    run: FeedbackRun,
    name: string,
    language: Language,
    onProgress?: Progress
  ): Promise<FeedbackSummary> {
    const { writeFeedbackWorkbooks, zipFiles } = await import(
      /* webpackChunkName: "exceljs-port" */ "../../xlsx/feedbackWorkbooks"
    );
    const files = await writeFeedbackWorkbooks(run.reports, language, (done, total, next) =>
      onProgress?.((0.9 * done) / total, next)
    );
    const download = { name, bytes: zipFiles(files) };
    onProgress?.(1, download.name);
    return {
      output: "zip",
      networks: run.reports.map((entry) => entry.network),
      download,
      issues: run.issues,
    };
  }

  async storedOptions(): Promise<RunOptions | null> {
    return this.session ? this.session.storedOptions() : null;
  }

  /** Plans the stored charts again; they are drawn into the downloaded file. */
  async insertCharts(): Promise<string[]> {
    return this.session ? this.session.insertCharts() : [];
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (this.session) await this.session.selectCell(sheet, cell);
  }

  /**
   * Writes the coordinator template into a NEW in-browser workbook (its own download, never the
   * open file): the template is written by src/xlsx/writeTemplate.ts, so the preview's template is
   * the command line's. Returns the names of its visible sheets (hidden ones are not news).
   */
  async insertTemplate(language: Language): Promise<string[]> {
    const spec = coordinatorTemplate(language);
    const { writeTemplateWorkbook } = await import(
      /* webpackChunkName: "exceljs-port" */ "../../xlsx/writeTemplate"
    );
    const template = await this.newWorkbook();
    // A new workbook has no sheets yet; the check stays so the rule holds whatever the template.
    assertTemplateFits(
      spec,
      template.worksheets.map((sheet) => sheet.name),
      language
    );
    await template.xlsx.load(
      (await writeTemplateWorkbook(spec)) as unknown as ExcelJSModule.Buffer
    );
    this.extra.template = { workbook: template, name: TEXTS[language].template };
    return spec.sheets.filter((sheet) => sheet.state === "visible").map((sheet) => sheet.name);
  }

  /**
   * Consolidates returned templates into a NEW in-browser workbook (its own download; "Analyseer
   * deze antwoorden" opens a copy of it for the analysis). The open file is never written to.
   */
  async consolidate(
    files: { name: string; bytes: Uint8Array }[],
    onProgress?: Progress
  ): Promise<ConsolidateSummary> {
    const language = this.language;
    const workbook = await this.newWorkbook();
    const name = TEXTS[language].consolidation;
    const { ExcelJsWorkbookPort } = await import(
      /* webpackChunkName: "exceljs-port" */ "../../xlsx/exceljsPort"
    );
    const port = new ExcelJsWorkbookPort(workbook, { fileName: name, language });
    const summary = await consolidateIntoWorkbook(port, files, {
      language,
      readWorkbook: async (bytes, file, readLanguage) => {
        const { readXlsx } = await import(
          /* webpackChunkName: "exceljs-port" */ "../../xlsx/readXlsx"
        );
        return readXlsx(bytes, file, readLanguage);
      },
      onProgress,
    });
    this.extra.consolidation = { workbook, name };
    return { ...summary, workbook: name };
  }
}

/** The preview host (outside Office). */
export function createPreviewHost(options: PreviewHostOptions = {}): PreviewHost {
  return new PreviewHost(options);
}
