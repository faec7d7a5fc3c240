/**
 * Ingest's walks over the rows of a grid: which rows are respondents (with the background cells
 * taken on the way) and the first coding pass over every answer cell (900,000 cells for 20,000
 * respondents × 45 items).
 *
 * Apart from ingest.ts so that V8 compiles each loop early and keeps it: a command-line run calls
 * each once, so the loop is compiled while it runs (on-stack replacement) and the code after it has
 * never run. Inside ingest, that unseen code (closures, named properties of objects not yet made)
 * made V8 throw the compiled loop away again ("insufficient type feedback"), twice per run, and
 * finish the loop in the interpreter. Here each loop sees only arrays, numbers and cell values,
 * and nothing follows it but `return`.
 *
 * Reference: V8's tiering and on-stack replacement, https://v8.dev/docs/turbofan and
 * https://v8.dev/blog/maglev ("OSR").
 */
import type { CellValue, ColumnStore } from "./grid";
import { ANSWER_STATUS } from "./dataset";
import { normalizeText } from "./textMatch";

/** Status of a cell not yet coded (left for ingest's second pass); never left in a Dataset. */
export const PENDING = 255;

/** Reads a cell ingest's first pass could not code by the digit table (an AnswerReader). */
export interface QuickCoder {
  quickCode(value: CellValue): number | undefined;
}

/** The respondent rows of a grid and the rows set aside (see {@link findRespondentRows}). */
export interface RespondentRows {
  /** Grid rows (indexes) with at least one answer in an item column, in order. */
  respondents: number[];
  /** The other rows after the header (no answer in any item column), in order. */
  unanswered: number[];
}

/** True for a cell that holds something: not null, undefined or white space only. */
function isAnswered(value: CellValue | undefined): boolean {
  return (
    value !== null && value !== undefined && !(typeof value === "string" && value.trim() === "")
  );
}

/**
 * The rows after `headerRow` that hold an answer in at least one of `itemColumns` (respondents),
 * and, apart, the rows without one (ingest reports those that hold something else). For each respondent row the cells
 * of `backgroundColumns` are pushed onto `backgroundCells` (one list per background column, a
 * missing cell as null), while the row is at hand: one visit per row instead of one per row and
 * column (rows lie apart in memory).
 *
 * @example
 * const cells: CellValue[][] = [[]];
 * findRespondentRows([["id", "V1"], ["a", "4"], ["b", null], [null, " "]], 0, [1], [0], cells)
 * // { respondents: [1], unanswered: [2, 3] }; cells: [["a"]]
 */
export function findRespondentRows(
  rows: readonly (readonly CellValue[])[],
  headerRow: number,
  itemColumns: readonly number[],
  backgroundColumns: readonly number[],
  backgroundCells: CellValue[][]
): RespondentRows {
  const respondents: number[] = [];
  const unanswered: number[] = [];
  const itemCount = itemColumns.length;
  const backgroundCount = backgroundColumns.length;
  for (let row = headerRow + 1; row < rows.length; row += 1) {
    const cells = rows[row];
    let hasAnswer = false;
    for (let position = 0; position < itemCount; position += 1) {
      if (isAnswered(cells[itemColumns[position]])) {
        hasAnswer = true;
        break;
      }
    }
    if (!hasAnswer) {
      unanswered.push(row);
      continue;
    }
    respondents.push(row);
    for (let position = 0; position < backgroundCount; position += 1)
      backgroundCells[position].push(cells[backgroundColumns[position]] ?? null);
  }
  return { respondents, unanswered };
}

/**
 * {@link findRespondentRows} for a grid stored by column (analysis/columnGrid.ts): the same rows
 * and background cells, read from the store's codes; whether a cell is answered is worked out
 * once per distinct value of each item column.
 *
 * @example
 * // the store of [["id", "V1"], ["a", "4"], ["b", null], [null, " "]]
 * findRespondentRowsInStore(store, 0, [1], [0], cells) // { respondents: [1], unanswered: [2, 3] }
 */
