/**
 * Column and sheet names of the indicator workbook (docs/indicators.md §1), Dutch canonical and
 * English accepted, matched case-, accent- and spacing-insensitively (textMatch.normalizeText), and
 * finding a sheet's header row. Shared by readKader.ts and the report (which prints the Dutch or
 * English names).
 *
 * @example findColumns(["Indicator", "Naam", "Type"], INDICATOR_COLUMNS).get("name") // 1
 */
import type { CellValue, Grid } from "../analysis/grid";
import { findGridRow } from "../analysis/grid";
import { NormalizedLookup, normalizeText } from "../analysis/textMatch";

export type ColumnAliases = Record<string, readonly string[]>;

export const SHEETS = {
  indicators: ["Indicatoren", "Indicators"],
  measurements: ["Metingen", "Measurements"],
  units: ["Eenheden", "Units"],
  targets: ["Doelen", "Targets"],
} as const;

export const INDICATOR_COLUMNS: ColumnAliases = {
  indicator: ["indicator", "id"],
  name: ["naam", "name"],
  goal: ["doel", "goal"],
  subgoal: ["subdoel", "subgoal"],
  level: ["niveau", "level"],
  type: ["type"],
  factor: ["factor"],
  numerator: ["teller", "numerator"],
  denominator: ["noemer", "denominator"],
  aggregation: ["aggregatie", "aggregation"],
  kind: ["soort", "kind"],
  cumulative: ["cumulatief", "cumulative"],
  direction: ["richting", "direction"],
  baseline: ["basiswaarde", "baseline"],
  baselinePeriod: ["basisperiode", "baselinePeriod"],
  target: ["doelwaarde", "target"],
  targetPeriod: ["doelperiode", "targetPeriod"],
  greenFrom: ["groen vanaf", "greenFrom"],
  amberFrom: ["oranje vanaf", "amberFrom"],
  statusBasis: ["statusbasis", "statusBasis"],
  interval: ["interval", "ci"],
  measureUnit: ["meeteenheid", "measureUnit"],
  decimals: ["decimalen", "decimals"],
  source: ["bron", "source"],
};

export const MEASUREMENT_COLUMNS: ColumnAliases = {
  indicator: ["indicator"],
  unit: ["eenheid", "unit"],
  period: ["periode", "period"],
  value: ["waarde", "value"],
  numerator: ["teller", "numerator"],
  denominator: ["noemer", "denominator"],
  dataDate: ["datum", "dataDate"],
  source: ["bron", "source"],
  comment: ["opmerking", "comment"],
  // provenance written by `consolidate` (the returned file and its cells): not dimensions
  file: ["bestand", "file"],
  cell: ["cel", "cell"],
};

export const UNIT_COLUMNS: ColumnAliases = {
  unit: ["eenheid", "unit"],
  activeFrom: ["actief vanaf", "activeFrom"],
  activeUntil: ["actief tot", "activeUntil"],
};

export const TARGET_COLUMNS: ColumnAliases = {
  indicator: ["indicator"],
  unit: ["eenheid", "unit"],
  target: ["doelwaarde", "target"],
  targetPeriod: ["doelperiode", "targetPeriod"],
  baseline: ["basiswaarde", "baseline"],
  baselinePeriod: ["basisperiode", "baselinePeriod"],
};

/** The grid whose sheet name is one of `names` (normalised), or undefined. */
export function findSheet(grids: readonly Grid[], names: readonly string[]): Grid | undefined {
  const wanted = new Set(names.map(normalizeText));
  return grids.find((grid) => wanted.has(normalizeText(grid.sheet)));
}

/** Text of a header or label cell; null when blank. */
export function cellText(cell: CellValue | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = String(cell).trim();
  return text === "" ? null : text;
}

/** Index (within the grid) of the header row: the first row with any non-blank cell; -1 if none. */
export function headerRowIndex(grid: Grid): number {
  return findGridRow(grid, (row) => row.some((cell) => cellText(cell) !== null));
}

/**
 * Maps the header cells to known column keys. Returns key → column index, plus the columns that
 * matched no key (name → index) in sheet order: dimensions in `Metingen`, background in `Eenheden`.
 */
export function findColumns(
  header: readonly CellValue[],
  aliases: ColumnAliases
): { known: Map<string, number>; other: { name: string; index: number }[] } {
  const lookup = new NormalizedLookup<string>();
  for (const [key, names] of Object.entries(aliases))
    for (const name of names) lookup.add(name, key);
  const known = new Map<string, number>();
  const other: { name: string; index: number }[] = [];
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === null) return;
    const key = lookup.get(text);
    if (key !== undefined && !known.has(key)) known.set(key, index);
    else other.push({ name: text, index });
  });
  return { known, other };
}
