/**
 * The task pane's host inside Excel: the verbs of NetwerkmeterHost over the Office.js adapter
 * (src/excel). The analysis flow itself is shared with the browser preview (src/workbook/session.ts).
 * Consolidation reads .xlsx files with ExcelJS, which is loaded only when it is used.
 */
import type { Language } from "../../analysis/language";
import { findPreset } from "../../presets";
import { DEMOS_PRESET_ID } from "../../presets/demosCoordinatoren";
import { buildTemplateSpec } from "../../template/templateSpec";
import { createOfficeWorkbookPort, type OfficeAdapterOptions } from "../../excel/officeWorkbook";
import { officeIsSetSupported, officeRun } from "../../excel/runtime";
import { insertTemplateSheets } from "../../excel/template";
import { publishConsolidation } from "../../workbook/consolidation";
import { NetwerkmeterSession } from "../../workbook/session";
import type { NetwerkmeterHost } from "../verbs";

export type ExcelHostOptions = OfficeAdapterOptions;

/** Today as "YYYY-MM-DD" (the template's generated date). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The Excel host. Without options it uses office.js (`Excel.run`, `Office.context.requirements`);
 * tests and the E2E page pass the in-memory fake's `run` and `isSetSupported`.
 */
export function createExcelHost(options: ExcelHostOptions = {}): NetwerkmeterHost {
  const port = createOfficeWorkbookPort(options);
  const session = new NetwerkmeterSession(port, { language: options.language });
  const run = options.run ?? officeRun;
  const isSetSupported = options.isSetSupported ?? officeIsSetSupported;
  return {
    kind: "excel",
    detect: () => session.detect(),
    run: (runOptions, onProgress) => session.run(runOptions, onProgress),
    refresh: (onProgress) => session.refresh(onProgress),
    storedOptions: () => session.storedOptions(),
    insertCharts: () => session.insertCharts(),
    selectCell: (sheet, cell) => session.selectCell(sheet, cell),
    insertTemplate: (language: Language) =>
      insertTemplateSheets(
        buildTemplateSpec(findPreset(DEMOS_PRESET_ID)!, {
          language,
          presetId: DEMOS_PRESET_ID,
          generated: today(),
        }),
        { run, isSetSupported, language }
      ),
    consolidate: async (files, onProgress) => {
      const language = options.language ?? "nl";
      const { consolidateWorkbooks } = await import(
        /* webpackChunkName: "consolidate" */ "../../template/consolidate"
      );
      const result = await consolidateWorkbooks(files, {
        language,
        onProgress: (done, total, name) => onProgress?.(total > 0 ? (0.9 * done) / total : 0, name),
      });
      const summary = await publishConsolidation(port, result, language);
      onProgress?.(1, summary.sheet);
      return summary;
    },
  };
}
