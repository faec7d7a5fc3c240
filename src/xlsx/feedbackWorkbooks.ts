/**
 * The feedback workbooks of "Feedback per netwerk" as bytes, outside the command line: each
 * network's Report written by the report writer (writeReportWorkbook, the same as `netwerkmeter
 * feedback` writes to disk), and for the browser preview all of them in one .zip (fflate, stored:
 * an .xlsx is already compressed).
 */
import { zipSync } from "fflate";
import type { Language } from "../analysis/language";
import type { Report } from "../report/reportModel";
import { writeReportWorkbook } from "./writeReport";

/** One workbook to write: its file name and Report. */
export interface NamedReport {
  fileName: string;
  report: Report;
}

/**
 * Writes every report; `onWritten(done, total, fileName)` after each.
 *
 * @example (await writeFeedbackWorkbooks(run.reports, "nl"))[0].name // "Netwerk Aalst.xlsx"
 */
export async function writeFeedbackWorkbooks(
  reports: readonly NamedReport[],
  language: Language,
  onWritten?: (done: number, total: number, fileName: string) => void
): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const { fileName, report } of reports) {
    files.push({ name: fileName, bytes: await writeReportWorkbook(report, { language }) });
    onWritten?.(files.length, reports.length, fileName);
  }
  return files;
}

/**
 * One .zip of the files (names must be unique, as uniqueFileNames makes them).
 *
 * @example unzipSync(zipFiles([{ name: "a.xlsx", bytes }]))["a.xlsx"] // bytes
 */
export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.name, [file.bytes, { level: 0 }]])), {
    mtime: new Date(),
  });
}
