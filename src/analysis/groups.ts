/**
 * Group breakdowns: which respondents belong to each value of a background column (size class,
 * region, …). Respondents without a value form their own group "(leeg)" so nobody disappears.
 */
import type { BackgroundColumn, Dataset } from "./dataset";
import type { Language } from "./language";
import { NormalizedLookup } from "./textMatch";

/** Label of the group of respondents with no value in the group column. */
export function emptyGroupLabel(language: Language): string {
  return language === "nl" ? "(leeg)" : "(empty)";
}

/**
 * Finds group columns by name, tolerantly (id or header as written; case and accents ignored).
 * Returns the columns found and the names that match nothing.
 */
export function resolveGroupColumns(
  dataset: Dataset,
  names: readonly string[]
): { columns: BackgroundColumn[]; unknown: string[] } {
  const lookup = new NormalizedLookup<BackgroundColumn>();
  for (const column of dataset.background) {
    lookup.add(column.id, column);
    lookup.add(column.header, column);
  }
  const columns: BackgroundColumn[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const column = lookup.get(name);
    if (!column) unknown.push(name);
    else if (!columns.includes(column)) columns.push(column);
  }
  return { columns, unknown };
}

let collator: Intl.Collator | undefined;

/** Dutch natural order; the collator is made on first use (ICU's data take milliseconds to load). */
function compareNatural(a: string, b: string): number {
  collator ??= new Intl.Collator("nl", { numeric: true, sensitivity: "base" });
  return collator.compare(a, b);
}

/**
 * Splits respondents by the values of a column, groups in the given order (bands) or else in
 * natural order ("klein" < "middelgroot", "2" < "10"), the empty group last.
 *
 * @example splitByValue(["klein", null, "groot", "klein"], "nl") // [["groot",[2]],["klein",[0,3]],["(leeg)",[1]]]
 */
export function splitByValue(
  values: readonly (string | null)[],
  language: Language,
  order?: readonly string[]
): [string, number[]][] {
  const groups = new Map<string, number[]>();
  const empty: number[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      empty.push(index);
      return;
    }
    const members = groups.get(value);
    if (members) members.push(index);
    else groups.set(value, [index]);
  });
  const rank = (value: string) => order?.indexOf(value) ?? -1;
  const ordered = [...groups.entries()].sort(
    ([a], [b]) => rank(a) - rank(b) || compareNatural(a, b)
  );
  if (empty.length > 0) ordered.push([emptyGroupLabel(language), empty]);
  return ordered;
}
