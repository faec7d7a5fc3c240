/**
 * buildNetworkFeedback: each network's own picture, and the privacy rule (no figure of a group —
 * or of the rest of a group — smaller than minCell). Quartiles pinned to R:
 * quantile(c(25, 50, 75, 100, 0, 62.5, 37.5, 87.5), c(.25, .5, .75), type = 7) = 34.375 56.25 78.125.
 */
import { analyze } from "../../src/analysis/analyze";
import type { CellValue } from "../../src/analysis/grid";
import { gridFromRows } from "../../src/analysis/grid";
import { ingest } from "../../src/analysis/ingest";
import { buildNetworkFeedback, quartileBand } from "../../src/analysis/networkFeedback";
import { feedbackReport } from "../../src/report/feedback";
import { safeFileStem, uniqueFileNames } from "../../src/app/safeFileName";
import { demosCoordinatorenCodebook } from "../../src/presets/demosCoordinatoren";

const HEADER = [
  "Netwerk",
  "GROOTTE_KLASSE",
  "VIS_01",
  "INB_ACT",
  "EXP_ACT",
  "RIC_ACT",
  "ROL_ACT_FAC",
  "ROL_ACT_COP",
  "ROL_ACT_OPD",
];
// Participation index = mean of (code − 1) / 4 × 100 over the answered INB/EXP/RIC items (≥ 2).
const ROWS: CellValue[][] = [
  ["N1", "groot", 4, 2, 2, 2, 5, 4, 1], // index 25, facilitator
  ["N2", "groot", 5, 3, 3, 3, 2, 5, 2], // 50, coproducent
  ["N3", "groot", 2, 4, 4, 4, 1, 4, 4], // 75, gemengd (tie)
  ["N4", "groot", 4, 5, 5, 5, 2, 5, 1], // 100, coproducent
  ["N5", "groot", 1, 1, 1, 1, 3, 3, 3], // 0, onbepaald
  ["N6", "groot", 4, 3, 4, null, 1, 2, 5], // 62.5, opdrachtgever
  ["N7", "klein", 5, 2, 3, null, 2, 4, 2], // 37.5, coproducent
  ["N8", "klein", 3, 4, 5, null, 4, 5, 2], // 87.5, coproducent
];
const codebook = demosCoordinatorenCodebook();
const dataset = ingest(gridFromRows("Antwoorden", [HEADER, ...ROWS], "2024.xlsx"), codebook);
const result = analyze(dataset);
const feedbackFor = (minCell: number, extra: { previous?: typeof dataset } = {}) =>
  buildNetworkFeedback(dataset, result, {
    networkColumn: "netwerk",
    groupBy: "GROOTTE_KLASSE",
    minCell,
    ...extra,
  });
const find = (minCell: number, name: string) =>
  feedbackFor(minCell).networks.find((network) => network.network === name)!;

