/**
 * The .xlsx reader's row store (xlsxReader.ts): the rows of a sheet whose rows come out of order,
 * or that the column store (sheetColumns.ts) handed over, made into a Grid with merges applied.
 */
import type { CellValue, Grid } from "../analysis/grid";
import { parseRanges } from "./cellRanges";
import type { ChargeCells, StoredRow } from "./sheetColumns";

/** Drops the room a row has beyond its cells (readSheet's store makes rows with room to spare). */
export function trimRow(row: StoredRow): void {
  if (row.cells.length !== row.length) row.cells.length = row.length;
}

/** The stored rows as a Grid (origin = the first row and column holding a value), merges applied. */
export function buildGrid(
  rows: Map<number, StoredRow>,
  merges: string[],
  sheet: { file: string; sheet: string; charge: ChargeCells }
): Grid {
  const grid: Grid = {
    file: sheet.file,
    sheet: sheet.sheet,
    originRow: 0,
    originColumn: 0,
    rows: [],
  };
  if (rows.size === 0) return grid;
  let firstRow = Infinity;
  let lastRow = -1;
  let firstColumn = Infinity;
  for (const [index, row] of rows) {
    firstRow = Math.min(firstRow, index);
    lastRow = Math.max(lastRow, index);
    firstColumn = Math.min(firstColumn, row.start);
  }
  // The rows in between and the padding in front of each row count too.
  let padding = lastRow - firstRow + 1 - rows.size;
  for (const row of rows.values()) padding += row.start - firstColumn;
  sheet.charge(padding);

  const result: CellValue[][] = new Array<CellValue[]>(lastRow - firstRow + 1);
  for (let index = 0; index < result.length; index += 1) {
    const row = rows.get(index + firstRow);
    if (row) trimRow(row);
    if (!row) result[index] = [];
    else if (row.start === firstColumn) result[index] = row.cells;
    else result[index] = new Array<CellValue>(row.start - firstColumn).fill(null).concat(row.cells);
  }
  // Of a merged range only the top-left cell keeps its value (as ExcelJS reads it); only the
  // cells that exist are visited, so a merge over a whole sheet costs no more than the sheet.
  for (const merge of merges) {
    for (const range of parseRanges(merge)) {
      const top = Math.max(range.first[0], firstRow);
      const bottom = Math.min(range.last[0], lastRow);
      for (let rowIndex = top; rowIndex <= bottom; rowIndex += 1) {
        const row = result[rowIndex - firstRow];
        const left = Math.max(range.first[1], firstColumn);
        const right = Math.min(range.last[1], firstColumn + row.length - 1);
        for (let column = left; column <= right; column += 1) {
          if (rowIndex === range.first[0] && column === range.first[1]) continue;
          row[column - firstColumn] = null;
        }
        while (row.length > 0 && row[row.length - 1] === null) row.pop();
      }
    }
  }
  grid.originRow = firstRow;
  grid.originColumn = firstColumn;
  grid.rows = result;
  return grid;
}
