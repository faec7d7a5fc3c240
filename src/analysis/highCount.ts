/**
 * Valid answers and answers in the high band ("wel akkoord", "sterke inzet", "wel nuttig") of one
 * item column: the counts behind every "% hoog" that is tested or compared.
 */
import type { ItemColumn } from "./dataset";
import { ANSWER_STATUS } from "./dataset";

/**
 * Counts the valid answers (n) and those in the scale's high band (high), over all respondents or
 * the given rows. Why: the comparison of waves and the feedback per network need the counts, not
 * only the percentage, to test and to apply the minimum cell size.
 *
 * Reference: the bands of src/analysis/scale.ts (bandsFor).
 *
 * @example
 * countHigh(column)           // { n: 77, high: 63 }
 * countHigh(column, [0, 1, 2]) // the first three respondents only
 */
export function countHigh(
  column: ItemColumn,
  rows?: readonly number[]
): { n: number; high: number } {
  const highCodes = column.item.scale.highCodes;
  let n = 0;
  let high = 0;
  const count = (row: number) => {
    if (column.status[row] !== ANSWER_STATUS.valid) return;
    n += 1;
    if (highCodes.includes(column.values[row])) high += 1;
  };
  if (rows) rows.forEach(count);
  else for (let row = 0; row < column.status.length; row += 1) count(row);
  return { n, high };
}