describe("buildNetworkFeedback", () => {
  test("its own answer beside all networks and its group (groups of at least minCell)", () => {
    const n1 = find(2, "N1");
    expect(n1.networks).toBe(8);
    expect(n1.group).toEqual({ by: "GROOTTE_KLASSE", value: "groot", n: 6 });
    const vis = n1.statements.find((statement) => statement.id === "VIS_01")!;
    // VIS_01 high (4–5): N1, N2, N4, N6, N7 → 5 of 8; in "groot" N1, N2, N4, N6 → 4 of 6.
    expect(vis).toMatchObject({ answer: "Akkoord", code: 4, high: true, reference: 91 });
    expect(vis.all).toEqual({ n: 8, pctHigh: 62.5 });
    expect(vis.group!.n).toBe(6);
    expect(vis.group!.pctHigh).toBeCloseTo(400 / 6, 12);
    // Shown when the group without the network itself is at least minCell (here 1): N7 yes, N8 no.
    const klein = find(1, "N7").statements.find((statement) => statement.id === "VIS_01")!;
    expect(klein.group).toEqual({ n: 2, pctHigh: 50 });
  });

  test("a group of exactly minCell with the network in is withheld: it would tell the others' answers", () => {
    // Found by Dēmos staff on a group of 5: with minCell 2, "klein" is N7 and N8; N7 knows its own
    // yes, so 50 % of 2 would tell it that N8 said no.
    const klein = find(2, "N7").statements.find((statement) => statement.id === "VIS_01")!;
    expect(klein.group).toEqual({ n: 2, pctHigh: null, suppressed: "smallGroup" });
    // The share of all 8 networks stays: 7 others.
    expect(find(2, "N1").statements.find((statement) => statement.id === "VIS_01")!.all).toEqual({
      n: 8,
      pctHigh: 62.5,
    });
  });

  test("a group smaller than minCell is withheld", () => {
    const vis = find(3, "N7").statements.find((statement) => statement.id === "VIS_01")!;
    expect(vis.group).toEqual({ n: 2, pctHigh: null, suppressed: "smallGroup" });
    expect(vis.all.pctHigh).toBe(62.5);
  });

  test("a large group is withheld when the rest is small: all − group would reveal the rest", () => {
    // groot = 6 of 8; the rest (klein) = 2 < 3: 62.5 % of 8 and 66.7 % of 6 give klein's 1 of 2.
    const vis = find(3, "N1").statements.find((statement) => statement.id === "VIS_01")!;
    expect(vis.group).toEqual({ n: 6, pctHigh: null, suppressed: "smallRest" });
  });

  test("with fewer networks than minCell nothing about others is shown", () => {
    const n1 = find(9, "N1");
    for (const statement of n1.statements) {
      expect(statement.all.pctHigh).toBeNull();
      expect(statement.group?.pctHigh ?? null).toBeNull();
    }
    expect(n1.governance!.every((domain) => domain.distribution === null)).toBe(true);
    expect(n1.participation).toMatchObject({ index: 25, quartiles: null, band: null });
  });

  test("8 networks and minCell 8: the style shares and quartiles of all are withheld (7 others)", () => {
    const n1 = find(8, "N1");
    expect(n1.governance!.every((domain) => domain.distribution === null)).toBe(true);
    expect(n1.participation).toMatchObject({ quartiles: null });
    // With minCell 7 there are 7 others: shown.
    const shown = find(7, "N1");
    expect(shown.governance!.every((domain) => domain.distribution !== null)).toBe(true);
    expect(shown.participation!.quartiles).not.toBeNull();
  });

  test("governance: its own style per domain beside the share of each style", () => {
    const acties = find(5, "N3").governance!.find((domain) => domain.domain === "acties")!;
    expect(acties.style).toBe("gemengd");
    expect(acties.n).toBe(8);
    expect(acties.distribution).toEqual({
      facilitator: 12.5,
      coproducent: 50,
      opdrachtgever: 12.5,
      gemengd: 12.5,
      onbepaald: 12.5,
    });
  });

  test("participation: its index against the quartiles of all networks (R type 7)", () => {
    const { networks } = feedbackFor(5);
    const q = networks[0].participation!.quartiles!;
    expect(q.q1).toBeCloseTo(34.375, 12);
    expect(q.median).toBeCloseTo(56.25, 12);
    expect(q.q3).toBeCloseTo(78.125, 12);
    expect(
      networks.map((network) => [
        network.network,
        network.participation!.index,
        network.participation!.band,
      ])
    ).toEqual([
      ["N1", 25, 1],
      ["N2", 50, 2],
      ["N3", 75, 3],
      ["N4", 100, 4],
      ["N5", 0, 1],
      ["N6", 62.5, 3],
      ["N7", 37.5, 2],
      ["N8", 87.5, 4],
    ]);
    expect(quartileBand(34.375, q)).toBe(1);
  });

  test("change since the previous wave: its own answers then and now", () => {
    const previous = ingest(
      gridFromRows(
        "Antwoorden",
        [
          HEADER,
          ["n1", "groot", 3, 2, 2, 2, 5, 4, 1],
          ["N2", "groot", "weet niet", 3, 3, 3, 2, 5, 2],
          ["Oud", "klein", 5, 5, 5, 5, 5, 5, 5],
        ],
        "2016.xlsx"
      ),
      codebook
    );
    const { networks } = feedbackFor(2, { previous });
    const n1 = networks.find((network) => network.network === "N1")!;
    expect(n1.inPreviousWave).toBe(true);
    const vis = n1.change!.find((row) => row.id === "VIS_01")!;
    // Then 3 (Neutraal), now 4 (Akkoord). All networks then: n1 no, "Oud" yes, N2 "weet niet"
    // (not valid) → 1 of 2 = 50 %, shown because the base 2 reaches minCell 2.
    expect(vis).toMatchObject({
      previousAnswer: "Neutraal",
      answer: "Akkoord",
      change: 1,
      previousAllPctHigh: 50,
      allPctHigh: 62.5,
    });
    const n2 = networks.find((network) => network.network === "N2")!;
    expect(n2.change!.find((row) => row.id === "VIS_01")).toMatchObject({
      previousAnswer: "weet niet",
      change: null,
    });
    expect(networks.find((network) => network.network === "N8")!).toMatchObject({
      inPreviousWave: false,
      change: null,
    });
  });

  test("networks without a name or with a duplicate name get no feedback (warning), but count", () => {
    const rows = ROWS.map((row) => [...row]);
    rows[1][0] = "N1";
    rows[2][0] = null;
    const data = ingest(gridFromRows("Antwoorden", [HEADER, ...rows]), codebook);
    const { networks, issues } = buildNetworkFeedback(data, analyze(data), {
      networkColumn: "Netwerk",
      minCell: 2,
    });
    expect(networks.map((network) => network.network)).toEqual(["N4", "N5", "N6", "N7", "N8"]);
    expect(networks[0].networks).toBe(8);
    expect(issues).toEqual([
      expect.objectContaining({ severity: "warning", code: "MATCH_DUPLICATE_KEY" }),
    ]);
  });

  test("an unknown column is an error naming the file", () => {
    const { networks, issues } = buildNetworkFeedback(dataset, result, {
      networkColumn: "Naam",
      minCell: 5,
    });
    expect(networks).toEqual([]);
    expect(issues[0]).toMatchObject({
      severity: "error",
      code: "MATCH_COLUMN_MISSING",
      file: "2024.xlsx",
    });
  });
});

