/**
 * marginsFit (src/analysis/marginFeasibility.ts): whether hidden cells can take values within
 * their bounds that add up to the row and column rests, against a brute-force search over every
 * combination on small random tables.
 */
import { marginsFit, type HiddenCell } from "../../src/analysis/marginFeasibility";

describe("marginsFit", () => {
  it("the documented examples", () => {
    const two = (low: number, high: number): HiddenCell[] => [
      { row: 0, column: 0, low, high },
      { row: 0, column: 1, low: 1, high: 4 },
    ];
    expect(marginsFit(two(1, 4), [2], [1, 1])).toBe(true);
    expect(marginsFit(two(2, 2), [2], [1, 1])).toBe(false);
    // A bound that cannot be met, rests that disagree, nothing hidden.
    expect(marginsFit(two(3, 2), [2], [1, 1])).toBe(false);
    expect(marginsFit(two(0, 4), [3], [1, 1])).toBe(false);
    expect(marginsFit([], [0, 0], [0])).toBe(true);
    expect(marginsFit([], [1], [1])).toBe(false);
  });

  it("agrees with a brute-force search on 400 random tables", () => {
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let feasible = 0;
    for (let trial = 0; trial < 400; trial += 1) {
      const rows = 1 + Math.floor(next() * 3);
      const columns = 1 + Math.floor(next() * 3);
      const cells: HiddenCell[] = [];
      for (let r = 0; r < rows; r += 1)
        for (let c = 0; c < columns; c += 1)
          if (next() < 0.6) {
            const low = Math.floor(next() * 3);
            cells.push({ row: r, column: c, low, high: low + Math.floor(next() * 4) });
          }
      // Half the time rests made from values within the bounds (so they fit), half at random.
      const rowRests = Array.from({ length: rows }, () => Math.floor(next() * 8));
      const columnRests = Array.from({ length: columns }, () => Math.floor(next() * 8));
      if (next() < 0.5) {
        rowRests.fill(0);
        columnRests.fill(0);
        for (const cell of cells) {
          const value = cell.low + Math.floor(next() * (cell.high - cell.low + 1));
          rowRests[cell.row] += value;
          columnRests[cell.column] += value;
        }
        // Now and then one off by one: close to fitting, mostly not.
        if (next() < 0.3) rowRests[0] += 1;
      }
      // Brute force: every combination of values within the bounds.
      const values = cells.map((cell) => cell.low);
      let found = false;
      const search = (index: number) => {
        if (found) return;
        if (index === cells.length) {
          const rowSums = new Array<number>(rows).fill(0);
          const columnSums = new Array<number>(columns).fill(0);
          cells.forEach((cell, at) => {
            rowSums[cell.row] += values[at];
            columnSums[cell.column] += values[at];
          });
          found =
            rowSums.every((sum, r) => sum === rowRests[r]) &&
            columnSums.every((sum, c) => sum === columnRests[c]);
          return;
        }
        for (let value = cells[index].low; value <= cells[index].high; value += 1) {
          values[index] = value;
          search(index + 1);
        }
      };
      search(0);
      if (found) feasible += 1;
      expect([trial, marginsFit(cells, rowRests, columnRests)]).toEqual([trial, found]);
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(feasible).toBeGreaterThan(100);
    expect(feasible).toBeLessThan(300);
  });
});
