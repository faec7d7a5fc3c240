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
import type {
  ConsolidateSummary,
  DataOverview,
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
    noWorkbook: "Open eerst een werkboek (.xlsx) of het voorbeeld.",
    newWorkbook: "nieuw-werkboek.xlsx",
    suffix: "-netwerkmeter",
  },
  en: {
    noWorkbook: "Open a workbook (.xlsx) or the example first.",
    newWorkbook: "new-workbook.xlsx",
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

/** The preview host; `openWorkbook` must be called before detect/run. */
export class PreviewHost implements NetwerkmeterHost {
  readonly kind = "preview" as const;
  private workbook: ExcelJSModule.Workbook | null = null;
  private fileName: string | null = null;
  private session: NetwerkmeterSession | null = null;
  /** The open workbook's port (it keeps the charts to draw at download). */
  private port: import("../../xlsx/exceljsPort").ExcelJsWorkbookPort | null = null;
  private excelJs: ExcelJS | null = null;

  constructor(private readonly options: PreviewHostOptions = {}) {}

  private get language(): Language {
    return this.options.language ?? "nl";
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
  }

  /** An empty workbook when none is open (template and consolidation may start from nothing). */
  private async ensureWorkbook(): Promise<void> {
    if (this.workbook) return;
    const library = await this.library();
    const workbook = new library.Workbook();
    workbook.creator = "Netwerkmeter";
    await this.attach(workbook, TEXTS[this.language].newWorkbook);
  }

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

  /** The open workbook (input and outputs) as .xlsx bytes. */
  async downloadWorkbook(): Promise<{ name: string; bytes: Uint8Array }> {
    const workbook = this.workbook;
    if (!workbook) throw new WorkbookError(TEXTS[this.language].noWorkbook, "NO_WORKBOOK");
    workbook.lastModifiedBy = "Netwerkmeter";
    workbook.modified = new Date();
    const { writeWorkbookWithCharts } = await import(
      /* webpackChunkName: "exceljs-port" */ "../../xlsx/charts/writeWithCharts"
    );
    const bytes = await writeWorkbookWithCharts(workbook, this.port?.charts ?? []);
    return {
      name: downloadName(this.fileName ?? TEXTS[this.language].newWorkbook),
      bytes,
    };
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
   * Adds the coordinator template's sheets to the open workbook (a new one when none is open):
   * the template is written by src/xlsx/writeTemplate.ts and its sheets copied over, so the
   * preview's template is the command line's.
   */
  async insertTemplate(language: Language): Promise<string[]> {
    await this.ensureWorkbook();
    const workbook = this.workbook!;
    const spec = coordinatorTemplate(language);
    assertTemplateFits(
      spec,
      workbook.worksheets.map((sheet) => sheet.name),
      language
    );
    const { writeTemplateWorkbook } = await import(
      /* webpackChunkName: "exceljs-port" */ "../../xlsx/writeTemplate"
    );
    const library = await this.library();
    const template = new library.Workbook();
    await template.xlsx.load(
      (await writeTemplateWorkbook(spec)) as unknown as ExcelJSModule.Buffer
    );
    for (const source of template.worksheets) {
      const copy = workbook.addWorksheet(source.name, { state: source.state });
      const model = source.model as unknown as Record<string, unknown>;
      (copy as unknown as { model: unknown }).model = { ...model, id: copy.id, name: source.name };
    }
    return spec.sheets.map((sheet) => sheet.name);
  }

  /** Consolidates returned templates into a new response sheet of the open (or a new) workbook. */
  async consolidate(
    files: { name: string; bytes: Uint8Array }[],
    onProgress?: Progress
  ): Promise<ConsolidateSummary> {
    await this.ensureWorkbook();
    return consolidateIntoWorkbook(this.requireSession().port, files, {
      language: this.language,
      readWorkbook: async (bytes, name, language) => {
        const { readXlsx } = await import(
          /* webpackChunkName: "exceljs-port" */ "../../xlsx/readXlsx"
        );
        return readXlsx(bytes, name, language);
      },
      onProgress,
    });
  }
}

/** The preview host (outside Office). */
export function createPreviewHost(options: PreviewHostOptions = {}): PreviewHost {
  return new PreviewHost(options);
}
