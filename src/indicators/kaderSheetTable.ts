/**
 * One sheet of an indicator framework workbook as a table: the header row found by its column
 * names (columns.ts) and the grid rows below it. Shared by the per-sheet readers of readKader.ts
 * and readIndicatorSheet.ts.
 *
 * @example
 * const table = sheetTable(grid, INDICATOR_COLUMNS);
 * table?.known.get("indicator"); // 0
 */
import type { CellValue, Grid } from "../analysis/grid";
import { gridRow, gridRowCount, isPercentCell } from "../analysis/grid";
import type { ColumnAliases } from "./columns";
import { cellText, findColumns, headerRowIndex } from "./columns";

/** One sheet's table: header map plus data rows with their grid row index. */
export interface SheetTable {
  grid: Grid;
  headerRow: number;
  known: Map<string, number>;
  other: { name: string; index: number }[];
}

export function sheetTable(grid: Grid, aliases: ColumnAliases): SheetTable | null {
  const headerRow = headerRowIndex(grid);
  if (headerRow < 0) return null;
  const { known, other } = findColumns(gridRow(grid, headerRow), aliases);
  return { grid, headerRow, known, other };
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((cell) => cellText(cell) === null);
}

/** One data row of a sheet table: its grid row index, its cells and a reader by column key. */
export interface DataRow {
  row: number;
  cells: readonly CellValue[];
  /** The cell in the column of this key, null when the column or the cell is missing. */
  at: (key: string) => CellValue;
  /** True when the cell in the column of this key is a number formatted as a percentage (0%). */
  percent: (key: string) => boolean;
}

/** The data rows below the header row, blank rows skipped. */
export function* dataRows(table: SheetTable): Generator<DataRow> {
  const { grid, known } = table;
  // Each row made as it is read (gridRow): 600,000 measurement rows stored by column are never
  // all built at once.
  const rowCount = gridRowCount(grid);
  for (let row = table.headerRow + 1; row < rowCount; row++) {
    const cells = gridRow(grid, row);
    if (isBlankRow(cells)) continue;
    const at = (key: string): CellValue => {
      const index = known.get(key);
      return index === undefined ? null : (cells[index] ?? null);
    };
    const percent = (key: string): boolean => {
      const index = known.get(key);
      return index !== undefined && isPercentCell(grid, row, index);
    };
    yield { row, cells, at, percent };
  }
}
