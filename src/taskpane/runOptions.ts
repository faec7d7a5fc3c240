/**
 * From the options form and the mapping review to the `RunOptions` that `host.run` takes, with the
 * checks the form shows next to its fields.
 */
import type { Language } from "../analysis/language";
import { draftFrom, type OptionsDraft } from "./flow";
import type { ColumnMappingRow, DataOverview, RunOptions } from "../app/host";

export interface DraftErrors {
  population?: "invalid" | "tooSmall";
  minCell?: "invalid";
}

/** A whole number ≥ 0 typed in a field (spaces and thousands points/commas allowed), else NaN. */
function parseWhole(text: string): number {
  const compact = text.trim().replace(/[\s.,](?=\d{3}\b)/g, "");
  return /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
}

export function validateDraft(draft: OptionsDraft, respondents: number): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.population.trim() !== "") {
    const population = parseWhole(draft.population);
    if (!Number.isInteger(population) || population < 1) errors.population = "invalid";
    else if (population < respondents) errors.population = "tooSmall";
  }
  const minCell = parseWhole(draft.minCell);
  if (!Number.isInteger(minCell) || minCell < 1) errors.minCell = "invalid";
  return errors;
}

/** The item a column ends up with: the user's change if any, else what detect found. */
export function effectiveItem(
  row: ColumnMappingRow,
  mapping: Record<string, string | null>
): string | null {
  return Object.prototype.hasOwnProperty.call(mapping, row.header)
    ? mapping[row.header]
    : (row.itemId ?? null);
}

/**
 * The mapping overrides for `RunOptions.columnMapping`: every column the user changed, plus every
 * column whose current link was chosen by a person earlier (`automatic: false`), so a run keeps
 * those choices.
 */
export function columnMappingFor(
  overview: DataOverview,
  mapping: Record<string, string | null>
): Record<string, string | null> {
  const result: Record<string, string | null> = {};
  for (const row of overview.mapping) {
    const item = effectiveItem(row, mapping);
    if (item !== (row.itemId ?? null) || !row.automatic) result[row.header] = item;
  }
  return result;
}

/** Numeric group columns are split in three bands of about equal size (low, middle, high). */
export const TERTILES = 3;

/** The run options, or null when the draft has errors (see validateDraft). */
export function toRunOptions(
  draft: OptionsDraft,
  mapping: Record<string, string | null>,
  overview: DataOverview,
  language: Language
): RunOptions | null {
  if (Object.keys(validateDraft(draft, overview.respondents)).length > 0) return null;
  const bandable = new Set(overview.bandableColumns ?? []);
  const bands = draft.groupBy
    .filter((column) => bandable.has(column))
    .map((column) => ({ column, quantiles: TERTILES }));
  return {
    groupBy: draft.groupBy.filter((column) => !bandable.has(column)),
    ...(bands.length > 0 ? { bands } : {}),
    population: draft.population.trim() === "" ? null : parseWhole(draft.population),
    base: draft.base,
    rounding: draft.rounding,
    minCell: parseWhole(draft.minCell),
    language,
    columnMapping: columnMappingFor(overview, mapping),
    ...(draft.compare
      ? {
          compare: {
            file: draft.compare.file,
            ...(draft.compare.label.trim() !== "" ? { label: draft.compare.label.trim() } : {}),
            ...(draft.compare.matchOn !== "" ? { matchOn: draft.compare.matchOn } : {}),
          },
        }
      : {}),
  };
}

/**
 * True when the options form or the mapping review no longer says what the stored settings say:
 * then Vernieuwen (which reruns the stored settings) would not run what the form shows.
 */
export function differsFromStored(
  draft: OptionsDraft,
  mapping: Record<string, string | null>,
  stored: RunOptions,
  overview: DataOverview
): boolean {
  const before = draftFrom(stored, overview);
  const whole = (text: string) => (text.trim() === "" ? null : parseWhole(text));
  const groups = (columns: string[]) => [...new Set(columns)].sort().join("\u0000");
  const compare = (c: OptionsDraft["compare"]) =>
    c ? [c.file, c.label.trim(), c.matchOn].join("\u0000") : "";
  if (groups(draft.groupBy) !== groups(before.groupBy)) return true;
  if (!Object.is(whole(draft.population), whole(before.population))) return true;
  if (!Object.is(whole(draft.minCell), whole(before.minCell))) return true;
  if (draft.base !== before.base || draft.rounding !== before.rounding) return true;
  if (compare(draft.compare) !== compare(before.compare)) return true;
  const storedMapping = stored.columnMapping ?? {};
  return overview.mapping.some(
    (row) => effectiveItem(row, mapping) !== effectiveItem(row, storedMapping)
  );
}
