/**
 * What the task pane offers after detect, besides the data itself: the columns worth splitting by
 * (src/analysis/groupCandidates.ts) and whether the analysis stored in the workbook read the same
 * data as detect found now ("what was found is what runs and refreshes").
 */
import type { BackgroundColumn } from "../analysis/dataset";
import { groupCandidates } from "../analysis/groupCandidates";
import type { StoredInput } from "./metadata";

/**
 * The group-by choices: categorical columns as they are, numeric ones with many values as bands.
 *
 * @example groupChoices(dataset.background) // { groupColumns: ["GROOTTE_KLASSE", "REGIO"], bandableColumns: ["INWONERS"] }
 */
export function groupChoices(columns: readonly BackgroundColumn[]): {
  groupColumns: string[];
  bandableColumns: string[];
} {
  const candidates = groupCandidates(columns);
  return {
    groupColumns: candidates.filter((c) => c.kind === "categorical").map((c) => c.id),
    bandableColumns: candidates.filter((c) => c.kind === "numeric").map((c) => c.id),
  };
}

/**
 * The stored run's input compared with what detect found; null when nothing is stored.
 *
 * @example previousInput({ kind: "sheet", sheet: "Antwoorden" }, { kind: "sheet", sheet: "Antwoorden 2" })
 * // { sheet: "Antwoorden", sameAsFound: false }
 */
export function previousInput(
  stored: StoredInput | null,
  found: StoredInput
): { sheet: string; table?: string; sameAsFound: boolean } | null {
  if (!stored) return null;
  const same =
    stored.kind === found.kind &&
    stored.sheet === found.sheet &&
    (stored.kind !== "table" || (found.kind === "table" && stored.table === found.table)) &&
    (stored.kind !== "range" || (found.kind === "range" && stored.address === found.address));
  return {
    sheet: stored.sheet,
    ...(stored.kind === "table" ? { table: stored.table } : {}),
    sameAsFound: same,
  };
}
