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
    table: { Gent: { facilitator: 2, coproducent: 6, opdrachtgever: 0 } },
    chiSquare: 1.5,
    df: 2,
    p: 0.47,
    cramersV: 0.2,
    smallExpected: true,
  };
  it("small counts become null; row totals and the test statistics stay", () => {
    const masked = maskCrosstab(table, 5);
    expect(masked.table).toEqual({ Gent: { facilitator: null, coproducent: 6, opdrachtgever: 0 } });
    expect(masked.rowTotals).toEqual({ Gent: 8 });
    expect(masked.cellsMasked).toBe(1);
    expect(masked.chiSquare).toBe(1.5);
  });
});

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

  it("with minCell 3: cross-tab cells of 1 and 2 are null, totals kept", () => {
    const result = analyze(dataset, { groupBy: ["REGIO"], minCell: 3 });
    const crosstab = result.governance!.crosstabs[0];
    // Gent: coproducent 3, facilitator 1 → masked; Aalst: coproducent 2 → masked.
    expect(crosstab.table.Gent).toMatchObject({ coproducent: 3, facilitator: null });
    expect(crosstab.table.Aalst).toMatchObject({ coproducent: null, facilitator: 0 });
    expect(crosstab.rowTotals).toEqual({ Aalst: 2, Gent: 4 });
    const report = buildReport(result, { language: "nl" });
    const styleTable = report.sheets.find((sheet) => sheet.name === "Stijl naar REGIO")!.tables[0];
    const gent = styleTable.rows.find((row) => row[0] === "Gent")!;
    expect(gent).toEqual(["Gent", null, 3, 0, 0, 0, 4]);
    expect(styleTable.notes.join(" ")).toMatch(/Lege cel: 1 tot 2 netwerken/);
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
