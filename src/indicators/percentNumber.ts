/**
 * A percentage typed the Excel way, for definition cells whose figures are percentages on 0–100
 * (docs/indicators.md: "Percentages are 0–100 everywhere"): a number cell formatted as a
 * percentage holds 0.4 and shows 40 %, so it is read as 40; text "40%", "40 %" or "40,5%" is 40
 * and 40.5 (the number before the sign in Dutch notation, dutchNumber.ts); anything else is read
 * as parseDutchNumber reads it. Used for the baseline and target of a `percentage` indicator, and
 * for the status thresholds where they are percentages (readIndicatorSheet.ts, readKader.ts).
 *
 * A plain number from 0 (exclusive) to 1 in a cell not formatted as a percentage is read as typed,
 * but `looksLikeFraction` tells the reader to warn (IND_PERCENT_AS_FRACTION): 0.4 may mean 40 %.
 *
 * @example parsePercentNumber(0.4, true) // 40
 * @example parsePercentNumber("40,5%", false) // 40.5
 * @example parsePercentNumber("40", false) // 40
 * @example parsePercentNumber("veertig %", false) // "bad"
 */
import type { CellValue } from "../analysis/grid";
import type { Language } from "../analysis/language";
import { createFormat } from "../analysis/numberFormat";
import { parseDutchNumber } from "./dutchNumber";

/** A fraction on 0–100: 100 × 0.57 is 56.99999999999999, and 15 significant digits give back 57. */
const hundredfold = (fraction: number) => Number((100 * fraction).toPrecision(15));

/** The figure on 0–100, null for a blank cell, "bad" for anything that is not a number. */
export function parsePercentNumber(
  cell: CellValue,
  percentFormatted: boolean
): number | null | "bad" {
  if (typeof cell === "number" && percentFormatted)
    return Number.isFinite(cell) ? hundredfold(cell) : "bad";
  if (typeof cell === "string") {
    const match = /^(.*?)\s*%$/.exec(cell.trim());
    if (match) return match[1] === "" ? "bad" : (parseDutchNumber(match[1]) ?? "bad");
  }
  return parseDutchNumber(cell);
}

/**
 * True when a figure read from a cell without a percent format or sign lies in (0, 1]: on a
 * 0–100 scale it is likely a fraction (0.4 for 40 %).
 *
 * @example looksLikeFraction(0.4, 0.4, false) // true
 * @example looksLikeFraction(40, "40%", false) // false
 */
export function looksLikeFraction(
  figure: number | null | "bad",
  cell: CellValue,
  percentFormatted: boolean
): boolean {
  if (typeof figure !== "number" || percentFormatted) return false;
  if (typeof cell === "string" && cell.trim().endsWith("%")) return false;
  return figure > 0 && figure <= 1;
}

/**
 * The fraction read as a percentage, for the warning: 0.4 → "40%" (nl and en alike), 0.405 → "40,5%".
 *
 * @example percentOf(0.405, "nl") // "40,5%"
 */
export function percentOf(fraction: number, language: Language): string {
  return `${createFormat(language).atMost(hundredfold(fraction), 6)}%`;
}

/**
 * The IND_PERCENT_AS_FRACTION message in both languages, for indicator `id`, the cell's column
 * names and the figure as typed.
 *
 * @example fractionMessage("WERK", ["basiswaarde", "baseline"], "0,4", 0.4).nl
 * // "WERK: basiswaarde 0,4 is een percentage op 0–100, geen fractie: bedoelt u 40%? …"
 */
export function fractionMessage(
  id: string,
  [nlName, enName]: [string, string],
  shown: string,
  figure: number
): { nl: string; en: string } {
  const [nl, en] = [percentOf(figure, "nl"), percentOf(figure, "en")];
  return {
    nl: `${id}: ${nlName} ${shown} is een percentage op 0–100, geen fractie: bedoelt u ${nl}? Typ dan ${nl} of maak de cel op als percentage; nu telt ${shown}.`,
    en: `${id}: ${enName} ${shown} is a percentage on 0–100, not a fraction: did you mean ${en}? Then type ${en} or format the cell as a percentage; ${shown} is used as typed.`,
  };
}
