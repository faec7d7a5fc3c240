/**
 * Numbers in measurement cells (docs/indicators.md §1 "Metingen"): a number cell, or text in Dutch
 * notation — a decimal comma ("4,5") and "." or a space before groups of exactly three digits as
 * thousands separator ("6.972", "45 000", "1.234,5"). Anything else is not a number: "4.5" typed as
 * text is ambiguous between 4.5 and 45 thousand-ish typos, and nothing is guessed. Hand-written:
 * Intl has no parser, and the contract's rule is narrower than a locale's.
 *
 * Reference: NBN/Taalunie notation of numbers (decimal comma, dot or space between thousands).
 *
 * @example parseDutchNumber("6.972") // 6972
 * @example parseDutchNumber("4,5") // 4.5
 * @example parseDutchNumber("4.5") // "bad"
 * @example parseDutchNumber("  ") // null (blank: not reported)
 */
import type { CellValue } from "../analysis/grid";

/** A number, null for a blank cell, or "bad" for anything that is not a number. */
export function parseDutchNumber(cell: CellValue): number | null | "bad" {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "bad";
  if (typeof cell !== "string") return "bad";
  const text = cell.trim();
  if (text === "") return null;
  const match = /^([+-]?)(\d{1,3}(?:([. \u00a0\u202f])\d{3}(?:\3\d{3})*)|\d+)(?:,(\d+))?$/.exec(
    text
  );
  if (!match) return "bad";
  const [, sign, whole, separator, fraction] = match;
  const digits = separator ? whole.split(separator).join("") : whole;
  const value = Number(`${sign}${digits}${fraction ? `.${fraction}` : ""}`);
  return Number.isFinite(value) ? value : "bad";
}

/**
 * A data date (the day the figures were drawn) as yyyy-mm-dd: a date cell, ISO text
 * ("2026-01-14") or Dutch day/month/year ("14/1/2026", "14-01-2026"). Null for blank, "bad"
 * otherwise.
 *
 * @example parseDataDate("14/1/2026") // "2026-01-14"
 */
export function parseDataDate(cell: CellValue): string | null | "bad" {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? "bad" : cell.toISOString().slice(0, 10);
  if (typeof cell !== "string") return "bad";
  const text = cell.trim();
  if (text === "") return null;
  let year: number;
  let month: number;
  let day: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    if (!match) return "bad";
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return "bad";
  return date.toISOString().slice(0, 10);
}
