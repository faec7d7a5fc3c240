/**
 * Values that no column header names: a column whose header cell is blank, and fields beyond the
 * header row's last column (a CSV line with more fields than the header, a note typed to the right
 * of the table). Those values are not analysed; each is reported as a warning so nobody loses
 * answers without knowing: one per blank-headed column, one per row with fields beyond the header.
 * What a careful tool does (R's read.csv fails on more fields than the header unless told to fill;
 * readxl names the column "...6" and warns).
 */
import type { Grid } from "./grid";
import { gridCell, gridCellAddress, gridRowCount, gridRowLength } from "./grid";
import type { Issue } from "./issue";
import type { Language } from "./language";
import { ingestMessage } from "./ingestMessages";

/** At most this many rows with extra fields are listed one by one; the rest in one summary. */
const MAX_ROW_ISSUES = 100;

function hasValue(value: unknown): boolean {
  return (
    value !== null && value !== undefined && !(typeof value === "string" && value.trim() === "")
  );
}

/**
 * Warnings for values without a header, from the rows after `headerRow` (grid-relative).
 *
 * @example
 * unnamedColumnIssues({ sheet: "d", originRow: 0, originColumn: 0, rows: [["a", ""], [1, 2, 3]] }, 0, ["a", ""], "en")
 * // [BLANK_HEADER at B1 (1 value), EXTRA_FIELDS at C2]
 */
export function unnamedColumnIssues(
  grid: Grid,
  headerRow: number,
  headers: readonly string[],
  language: Language
): Issue[] {
  const issues: Issue[] = [];
  const blankCounts = new Map<number, number>();
  const extraRows: { row: number; first: number; count: number }[] = [];
  // Only the blank-headed columns and the fields beyond the header are looked at, not every cell.
  const blankColumns: number[] = [];
  headers.forEach((header, column) => {
    if (header === "") blankColumns.push(column);
  });
  const width = headers.length;
  const rowCount = gridRowCount(grid);
  for (let row = headerRow + 1; row < rowCount; row += 1) {
    const length = gridRowLength(grid, row);
    // Indexed loops: this runs for every row, mostly before V8 has optimised it.
    for (let position = 0; position < blankColumns.length; position += 1) {
      const column = blankColumns[position];
      if (column >= length) break;
      if (hasValue(gridCell(grid, row, column)))
        blankCounts.set(column, (blankCounts.get(column) ?? 0) + 1);
    }
    if (length <= width) continue;
    let extraFirst = -1;
    let extraCount = 0;
    for (let column = width; column < length; column += 1) {
      if (!hasValue(gridCell(grid, row, column))) continue;
      if (extraFirst === -1) extraFirst = column;
      extraCount += 1;
    }
    if (extraFirst !== -1) extraRows.push({ row, first: extraFirst, count: extraCount });
  }
  for (const [column, count] of [...blankCounts].sort((a, b) => a[0] - b[0])) {
    const cell = gridCellAddress(grid, headerRow, column);
    issues.push({
      severity: "warning",
      code: "BLANK_HEADER",
      message: ingestMessage(language, { code: "BLANK_HEADER", cell, count }),
      file: grid.file,
      sheet: grid.sheet,
      cell,
    });
  }
  for (const { row, first, count } of extraRows.slice(0, MAX_ROW_ISSUES)) {
    const cell = gridCellAddress(grid, row, first);
    issues.push({
      severity: "warning",
      code: "EXTRA_FIELDS",
      message: ingestMessage(language, {
        code: "EXTRA_FIELDS",
        row: grid.originRow + row + 1,
        count,
        cell,
      }),
      file: grid.file,
      sheet: grid.sheet,
      cell,
    });
  }
  if (extraRows.length > MAX_ROW_ISSUES) {
    const rest = extraRows.length - MAX_ROW_ISSUES;
    issues.push({
      severity: "warning",
      code: "EXTRA_FIELDS",
      message: ingestMessage(language, { code: "EXTRA_FIELDS", moreRows: rest }),
      file: grid.file,
      sheet: grid.sheet,
    });
  }
  return issues;
}
