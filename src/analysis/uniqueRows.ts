/**
 * The row of each distinct name in a background column (a network name, a match key), names
 * compared case- and accent-insensitively (normalizeText). A name found on more than one row
 * identifies no one: it is left out of the map and returned among the duplicates, so the caller
 * can say so instead of picking a row. Blank names are skipped. Used to match networks across two
 * waves (compareWaves) and to find one network's row (networkFeedback).
 *
 * @example
 * uniqueRows({ values: ["Gent", "Aalst", "gent", null] })
 * // { rows: Map { "aalst" => 1 }, duplicates: ["gent"] }
 */
import type { BackgroundColumn } from "./dataset";
import { normalizeText } from "./textMatch";

export function uniqueRows(column: Pick<BackgroundColumn, "values">): {
  rows: Map<string, number>;
  duplicates: string[];
} {
  const rows = new Map<string, number>();
  const duplicates = new Set<string>();
  column.values.forEach((value, row) => {
    const key = value === null ? "" : normalizeText(value);
    if (key === "") return;
    if (rows.has(key) || duplicates.has(key)) {
      duplicates.add(key);
      rows.delete(key);
    } else rows.set(key, row);
  });
  return { rows, duplicates: [...duplicates] };
}
