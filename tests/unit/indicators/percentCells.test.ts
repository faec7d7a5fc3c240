/**
 * Percentages typed the Excel way in a framework's definitions (src/indicators/percentNumber.ts):
 * a `0%`-formatted cell holding 0.4 is 40, text "40%" is 40, and a bare 0.4 is read as typed with
 * a warning naming the cell.
 */
import { percentCellKey } from "../../../src/analysis/grid";
import { isKaderError } from "../../../src/indicators/kaderError";
import { parsePercentNumber } from "../../../src/indicators/percentNumber";
import { computeIndicators } from "../../../src/indicators/computeIndicators";
import { readKader } from "../../../src/indicators/readKader";
import { grids, MEASUREMENT_HEADER, overviewOf, run } from "./fixture";
import type { Sheets } from "./fixture";

const HEADER = [
  "indicator",
  "naam",
  "type",
  "basiswaarde",
  "basisperiode",
  "doelwaarde",
  "doelperiode",
];
const MEASURED = [MEASUREMENT_HEADER, ["P", "U1", 2025, null, 45, 100, null]];

/** Runs the engine on sheets whose cells at these A1 addresses of `Indicatoren` are formatted 0%. */
function runFormatted(sheets: Sheets, percentCells: [row: number, column: number][]) {
  const all = grids(sheets);
  all[0].percentCells = new Set(percentCells.map(([row, column]) => percentCellKey(row, column)));
  const kader = readKader(all, { language: "nl" });
  return computeIndicators(kader, { groupBy: [], minCell: 5, language: "nl" });
}

describe("parsePercentNumber", () => {
  test.each([
    [0.4, true, 40],
    [0.57, true, 57], // R: 100 * 0.57  # 56.99999999999999; shown 57 %, read 57
    [0.405, true, 40.5],
    ["40%", false, 40],
    ["40 %", false, 40],
    ["40,5%", false, 40.5],
    ["1.234,5 %", false, 1234.5],
    ["40", false, 40],
    [40, false, 40],
    [null, false, null],
    ["%", false, "bad"],
    ["veertig %", false, "bad"],
    ["40.5%", false, "bad"], // Dutch notation, as everywhere else
  ])("%p (percent format: %p) → %p", (cell, formatted, expected) => {
    expect(parsePercentNumber(cell, formatted)).toBe(expected);
  });
});

describe("baseline and target of a percentage indicator", () => {
  test("0.4 and 0.6 in cells formatted 0% are 40 and 60 (was 0.4: expected 0.5, progress 44,600 %, groen)", () => {
    const result = runFormatted(
      {
        indicators: [HEADER, ["P", "pct", "percentage", 0.4, 2024, 0.6, 2026]],
        measurements: MEASURED,
      },
      [
        [1, 3],
        [1, 5],
      ]
    );
    // R: 40 + 20 * 365 / 730  # 50; 100 * (45 - 40) / (50 - 40)  # 50
    expect(overviewOf(result, "P")).toMatchObject({
      baseline: 40,
      target: 60,
      expected: 50,
      progress: 50,
      status: "rood",
    });
    expect(result.issues).toEqual([]);
  });

  test('text "40%" and "60 %" are 40 and 60 (was a stop with exit 1: "geen getal")', () => {
    const result = run({
      indicators: [HEADER, ["P", "pct", "percentage", "40%", 2024, "60 %", 2026]],
      measurements: MEASURED,
    });
    expect(overviewOf(result, "P")).toMatchObject({ baseline: 40, target: 60, progress: 50 });
    expect(result.issues).toEqual([]);
  });

  test("0.4 not formatted as a percentage: read as typed, with IND_PERCENT_AS_FRACTION at each cell", () => {
    const result = run({
      indicators: [HEADER, ["P", "pct", "percentage", 0.4, 2024, 0.6, 2026]],
      measurements: MEASURED,
    });
    expect(overviewOf(result, "P")).toMatchObject({ baseline: 0.4, target: 0.6 });
    expect(result.issues.filter((issue) => issue.code === "IND_PERCENT_AS_FRACTION")).toEqual([
      expect.objectContaining({
        severity: "warning",
        sheet: "Indicatoren",
        cell: "D2",
        message: expect.stringMatching(/bedoelt u 40%\?/),
      }),
      expect.objectContaining({
        severity: "warning",
        sheet: "Indicatoren",
        cell: "F2",
        message: expect.stringMatching(/bedoelt u 60%\?/),
      }),
    ]);
  });

  test("a count's 0.4 and a percentage's 0 or 40 give no warning; a count's '40%' is still not a number", () => {
    const result = run({
      indicators: [
        HEADER,
        ["A", "aantal", "aantal", 0.4, 2024, 0.6, 2026],
        ["Z", "nul", "percentage", 0, 2024, 40, 2026],
      ],
      measurements: MEASURED,
    });
    expect(result.issues.map((issue) => issue.code)).not.toContain("IND_PERCENT_AS_FRACTION");
    let thrown: unknown;
    try {
      readKader(
        grids({
          indicators: [HEADER, ["A", "aantal", "aantal", "40%", 2024, 60, 2026]],
          measurements: MEASURED,
        }),
        { language: "nl" }
      );
    } catch (error) {
      thrown = error;
    }
    expect(isKaderError(thrown) && thrown.message).toMatch(/basiswaarde '40%' is geen getal/);
  });

  test("Doelen: a unit's 0.5 formatted 0% is 50; a bare 0.5 warns at its Doelen cell", () => {
    const sheets: Sheets = {
      indicators: [HEADER, ["P", "pct", "percentage", 40, 2024, 60, 2026]],
      measurements: MEASURED,
      targets: [
        ["indicator", "eenheid", "doelwaarde", "doelperiode"],
        ["P", "U1", 0.5, 2026],
        ["P", "U2", 0.5, 2026],
      ],
    };
    const all = grids(sheets);
    all[2].percentCells = new Set([percentCellKey(1, 2)]); // Doelen!C2
    const result = computeIndicators(readKader(all, { language: "nl" }), {
      groupBy: [],
      minCell: 5,
      language: "nl",
    });
    expect(result.indicators.byUnit.find((row) => row.unit === "U1")?.target).toBe(50);
    expect(result.issues.filter((issue) => issue.code === "IND_PERCENT_AS_FRACTION")).toEqual([
      expect.objectContaining({ sheet: "Doelen", cell: "C3" }),
    ]);
  });
});

describe("thresholds where they are percentages", () => {
  test("'groen vanaf' 100% and 'oranje vanaf' 80% on progress, formatted 0% (1 and 0.8) or typed as text", () => {
    const header = [...HEADER, "groen vanaf", "oranje vanaf"];
    const formatted = runFormatted(
      {
        indicators: [header, ["P", "pct", "percentage", 40, 2024, 60, 2026, 1, 0.8]],
        measurements: MEASURED,
      },
      [
        [1, 7],
        [1, 8],
      ]
    );
    expect(formatted.definitions[0]).toMatchObject({ greenFrom: 100, amberFrom: 80 });
    const typed = run({
      indicators: [header, ["P", "pct", "aantal", 40, 2024, 60, 2026, "100%", "80 %"]],
      measurements: MEASURED,
    });
    expect(typed.definitions[0]).toMatchObject({ greenFrom: 100, amberFrom: 80 });
  });
});
