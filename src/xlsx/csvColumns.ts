/**
 * Reads CSV text without double quotes into a ColumnStore (src/analysis/grid.ts): per column a
 * table of its distinct texts, and per cell the code of its text, in one Uint16Array (or
 * Uint32Array past 65,535 rows). readCsv makes a Grid of it with analysis/columnGrid.ts.
 *
 * Written by hand, as one scan over the character codes, because no CSV library fills columns of
 * codes: papaparse and csv-parse make an array per record and a string per field, which for
 * 20,000 respondents × 51 columns are 20,000 arrays that the garbage collector copies and 1 million
 * slots that ingest then reads one by one. Here an answer code (one character before a separator)
 * costs a table look-up and a store, and a column of group names keeps one string per name.
 *
 * The same records as papaparse makes of the text with its line ends made LF (readCsv's
 * splitQuoteFree tests pin that): CRLF, LF and a lone CR each end a line, an empty field is null,
 * a record may be shorter than the longest. The files it leaves (one very long line among short
 * ones) readCsv gives to papaparse.
 */
import type { ColumnStore } from "../analysis/grid";

/** The strings of the ASCII characters, so a one-character field is looked up, not made. */
const ASCII_CHARACTERS: readonly string[] = Array.from({ length: 128 }, (_, code) =>
  String.fromCharCode(code)
);

/** Slots of the table of recent longer field texts (a power of two). */
const RECENT_SLOTS = 4096;

/** The most codes a Uint16Array holds: up to this many rows, no column has more distinct texts. */
const UINT16_ROWS = 65_535;

/** The number of records of `text`: line ends (CRLF, LF or a lone CR) plus one. */
function recordCapacity(text: string): number {
  let lineEnds = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1))
    lineEnds += 1;
  for (let index = text.indexOf("\r"); index !== -1; index = text.indexOf("\r", index + 1))
    if (text.charCodeAt(index + 1) !== 10) lineEnds += 1;
  return lineEnds + 1;
}

/** The number of fields of the first record. */
function firstRecordWidth(text: string, separator: number): number {
  let width = 1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) break;
    if (code === separator) width += 1;
  }
  return width;
}

/** The number of fields of the longest record. */
function widestRecordWidth(text: string, separator: number): number {
  let widest = 1;
  let width = 1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === separator) width += 1;
    else if (code === 10 || code === 13) {
      if (width > widest) widest = width;
      width = 1;
    }
  }
  return Math.max(widest, width);
}

/** A column's tables while scanning: its texts by code and the code of each longer text. */
interface ColumnTables {
  texts: (string | null)[][];
  byText: Map<string, number>[];
  /** Per column, 128 slots: the code of each one-character ASCII text (0 = not seen yet). */
  single: Int32Array;
  recentTexts: string[];
  recentColumns: Int32Array;
  recentCodes: Int32Array;
}

/** The code in column `column` of a text not seen before in it. */
function addText(tables: ColumnTables, column: number, text: string): number {
  const texts = tables.texts[column];
  texts.push(text);
  return texts.length - 1;
}

/**
 * The code in `column` of the field `text[start, end)` (not a one-character ASCII field): from
 * the table of recent fields when it holds this text for this column, else from the column's Map
 * (a text not seen before gets the next code). A column of group names, years or numbers of
 * inhabitants repeats a few hundred texts over 20,000 rows: most fields are found in the recent
 * table without making a string.
 */
function longFieldCode(
  text: string,
  start: number,
  end: number,
  column: number,
  tables: ColumnTables
): number {
  const size = end - start;
  let key = Math.imul(column, 31) + size;
  key = Math.imul(key, 31) + text.charCodeAt(start);
  key = Math.imul(key, 31) + text.charCodeAt(start + (size >> 1));
  key = Math.imul(key, 31) + text.charCodeAt(end - 1);
  const slot = key & (RECENT_SLOTS - 1);
  const candidate = tables.recentTexts[slot];
  if (
    tables.recentColumns[slot] === column &&
    candidate.length === size &&
    text.startsWith(candidate, start)
  )
    return tables.recentCodes[slot];
  const made = text.slice(start, end);
  const byText = tables.byText[column];
  let code = byText.get(made);
  if (code === undefined) {
    code = addText(tables, column, made);
    byText.set(made, code);
  }
  tables.recentTexts[slot] = made;
  tables.recentColumns[slot] = column;
  tables.recentCodes[slot] = code;
  return code;
}

