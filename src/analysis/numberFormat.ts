/**
 * The one number formatter for what users read — engine messages, report notes, summary lines, the
 * command line and the task pane: Dutch with a decimal comma and a thousands point ("1.234",
 * "74,0"), English with a point ("1,234", "74.0"). (Numbers written into cells are not formatted
 * here: Excel formats those.)
 *
 * The digits are what Intl.NumberFormat("nl-BE" / "en-GB") gives, worked out by hand for finite
 * numbers below 10²¹: the shortest decimal that reads back as the number (String(value)), rounded
 * half away from zero ("halfExpand", as ICU does: 1.005 → "1,01"), groups of three. Why by hand:
 * the first Intl object of a process loads ICU's locale data (10–30 ms of a command line run that
 * prints a few numbers). Anything else (NaN, ±∞, 1e21, 1e-7, unusual digit counts) goes to Intl;
 * tests compare the two over many numbers.
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

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  nl: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** `minimum` decimals: `digits` (fixed) or 0 (trailing zeros dropped). */
function intlFormatter(language: Language, digits: number, minimum = digits): Intl.NumberFormat {
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

/** Adds one unit in the last place of the decimal digits `integer`.`fraction`. */
function incremented(integer: string, fraction: string): { integer: string; fraction: string } {
  const digits = (integer + fraction).split("");
  let position = digits.length - 1;
  while (position >= 0 && digits[position] === "9") {
    digits[position] = "0";
    position -= 1;
  }
  if (position >= 0) digits[position] = String(Number(digits[position]) + 1);
  else digits.unshift("1");
  const joined = digits.join("");
  const split = joined.length - fraction.length;
  return { integer: joined.slice(0, split), fraction: joined.slice(split) };
}

/**
 * `value` with `minimum` to `maximum` decimals as Intl.NumberFormat formats it in the language's
 * locale (see the header: by hand where that is exact, else Intl).
 *
 * @example formatDigits(1234.005, 2, 2, "nl") // "1.234,01"
 */
export function formatDigits(
  value: number,
  minimum: number,
  maximum: number,
  language: Language
): string {
  const text = String(Math.abs(value));
  const usual =
    Number.isFinite(value) &&
    !text.includes("e") &&
    Number.isInteger(minimum) &&
    Number.isInteger(maximum) &&
    minimum >= 0 &&
    minimum <= maximum &&
    maximum <= 20;
  if (!usual) return intlFormatter(language, maximum, minimum).format(value);
  const point = text.indexOf(".");
  let integer = point < 0 ? text : text.slice(0, point);
  let fraction = point < 0 ? "" : text.slice(point + 1);
  if (fraction.length > maximum) {
    const roundUp = fraction.charCodeAt(maximum) >= 53; // the next digit is 5 or more
    fraction = fraction.slice(0, maximum);
    if (roundUp) ({ integer, fraction } = incremented(integer, fraction));
  }
  let end = fraction.length;
  while (end > minimum && fraction.charCodeAt(end - 1) === 48) end -= 1;
  fraction = fraction.slice(0, end).padEnd(minimum, "0");
  const { group, decimal } = SEPARATORS[language];
  let grouped = integer.slice(0, ((integer.length - 1) % 3) + 1);
  for (let start = grouped.length; start < integer.length; start += 3)
    grouped += group + integer.slice(start, start + 3);
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return `${sign}${grouped}${fraction === "" ? "" : decimal + fraction}`;
}

/** @example createFormat("nl").decimal(61.44, 1) // "61,4" */
export function createFormat(language: Language): NumberFormat {
  const decimal = (value: number | null, digits: number): string =>
    value === null || !Number.isFinite(value) ? "—" : formatDigits(value, digits, digits, language);
  return {
    language,
    integer: (value) => formatDigits(value, 0, 0, language),
    decimal,
    atMost: (value, digits) =>
      value === null || !Number.isFinite(value) ? "—" : formatDigits(value, 0, digits, language),
    percent: (value, digits = 0) => (value === null ? "—" : `${decimal(value, digits)}%`),
    count: (value, one, many) =>
      `${formatDigits(value, 0, 0, language)} ${value === 1 ? one : many}`,
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
