/// <reference types="office-js" />
/**
 * How the Office.js adapter reaches Excel: `Excel.run` and the requirement-set check, injectable
 * so tests (and the browser E2E page) can hand in the in-memory fake instead of office.js.
 *
 * Requirement sets (verified in @types/office-js). The manifest declares ExcelApi 1.7 as the
 * floor (Excel 2019 and later, Excel on the web, Mac and iPad): Office does not load the add-in
 * below it, so APIs up to 1.7 are called without `isSetSupported`, and every API above it is
 * called only behind `isSetSupported`, with a fallback. Keep it that way: an unguarded 1.8 call
 * fails with ApiNotFound in Excel 2019.
 * - 1.1 worksheets/tables/charts basics, Range.values/numberFormat, charts.add,
 *   ChartSeries.format, Application.calculate and calculationMode;
 * - 1.2 merge, worksheet protection, visibility; 1.3 tables.add(Range);
 * - 1.4 workbook.settings, getItemOrNullObject, names and Worksheet.names (the ownership marker),
 *   getUsedRangeOrNullObject, Range.getIntersectionOrNullObject;
 * - 1.6 suspendApiCalculationUntilNextSync (followed by Application.calculate);
 * - 1.7 getRangeByIndexes, NamedItem.formula, freezePanes, ChartAxis.setCategoryNames and
 *   reversePlotOrder, ChartSeries.chartType/name (mixed bar + line charts).
 * Guarded with isSetSupported: 1.8 ChartAxis.numberFormat, dataValidation, showGridlines,
 * Excel.createWorkbook (src/excel/newWorkbook.ts);
 * 1.9 Range.getTables, suspendScreenUpdatingUntilNextSync, pageLayout (template print setup).
 * Not used: ChartSeries.markerStyle (1.7, but InvalidOperation on the web, office-js#1729, and
 * on iPad, office-js#1538): "LineMarkers" series get Excel's automatic markers.
 */
import type { Language } from "../analysis/language";

/** Excel.run, or a stand-in with the same shape. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office.context.requirements.isSetSupported, or a stand-in. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface OfficeAdapterOptions {
  /** Default: the global `Excel.run` of office.js. */
  run?: ExcelRun;
  /** Default: `Office.context.requirements.isSetSupported` (false when office.js is absent). */
  isSetSupported?: IsSetSupported;
  /**
   * Largest estimated request per sync, in bytes. Excel on the web refuses requests over 5 MB
   * (RequestPayloadSizeLimitExceeded); cell writes are split into syncs of at most this size.
   * Default 4 MB, leaving room for the commands around the values.
   */
  payloadBudgetBytes?: number;
  /** Cells per sync when a read is too large for one response and has to be chunked. Default 200,000. */
  readChunkCells?: number;
  /** Language of the adapter's own messages. Default "nl". */
  language?: Language;
}

export const DEFAULT_PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;
export const DEFAULT_READ_CHUNK_CELLS = 200000;

/** The global Excel.run (office.js). */
export const officeRun: ExcelRun = (batch) => Excel.run(batch);

/** The global requirement-set check; false outside Office. */
export const officeIsSetSupported: IsSetSupported = (name, minVersion) =>
  typeof Office !== "undefined" &&
  Office.context?.requirements?.isSetSupported(name, minVersion) === true;

/** The error code of an Office.js error (OfficeExtension.Error.code), if any. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** Error codes of a payload over Excel on the web's limit. */
export const PAYLOAD_ERROR_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

/**
 * Largest range of one get on every platform: "a range is limited to five million cells for get
 * operations" (docs/excel/performance.md, office-js-docs-pr#5821).
 */
export const MAX_READ_CELLS = 5000000;

/** Errors of a read that is too large: read it again in chunks of rows. */
export const READ_LIMIT_CODES = new Set([...PAYLOAD_ERROR_CODES, "RangeExceedsLimit"]);

/**
 * Errors that concern the whole call, not one command: retrying the batch another way does not
 * help (office-js#625 cell-edit mode; Excel.ErrorCodes InactiveWorkbook).
 */
export const WHOLE_CALL_CODES = new Set(["InvalidOperationInCellEditMode", "InactiveWorkbook"]);
