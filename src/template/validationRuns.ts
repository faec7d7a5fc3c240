/**
 * Joins per-cell data validations into runs down a column: cells in one column on consecutive rows
 * whose validations are alike (everything but the range equal) become one range, e.g. G2…G11 →
 * `G2:G11`.
 *
 * Why: ExcelJS 4.4 joins validations given per cell itself, but it visits the cells sorted as text
 * ("G10" before "G2"), so it writes `G10:G11` and then `G2:G11` over the same cells; Excel repairs
 * a file whose validation ranges overlap. Given ranges, ExcelJS writes them as they are, so every
 * cell keeps exactly one validation. Ranges that are not a single cell are kept as they are.
 *
 * @example
 * validationRuns([{ range: "G2", kind: "date" }, { range: "G3", kind: "date" }, { range: "D2", kind: "date" }])
 * // [{ range: "D2", kind: "date" }, { range: "G2:G3", kind: "date" }]
 */
export function validationRuns<V extends { range: string }>(validations: readonly V[]): V[] {
  const single = /^([A-Z]+)(\d+)$/;
  const cells: { validation: V; column: string; row: number; key: string }[] = [];
  const kept: V[] = [];
  for (const validation of validations) {
    const match = single.exec(validation.range);
    if (!match) {
      kept.push(validation);
      continue;
    }
    const { range: _range, ...rest } = validation;
    cells.push({ validation, column: match[1], row: Number(match[2]), key: JSON.stringify(rest) });
  }
  // By column (shorter names first, as A < Z < AA), then by row as a number.
  cells.sort(
    (a, b) =>
      a.column.length - b.column.length ||
      (a.column < b.column ? -1 : a.column > b.column ? 1 : 0) ||
      a.row - b.row
  );
  const runs: V[] = [];
  let start = 0;
  for (let index = 1; index <= cells.length; index += 1) {
    const first = cells[start];
    const previous = cells[index - 1];
    const next = cells[index];
    const continues =
      next !== undefined &&
      next.column === first.column &&
      next.row === previous.row + 1 &&
      next.key === first.key;
    if (continues) continue;
    const range =
      previous.row === first.row
        ? first.validation.range
        : `${first.column}${first.row}:${first.column}${previous.row}`;
    runs.push({ ...first.validation, range });
    start = index;
  }
  return [...kept, ...runs];
}
