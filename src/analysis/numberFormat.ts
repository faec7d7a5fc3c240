/**
 * The one number formatter for what users read — engine messages, report notes, summary lines, the
 * command line and the task pane: Dutch with a decimal comma and a thousands point ("1.234",
 * "74,0"), English with a point ("1,234", "74.0"). One Intl.NumberFormat per language and number of
 * decimals, cached. (Numbers written into cells are not formatted here: Excel formats those.)
 */
import type { Language } from "./language";

export interface NumberFormat {
  readonly language: Language;
  /** A count: 1234 → "1.234" (nl), "1,234" (en). */
  integer(value: number): string;
  /** Fixed decimals, "—" when there is no value: decimal(0.7038, 2) → "0,70" (nl). */
  decimal(value: number | null, digits: number): string;
  /**
   * At most `digits` decimals, trailing zeros dropped, "—" when there is no value: for figures whose
   * precision varies (indicator values, cut points): atMost(20611.25, 1) → "20.611,3", atMost(16, 1) → "16" (nl).
   */
  atMost(value: number | null, digits: number): string;
  /** A percentage already on 0–100: percent(74.04) → "74%", percent(74.04, 1) → "74,0%" (nl). */
  percent(value: number | null, digits?: number): string;
  /** A count with the right form of its noun: count(1, "fout", "fouten") → "1 fout", count(1234, …) → "1.234 fouten". */
  count(value: number, one: string, many: string): string;
}

const LOCALES: Record<Language, string> = { nl: "nl-BE", en: "en-GB" };
const cache = new Map<string, Intl.NumberFormat>();

/** `minimum` decimals: `digits` (fixed) or 0 (trailing zeros dropped). */
function formatter(language: Language, digits: number, minimum = digits): Intl.NumberFormat {
  const key = `${language}:${minimum}:${digits}`;
  let result = cache.get(key);
  if (!result) {
    result = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: minimum,
      maximumFractionDigits: digits,
    });
    cache.set(key, result);
  }
  return result;
}

/** @example createFormat("nl").decimal(61.44, 1) // "61,4" */
export function createFormat(language: Language): NumberFormat {
  const decimal = (value: number | null, digits: number): string =>
    value === null || !Number.isFinite(value) ? "—" : formatter(language, digits).format(value);
  return {
    language,
    integer: (value) => formatter(language, 0).format(value),
    decimal,
    atMost: (value, digits) =>
      value === null || !Number.isFinite(value)
        ? "—"
        : formatter(language, digits, 0).format(value),
    percent: (value, digits = 0) => (value === null ? "—" : `${decimal(value, digits)}%`),
    count: (value, one, many) =>
      `${formatter(language, 0).format(value)} ${value === 1 ? one : many}`,
  };
}

/**
 * A number for a sentence: `decimals` fixed digits in the language's style, "—" for a missing
 * value (seed 002's running text writes "92,2%").
 *
 * @example formatNumber(92.21, 1, "nl") // "92,2"
 * @example formatNumber(92.21, 1, "en") // "92.2"
 */
export function formatNumber(value: number | null, decimals: number, language: Language): string {
  return createFormat(language).decimal(value, decimals);
}
