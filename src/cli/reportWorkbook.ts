/**
 * A Report as .xlsx bytes on the command line (`analyze --out`, `indicators --out`, `feedback`):
 * the report writer, with ExcelJS (~0.6–1 s to load on a busy machine), is loaded only when a
 * workbook is written, and the finished package is compressed by Node's zlib (nodeDeflate.ts).
 *
 * @example await writeOutput("rapport.xlsx", await reportWorkbookBytes(report, "nl"), "nl");
 */
import type { Language } from "../analysis/language";
import type { Report } from "../report/reportModel";

export async function reportWorkbookBytes(report: Report, language: Language): Promise<Uint8Array> {
  const [{ writeReportWorkbook }, { nodeDeflateRaw }] = await Promise.all([
    import("../xlsx/writeReport"),
    import("./nodeDeflate"),
  ]);
  return writeReportWorkbook(report, { language, deflateRaw: nodeDeflateRaw });
}
