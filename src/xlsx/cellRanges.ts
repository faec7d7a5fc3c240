/**
 * A1-style cell ranges as Excel writes them in merged cells, data validations (sqref) and defined
 * names: corners as zero-based [row, column], a whole column or row reaching the sheet's edge, and
 * the number of cells a range covers. The input reader (xlsxReader.ts) measures such ranges
 * without expanding them.
 *
 * @example area(parseRanges("BA1:XFD1048576")[0]) // 16,332 × 1,048,576 cells
 */
import { MAX_COLUMNS, MAX_ROWS } from "./usualSheetXml";

/** A1-style reference → [row, column] (zero-based); columns or rows alone give the sheet edge. */
export function parseCorner(reference: string, isEnd: boolean): [number, number] | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(reference);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  let column = isEnd ? MAX_COLUMNS - 1 : 0;
  if (match[1] !== "") {
    column = 0;
    for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
    column -= 1;
  }
  const row = match[2] === "" ? (isEnd ? MAX_ROWS - 1 : 0) : Number(match[2]) - 1;
  return [row, column];
}

/**
 * The ranges in a space- or comma-separated list ("A1:B2 G2:O1048576", "$A:$A"); a sheet name
 * before "!" is left out of the corners.
 *
 * @example parseRanges("Blad1!A1:B2 $G:$G") // [{ first: [0, 0], last: [1, 1], text: "Blad1!A1:B2" }, { first: [0, 6], last: [1048575, 6], text: "$G:$G" }]
 */
export function parseRanges(
  text: string
): { first: [number, number]; last: [number, number]; text: string }[] {
  const ranges = [];
  for (const part of text.split(/[\s,]+/)) {
    const bare = part.includes("!") ? part.slice(part.lastIndexOf("!") + 1) : part;
    const [from, to = from] = bare.split(":");
    const first = parseCorner(from, false);
    const last = parseCorner(to, true);
    if (first && last) ranges.push({ first, last, text: part });
  }
  return ranges;
}

/** The number of cells in a range (0 when its corners are the wrong way round). */
export function area(range: { first: [number, number]; last: [number, number] }): number {
  return (
    Math.max(0, range.last[0] - range.first[0] + 1) *
    Math.max(0, range.last[1] - range.first[1] + 1)
  );
}