describe("feedbackReport", () => {
  test("sheets, and a withheld share leaves its cell and its n empty", () => {
    const report = feedbackReport(find(3, "N7"), { minCell: 3, referenceSource: "Dēmos 2016" });
    expect(report.sheets.map((sheet) => sheet.name)).toEqual([
      "Overzicht",
      "Stellingen",
      "Bestuursstijl",
      "Participatie",
    ]);
    const table = report.sheets[1].tables[0];
    const keys = table.columns.map((column) => column.key);
    const vis = table.rows.find((row) => row[0] === "VIS_01")!;
    expect(vis[keys.indexOf("answer")]).toBe("Helemaal akkoord");
    expect(vis[keys.indexOf("pctAll")]).toBe(62.5);
    expect(vis[keys.indexOf("pctGroup")]).toBeNull();
    expect(vis[keys.indexOf("nGroup")]).toBeNull();
    expect(vis[keys.indexOf("reference")]).toBe(91);
    for (const sheet of report.sheets)
      for (const t of sheet.tables) {
        expect(t.notes[0]).toMatch(/^n = /);
        for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
      }
    const text = JSON.stringify(report);
    for (const other of ["N1", "N2", "N3", "N4", "N5", "N6", "N8"])
      expect(text).not.toContain(`"${other}`);
    expect(report.sheets[0].tables[0].rows.flat().join(" ")).toContain("net onder het midden");
  });

  test("English", () => {
    const report = feedbackReport(find(2, "N1"), { minCell: 2, language: "en" });
    expect(report.sheets.map((sheet) => sheet.name)).toEqual([
      "Overview",
      "Statements",
      "Governance",
      "Participation",
    ]);
    expect(JSON.stringify(report)).not.toMatch(/netwerken|Uw /);
  });
});

describe("safe file names", () => {
  test.each([
    ["Netwerk Gent / Oost: 2024?", "Netwerk Gent _ Oost_ 2024_"],
    ["CON", "_CON"],
    ["  ..verborgen.  ", "verborgen"],
    ["", "netwerk"],
    ["a\u0000b\tc", "a_b_c"],
    ["x".repeat(100), "x".repeat(80)],
  ])("%j → %j", (name, stem) => {
    expect(safeFileStem(name)).toBe(stem);
  });

  test("unique, case-insensitively", () => {
    expect(uniqueFileNames(["Gent", "gent", "A/B", "A:B"], "xlsx")).toEqual([
      "Gent.xlsx",
      "gent (2).xlsx",
      "A_B.xlsx",
      "A_B (2).xlsx",
    ]);
  });
});
