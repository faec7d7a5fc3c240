/**
 * A Grid whose cells are stored by column (a ColumnStore, see grid.ts) instead of as row arrays:
 * what the CSV reader makes of a file without quotes, and the .xlsx reader of a sheet whose rows
 * come in order. Its `rows` are built from the store the
 * first time anything asks for them, so every reader of a Grid keeps working; the walks over every
 * row (ingest's respondent rows and first coding pass) read the store instead and never build them.
 *
 * Why: 20,000 respondents × 51 columns as row arrays are 20,000 arrays of 51 cells (9 MB) that the
 * garbage collector copies twice before they settle; as codes they are one Uint16Array (2 MB) and
 * the few hundred distinct texts of the columns, and each column's answers are coded once per
 * distinct text (analysis/ingestRows.ts).
 */
import type { CellValue, ColumnStore, Grid } from "./grid";
import { storeRow } from "./grid";

/**
 * The row arrays of a store, as a row-by-row reader would have made them (each row as long as its
 * own fields, empty cells null).
 *
 * @example
 * rowsOfStore({ rowCount: 2, width: 2, codes: new Uint16Array([1, 1, 2, 0]), rowLengths: new Uint32Array([2, 1]), texts: [[null, "id", "N1"], [null, "V1"]] })
 * // [["id", "V1"], ["N1"]]
 */
export function rowsOfStore(store: ColumnStore): CellValue[][] {
  const rows: CellValue[][] = new Array<CellValue[]>(store.rowCount);
  for (let row = 0; row < store.rowCount; row += 1) rows[row] = storeRow(store, row);
  return rows;
}

/**
 * A Grid over a ColumnStore, its top-left cell at the origin given (A1 by default). `rows` is an
 * enumerable property built on first use (a copy of the grid, `{ ...grid }`, is an ordinary grid
 * with its rows); `columns` is not enumerable. Once the rows are built or assigned, `columns` is
 * dropped (and with it the store's memory), so the two never disagree.
 */
export function columnGrid(
  sheet: string,
  store: ColumnStore,
  file?: string,
  originRow = 0,
  originColumn = 0
): Grid {
  let built: CellValue[][] | undefined;
  // The store until the rows are built; then only the rows (the store's memory can go).
  let source: ColumnStore | undefined = store;
  const grid = { file, sheet, originRow, originColumn } as Grid;
  Object.defineProperty(grid, "rows", {
    enumerable: true,
    configurable: true,
    get: () => {
      if (built === undefined) {
        built = rowsOfStore(source!);
        source = undefined;
        grid.columns = undefined;
      }
      return built;
    },
    set: (rows: CellValue[][]) => {
      built = rows;
      source = undefined;
      grid.columns = undefined;
    },
  });
  Object.defineProperty(grid, "columns", {
    value: store,
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return grid;
}
