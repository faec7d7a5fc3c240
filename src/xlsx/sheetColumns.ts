/**
 * The cells of one worksheet as the .xlsx reader (xlsxReader.ts) stores them while it scans: by
 * column, as codes into each column's table of distinct values (a ColumnStore, src/analysis/grid.ts),
 * for as long as the rows come in order, which they do in every file Excel writes. A sheet whose
 * rows or cells come out of order, whose data does not start in column A, or that would need a
 * store far larger than its cells (one stray cell in column XFD or row 1,000,000) is handed back
 * as rows (`storedRows`), which the reader goes on with as before.
 *
 * Why: 20,000 respondents × 51 columns as row arrays are 20,000 arrays that the garbage collector
 * copies before they settle (issue 12); as codes they are one Uint16Array and the distinct values,
 * and ingest codes each column's answers once per distinct value (analysis/ingestRows.ts).
 *
 * The cell budget is charged exactly as the row store charges it (a row, then each cell from the
 * row's first one on), so TOO_MANY_CELLS names the same cell either way.
 */
import type { CellValue, ColumnStore } from "../analysis/grid";

/** One row as the row store keeps it: the cells from column `start` on, `length` of them used. */
export interface StoredRow {
  /** Column of cells[0]. */
  start: number;
  /** The row's cells in [0, length); room beyond that is not yet used (see readSheet's store). */
  cells: CellValue[];
  length: number;
}

/** Charges `cells` to the workbook's cell budget; throws TOO_MANY_CELLS (at `row`, `column`) past it. */
export type ChargeCells = (cells: number, row?: number, column?: number) => void;

/** Rows of room the store starts with (it grows fourfold as rows come). */
const FIRST_CAPACITY = 1024;

/** The store may hold this many codes beyond four per cell charged before the sheet goes to rows. */
const STORE_SLACK = 1 << 16;

/** Codes a Uint16Array holds; a column with more distinct values moves the store to a Uint32Array. */
const UINT16_CODES = 65_535;

export class SheetColumns {
  /** False once the sheet went to rows (then `storedRows` holds every cell so far), or from the start. */
  active: boolean;
  private firstRow = -1;
  private currentRow = -1;
  /** Rows of room in `codes`, and codes per row. */
  private capacity = FIRST_CAPACITY;
  private width = 0;
  private codes: Uint16Array | Uint32Array = new Uint16Array(0);
  /** Per row (from firstRow): the first column stored, and one past the last (0: no cell). */
  private starts = new Int32Array(FIRST_CAPACITY);
  private ends = new Uint32Array(FIRST_CAPACITY);
  private storedRowCount = 0;
  private charged = 0;
  /** Per column: its distinct values by code (0: null); the codes of 0–127; the others' codes. */
  private values: CellValue[][] = [];
  private small = new Int32Array(0);
  private others: Map<CellValue, number>[] = [];

  /** @param byColumn false: leave every cell to the row store from the start */
  constructor(
    private readonly charge: ChargeCells,
    byColumn = true
  ) {
    this.active = byColumn;
  }

  /**
   * Stores a value (not null) at a zero-based sheet row and column, charging the budget as the row
   * store does. False, with nothing stored or charged, when the cell is one the store leaves to
   * the rows: then call `storedRows` and store it there.
   */
  put(row: number, column: number, value: CellValue): boolean {
    if (!this.active) return false;
    const newRow = row !== this.currentRow;
    if (newRow && row < this.currentRow) return false;
    const relative = this.firstRow < 0 ? 0 : row - this.firstRow;
    if (!newRow && column < this.starts[relative]) return false;
    const end = newRow ? column : this.ends[relative];
    const added = column >= end ? column - end + 1 : 0;
    const more = added + (newRow ? 1 : 0);
    if (
      (newRow || column >= this.width) &&
      !this.fits(relative + 1, Math.max(this.width, column + 1), more)
    )
      return false;
    // From here on the cell is stored. The row store charges a new row and the cells it adds
    // together, and names this cell when that goes past the budget.
    this.charge(more, row, column);
    this.charged += more;
    if (newRow) {
      if (this.firstRow < 0) this.firstRow = row;
      this.currentRow = row;
      this.storedRowCount += 1;
      this.starts[relative] = column;
    }
    if (column >= end) this.ends[relative] = column + 1;
    if (column >= this.width) this.widen(column + 1);
    // The code first: a column's 65,536th value moves the codes into a Uint32Array.
    const code = this.codeOf(column, value);
    this.codes[relative * this.width + column] = code;
    return true;
  }

  /** The cells stored so far as the row store's rows (the store is left: `active` is false). */
  storedRows(): Map<number, StoredRow> {
    this.active = false;
    const rows = new Map<number, StoredRow>();
    if (this.firstRow < 0) return rows;
    for (let relative = 0; relative <= this.currentRow - this.firstRow; relative += 1) {
      const start = this.starts[relative];
      const end = this.ends[relative];
      if (end <= start) continue;
      const cells = new Array<CellValue>(end - start);
      for (let column = start; column < end; column += 1)
        cells[column - start] = this.values[column][this.codes[relative * this.width + column]];
      rows.set(this.firstRow + relative, { start, cells, length: end - start });
    }
    this.codes = new Uint16Array(0);
    return rows;
  }

