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
  /**
   * The same cells stored by column (see columnGrid.ts), when the reader made them so: then `rows`
   * is built only when asked for, and the walks over every row (ingest) read `columns` instead.
   */
  columns?: ColumnStore;
  /**
   * The number cells whose number format shows a percentage (Excel's `0%`: the cell holds 0.4 and
   * shows 40 %), by percentCellKey of their sheet row and column; absent when there are none or
   * the reader cannot tell. The value stays as stored (0.4): only a reader that knows the column
   * holds percentages on 0–100 (the indicator framework) multiplies it.
   */
  percentCells?: ReadonlySet<number>;
}

/** Columns of a sheet (Excel's XFD + 1): the stride of percentCellKey. */
const SHEET_COLUMNS = 16_384;

/**
 * The key of a sheet cell (zero-based sheet row and column) in Grid.percentCells.
 *
 * @example percentCellKey(1, 5) // 16389 (F2)
 */
export function percentCellKey(sheetRow: number, sheetColumn: number): number {
  return sheetRow * SHEET_COLUMNS + sheetColumn;
}

/**
 * True for a number format that shows a percentage: a % sign outside quotes, brackets and
 * escapes ("0%", "0,0 %"; not '0" %"' or "0\%").
 *
 * @example isPercentFormat("0.0%") // true
 * @example isPercentFormat('0" %"') // false
 */
export function isPercentFormat(code: string): boolean {
  return /%/.test(
    code
      .replace(/\\./g, "")
      .replace(/\[[^\]]*]/g, "")
      .replace(/"[^"]*"/g, "")
  );
}

/**
 * True when the cell at (row, column), grid-relative, is a number formatted as a percentage.
 *
 * @example isPercentCell({ ...gridFromRows("d", [[0.4]]), percentCells: new Set([0]) }, 0, 0) // true
 */
export function isPercentCell(grid: Grid, row: number, column: number): boolean {
  if (!grid.percentCells) return false;
  return grid.percentCells.has(percentCellKey(grid.originRow + row, grid.originColumn + column));
}

/**
 * Cells stored by column as codes into each column's table of distinct values (dictionary
 * encoding): what the CSV reader makes of a file without quotes (src/xlsx/csvColumns.ts) and the
 * .xlsx reader of a sheet whose rows come in order (src/xlsx/sheetColumns.ts).
 * The cell at (row, column) is `texts[column][codes[row * width + column]]` when `column` is less
 * than `rowLengths[row]`, and absent (undefined, as past the end of a row array) otherwise.
 */
export interface ColumnStore {
  /** Number of rows. */
  rowCount: number;
  /** Columns per row in `codes` (the longest row). */
  width: number;
  /** Row by row, `width` codes per row; code 0 is an empty cell (null). */
  codes: Uint16Array | Uint32Array;
  /** Fields in each row (rows may be shorter than `width`). */
  rowLengths: Uint32Array;
  /** Per column, its distinct values by code (texts from a CSV file); `texts[column][0]` is null. */
  texts: CellValue[][];
}

/** The number of rows of a grid. */
export function gridRowCount(grid: Grid): number {
  return grid.columns ? grid.columns.rowCount : grid.rows.length;
}

/**
 * The cells of one row (zero-based, grid-relative), as `grid.rows[row]` holds them; for a grid
 * stored by column the row is made on each call (so a walk over a few rows never builds them all).
 */
export function gridRow(grid: Grid, row: number): readonly CellValue[] {
  return grid.columns ? storeRow(grid.columns, row) : grid.rows[row];
}

/**
 * One row of a ColumnStore as a row array: as long as the row's own fields, empty cells null.
 *
 * @example storeRow({ rowCount: 1, width: 2, codes: new Uint16Array([1, 0]), rowLengths: new Uint32Array([2]), texts: [[null, "N1"], [null]] }, 0) // ["N1", null]
 */
export function storeRow(store: ColumnStore, row: number): CellValue[] {
  const length = store.rowLengths[row];
  const cells = new Array<CellValue>(length);
  const base = row * store.width;
  for (let column = 0; column < length; column += 1)
    cells[column] = store.texts[column][store.codes[base + column]];
  return cells;
}

/**
 * The first row (zero-based, grid-relative) whose cells pass `test`, or -1: `rows.findIndex`,
 * with the rows of a grid stored by column made one at a time (only those looked at).
 *
 * @example findGridRow(gridFromRows("d", [[null], ["a"]]), (cells) => cells.some((value) => value !== null)) // 1
 */
export function findGridRow(grid: Grid, test: (cells: readonly CellValue[]) => boolean): number {
  for (let row = 0; row < gridRowCount(grid); row += 1) if (test(gridRow(grid, row))) return row;
  return -1;
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

/** The number of cells in one row (zero-based, grid-relative): `grid.rows[row].length`. */
export function gridRowLength(grid: Grid, row: number): number {
  return grid.columns ? grid.columns.rowLengths[row] : grid.rows[row].length;
}

/**
 * The cell at (row, column), grid-relative, as `grid.rows[row][column]` holds it: undefined past
 * the end of the row.
 */
export function gridCell(grid: Grid, row: number, column: number): CellValue | undefined {
  const store = grid.columns;
  if (!store) return grid.rows[row][column];
  return column < store.rowLengths[row]
    ? store.texts[column][store.codes[row * store.width + column]]
    : undefined;
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
