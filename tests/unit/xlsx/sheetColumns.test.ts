/**
 * The .xlsx reader's column store (src/xlsx/sheetColumns.ts): a sheet read by column must be the
 * grid the row store makes of the same bytes (readWorkbook's `byColumn: false`), and must run out
 * of cell budget at the same cell. Each case is also read with its last row first in the XML,
 * where the column store hands over to the row store after the first row: the same grid again.
 */
import { zipSync } from "fflate";
import type { Grid } from "../../../src/analysis/grid";
import { InputError } from "../../../src/analysis/inputError";
import { readWorkbook } from "../../../src/xlsx/xlsxReader";
import { columnName, workbookParts } from "../../fakes/craftXlsx";

/** One cell's XML: a number, -0, text (inline) or a boolean. */
type Cell = number | string | boolean;

function cellXml(row: number, column: number, value: Cell): string {
  const ref = `${columnName(column)}${row + 1}`;
  if (typeof value === "number")
    return `<c r="${ref}"><v>${Object.is(value, -0) ? "-0" : value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
}

/** sheetData XML of rows of [column, value] cells, keyed by zero-based row; `lastFirst` moves the last row to the front. */
function sheetXml(rows: Map<number, [number, Cell][]>, lastFirst: boolean): string {
  const entries = [...rows].sort((a, b) => a[0] - b[0]);
  if (lastFirst && entries.length > 1) entries.unshift(entries.pop()!);
  return entries
    .map(
      ([row, cells]) =>
        `<row r="${row + 1}">${cells.map(([column, value]) => cellXml(row, column, value)).join("")}</row>`
    )
    .join("");
}

async function read(
  xml: string,
  merges: string[] = [],
  cellBudget?: number,
  byColumn = true
): Promise<Grid> {
  const afterXml = merges.length
    ? `<mergeCells>${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`
    : "";
  const bytes = zipSync(workbookParts([{ name: "Blad1", sheetDataXml: xml, afterXml }]));
  const { grids } = await readWorkbook(bytes, "a.xlsx", { cellBudget, byColumn });
  return grids[0];
}

/**
 * A sheet read as written and with its last row first, each by the column store and by the row
 * store alone: the grid (or the budget message) and whether the column store kept it.
 */
async function fourWays(
  rows: Map<number, [number, Cell][]>,
  merges: string[] = [],
  budget?: number
) {
  const outcome = async (lastFirst: boolean, byColumn: boolean) => {
    try {
      const grid = await read(sheetXml(rows, lastFirst), merges, budget, byColumn);
      return {
        byColumn: grid.columns !== undefined,
        grid: { origin: [grid.originRow, grid.originColumn], rows: grid.rows },
      };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { byColumn: null, grid: error.message };
    }
  };
  return {
    inOrder: await outcome(false, true),
    inOrderRows: await outcome(false, false),
    outOfOrder: await outcome(true, true),
    outOfOrderRows: await outcome(true, false),
  };
}

describe("the .xlsx reader's column store", () => {
  it("gives the row store's grid for 300 random sheets: gaps, blank rows, merges, a budget", async () => {
    // A small linear congruential generator: the same sheets on every run.
    let seed = 20261202;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const values: Cell[] = [
      1,
      4,
      4,
      0,
      -0,
      7.5,
      130,
      65_000,
      "4",
      "groot",
      "klein",
      "",
      true,
      false,
    ];
    let byColumn = 0;
    let budgetErrors = 0;
    for (let round = 0; round < 300; round += 1) {
      const rows = new Map<number, [number, Cell][]>();
      const rowCount = 1 + Math.floor(random() * 12);
      const firstRow = Math.floor(random() * 3);
      const startsInA = random() < 0.8;
      for (let row = firstRow; row < firstRow + rowCount; row += 1) {
        if (random() < 0.15) continue; // a blank row
        const cells: [number, Cell][] = [];
        for (let column = startsInA ? 0 : 1; column < 12; column += 1)
          if (random() < 0.6) cells.push([column, values[Math.floor(random() * values.length)]]);
        if (cells.length) rows.set(row, cells);
      }
      if (rows.size < 2) continue;
      const merges =
        random() < 0.4
          ? [
              `B${firstRow + 1}:D${firstRow + 2}`,
              `${columnName(Math.floor(random() * 10))}${firstRow + rowCount}:K${firstRow + rowCount + 1}`,
            ]
          : [];
      const budget = random() < 0.3 ? 10 + Math.floor(random() * 60) : undefined;
      const ways = await fourWays(rows, merges, budget);
      // The same bytes give the same grid, or run out of budget at the same cell, in either store.
      expect(ways.inOrder.grid).toStrictEqual(ways.inOrderRows.grid);
      expect(ways.outOfOrder.grid).toStrictEqual(ways.outOfOrderRows.grid);
      expect(ways.inOrderRows.byColumn).not.toBe(true);
      expect(ways.outOfOrder.byColumn).not.toBe(true);
      // Without a budget error, the order of the rows in the XML changes nothing.
      if (typeof ways.inOrder.grid !== "string" && typeof ways.outOfOrder.grid !== "string")
        expect(ways.inOrder.grid).toStrictEqual(ways.outOfOrder.grid);
      const inOrder = ways.inOrder;
      if (typeof inOrder.grid === "string") budgetErrors += 1;
      if (inOrder.byColumn) byColumn += 1;
    }
    expect(byColumn).toBeGreaterThan(100);
    expect(budgetErrors).toBeGreaterThan(10);
  });

  it("keeps 0 and -0 apart, and numbers apart from the same digits as text", async () => {
    const rows = new Map<number, [number, Cell][]>([
      [0, [[0, "V1"]]],
      [1, [[0, 0]]],
      [2, [[0, -0]]],
      [3, [[0, "4"]]],
      [4, [[0, 4]]],
    ]);
    const { inOrder } = await fourWays(rows);
    expect(inOrder.byColumn).toBe(true);
    const cells = (inOrder.grid as { rows: unknown[][] }).rows.map((row) => row[0]);
    expect(Object.is(cells[1], 0)).toBe(true);
    expect(Object.is(cells[2], -0)).toBe(true);
    expect(cells.slice(3)).toStrictEqual(["4", 4]);
  });

  it("reads data that does not start in column A, or a stray far-away cell, as rows", async () => {
    const fromC = new Map<number, [number, Cell][]>([
      [0, [[2, "V1"]]],
      [1, [[2, 4]]],
    ]);
    expect((await read(sheetXml(fromC, false))).columns).toBeUndefined();
    const stray = new Map<number, [number, Cell][]>();
    for (let row = 0; row < 3000; row += 1) stray.set(row, [[0, row % 5]]);
    stray.set(3000, [[16_000, "ver weg"]]);
    const grid = await read(sheetXml(stray, false));
    expect(grid.columns).toBeUndefined();
    expect(grid.rows[3000]).toHaveLength(16_001);
    expect(grid.rows[2999]).toStrictEqual([4]);
  });

  it("moves to 32-bit codes past 65,535 distinct values in a column", async () => {
    const rows = new Map<number, [number, Cell][]>();
    for (let row = 0; row < 66_000; row += 1)
      rows.set(row, [
        [0, row],
        [1, row % 3],
      ]);
    const grid = await read(sheetXml(rows, false));
    expect(grid.columns?.codes).toBeInstanceOf(Uint32Array);
    expect(grid.rows[65_999]).toStrictEqual([65_999, 65_999 % 3]);
    expect(grid.rows[65_536]).toStrictEqual([65_536, 65_536 % 3]);
  });
});
