/// <reference types="office-js" />
/**
 * How the Office.js adapter reaches Excel: `Excel.run` and the requirement-set check, injectable
 * so tests (and the browser E2E page) can hand in the in-memory fake instead of office.js.
 *
 * Requirement sets used (verified in @types/office-js; the manifest floor is ExcelApi 1.7):
 * 1.1 worksheets/tables/charts basics, Range.values/numberFormat, charts.add, ChartSeries.format;
 * 1.3 tables.add(Range); 1.4 workbook.settings, getItemOrNullObject, names, getUsedRangeOrNullObject;
 * 1.6 suspendApiCalculationUntilNextSync; 1.7 getRangeByIndexes, ChartAxis.setCategoryNames and
 * reversePlotOrder, ChartSeries.chartType/name/markerStyle (mixed bar + line charts).
 * Guarded with isSetSupported: 1.8 ChartAxis.numberFormat; 1.9 Range.getTables,
 * suspendScreenUpdatingUntilNextSync.
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
