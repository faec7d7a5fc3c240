/**
 * Opens an .xlsx as a NEW workbook in Excel (`Excel.createWorkbook(base64)`, ExcelApi 1.8): how the
 * pane hands over a monitoring template, whose sheets (`Indicatoren`, `Metingen`) have the names of
 * the open framework's, so they cannot go into the open workbook. Below ExcelApi 1.8 (Excel 2019)
 * nothing is opened and the caller offers the file as a download instead.
 *
 * Reference: https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)
 *
 * @example
 * const opened = await openAsNewWorkbook(bytes, { isSetSupported, language: "nl" }); // true in Excel 365
 */
import type { Language } from "../analysis/language";
import { withFriendlyErrors } from "./errors";
import type { IsSetSupported } from "./runtime";

/** Excel.createWorkbook, or a stand-in (tests). */
export type CreateWorkbook = (base64: string) => Promise<void>;

/** The global Excel.createWorkbook of office.js. */
export const officeCreateWorkbook: CreateWorkbook = (base64) => Excel.createWorkbook(base64);

/** Base64 of bytes, in pieces (String.fromCharCode over a whole file overflows the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const piece = 0x8000;
  for (let start = 0; start < bytes.length; start += piece)
    binary += String.fromCharCode(...bytes.subarray(start, start + piece));
  return btoa(binary);
}

/** Opens `bytes` as a new workbook; false when the host cannot (ExcelApi below 1.8). */
export async function openAsNewWorkbook(
  bytes: Uint8Array,
  options: { isSetSupported: IsSetSupported; createWorkbook?: CreateWorkbook; language: Language }
): Promise<boolean> {
  if (!options.isSetSupported("ExcelApi", "1.8")) return false;
  const create = options.createWorkbook ?? officeCreateWorkbook;
  await withFriendlyErrors(options.language, () => create(bytesToBase64(bytes)));
  return true;
}
