/**
 * The height of a row whose wrapped text needs more than one line: Excel does not grow a row for
 * wrapped text in a file written outside it until the cell is edited, so the writer sets the
 * height. One line per `width` characters of the column (the width in characters, 10 when unset),
 * 15 points per line; undefined when one line is enough (the row keeps Excel's default height).
 * Shared by the ExcelJS adapter (exceljsPort.ts) and the rows of large tables written as sheet XML
 * (largeTableRows.ts), so both give a row the same height.
 *
 * @example wrappedRowHeight("Aantal deelnemers dat werk vond", 14) // 45 (31 characters: 3 lines)
 * @example wrappedRowHeight("Bereik", 14) // undefined
 */
export const WRAPPED_LINE_HEIGHT = 15;

export function wrappedRowHeight(text: string, width: number | undefined): number | undefined {
  const lines = Math.ceil(text.length / Math.max(1, width ?? 10));
  return lines > 1 ? lines * WRAPPED_LINE_HEIGHT : undefined;
}