export function findRespondentRowsInStore(
  store: ColumnStore,
  headerRow: number,
  itemColumns: readonly number[],
  backgroundColumns: readonly number[],
  backgroundCells: CellValue[][]
): RespondentRows {
  const { rowCount, width, codes, rowLengths, texts } = store;
  const answered = itemColumns.map((column) =>
    Uint8Array.from(texts[column] ?? [null], (text) => (isAnswered(text) ? 1 : 0))
  );
  const respondents: number[] = [];
  const unanswered: number[] = [];
  const itemCount = itemColumns.length;
  const backgroundCount = backgroundColumns.length;
  for (let row = headerRow + 1; row < rowCount; row += 1) {
    const base = row * width;
    const length = rowLengths[row];
    let hasAnswer = false;
    for (let position = 0; position < itemCount; position += 1) {
      const column = itemColumns[position];
      if (column < length && answered[position][codes[base + column]] === 1) {
        hasAnswer = true;
        break;
      }
    }
    if (!hasAnswer) {
      unanswered.push(row);
      continue;
    }
    respondents.push(row);
    for (let position = 0; position < backgroundCount; position += 1) {
      const column = backgroundColumns[position];
      backgroundCells[position].push(column < length ? texts[column][codes[base + column]] : null);
    }
  }
  return { respondents, unanswered };
}

/**
 * Ingest's first coding pass, row by row (the grid is stored by row, so this walks memory in
 * order). For respondent `index` (grid row `respondentRows[index]`) and item `position` (grid
 * column `itemColumns[position]`) it writes `values[position][index]` and
 * `status[position][index]`: a blank is missing (NaN); a one-digit code, as a number or as one
 * character, that `validDigits[position]` allows is valid; any other cell `coders[position]`
 * codes quickly is valid; every other cell is marked PENDING and its index pushed onto
 * `pending[position]` (in row order) for the second pass, which reports issues column by column.
 *
 * @example
 * // a 1–5 scale: validDigits = [0, 1, 1, 1, 1, 1, 0, 0, 0, 0]
 * codeCommonAnswers([["4", null, "x"]], [0], [0, 1, 2], digits3, coders3, values3, status3, pending3)
 * // values3: [[4], [NaN], [0]]; status3: [[valid], [missing], [PENDING]]; pending3: [[], [], [0]]
 */
export function codeCommonAnswers(
  rows: readonly (readonly CellValue[])[],
  respondentRows: readonly number[],
  itemColumns: readonly number[],
  validDigits: readonly Uint8Array[],
  coders: readonly QuickCoder[],
  values: readonly Float64Array[],
  status: readonly Uint8Array[],
  pending: readonly number[][]
): void {
  const VALID = ANSWER_STATUS.valid;
  const MISSING = ANSWER_STATUS.missing;
  const count = respondentRows.length;
  const columnCount = itemColumns.length;
  for (let index = 0; index < count; index += 1) {
    const cells = rows[respondentRows[index]];
    for (let position = 0; position < columnCount; position += 1) {
      const cell = cells[itemColumns[position]];
      if (cell === null || cell === undefined) {
        values[position][index] = NaN;
        status[position][index] = MISSING;
        continue;
      }
      const quick = firstPassCode(cell, validDigits[position], coders[position]);
      if (quick !== undefined) {
        values[position][index] = quick;
        status[position][index] = VALID;
      } else {
        status[position][index] = PENDING;
        pending[position].push(index);
      }
    }
  }
}

/**
 * {@link codeCommonAnswers} for a grid stored by column: each distinct value of an item column is
 * read once (a one-digit code the scale allows, else what `coders[position]` codes quickly, else
 * left for the second pass), then every respondent's cell takes its value's result. The values,
 * statuses and pending lists are the same as codeCommonAnswers makes from the grid's rows.
 */