/**
 * The records of a text without double quotes as a ColumnStore, as wide as the longest record
 * (most files: the first; a title line above the header or a row with extra fields costs a second
 * scan). Null when the records are so much shorter than the longest that the store would be
 * several times the text (readCsv then gives the text to papaparse). Trailing empty records are kept
 * (readCsv drops them).
 *
 * @param separator the separator's character code (one UTF-16 code unit, not CR or LF)
 * @example
 * const store = scanCsvColumns("id;V1\r\nN1;4\nN2;", 59)!;
 * store.texts // [[null, "id", "N1", "N2"], [null, "V1", "4"]]
 * store.codes // Uint16Array [1, 1, 2, 2, 3, 0]; store.rowLengths: [2, 2, 2]
 */
export function scanCsvColumns(text: string, separator: number): ColumnStore | null {
  // No text, no record (as papaparse).
  if (text.length === 0)
    return {
      rowCount: 0,
      width: 1,
      codes: new Uint16Array(0),
      rowLengths: new Uint32Array(0),
      texts: [[null]],
    };
  const capacity = recordCapacity(text);
  const scan = (width: number): ColumnStore | null | "too narrow" => {
    if (capacity * width > 4 * text.length + 64) return null;
    const codes =
      capacity <= UINT16_ROWS
        ? new Uint16Array(capacity * width)
        : new Uint32Array(capacity * width);
    const rowLengths = new Uint32Array(capacity);
    const tables: ColumnTables = {
      texts: Array.from({ length: width }, (): (string | null)[] => [null]),
      byText: Array.from({ length: width }, () => new Map<string, number>()),
      single: new Int32Array(width * 128),
      recentTexts: new Array<string>(RECENT_SLOTS).fill(""),
      recentColumns: new Int32Array(RECENT_SLOTS).fill(-1),
      recentCodes: new Int32Array(RECENT_SLOTS),
    };
    const rowCount = scanRecordCodes(text, separator, width, codes, rowLengths, tables);
    return rowCount < 0
      ? "too narrow"
      : { rowCount, width, codes, rowLengths, texts: tables.texts };
  };
  const first = scan(firstRecordWidth(text, separator));
  if (first !== "too narrow") return first;
  const widest = scan(widestRecordWidth(text, separator));
  return widest === "too narrow" ? null : widest;
}

/**
 * scanCsvColumns' loop, apart so that V8 optimises it early (as scanRecords in readCsv.ts):
 * writes each record's codes and length, returns the number of records, or -1 at a record
 * longer than `width`.
 */
function scanRecordCodes(
  text: string,
  separator: number,
  width: number,
  codes: Uint16Array | Uint32Array,
  rowLengths: Uint32Array,
  tables: ColumnTables
): number {
  const length = text.length;
  const single = tables.single;
  let position = 0;
  let row = 0;
  while (position <= length) {
    const base = row * width;
    let column = 0;
    let lineEnd = false;
    while (!lineEnd) {
      if (column === width) return -1;
      // The commonest field (an answer code): one ASCII character before a separator. Near the
      // end, 128 sends the field the long way (reading past the end would make V8 drop the loop).
      const first = position + 1 < length ? text.charCodeAt(position) : 128;
      if (
        first < 128 &&
        text.charCodeAt(position + 1) === separator &&
        first !== separator &&
        first !== 10 &&
        first !== 13
      ) {
        const slot = (column << 7) | first;
        let code = single[slot];
        if (code === 0) {
          code = addText(tables, column, ASCII_CHARACTERS[first]);
          single[slot] = code;
        }
        codes[base + column] = code;
        column += 1;
        position += 2;
        continue;
      }
      const fieldStart = position;
      let character = 10;
      while (position < length) {
        character = text.charCodeAt(position);
        if (character === separator || character === 10 || character === 13) break;
        position += 1;
      }
      const fieldEnd = position;
      lineEnd = character !== separator;
      // CRLF is one line end.
      if (character === 13 && position + 1 < length && text.charCodeAt(position + 1) === 10)
        position += 1;
      const size = fieldEnd - fieldStart;
      if (size === 1 && text.charCodeAt(fieldStart) < 128) {
        const slot = (column << 7) | text.charCodeAt(fieldStart);
        let code = single[slot];
        if (code === 0) {
          code = addText(tables, column, ASCII_CHARACTERS[text.charCodeAt(fieldStart)]);
          single[slot] = code;
        }
        codes[base + column] = code;
      } else if (size > 0) {
        codes[base + column] = longFieldCode(text, fieldStart, fieldEnd, column, tables);
      }
      column += 1;
      position += 1;
    }
    rowLengths[row] = column;
    row += 1;
  }
  return row;
}
