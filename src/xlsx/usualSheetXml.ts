/**
 * Worksheet rows and cells in the form nearly every writer gives them, each read in one pass over
 * its bytes: `<row r="12" spans="1:45">`, `<c r="B12" s="3" t="s"><v>17</v></c>` (attributes in
 * any order, each optional) and the empty `<c r="B12" s="3"/>`. The sheet reader (xlsxReader.ts)
 * tries these first; anything else (a formula, an inline string, an attribute twice, a cell cut
 * off at the end of a chunk, an address it would have to look at twice) gives -1 and goes through
 * the general byte scanner (byteXmlScanner.ts) tag by tag, with the same result.
 *
 * Why: the general scanner makes four tags and four handler calls per cell; a sheet of 20,000 × 45
 * answers has 3.6 million tags, which in a fresh process (before V8 has optimised much) cost
 * about 250 ms of CPU. One loop per cell, with no string made for an address, a style or a digit
 * run, costs a fraction of that (measured 2026-12-02, lib/bench/run.js --only input).
 *
 * What "usual" means, exactly (each rule keeps the general path's result unchanged):
 * - the element name has no prefix and is followed by white space, `>` or `/>`;
 * - attributes are `name="value"` or `name='value'`, no white space around `=`, and `r`, `s`
 *   and `t` at most once each;
 * - a cell's `r` is 1 to 4 letters and a row number without a leading zero, inside the sheet;
 *   a row's `r` is such a row number; `s` is plain digits; `t` stays a byte range;
 * - a cell's value is `<v>` + at least one byte that is not `<` + `</v></c>`, right after its tag.
 *
 * @example
 * const cell = new UsualCell();
 * readUsualCell(strToU8('<c r="B2" t="s"><v>7</v></c>'), 0, 28, cell); // 28
 * // cell.row === 1, cell.column === 1, cell.valueStart === 20, cell.valueEnd === 21
 */

import { isSpace, readDigits } from "./byteXmlScanner";

/** What readUsualCell or readUsualRow found; one object reused for every element. */
export class UsualCell {
  /** Zero-based row (and column, for a cell) from `r`, or -1 when there is no `r`. */
  row = -1;
  column = -1;
  /** The `t` attribute's raw bytes [typeStart, typeEnd); typeStart -1 when absent. */
  typeStart = -1;
  typeEnd = -1;
  /** The `s` attribute (0 when absent). */
  style = 0;
  /** The text of `<v>` [valueStart, valueEnd); -1 for an empty (self-closing) cell or a row. */
  valueStart = -1;
  valueEnd = -1;
  /** The value when it is plain digits (no leading zero, at most 15), else -1. */
  number = -1;
  /** Was the tag self-closing (`<c …/>`, `<row …/>`)? */
  selfClosing = false;
}

/** The sheet's edges (Excel's): 16,384 columns (XFD), 1,048,576 rows. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/**
 * The attributes of the tag whose name ends at `nameEnd` (the tag starts at bytes[lt]), into
 * `into` (row and column still as written: see the callers). Returns the position after `>`, or -1.
 */
function readTag(
  bytes: Uint8Array,
  nameEnd: number,
  end: number,
  into: UsualCell,
  isCell: boolean
): number {
  let index = nameEnd;
  into.row = -1;
  into.column = -1;
  into.typeStart = -1;
  into.typeEnd = -1;
  into.style = 0;
  into.valueStart = -1;
  into.valueEnd = -1;
  into.number = -1;
  into.selfClosing = false;
  let seen = 0; // bits: r 1, s 2, t 4
  for (;;) {
    if (index >= end) return -1;
    let code = bytes[index];
    if (isSpace(code)) {
      index += 1;
      continue;
    }
    if (code === 62 /* > */) return index + 1;
    if (code === 47 /* / */) {
      if (index + 1 >= end || bytes[index + 1] !== 62 /* > */) return -1;
      into.selfClosing = true;
      return index + 2;
    }
    if (index === nameEnd) return -1; // "<cx", "<rows": another element
    const nameStart = index;
    while (index < end && (code = bytes[index]) !== 61 /* = */) {
      if (isSpace(code) || code === 62 /* > */ || code === 47 /* / */ || code === 60 /* < */)
        return -1;
      if (code === 34 /* " */ || code === 39 /* ' */) return -1;
      index += 1;
    }
    if (index + 1 >= end) return -1;
    const quote = bytes[index + 1];
    if (quote !== 34 /* " */ && quote !== 39 /* ' */) return -1;
    const valueStart = index + 2;
    if (index - nameStart === 1 && bytes[nameStart] === 114 /* r */) {
      // The address, read as the value is walked: 1 to 4 letters (cells), then the row number.
      if (seen & 1) return -1;
      seen |= 1;
      let at = valueStart;
      let column = 0;
      if (isCell) {
        for (; at < end && at < valueStart + 5; at += 1) {
          const letter = bytes[at] | 0x20;
          if (letter < 97 || letter > 122) break;
          column = column * 26 + letter - 96;
        }
        if (at === valueStart || at === valueStart + 5 || column > MAX_COLUMNS) return -1;
      }
      const digitsStart = at;
      let row = 0;
      for (; at < end && at < digitsStart + 8; at += 1) {
        const digit = bytes[at] - 48;
        if (digit < 0 || digit > 9) break;
        row = row * 10 + digit;
      }
      if (at >= end || bytes[at] !== quote) return -1;
      if (at === digitsStart || bytes[digitsStart] === 48 || row > MAX_ROWS) return -1;
      into.row = row - 1;
      into.column = column - 1;
      index = at + 1;
      continue;
    }
    let valueEnd = valueStart;
    while (valueEnd < end && bytes[valueEnd] !== quote) valueEnd += 1;
    if (valueEnd >= end) return -1;
    index = valueEnd + 1;
    if (valueStart - nameStart !== 3) continue; // a name of more than one letter: not s or t
    const name = bytes[nameStart];
    if (name === 116 /* t */ && isCell) {
      if (seen & 4) return -1;
      seen |= 4;
      into.typeStart = valueStart;
      into.typeEnd = valueEnd;
    } else if (name === 115 /* s */ && isCell) {
      if (seen & 2) return -1;
      seen |= 2;
      const style = valueEnd - valueStart > 9 ? -1 : readDigits(bytes, valueStart, valueEnd);
      if (style === -1) return -1;
      into.style = style;
    }
  }
}

