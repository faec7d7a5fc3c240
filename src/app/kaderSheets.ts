/**
 * The framework sheets a monitoring consolidation carries over from the kader (`consolidate
 * --kader kader.xlsx`): `Indicatoren`, and `Eenheden` and `Doelen` when the kader has them. The
 * returned templates hold only the indicator definitions, so without the kader the consolidated
 * workbook has no unit list (completeness, active periods, breakdowns) and no unit targets; with it,
 * `netwerkmeter indicators` on the result gives the same targets, progress and status as on the
 * kader. Each sheet is taken from its header row down (docs/indicators.md §1: rows above the header
 * are titles). Pure: grids in, rows out.
 *
 * @example
 * kaderSheets(await readGrids("kader.xlsx", "nl"))?.targets?.[0] // ["indicator", "eenheid", "doelwaarde", …]
 */
import type { CellValue, Grid } from "../analysis/grid";
import { findSheet, headerRowIndex, SHEETS } from "../indicators/columns";

export interface KaderSheets {
  /** `Indicatoren`, header first. */
  definitions: CellValue[][];
  /** `Eenheden`, header first, when the kader has the sheet. */
  units?: CellValue[][];
  /** `Doelen`, header first, when the kader has the sheet. */
  targets?: CellValue[][];
}

/** The kader's sheets from the header row down; null when it has no `Indicatoren` sheet. */
export function kaderSheets(grids: readonly Grid[]): KaderSheets | null {
  const rows = (names: readonly string[]) => {
    const grid = findSheet(grids, names);
    return grid ? grid.rows.slice(Math.max(0, headerRowIndex(grid))) : undefined;
  };
  const definitions = rows(SHEETS.indicators);
  if (!definitions) return null;
  const units = rows(SHEETS.units);
  const targets = rows(SHEETS.targets);
  return { definitions, ...(units ? { units } : {}), ...(targets ? { targets } : {}) };
}
