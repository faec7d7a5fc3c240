/**
 * WorkbookPort.readSheets inside Excel: whole sheets by name (the indicator framework's
 * `Indicatoren`, `Metingen`, `Eenheden`, `Doelen`) in two syncs whatever their size: 1. the
 * workbook's shape (readInput.ts); 2. every wanted sheet's used range, plus, when
 * there is stored metadata, every sheet's ownership marker, charts and protection. The used ranges
 * come with their number formats (a definition's 0.4 formatted 0% is 40 %: Grid.percentCells);
 * a sheet read again in chunks comes without them. No second sync
 * when none of the sheets exists (detect on a survey workbook costs one sync; the state then has
 * no markers or charts, which only a publish needs).
 * A sheet too large for one response is read again in chunks of rows, as the survey input is.
 *
 * @example
 * const { grids } = await readWorkbookSheets(["Indicatoren", "Metingen"], context);
 */
import type { Grid } from "../analysis/grid";
import { findSheetName } from "../workbook/inputs";
import type { SheetsRead } from "../workbook/port";
import type { ReadContext } from "./readInput";
import {
  applySheetDetails,
  gridOfRange,
  queueSheetDetails,
  queueUsedRange,
  readInChunks,
  readShape,
  readWorkbookState,
  stateOf,
  syncRead,
} from "./readInput";

/** The existing sheets among `names`, each once, with the workbook's own spelling. */
function existingSheets(sheetNames: readonly string[], names: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    const sheet = findSheetName(sheetNames, [name]);
    if (sheet !== undefined && !found.includes(sheet)) found.push(sheet);
  }
  return found;
}

export async function readWorkbookSheets(
  names: readonly string[],
  options: ReadContext
): Promise<SheetsRead> {
  let tooLarge: string[] | null = null;
  const first = await options.run(async (context) => {
    const shape = await readShape(context, false, options.isSetSupported, options.language);
    const state = stateOf(shape);
    const sheets = existingSheets(
      shape.sheets.map((sheet) => sheet.name),
      names
    );
    // None of the sheets: nothing to read or publish, so neither markers nor charts are needed.
    if (sheets.length === 0) return { state, grids: [] as Grid[] };
    // Number formats too: a definition's 0.4 formatted 0% is 40 % (Grid.percentCells).
    const ranges = sheets.map((sheet) => ({ sheet, range: queueUsedRange(context, sheet, true) }));
    const details = queueSheetDetails(context, state);
    if (!(await syncRead(context))) {
      tooLarge = sheets;
      return { state, grids: [] as Grid[] };
    }
    // Over 5,000,000 cells some builds answer null values instead of failing (readInput.ts).
    if (ranges.some(({ range }) => !range.isNullObject && range.values === null)) {
      tooLarge = sheets;
      return { state, grids: [] as Grid[] };
    }
    applySheetDetails(state, details);
    const grids = ranges
      .filter(({ range }) => !range.isNullObject)
      .map(({ sheet, range }) => gridOfRange(sheet, range, range.numberFormat));
    return { state, grids };
  });
  if (tooLarge === null) return first;
  const grids: Grid[] = [];
  for (const sheet of tooLarge as string[]) {
    const read = await readInChunks(options.run, { kind: "sheet", sheet }, options.readChunkCells);
    if (read) grids.push(gridOfRange(sheet, read));
  }
  return { grids, state: await readWorkbookState(options) };
}
