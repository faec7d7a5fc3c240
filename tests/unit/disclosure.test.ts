/**
 * Disclosure control (src/analysis/disclosure.ts) and its use in analyze and the report: counts
 * of 1 to minCell − 1 in cross-tabs are masked, group tables with a small base show no counts.
 */
import { analyze } from "../../src/analysis/analyze";
import { buildReport } from "../../src/report/buildReport";
import { isMaskedCount, maskCrosstab } from "../../src/analysis/disclosure";
import type { CellValue } from "../../src/analysis/grid";
import { gridFromRows } from "../../src/analysis/grid";
import { ingest } from "../../src/analysis/ingest";
import type { Crosstab } from "../../src/analysis/results";
import { demosCoordinatorenCodebook } from "../../src/presets/demosCoordinatoren";

describe("isMaskedCount", () => {
  it("masks 1 to minCell − 1, never 0, never at or above minCell", () => {
    expect([0, 1, 4, 5, 6].map((count) => isMaskedCount(count, 5))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(isMaskedCount(1, 0)).toBe(false);
  });
});

describe("maskCrosstab", () => {
  const table: Crosstab = {
    by: "REGIO",
    table: {
      Gent: { facilitator: 2, coproducent: 6, opdrachtgever: 0 },
      Aalst: { facilitator: 7, coproducent: 5, opdrachtgever: 9 },
    },
    chiSquare: 1.5,
    df: 2,
    p: 0.47,
    cramersV: 0.2,
    smallExpected: true,
  };
  it("small counts become null, with the cells that would give them back; row totals and the test statistics stay", () => {
    const masked = maskCrosstab(table, 5);
    // Gent: 8 − 6 − 0 would give the 2 back, so the 0 is masked too; then facilitator
    // (7 + ? = 9) and opdrachtgever (9 + ? = 9) would be told by the column totals: Aalst's
    // smallest of those columns are masked.
    expect(masked.table).toEqual({
      Gent: { facilitator: null, coproducent: 6, opdrachtgever: null },
      Aalst: { facilitator: null, coproducent: 5, opdrachtgever: null },
    });
    expect(masked.rowTotals).toEqual({ Gent: 8, Aalst: 21 });
    expect(masked.cellsMasked).toBe(4);
    expect(masked.cellsMaskedSecondary).toBe(3);
    expect(masked.chiSquare).toBe(1.5);
  });

  it("nothing below the minimum: nothing masked, no secondary cells", () => {
    const masked = maskCrosstab(table, 2);
    expect(masked.table).toEqual(table.table);
    expect(masked.cellsMasked).toBe(0);
    expect(masked.cellsMaskedSecondary).toBeUndefined();
  });

  /**
   * The attack that found the leak (an analyst, on the example's GROOTTE_KLASSE table): every
   * table of counts that fits the cells shown, the row totals and the column totals (the overall
   * style counts, which the report publishes). A masked cell is protected when it can take more
   * than one value in those tables.
   */
  function valuesFitting(
    masked: Crosstab,
    real: Crosstab,
    domain: (row: string, columnTotal: number) => number[]
  ): Map<string, Set<number>> {
    const rows = Object.keys(real.table);
    const columns = Object.keys(real.table[rows[0]]);
    const columnTotals = columns.map((column) =>
      rows.reduce((sum, row) => sum + (real.table[row][column] ?? 0), 0)
    );
    const hidden = rows.flatMap((row) =>
      columns.filter((column) => masked.table[row][column] === null).map((column) => [row, column])
    );
    const seen = new Map(hidden.map(([row, column]) => [`${row}/${column}`, new Set<number>()]));
    const trial = rows.map((row) => columns.map((column) => masked.table[row][column] ?? 0));
    const search = (index: number) => {
      if (index === hidden.length) {
        const fits =
          rows.every((row, r) => trial[r].reduce((a, b) => a + b, 0) === masked.rowTotals![row]) &&
          columns.every(
            (_, c) => rows.reduce((sum, _row, r) => sum + trial[r][c], 0) === columnTotals[c]
          );
        if (fits)
          hidden.forEach(([row, column]) =>
            seen.get(`${row}/${column}`)!.add(trial[rows.indexOf(row)][columns.indexOf(column)])
          );
        return;
      }
      const [row, column] = hidden[index];
      const r = rows.indexOf(row);
      const c = columns.indexOf(column);
      for (const value of domain(row, columnTotals[c])) {
        trial[r][c] = value;
        search(index + 1);
      }
      trial[r][c] = 0;
    };
    search(0);
    return seen;
  }

  it("the example's table: the published totals no longer give any masked cell back", () => {
    // GROOTTE_KLASSE × overall style as in examples/coordinatoren-demos.xlsx (groot 32, klein 45;
    // opdrachtgever 1 and 4, onbepaald 1 and 1: all four were recovered before).
    const example: Crosstab = {
      by: "GROOTTE_KLASSE",
      table: {
        groot: { facilitator: 6, coproducent: 19, opdrachtgever: 1, gemengd: 5, onbepaald: 1 },
        klein: { facilitator: 8, coproducent: 26, opdrachtgever: 4, gemengd: 6, onbepaald: 1 },
      },
      chiSquare: 1,
      df: 4,
      p: 0.9,
      cramersV: 0.1,
      smallExpected: true,
    };
    const unprotected = {
      ...example,
      table: {
        groot: { ...example.table.groot, opdrachtgever: null, onbepaald: null },
        klein: { ...example.table.klein, opdrachtgever: null, onbepaald: null },
      },
      rowTotals: { groot: 32, klein: 45 },
    };
    // The control: primary masking alone, and a reader who knows each empty cell is 1 to 4 (as
    // the note said), finds one fitting value per cell.
    const oneToFour = () => [1, 2, 3, 4];
    expect(
      [...valuesFitting(unprotected, example, oneToFour).values()].map((values) => values.size)
    ).toEqual([1, 1, 1, 1]);
    // Now an empty cell may be any count (the note says some are hidden only for the totals).
    const masked = maskCrosstab(example, 5);
    const anyCount = (row: string, columnTotal: number) =>
      Array.from(
        { length: Math.min(masked.rowTotals![row], columnTotal) + 1 },
        (_, value) => value
      );
    const fitting = valuesFitting(masked, example, anyCount);
    // Each row and column already has two masked cells: no further cell is needed.
    expect(masked.cellsMaskedSecondary).toBeUndefined();
    expect(fitting.size).toBe(4);
    for (const [cell, values] of fitting) expect([cell, values.size > 1]).toEqual([cell, true]);
  });

  it("random tables: no row or column is left with exactly one masked cell", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const styles = ["facilitator", "coproducent", "opdrachtgever", "gemengd", "onbepaald"];
    for (let trial = 0; trial < 300; trial += 1) {
      const groups = 2 + Math.floor(next() * 4);
      const table: Crosstab["table"] = {};
      for (let g = 0; g < groups; g += 1)
        table[`g${g}`] = Object.fromEntries(
          styles.map((style) => [style, Math.floor(next() * 12)])
        );
      const masked = maskCrosstab({ ...example0, table }, 5).table;
      const rows = Object.keys(masked);
      const lines = [
        ...rows.map((row) => styles.map((style) => masked[row][style])),
        ...styles.map((style) => rows.map((row) => masked[row][style])),
      ];
      for (const line of lines) expect(line.filter((value) => value === null).length).not.toBe(1);
    }
  });

  it("random small tables: every small count can take another value that fits what is shown", () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const styles = ["facilitator", "coproducent", "opdrachtgever"];
    let checked = 0;
    for (let trial = 0; trial < 400; trial += 1) {
      const table: Crosstab["table"] = {};
      for (let g = 0; g < 2 + Math.floor(next() * 2); g += 1)
        table[`g${g}`] = Object.fromEntries(styles.map((style) => [style, Math.floor(next() * 7)]));
      // A group in a cross-tab has at least one network.
      if (Object.values(table).some((line) => Object.values(line).every((count) => count === 0)))
        continue;
      const real = { ...example0, table };
      const masked = maskCrosstab(real, 4);
      const domain = (row: string, columnTotal: number) =>
        Array.from({ length: Math.min(masked.rowTotals![row], columnTotal) + 1 }, (_, v) => v);
      // The brute force tries every combination: only tables where that is at most 100,000.
      const combinations = Object.entries(masked.table)
        .flatMap(([row, cells]) =>
          Object.entries(cells)
            .filter(([, count]) => count === null)
            .map(
              ([style]) =>
                domain(
                  row,
                  Object.values(real.table).reduce((sum, line) => sum + line[style]!, 0)
                ).length
            )
        )
        .reduce((product, size) => product * size, 1);
      if (combinations > 100_000) continue;
      const fitting = valuesFitting(masked, real, domain);
      for (const [cell, values] of fitting) {
        const [row, style] = cell.split("/");
        const count = real.table[row][style]!;
        if (count < 1 || count > 3) continue;
        checked += 1;
        expect([cell, values.size > 1]).toEqual([cell, true]);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

const example0: Crosstab = {
  by: "X",
  table: {},
  chiSquare: null,
  df: null,
  p: null,
  cramersV: null,
  smallExpected: false,
};

describe("in analyze and the report", () => {
  // Six networks: 4 in Gent, 2 in Aalst; styles from ROL_ACT FAC/COP/OPD.
  const header = ["RESP_ID", "REGIO", "ROL_ACT_FAC", "ROL_ACT_COP", "ROL_ACT_OPD", "VIS_01"];
  const rows: CellValue[][] = [
    ["N1", "Gent", 1, 5, 2, 4],
    ["N2", "Gent", 1, 5, 2, 4],
    ["N3", "Gent", 1, 5, 2, 5],
    ["N4", "Gent", 5, 1, 2, 2],
    ["N5", "Aalst", 1, 5, 2, 4],
    ["N6", "Aalst", 1, 5, 2, 1],
  ];
  const dataset = ingest(
    gridFromRows("Antwoorden", [header, ...rows]),
    demosCoordinatorenCodebook()
  );

  it("with minCell 3: cross-tab cells of 1 and 2 are null, with the cells that would give them back; totals kept", () => {
    const result = analyze(dataset, { groupBy: ["REGIO"], minCell: 3 });
    const crosstab = result.governance!.crosstabs[0];
    // Gent: facilitator 1, coproducent 3; Aalst: coproducent 2. The 1 and the 2 are masked; then
    // each row's first smallest count (a 0), and in the columns left with one masked cell the
    // other: coproducent 3 too, or 4 − 0 − 0 − 0 − 1 would give it back.
    expect(crosstab.table.Gent).toEqual({
      facilitator: null,
      coproducent: null,
      opdrachtgever: null,
      gemengd: 0,
      onbepaald: 0,
    });
    expect(crosstab.table.Aalst).toEqual({
      facilitator: null,
      coproducent: null,
      opdrachtgever: null,
      gemengd: 0,
      onbepaald: 0,
    });
    expect(crosstab).toMatchObject({ cellsMasked: 6, cellsMaskedSecondary: 4 });
    expect(crosstab.rowTotals).toEqual({ Aalst: 2, Gent: 4 });
    const report = buildReport(result, { language: "nl" });
    const styleTable = report.sheets.find((sheet) => sheet.name === "Stijl naar REGIO")!.tables[0];
    const gent = styleTable.rows.find((row) => row[0] === "Gent")!;
    expect(gent).toEqual(["Gent", null, null, null, 0, 0, 4]);
    expect(styleTable.notes.join(" ")).toMatch(
      /Lege cel: niet getoond: minder dan 3 netwerken .*of een cel die mee verborgen is/
    );
  });

  it("a group below minCell shows no counts, mean or percentages; a group at minCell shows them", () => {
    const result = analyze(dataset, { groupBy: ["REGIO"], minCell: 3 });
    const aalst = result.groups.find((group) => group.value === "Aalst")!;
    const vis = aalst.items.find((item) => item.id === "VIS_01")!;
    expect(Object.values(vis.counts).every((count) => count === null)).toBe(true);
    expect([vis.mean, vis.pctHigh, vis.n]).toEqual([null, null, 2]);
    const gent = result.groups.find((group) => group.value === "Gent")!;
    const gentVis = gent.items.find((item) => item.id === "VIS_01")!;
    // Gent VIS_01: 4, 4, 5, 2 → mean 3.75, counts kept
    expect(gentVis.mean).toBe(3.75);
    expect(gentVis.counts).toMatchObject({ "4": 2, "5": 1, "2": 1 });
  });

  it("minCell 0 masks nothing", () => {
    const result = analyze(dataset, { groupBy: ["REGIO"], minCell: 0 });
    expect(result.governance!.crosstabs[0].cellsMasked).toBe(0);
  });
});
