import type { Language } from "./language";

/**
 * Formats a number for a sentence in the report: Dutch with a decimal comma (as seed 002's running
 * text, "92,2%"), English with a point; "—" for a missing value.
 *
 * @example formatNumber(92.21, 1, "nl") // "92,2"
 */
export function formatNumber(value: number | null, decimals: number, language: Language): string {
  if (value === null) return "—";
  const text = value.toFixed(decimals);
  return language === "nl" ? text.replace(".", ",") : text;
}
