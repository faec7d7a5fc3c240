/**
 * Tolerant text matching for headers, labels and yes/no values typed by people: case, accents,
 * punctuation and runs of white space do not matter ("Dēmos" matches "Demos", "Geëvalueerd"
 * matches "geevalueerd", "Niet  akkoord " matches "niet akkoord").
 */

/**
 * Normalises text for comparison: lower case, accents removed (Unicode NFD, combining marks
 * dropped), curly quotes made straight, punctuation other than letters/digits turned into spaces,
 * white space collapsed.
 *
 * @example normalizeText("  Dēmos – Geëvalueerd ") // "demos geevalueerd"
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[^a-z0-9']+/g, " ")
    .replace(/'/g, "")
    .trim();
}

/**
 * A lookup from normalised text to a value, built once and queried many times. When the normalised
 * text is not found, the text without any spaces is tried, so "grootteklasse" finds
 * "GROOTTE_KLASSE" and "VIS01" finds "VIS_01".
 */
export class NormalizedLookup<T> {
  private readonly entries = new Map<string, T>();
  private readonly compactEntries = new Map<string, T>();

  /** Adds a key; the first value added for a normalised key wins. Returns false on a clash. */
  add(key: string, value: T): boolean {
    const normalized = normalizeText(key);
    if (normalized === "") return false;
    const compact = normalized.replace(/ /g, "");
    if (!this.compactEntries.has(compact)) this.compactEntries.set(compact, value);
    if (this.entries.has(normalized)) return this.entries.get(normalized) === value;
    this.entries.set(normalized, value);
    return true;
  }

  get(key: string): T | undefined {
    const normalized = normalizeText(key);
    return this.entries.get(normalized) ?? this.compactEntries.get(normalized.replace(/ /g, ""));
  }
}
