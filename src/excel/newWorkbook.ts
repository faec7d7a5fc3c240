/// <reference types="office-js" />
/**
 * Opening an .xlsx as a new workbook in Excel: `Excel.createWorkbook(base64)` (ExcelApi 1.8, above
 * the manifest's 1.7 floor, so only behind isSetSupported). Used by "Feedback per netwerk" to give
 * each network its own workbook, the same file `netwerkmeter feedback` writes (where 1.8 is
 * missing the pane offers one sheet per network instead, src/app/session.ts), and by "Nieuw
 * sjabloon" for a monitoring template, whose sheets (`Indicatoren`, `Metingen`) have the names of
 * the open framework's, so it cannot go into the open workbook (below 1.8: a download).
 *
 * Reference: https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)
 */
import type { Language } from "../analysis/language";
import { withFriendlyErrors } from "./errors";
import type { IsSetSupported } from "./runtime";
import { officeIsSetSupported } from "./runtime";

/** Excel.createWorkbook, or a stand-in (tests, the fake). */
export type CreateWorkbook = (base64: string) => Promise<void>;

/** True when this Excel can open new workbooks from a file (ExcelApi 1.8). */
export function canCreateWorkbooks(isSetSupported: IsSetSupported = officeIsSetSupported): boolean {
  return isSetSupported("ExcelApi", "1.8");
}

/** The global Excel.createWorkbook (office.js). */
export const officeCreateWorkbook: CreateWorkbook = (base64) => Excel.createWorkbook(base64);

/**
 * Base64 of bytes, in chunks (String.fromCharCode on a whole workbook overflows the call stack).
 *
 * @example toBase64(new Uint8Array([80, 75, 3, 4])) // "UEsDBA=="
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** Opens each file as a new workbook, one after the other. */
export async function openAsNewWorkbooks(
  files: readonly Uint8Array[],
  createWorkbook: CreateWorkbook = officeCreateWorkbook,
  onOpened?: (index: number) => void
): Promise<void> {
  for (const [index, bytes] of files.entries()) {
    await createWorkbook(toBase64(bytes));
    onOpened?.(index);
  }
}

/**
 * Opens one file as a new workbook with the host's friendly errors; false when the host cannot
 * (ExcelApi below 1.8), so the caller offers a download instead.
 *
 * @example
 * const opened = await openAsNewWorkbook(bytes, { isSetSupported, language: "nl" }); // true in Excel 365
 */
export async function openAsNewWorkbook(
  bytes: Uint8Array,
  options: { isSetSupported: IsSetSupported; createWorkbook?: CreateWorkbook; language: Language }
): Promise<boolean> {
  if (!canCreateWorkbooks(options.isSetSupported)) return false;
  await withFriendlyErrors(options.language, () =>
    openAsNewWorkbooks([bytes], options.createWorkbook ?? officeCreateWorkbook)
  );
  return true;
}
