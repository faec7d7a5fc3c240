/**
 * The Office.js adapter of the WorkbookPort (ARCHITECTURE §1): the only code that touches
 * `Excel.*`. Reads take two syncs, a full publish three (plus one per extra 4 MB of cells on
 * Excel on the web), so a whole refresh costs five `context.sync` calls whether the data has 100
 * rows or 100,000 and 20 items or 45 (more only when a chart fails: then each chart is drawn in
 * its own guarded step). Office.js errors the user can act on become WorkbookErrors (errors.ts).
 * See readInput.ts, applyPlan.ts, drawCharts.ts, charts.ts, settings.ts, sheetMarker.ts.
 *
 * @example
 * const port = createOfficeWorkbookPort();            // inside Excel: office.js globals
 * const port = createOfficeWorkbookPort({ run: fake.run, isSetSupported: fake.isSetSupported }); // tests
 */
import type { Language } from "../analysis/language";
import type { MetadataStore } from "../workbook/metadata";
import { parseAddress } from "../report/names";
import type {
  ApplyResult,
  InputRead,
  InputRequest,
  PublishPlan,
  ReadInputOptions,
  SheetsRead,
  WorkbookPort,
  WorkbookState,
} from "../workbook/port";
import { WorkbookError } from "../workbook/port";
import { applyWorkbookPlan } from "./applyPlan";
import { friendlyWorkbookError, withFriendlyErrors } from "./errors";
import { readWorkbookInput, readWorkbookState } from "./readInput";
import { readWorkbookSheets } from "./readSheets";
import type { ExcelRun, IsSetSupported, OfficeAdapterOptions } from "./runtime";
import {
  DEFAULT_PAYLOAD_BUDGET_BYTES,
  DEFAULT_READ_CHUNK_CELLS,
  errorCode,
  officeIsSetSupported,
  officeRun,
} from "./runtime";
import { OfficeMetadataStore } from "./settings";

const WORKBOOK_CHANGED_CODES = new Set(["ItemAlreadyExists", "ItemNotFound"]);
const WORKBOOK_CHANGED = {
  nl: "De werkmap veranderde terwijl Netwerkmeter schreef (een blad, tabel of grafiek kwam erbij of verdween). Probeer opnieuw.",
  en: "The workbook changed while Netwerkmeter was writing (a sheet, table or chart appeared or vanished). Try again.",
};

export class OfficeWorkbookPort implements WorkbookPort {
  readonly kind = "excel" as const;
  readonly drawsCharts = true;
  metadataStore: MetadataStore;
  private readonly run: ExcelRun;
  private readonly isSetSupported: IsSetSupported;
  private language: Language;
  private readonly payloadBudgetBytes: number;
  private readonly readChunkCells: number;

  constructor(options: OfficeAdapterOptions = {}) {
    this.run = options.run ?? officeRun;
    this.isSetSupported = options.isSetSupported ?? officeIsSetSupported;
    this.language = options.language ?? "nl";
    this.payloadBudgetBytes = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET_BYTES;
    this.readChunkCells = options.readChunkCells ?? DEFAULT_READ_CHUNK_CELLS;
    this.metadataStore = new OfficeMetadataStore(this.run, this.language);
  }

  /** The language of the adapter's own messages (the task pane's switch). */
  setLanguage(language: Language): void {
    this.language = language;
    this.metadataStore = new OfficeMetadataStore(this.run, language);
  }

  private get readContext() {
    return {
      run: this.run,
      isSetSupported: this.isSetSupported,
      language: this.language,
      readChunkCells: this.readChunkCells,
    };
  }

  readState(options: { sheetDetails?: boolean } = {}): Promise<WorkbookState> {
    return withFriendlyErrors(this.language, () =>
      readWorkbookState(this.readContext, options.sheetDetails ?? false)
    );
  }

  readInput(request: InputRequest, options: ReadInputOptions): Promise<InputRead> {
    return withFriendlyErrors(this.language, () =>
      readWorkbookInput(request, options, this.readContext)
    );
  }

  readSheets(names: readonly string[]): Promise<SheetsRead> {
    return withFriendlyErrors(this.language, () => readWorkbookSheets(names, this.readContext));
  }

  async applyPlan(plan: PublishPlan): Promise<ApplyResult> {
    try {
      return await applyWorkbookPlan(plan, {
        run: this.run,
        isSetSupported: this.isSetSupported,
        language: this.language,
        payloadBudgetBytes: this.payloadBudgetBytes,
      });
    } catch (error) {
      // The plan was made from the workbook as read a moment before: a sheet, table or chart that
      // appeared or vanished since then (the user kept working) makes Excel refuse a command.
      if (WORKBOOK_CHANGED_CODES.has(errorCode(error) ?? ""))
        throw new WorkbookError(WORKBOOK_CHANGED[this.language], "WORKBOOK_CHANGED", {
          cause: error,
        });
      throw friendlyWorkbookError(error, this.language);
    }
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return withFriendlyErrors(this.language, () => this.selectCellIn(sheet, cell));
  }

  private selectCellIn(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      // Accepts "D14" or "'Blad'!D14"; the sheet part is dropped (the sheet is given apart).
      const address = cell.includes("!") ? cell.slice(cell.lastIndexOf("!") + 1) : cell;
      parseAddress(address);
      worksheet.getRange(address).select();
      await context.sync();
    });
  }
}

/** The Office.js WorkbookPort (inside Excel by default; pass `run`/`isSetSupported` for the fake). */
export function createOfficeWorkbookPort(options: OfficeAdapterOptions = {}): OfficeWorkbookPort {
  return new OfficeWorkbookPort(options);
}

export type { OfficeAdapterOptions } from "./runtime";
