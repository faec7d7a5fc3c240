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
import { normalizeText } from "../analysis/textMatch";
import {
  cellText,
  findColumns,
  findSheet,
  headerRowIndex,
  MEASUREMENT_COLUMNS,
  SHEETS,
} from "../indicators/columns";

export interface KaderSheets {
  /** `Indicatoren`, header first. */
  definitions: CellValue[][];
  /** `Eenheden`, header first, when the kader has the sheet. */
  units?: CellValue[][];
  /** `Doelen`, header first, when the kader has the sheet. */
  targets?: CellValue[][];
  /** `Metingen`, header first, when the kader has the sheet: the figures so far. */
  measurements?: CellValue[][];
  /** The sheet row (1-based) of the header of `measurements`, for the provenance of its rows. */
  measurementsHeaderRow?: number;
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
  const measurementGrid = findSheet(grids, SHEETS.measurements);
  const measurements = rows(SHEETS.measurements);
  return {
    definitions,
    ...(units ? { units } : {}),
    ...(targets ? { targets } : {}),
    ...(measurements && measurementGrid
      ? {
          measurements,
          measurementsHeaderRow:
            measurementGrid.originRow + Math.max(0, headerRowIndex(measurementGrid)) + 1,
        }
      : {}),
  };
}

/**
 * The consolidated `Metingen` with the kader's figures so far before the returned ones: a
 * cumulative indicator (participants reached since the baseline) needs every earlier period, not
 * only the periods the templates asked for (found when Dēmos staff consolidated with --kader and
 * saw a unit on track in the kader turn red). A kader row for the same indicator, unit and period
 * as a returned row is replaced by it (the return is the newer figure). Kader rows get the kader
 * as `bestand` and their `Metingen` row as `cel`.
 *
 * @example
 * measurementsWithHistory(returned, kader, "kader.xlsx").replaced // 3 (kader rows a return replaced)
 */
export function measurementsWithHistory(
  returned: readonly CellValue[][],
  kader: KaderSheets,
  kaderFile: string
): { rows: CellValue[][]; kept: number; replaced: number } {
  const history = kader.measurements;
  if (!history || history.length === 0 || returned.length === 0)
    return { rows: returned.map((row) => [...row]), kept: 0, replaced: 0 };
  // The consolidated columns, then any the kader has beside them (its dimensions, `bron`): a
  // kader that splits a figure by a dimension has several rows per indicator, unit and period.
  const returnedColumns = findColumns(returned[0], MEASUREMENT_COLUMNS).known;
  const historyHeader = history[0];
  const historyColumns = findColumns(historyHeader, MEASUREMENT_COLUMNS);
  const extra = historyHeader
    .map((cell, index) => ({ name: cellText(cell), index }))
    .filter(
      (column): column is { name: string; index: number } =>
        column.name !== null &&
        [...historyColumns.known].every(
          ([key, at]) => at !== column.index || !returnedColumns.has(key)
        )
    );
  const header = [...returned[0], ...extra.map((column) => column.name)];
  const keyOf = (indicator: CellValue, unit: CellValue, period: CellValue) =>
    [indicator, unit, period].map((cell) => normalizeText(cellText(cell) ?? "")).join("\u0000");
  const at = (columns: Map<string, number>, row: readonly CellValue[], key: string) => {
    const index = columns.get(key);
    return index === undefined ? null : (row[index] ?? null);
  };
  const returnedKeys = new Set(
    returned
      .slice(1)
      .map((row) =>
        keyOf(
          at(returnedColumns, row, "indicator"),
          at(returnedColumns, row, "unit"),
          at(returnedColumns, row, "period")
        )
      )
  );
  const firstRow = kader.measurementsHeaderRow ?? 1;
  // The contract key of each consolidated column ("file", "cell", "value", …), found once.
  const keyAtColumn = returned[0].map(
    (_, column) => [...returnedColumns].find(([, at]) => at === column)?.[0]
  );
  const rows: CellValue[][] = [header];
  let kept = 0;
  let replaced = 0;
  history.slice(1).forEach((row, index) => {
    if (cellText(at(historyColumns.known, row, "indicator")) === null) return;
    const key = keyOf(
      at(historyColumns.known, row, "indicator"),
      at(historyColumns.known, row, "unit"),
      at(historyColumns.known, row, "period")
    );
    if (returnedKeys.has(key)) {
      replaced += 1;
      return;
    }
    kept += 1;
    const own = keyAtColumn.map((name) => {
      if (name === "file") return kaderFile;
      if (name === "cell") return `Metingen!A${firstRow + index + 1}`;
      return name === undefined ? null : at(historyColumns.known, row, name);
    });
    rows.push([...own, ...extra.map((column) => row[column.index] ?? null)]);
  });
  rows.push(...returned.slice(1).map((row) => [...row, ...extra.map(() => null)]));
  return { rows, kept, replaced };
}
