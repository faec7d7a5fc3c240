/**
 * The task pane's host inside Excel: the verbs of NetwerkmeterHost over the Office.js adapter
 * (src/excel). The analysis flow itself is shared with the browser preview (src/app/session.ts).
 * Consolidation reads .xlsx files with ExcelJS, which is loaded only when it is used.
 */
import type { Language } from "../../analysis/language";
import { createOfficeWorkbookPort, type OfficeAdapterOptions } from "../../excel/officeWorkbook";
import { officeIsSetSupported, officeRun } from "../../excel/runtime";
import { insertTemplateSheets } from "../../excel/template";
import {
  canCreateWorkbooks,
  officeCreateWorkbook,
  openAsNewWorkbooks,
  type CreateWorkbook,
} from "../../excel/newWorkbook";
import { consolidateIntoWorkbook } from "../../app/consolidation";
import { coordinatorTemplate } from "../../app/template";
import { NetwerkmeterSession } from "../../app/session";
import type {
  FeedbackOutput,
  FeedbackSummary,
  IndicatorVerbs,
  NetwerkmeterHost,
  Progress,
} from "../../app/host";
import type { FeedbackRun } from "../../app/feedback";
import { IndicatorSession } from "../../app/indicatorSession";
import { monitoringFileName } from "../../app/indicators";
import { openAsNewWorkbook } from "../../excel/newWorkbook";
import type { IsSetSupported } from "../../excel/runtime";

export type ExcelHostOptions = OfficeAdapterOptions & {
  /** Default: `Excel.createWorkbook` (ExcelApi 1.8); tests pass a recorder. */
  createWorkbook?: CreateWorkbook;
};

/** Where feedback goes inside Excel: new workbooks where Excel can open them (ExcelApi 1.8), else sheets. */
function feedbackOutputs(isSetSupported: IsSetSupported): FeedbackOutput[] {
  return canCreateWorkbooks(isSetSupported) ? ["workbooks", "sheets"] : ["sheets"];
}

/**
 * Delivers feedback reports (per network, or per unit of an indicator framework) inside Excel:
 * new workbooks (the command line's files, written with ExcelJS and opened with
 * Excel.createWorkbook) or, by choice or without ExcelApi 1.8, one sheet per name in this workbook.
 */
async function deliverFeedback(
  run: FeedbackRun,
  request: { output: FeedbackOutput; language: Language },
  publishSheets: (run: FeedbackRun) => Promise<string[]>,
  options: {
    isSetSupported: IsSetSupported;
    createWorkbook?: CreateWorkbook;
    onProgress?: Progress;
  }
): Promise<FeedbackSummary> {
  const { onProgress } = options;
  const networks = run.reports.map((entry) => entry.network);
  onProgress?.(0.2, networks[0] ?? "");
  if (request.output === "workbooks" && canCreateWorkbooks(options.isSetSupported)) {
    const { writeFeedbackWorkbooks } = await import(
      /* webpackChunkName: "exceljs-port" */ "../../xlsx/feedbackWorkbooks"
    );
    const files = await writeFeedbackWorkbooks(run.reports, request.language, (done, total, name) =>
      onProgress?.(0.2 + (0.6 * done) / total, name)
    );
    await openAsNewWorkbooks(
      files.map((file) => file.bytes),
      options.createWorkbook ?? officeCreateWorkbook
    );
    onProgress?.(1, "");
    return { output: "workbooks", networks, issues: run.issues };
  }
  const sheets = await publishSheets(run);
  onProgress?.(1, "");
  return { output: "sheets", networks, sheets, issues: run.issues };
}

/**
 * The indicator verbs inside Excel: the shared session over the Office.js port; a monitoring
 * template is written with ExcelJS (loaded only then) and opened as a new workbook where Excel
 * allows (ExcelApi 1.8), else handed back as a download.
 */
function excelIndicators(
  session: IndicatorSession,
  options: {
    isSetSupported: IsSetSupported;
    createWorkbook?: CreateWorkbook;
  }
): IndicatorVerbs {
  return {
    detect: () => session.detect(),
    storedSettings: () => session.storedSettings(),
    run: (settings, onProgress) => session.run(settings, onProgress),
    refresh: (onProgress) => session.refresh(onProgress),
    feedbackOutputs: () => feedbackOutputs(options.isSetSupported),
    feedback: async (request, onProgress) =>
      deliverFeedback(
        await session.feedbackReports(request),
        request,
        (run) => session.publishFeedbackSheets(run, request.language),
        { ...options, onProgress }
      ),
    monitoringTemplate: async (unit, periods, language) => {
      const spec = await session.monitoringTemplate(unit, periods, language);
      const { writeMonitoringTemplate } = await import(
        /* webpackChunkName: "consolidate" */ "../../xlsx/writeMonitoringTemplate"
      );
      const bytes = await writeMonitoringTemplate(spec);
      const opened = await openAsNewWorkbook(bytes, { ...options, language });
      return { name: monitoringFileName(spec.unit), bytes, opened };
    },
  };
}

/** The reader port of consolidation: ExcelJS, loaded with the consolidation chunk. */
async function readWorkbook(bytes: Uint8Array, name: string, language: Language) {
  const { readXlsx } = await import(/* webpackChunkName: "consolidate" */ "../../xlsx/readXlsx");
  return readXlsx(bytes, name, language);
}

/**
 * The Excel host. Without options it uses office.js (`Excel.run`, `Office.context.requirements`);
 * tests and the E2E page pass the in-memory fake's `run` and `isSetSupported`.
 */
export function createExcelHost(options: ExcelHostOptions = {}): NetwerkmeterHost {
  const port = createOfficeWorkbookPort(options);
  let language = options.language ?? "nl";
  const session = new NetwerkmeterSession(port, { language });
  const indicatorSession = new IndicatorSession(port, { language });
  const run = options.run ?? officeRun;
  const isSetSupported = options.isSetSupported ?? officeIsSetSupported;
  return {
    kind: "excel",
    indicators: excelIndicators(indicatorSession, {
      isSetSupported,
      createWorkbook: options.createWorkbook,
    }),
    detect: () => session.detect(),
    run: (runOptions, onProgress) => session.run(runOptions, onProgress),
    refresh: (onProgress) => session.refresh(onProgress),
    storedOptions: () => session.storedOptions(),
    insertCharts: () => session.insertCharts(),
    selectCell: (sheet, cell) => session.selectCell(sheet, cell),
    insertTemplate: (language: Language) =>
      insertTemplateSheets(coordinatorTemplate(language), { run, isSetSupported, language }),
    chooseEarlierWave: async (file) =>
      session.setEarlierWave(
        file?.name ?? "",
        file ? await readWorkbook(file.bytes, file.name, options.language ?? "nl") : null
      ),
    feedbackOutputs: () => feedbackOutputs(isSetSupported),
    feedbackNetworks: (column) => session.feedbackNetworks(column),
    feedback: async (request, onProgress) =>
      deliverFeedback(
        await session.feedbackReports(request),
        request,
        (run) => session.publishFeedbackSheets(run, request.language),
        { isSetSupported, createWorkbook: options.createWorkbook, onProgress }
      ),
    consolidate: (files, onProgress) =>
      consolidateIntoWorkbook(port, files, { language, readWorkbook, onProgress }),
    setLanguage: (next) => {
      language = next;
      port.setLanguage(next);
      session.setLanguage(next);
      indicatorSession.setLanguage(next);
    },
  };
}
