/**
 * Number formatting for the task pane: Dutch with a decimal comma and a thousands point
 * ("1.234", "74,0"), English with a point ("1,234", "74.0"). One Intl.NumberFormat per language
 * and number of decimals, cached.
 */
import type { Language } from "../analysis/language";

export interface NumberFormat {
  readonly language: Language;
  /** A count: 1234 → "1.234" (nl), "1,234" (en). */
  integer(value: number): string;
  /** Fixed decimals, "—" when there is no value: decimal(0.7038, 2) → "0,70" (nl). */
  decimal(value: number | null, digits: number): string;
  /** A percentage already on 0–100: percent(74.04) → "74%", percent(74.04, 1) → "74,0%" (nl). */
  percent(value: number | null, digits?: number): string;
}

const LOCALES: Record<Language, string> = { nl: "nl-BE", en: "en-GB" };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, digits: number): Intl.NumberFormat {
  const key = `${language}:${digits}`;
  let result = cache.get(key);
  if (!result) {
    result = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: digits,
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
    percent: (value, digits = 0) => (value === null ? "—" : `${decimal(value, digits)}%`),
  };
}
