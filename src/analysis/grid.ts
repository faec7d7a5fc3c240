/**
 * A Grid is a rectangle of raw cell values exactly as read from a sheet or a CSV file, with the
 * sheet name and the A1 address of its top-left cell, so that every problem can point at a cell.
 * Nothing in a Grid is interpreted yet (see ingest.ts for that).
 */

/** One raw cell: formula cells carry their cached value; empty cells are null. */
export type CellValue = string | number | boolean | Date | null;

export interface Grid {
  /** File name the grid came from (shown in issue messages), if any. */
  file?: string;
  /** Sheet name (for a CSV file: the file name without extension). */
  sheet: string;
  /** Zero-based row index of the top-left cell in the sheet (row 1 in Excel is 0). */
  originRow: number;
  /** Zero-based column index of the top-left cell in the sheet (column A is 0). */
  originColumn: number;
  /** Row-major cell values; rows may be ragged (missing trailing cells are empty). */
  rows: CellValue[][];
  /**
   * For a grid assembled from cells that are not a rectangle in the sheet (e.g. a filled template,
   * whose answers run down a column, read as one respondent row): the true A1 address on `sheet` of
   * each cell. Where given, it wins over the origin.
   */
  addresses?: (string | undefined)[][];
  /**
   * True for a sheet the workbook hides (hidden or very hidden). Picking a data sheet by default
   * skips those, in the add-in and on the command line alike.
   */
  hidden?: boolean;
}

/**
 * Column letters for a zero-based column index.
 *
 * @example columnLetters(0) // "A"
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(columnIndex: number): string {
  if (!Number.isInteger(columnIndex) || columnIndex < 0) {
    throw new Error(`columnLetters requires a non-negative integer, got ${columnIndex}`);
  }
  let letters = "";
  let remaining = columnIndex + 1;
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}

/**
 * Zero-based column index for column letters.
 *
 * @example columnIndex("AB") // 27
 */
export function columnIndex(letters: string): number {
  const upper = letters.trim().toUpperCase();
  if (!/^[A-Z]+$/.test(upper)) throw new Error(`"${letters}" is not a column reference`);
  let index = 0;
  for (const character of upper) index = index * 26 + (character.charCodeAt(0) - 64);
  return index - 1;
}

/** A1 address of a cell given zero-based sheet coordinates. @example a1Address(13, 3) // "D14" */
export function a1Address(rowIndex: number, colIndex: number): string {
  return `${columnLetters(colIndex)}${rowIndex + 1}`;
}

/** A1 address of the cell at (row, column) of the grid, counted from the grid's top-left cell. */
export function gridCellAddress(grid: Grid, row: number, column: number): string {
  return (
    grid.addresses?.[row]?.[column] ?? a1Address(grid.originRow + row, grid.originColumn + column)
  );
}

/** Creates a grid whose top-left cell is A1. */
export function gridFromRows(sheet: string, rows: CellValue[][], file?: string): Grid {
  return { file, sheet, originRow: 0, originColumn: 0, rows };
}