/**
 * Reads the cell element starting at bytes[lt] (a `<`) when it has its usual form and ends before
 * `end`; returns the position just after it and fills `cell`, or returns -1 (`cell` then
 * meaningless).
 *
 * @example readUsualCell(strToU8('<c r="A1"><f>1+1</f><v>2</v></c>'), 0, 33, cell) // -1 (a formula)
 */
export function readUsualCell(bytes: Uint8Array, lt: number, end: number, cell: UsualCell): number {
  if (lt + 1 >= end || bytes[lt + 1] !== 99 /* c */) return -1;
  const index = readTag(bytes, lt + 2, end, cell, true);
  if (index === -1 || cell.selfClosing) return index;
  // <v>text</v></c>
  if (
    index + 3 >= end ||
    bytes[index] !== 60 /* < */ ||
    bytes[index + 1] !== 118 /* v */ ||
    bytes[index + 2] !== 62 /* > */
  )
    return -1;
  const valueStart = index + 3;
  let valueEnd = valueStart;
  // The number its plain digits make, read on the way (as byteXmlScanner.readDigits reads it).
  let number = 0;
  let plain = true;
  for (let code = 0; valueEnd < end && (code = bytes[valueEnd]) !== 60 /* < */; valueEnd += 1) {
    const digit = code - 48;
    if (digit < 0 || digit > 9) plain = false;
    else number = number * 10 + digit;
  }
  if (valueEnd === valueStart || valueEnd + 8 > end) return -1;
  if (
    bytes[valueEnd + 1] !== 47 /* / */ ||
    bytes[valueEnd + 2] !== 118 /* v */ ||
    bytes[valueEnd + 3] !== 62 /* > */ ||
    bytes[valueEnd + 4] !== 60 /* < */ ||
    bytes[valueEnd + 5] !== 47 /* / */ ||
    bytes[valueEnd + 6] !== 99 /* c */ ||
    bytes[valueEnd + 7] !== 62 /* > */
  )
    return -1;
  const length = valueEnd - valueStart;
  if (length > 15 || (length > 1 && bytes[valueStart] === 48)) plain = false;
  cell.valueStart = valueStart;
  cell.valueEnd = valueEnd;
  cell.number = plain ? number : -1;
  return valueEnd + 8;
}

/**
 * Reads the opening (or self-closing) row tag at bytes[lt] when it has its usual form; returns the
 * position after it (row.row: the zero-based row, -1 without `r`), or -1.
 *
 * @example readUsualRow(strToU8('<row r="3" spans="1:45">'), 0, 24, row) // 24, row.row === 2
 */
export function readUsualRow(bytes: Uint8Array, lt: number, end: number, row: UsualCell): number {
  if (
    lt + 3 >= end ||
    bytes[lt + 1] !== 114 /* r */ ||
    bytes[lt + 2] !== 111 /* o */ ||
    bytes[lt + 3] !== 119 /* w */
  )
    return -1;
  return readTag(bytes, lt + 4, end, row, false);
}

/** Is bytes[at …] the closing tag `</row>`? */
export function isRowEnd(bytes: Uint8Array, at: number, end: number): boolean {
  return (
    at + 5 < end &&
    bytes[at] === 60 /* < */ &&
    bytes[at + 1] === 47 /* / */ &&
    bytes[at + 2] === 114 /* r */ &&
    bytes[at + 3] === 111 &&
    bytes[at + 4] === 119 &&
    bytes[at + 5] === 62 /* > */
  );
}
