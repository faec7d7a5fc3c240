/**
 * Helpers both adapters use to read the input: which sheets are codebooks, what a "stored"
 * request (refresh) means, and how cell values from a host become a Grid.
 */
import type { CellValue, Grid } from "../analysis/grid";
import type { Language } from "../analysis/language";
import type { MetadataReading, StoredInput } from "./metadata";
import { sheetKey } from "../report/names";
import { WorkbookError } from "./port";

/** The one codebook-sheet rule lives with the codebook; re-exported for the adapters. */
export { CODEBOOK_SHEET_NAMES, isCodebookSheetName } from "../analysis/codebook";

/**
 * What refresh reads: the stored input, and the stored codebook sheet (none for a preset).
 *
 * @throws WorkbookError NO_STORED_RUN when the workbook holds no (usable) metadata
 */
export function storedRequest(
  reading: MetadataReading,
  language: Language
): { input: StoredInput; codebookSheets: string[] } {
  const metadata = reading.metadata;
  if (!metadata) {
    const nl = language === "nl";
    throw new WorkbookError(
      reading.problem ??
        (nl
          ? "Er is nog geen analyse in deze werkmap om te vernieuwen: voer eerst een analyse uit."
          : "There is no analysis in this workbook to refresh yet: run an analysis first."),
      "NO_STORED_RUN"
    );
  }
  return {
    input: metadata.input,
    codebookSheets: metadata.codebookSource.kind === "sheet" ? [metadata.codebookSource.sheet] : [],
  };
}

/** The first sheet name of `wanted` that exists (ignoring case), with the sheet's own spelling. */
export function findSheetName(
  existing: readonly string[],
  wanted: readonly string[]
): string | undefined {
  for (const name of wanted) {
    const found = existing.find((candidate) => sheetKey(candidate) === sheetKey(name));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A Grid from the 2-D values a host returns for a range whose top-left cell is (row, column):
 * empty strings become null, everything else is kept as is (numbers, booleans, text, error
 * texts such as "#N/A"). Trailing empty cells of each row are dropped (rows may be ragged).
 *
 * @example gridFromValues("Blad1", 0, 0, [["a", ""], ["", 2]]).rows // [["a"], [null, 2]]
 */
export function gridFromValues(
  sheet: string,
  row: number,
  column: number,
  values: readonly (readonly unknown[])[],
  file?: string
): Grid {
  const rows: CellValue[][] = values.map((cells) => {
    let end = cells.length;
    while (
      end > 0 &&
      (cells[end - 1] === "" || cells[end - 1] === null || cells[end - 1] === undefined)
    )
      end -= 1;
    const out: CellValue[] = new Array<CellValue>(end);
    for (let index = 0; index < end; index += 1) {
      const value = cells[index];
      out[index] =
        value === "" || value === null || value === undefined
          ? null
          : typeof value === "number" || typeof value === "boolean" || typeof value === "string"
            ? value
            : value instanceof Date
              ? value
              : String(value);
    }
    return out;
  });
  return { file, sheet, originRow: row, originColumn: column, rows };
}