  /**
   * The sheet as a ColumnStore with its first row (the grid's origin row), merged cells emptied
   * as the row store's grid empties them, after charging the budget for the rows in between; null
   * when the sheet's data does not start in column A (then `storedRows`), or holds no cell.
   */
  finish(merges: readonly { first: readonly number[]; last: readonly number[] }[]): {
    store: ColumnStore;
    originRow: number;
  } | null {
    if (!this.active || this.firstRow < 0) return null;
    const rowCount = this.currentRow - this.firstRow + 1;
    let firstColumn = Infinity;
    for (let relative = 0; relative < rowCount; relative += 1)
      if (this.ends[relative] > this.starts[relative])
        firstColumn = Math.min(firstColumn, this.starts[relative]);
    if (firstColumn !== 0) return null;
    // As the row store's grid: the rows in between and each row's room in front of its first cell.
    let padding = rowCount - this.storedRowCount;
    for (let relative = 0; relative < rowCount; relative += 1)
      if (this.ends[relative] > this.starts[relative]) padding += this.starts[relative];
    this.charge(padding);
    const { codes, width, ends } = this;
    for (const range of merges) {
      const top = Math.max(range.first[0], this.firstRow);
      const bottom = Math.min(range.last[0], this.currentRow);
      for (let row = top; row <= bottom; row += 1) {
        const base = (row - this.firstRow) * width;
        let end = ends[row - this.firstRow];
        const right = Math.min(range.last[1], end - 1);
        for (let column = Math.max(range.first[1], 0); column <= right; column += 1)
          if (row !== range.first[0] || column !== range.first[1]) codes[base + column] = 0;
        while (end > 0 && codes[base + end - 1] === 0) end -= 1;
        ends[row - this.firstRow] = end;
      }
    }
    const rowLengths = new Uint32Array(rowCount);
    for (let relative = 0; relative < rowCount; relative += 1)
      rowLengths[relative] = ends[relative] > this.starts[relative] ? ends[relative] : 0;
    return {
      store: { rowCount, width, codes, rowLengths, texts: this.values },
      originRow: this.firstRow,
    };
  }

  /**
   * Whether a store of `rows` rows × `width` codes stays within four codes per cell charged (with
   * `more` cells about to be) plus some slack; grows the rows' room when it must.
   */
  private fits(rows: number, width: number, more: number): boolean {
    // Four times the room each time: the codes are copied less often (a copy touches fresh memory).
    let capacity = this.capacity;
    while (capacity < rows) capacity *= 4;
    if (
      capacity * width > 4 * (this.charged + more) + STORE_SLACK &&
      capacity * width > this.codes.length
    )
      return false;
    if (capacity !== this.capacity) this.grow(capacity, this.width);
    return true;
  }

  /** Moves the codes into room for `capacity` rows of `width` codes. */
  private grow(capacity: number, width: number): void {
    const codes =
      this.codes instanceof Uint32Array
        ? new Uint32Array(capacity * width)
        : new Uint16Array(capacity * width);
    const rows = this.firstRow < 0 ? 0 : this.currentRow - this.firstRow + 1;
    if (width === this.width) codes.set(this.codes.subarray(0, rows * width));
    else
      for (let relative = 0; relative < rows; relative += 1)
        codes.set(
          this.codes.subarray(relative * this.width, relative * this.width + this.width),
          relative * width
        );
    this.codes = codes;
    if (capacity !== this.capacity) {
      const starts = new Int32Array(capacity);
      starts.set(this.starts);
      const ends = new Uint32Array(capacity);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
      this.capacity = capacity;
    }
  }

  /**
   * Room for columns up to `needed`: exactly that while the first row is read (the header sets the
   * width, and moving one row is nothing), else at least half again as many as now, so that
   * moving every row stored so far stays rare.
   */
  private widen(needed: number): void {
    const width =
      this.currentRow === this.firstRow ? needed : Math.max(needed, Math.ceil(this.width * 1.5));
    this.grow(this.capacity, width);
    const small = new Int32Array(width * 128);
    small.set(this.small);
    this.small = small;
    for (let column = this.width; column < width; column += 1) {
      this.values.push([null]);
      this.others.push(new Map());
    }
    this.width = width;
  }

  /** The code of a value in a column (a value not seen before in it gets the next code). */
  private codeOf(column: number, value: CellValue): number {
    const isSmall =
      typeof value === "number" &&
      value >= 0 &&
      value < 128 &&
      (value | 0) === value &&
      !Object.is(value, -0);
    if (isSmall) {
      const slot = column * 128 + (value as number);
      const code = this.small[slot];
      if (code !== 0) return code;
      return (this.small[slot] = this.add(column, value));
    }
    // A Map takes 0 and -0 for one key, a Date by its identity: -0 gets a code of its own.
    const others = this.others[column];
    const known = Object.is(value, -0) ? undefined : others.get(value);
    if (known !== undefined) return known;
    const code = this.add(column, value);
    if (!Object.is(value, -0)) others.set(value, code);
    return code;
  }

  private add(column: number, value: CellValue): number {
    const values = this.values[column];
    values.push(value);
    const code = values.length - 1;
    if (code > UINT16_CODES && this.codes instanceof Uint16Array) {
      const wider = new Uint32Array(this.codes.length);
      wider.set(this.codes);
      this.codes = wider;
    }
    return code;
  }
}
