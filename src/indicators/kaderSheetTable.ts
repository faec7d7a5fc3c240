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
  const { known, other } = findColumns(grid.rows[headerRow], aliases);
  return { grid, headerRow, known, other };
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((cell) => cellText(cell) === null);
}
