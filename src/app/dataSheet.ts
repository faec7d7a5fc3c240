/**
 * Which sheet of a workbook holds the data: the rule the command line and the task pane's earlier
 * wave and feedback runs share (the Excel host finds its data in the open workbook instead,
 * src/excel/readInput.ts, by the same "first visible sheet with data" rule).
 */
import { isCodebookSheetName } from "../analysis/codebook";
import type { Grid } from "../analysis/grid";
import { findGridRow } from "../analysis/grid";
import { InputError } from "../analysis/inputError";
import type { Language } from "../analysis/language";

/** True for a `Codeboek`/`Codebook` sheet (the one rule of src/analysis/codebook.ts). */
export function isCodebookSheet(grid: Grid): boolean {
  return isCodebookSheetName(grid.sheet);
}

/**
 * Picks the data sheet: `sheet` when given (case- and space-insensitive), else the first visible
 * sheet with data that is not the codebook (a hidden one only when every sheet with data is hidden).
 *
 * @throws InputError SHEET_NOT_FOUND for a `sheet` the workbook lacks, NO_DATA when no sheet has data
 * @example
 * pickDataSheet(await readXlsx(bytes, "vorige.xlsx"), undefined, "nl").sheet // "Antwoorden"
 */
export function pickDataSheet(grids: Grid[], sheet: string | undefined, language: Language): Grid {
  if (sheet !== undefined) {
    const wanted = sheet.trim().normalize("NFC").toLowerCase();
    const found = grids.find((grid) => grid.sheet.trim().normalize("NFC").toLowerCase() === wanted);
    if (!found) {
      throw new InputError(
        "SHEET_NOT_FOUND",
        { file: grids[0]?.file ?? "", sheet, availableSheets: grids.map((grid) => grid.sheet) },
        language
      );
    }
    return found;
  }
  const candidates = grids.filter(
    (grid) =>
      !isCodebookSheet(grid) &&
      findGridRow(grid, (cells) => cells.some((value) => value !== null && value !== "")) >= 0
  );
  // A hidden sheet is not picked by default (the add-in takes the first visible sheet too).
  const visible = candidates.filter((grid) => !grid.hidden);
  if (candidates.length === 0)
    throw new InputError("NO_DATA", { file: grids[0]?.file ?? "" }, language);
  return visible[0] ?? candidates[0];
}