export function codeCommonAnswersInStore(
  store: ColumnStore,
  respondentRows: readonly number[],
  itemColumns: readonly number[],
  validDigits: readonly Uint8Array[],
  coders: readonly QuickCoder[],
  values: readonly Float64Array[],
  status: readonly Uint8Array[],
  pending: readonly number[][]
): void {
  const { width, codes, rowLengths, texts } = store;
  const columnCount = itemColumns.length;
  // Per item column and code: the value and the status (PENDING: left for the second pass).
  const valueByCode: Float64Array[] = [];
  const statusByCode: Uint8Array[] = [];
  for (let position = 0; position < columnCount; position += 1) {
    const columnTexts = texts[itemColumns[position]] ?? [null];
    const valuesOfColumn = new Float64Array(columnTexts.length);
    const statusOfColumn = new Uint8Array(columnTexts.length);
    for (let code = 0; code < columnTexts.length; code += 1) {
      const text = columnTexts[code];
      if (text === null) {
        valuesOfColumn[code] = NaN;
        statusOfColumn[code] = ANSWER_STATUS.missing;
        continue;
      }
      const reading = firstPassCode(text, validDigits[position], coders[position]);
      if (reading === undefined) statusOfColumn[code] = PENDING;
      else {
        valuesOfColumn[code] = reading;
        statusOfColumn[code] = ANSWER_STATUS.valid;
      }
    }
    valueByCode.push(valuesOfColumn);
    statusByCode.push(statusOfColumn);
  }
  const count = respondentRows.length;
  for (let index = 0; index < count; index += 1) {
    const row = respondentRows[index];
    const base = row * width;
    const length = rowLengths[row];
    for (let position = 0; position < columnCount; position += 1) {
      const column = itemColumns[position];
      // Past the end of a shorter row the cell is absent: missing, as code 0.
      const code = column < length ? codes[base + column] : 0;
      const cellStatus = statusByCode[position][code];
      status[position][index] = cellStatus;
      if (cellStatus === PENDING) pending[position].push(index);
      else values[position][index] = valueByCode[position][code];
    }
  }
}

/**
 * What ingest's first pass (codeCommonAnswers) makes of a cell that is not blank: a one-digit code,
 * as a number or as one character, that `validDigit` allows; else the code `coder` reads quickly;
 * else undefined (the second pass reads it).
 */
function firstPassCode(
  cell: Exclude<CellValue, null>,
  validDigit: Uint8Array,
  coder: QuickCoder
): number | undefined {
  const digit =
    typeof cell === "number"
      ? cell
      : typeof cell === "string" && cell.length === 1
        ? cell.charCodeAt(0) - 48
        : -1;
  if (digit >= 0 && digit <= 9 && (digit | 0) === digit && validDigit[digit] === 1) return digit;
  return coder.quickCode(cell);
}

/**
 * The id of each respondent: the given one (the RESP_ID column's text, null when blank) or else
 * the name `nameOf` makes for respondent `index`.
 *
 * @example respondentIdList(["N1", null], 2, (index) => `Rij ${index + 2}`) // ["N1", "Rij 3"]
 */
export function respondentIdList(
  given: readonly (string | null)[] | undefined,
  count: number,
  nameOf: (index: number) => string
): string[] {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) ids.push(given?.[index] ?? nameOf(index));
  return ids;
}

/**
 * How respondent ids are compared: as consolidate compares network names (its DUPLICATE_NETWORK),
 * ignoring case, accents, punctuation and repeated spaces ("netwerk  LIER" is "Netwerk Lier");
 * an id that normalises to nothing ("—") is compared as typed.
 *
 * @example respondentIdKey("netwerk  LIER") // "netwerk lier"
 */
export function respondentIdKey(id: string): string {
  const key = normalizeText(id);
  return key === "" ? id : key;
}

/**
 * The respondents whose id an earlier respondent already has ({@link respondentIdKey}): for each,
 * in order, its index and the index of the first respondent with that id (flat pairs). One Map of
 * the ids, in a loop of its own (20,000 ids in the bench file).
 *
 * @example repeatedIds(["a", "b", "A", "a"]) // [2, 0, 3, 0]
 */
export function repeatedIds(ids: readonly string[]): number[] {
  const first = new Map<string, number>();
  const repeats: number[] = [];
  for (let index = 0; index < ids.length; index += 1) {
    const id = respondentIdKey(ids[index]);
    const seen = first.get(id);
    if (seen === undefined) first.set(id, index);
    else repeats.push(index, seen);
  }
  return repeats;
}
