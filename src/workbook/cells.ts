/**
 * Cell values as Netwerkmeter writes them, for every adapter: numbers that Excel cannot store
 * become empty, text is cut at Excel's limit, and text that Excel would read as something else
 * (a formula, a number, a date) is marked so the adapter forces it to stay text.
 */
import type { ReportCell } from "../report/reportModel";
import { MAX_CELL_TEXT_LENGTH, truncate } from "../report/names";

/** What a written cell holds: text, a finite number, or nothing. */
export type WrittenCell = string | number | null;

/** Month names and abbreviations Excel reads in dates (Dutch and English). */
const MONTHS = "jan|feb|mrt|maa|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec";

/** Excel's number format code for text. */
export const TEXT_FORMAT = "@";

/**
 * A report cell as written: numbers that are not finite (Excel cannot store NaN or Infinity and
 * the file would not open) become empty; text is cut at Excel's 32,767 characters.
 *
 * @example writtenCell(Number.NaN) // null
 */
export function writtenCell(value: ReportCell | undefined): WrittenCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return truncate(value, MAX_CELL_TEXT_LENGTH);
}

/**
 * True when Excel, given this text as a cell value, would not keep it as the same text: it starts
 * with "=", "+", "-" or "@" (read as a formula; Range.values reference: "If the returned value
 * starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 * formula"; "@" is the implicit-intersection operator), or it reads as a number, percentage,
 * date or time ("12", "1,5", "50%", "1-6", "3/4", "10:30"), or as TRUE/FALSE, or it starts with an
 * apostrophe (Excel would swallow it as the text prefix).
 *
 * @example needsTextProtection("=SUM(A1)") // true
 * @example needsTextProtection("Netwerk 001") // false
 */
export function needsTextProtection(text: string): boolean {
  if (text === "") return false;
  const first = text.charAt(0);
  if (first === "=" || first === "+" || first === "-" || first === "@" || first === "'")
    return true;
  const trimmed = text.trim();
  // Numbers in either decimal convention, with optional thousands separators, percent, exponent, currency.
  if (/^[€$£]?\s*\(?\d[\d.,\s]*([eE][+-]?\d+)?\)?\s*%?$/.test(trimmed)) return true;
  // Dates and times: 1-6, 1/6/2026, 2026-06-01, 10:30, 1 jan, jan 2026.
  if (/^\d{1,4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,4})?$/.test(trimmed)) return true;
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i.test(trimmed)) return true;
  // "1 jan", "1-mrt-2026", "jan 2026", "maart-26": day and/or year with a month name.
  const month = `(${MONTHS})[a-z]*\\.?`;
  if (new RegExp(`^\\d{1,2}[-\\s/]${month}([-\\s/]\\d{2,4})?$`, "i").test(trimmed)) return true;
  if (new RegExp(`^${month}[-\\s/]\\d{1,4}$`, "i").test(trimmed)) return true;
  if (/^(true|false|waar|onwaar)$/i.test(trimmed)) return true;
  return false;
}

/**
 * The number format to write for one cell: the column's format, or "@" (text) for a text value
 * that Excel would otherwise read as a formula, number or date. Office.js keeps the value of a
 * Text-formatted cell as entered (Excel.NumberFormatCategory.text: "Text format cells are treated
 * as text even when a number is in the cell. The cell is displayed exactly as entered.").
 *
 * @example cellNumberFormat("=SUM(A1)", "0.0") // "@"
 */
export function cellNumberFormat(value: WrittenCell, columnFormat: string): string {
  return typeof value === "string" && needsTextProtection(value) ? TEXT_FORMAT : columnFormat;
}

/**
 * An Excel string literal for a formula: the text in double quotes, inner quotes doubled, so a
 * conditional-format rule "cell equals this word" (ReportColumn.valueFills) compares with the word
 * and never runs it (ECMA-376 §18.17.2 formula grammar: string constants).
 *
 * @example excelTextLiteral('zeg "ja"') // '"zeg ""ja"""'
 */
export function excelTextLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
