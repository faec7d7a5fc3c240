/// <reference types="office-js" />
/**
 * Opening an .xlsx as a new workbook in Excel: `Excel.createWorkbook(base64)` (ExcelApi 1.8, above
 * the manifest's 1.7 floor, so only behind isSetSupported). Used by "Feedback per netwerk" to give
 * each network its own workbook, the same file `netwerkmeter feedback` writes. Where 1.8 is
 * missing the pane offers one sheet per network instead (src/app/session.ts).
 *
 * Reference: https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)
 */
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
