/** Every bad-input code of docs/indicators.md §3, each naming file, sheet and cell. */
import { gridFromRows } from "../../../src/analysis/grid";
import { isKaderError } from "../../../src/indicators/kaderError";
import { readKader } from "../../../src/indicators/readKader";
import { FILE, grids, MEASUREMENT_HEADER, overviewOf, run } from "./fixture";

const INDICATORS = [
  ["indicator", "naam", "type"],
  ["ACT", "Activiteiten", "aantal"],
  ["WERK", "Aan het werk", "percentage"],
  ["RATIO", "Per 1000", "verhouding"],
  ["TEVR", "Tevredenheid", "gemiddelde"],
];

function issuesFor(rows: (string | number | null)[][], options = {}) {
  return run({ indicators: INDICATORS, measurements: [MEASUREMENT_HEADER, ...rows] }, options);
}

describe("rows left out, with sheet and cell", () => {
  test.each([
    ["IND_UNKNOWN_INDICATOR", ["BESTAAT_NIET", "A", 2025, 5, null, null, null], "A2"],
    ["IND_BAD_PERIOD", ["ACT", "A", "2025-Q5", 5, null, null, null], "C2"],
    ["IND_BAD_NUMBER", ["ACT", "A", 2025, "veel", null, null, null], "D2"],
    ["IND_BAD_NUMBER", ["WERK", "A", 2025, null, "4.5", 10, null], "E2"],
    ["IND_BAD_NUMBER", ["WERK", "A", 2025, null, 4, null, null], "F2"],
    ["IND_BAD_NUMBER", ["WERK", "A", 2025, 40, null, null, null], "D2"],
    ["IND_NEGATIVE", ["ACT", "A", 2025, -1, null, null, null], "D2"],
    ["IND_NEGATIVE", ["WERK", "A", 2025, null, 3, -10, null], "F2"],
    ["IND_NUMERATOR_GT_DENOMINATOR", ["WERK", "A", 2025, null, 11, 10, null], "E2"],
    ["IND_ZERO_DENOMINATOR", ["WERK", "A", 2025, null, 3, 0, null], "F2"],
    ["IND_ZERO_DENOMINATOR", ["RATIO", "A", 2025, null, 3, 0, null], "F2"],
    ["IND_ZERO_DENOMINATOR", ["TEVR", "A", 2025, 3.5, null, 0, null], "F2"],
  ])("%s at %p", (code, row, cell) => {
    const result = issuesFor([row]);
    const issue = result.issues.find((entry) => entry.code === code);
    expect(issue).toMatchObject({ severity: "error", file: FILE, sheet: "Metingen", cell });
    // left out of every figure
    expect(result.indicators.trend).toHaveLength(0);
  });

  test("IND_UNKNOWN_UNIT: a unit not on Eenheden (when that sheet exists)", () => {
    const result = run({
      indicators: INDICATORS,
      measurements: [
        MEASUREMENT_HEADER,
        ["ACT", "Onbekend", 2025, 5, null, null, null],
        ["ACT", "a", 2025, 7, null, null, null],
      ],
      units: [["eenheid"], ["A"]],
    });
    expect(result.issues.find((issue) => issue.code === "IND_UNKNOWN_UNIT")).toMatchObject({
      sheet: "Metingen",
      cell: "B2",
    });
    // matched case-insensitively to the listed name
    expect(result.indicators.byUnit.find((row) => row.indicator === "ACT")).toMatchObject({
      unit: "A",
      value: 7,
    });
  });

  test("a 0/0 percentage is a valid report; a blank row is 'not reported'", () => {
    const result = issuesFor([
      ["WERK", "A", 2025, null, 0, 0, null],
      ["ACT", "A", 2025, null, null, null, null],
    ]);
    expect(result.issues.filter((issue) => issue.severity === "error")).toHaveLength(0);
    expect(overviewOf(result, "WERK").unitsReporting).toBe(1);
    expect(overviewOf(result, "ACT").unitsReporting).toBe(0);
  });

  test("IND_DUPLICATE: the same indicator, unit and period twice; the later row is left out", () => {
    const result = issuesFor([
      ["ACT", "A", 2025, 5, null, null, null],
      ["ACT", "A", "2025", 9, null, null, null],
    ]);
    expect(result.issues.find((issue) => issue.code === "IND_DUPLICATE")).toMatchObject({
      sheet: "Metingen",
      cell: "C3",
    });
    expect(overviewOf(result, "ACT").value).toBe(5);
  });

  test("IND_DUPLICATE: a period beside one of its sub-periods", () => {
    const result = issuesFor([
      ["ACT", "A", "2025-Q2", 5, null, null, null],
      ["ACT", "A", 2025, 20, null, null, null],
    ]);
    expect(result.issues.find((issue) => issue.code === "IND_DUPLICATE")).toMatchObject({
      cell: "C3",
    });
    expect(overviewOf(result, "ACT").value).toBe(5);
  });

  test("IND_COARSE_PERIOD: a row coarser than --per is left out", () => {
    const result = issuesFor(
      [
        ["ACT", "A", 2024, 50, null, null, null],
        ["ACT", "A", "2025-Q1", 5, null, null, null],
      ],
      { per: "kwartaal" }
    );
    expect(result.issues.find((issue) => issue.code === "IND_COARSE_PERIOD")).toMatchObject({
      sheet: "Metingen",
      cell: "C2",
    });
    expect(result.indicators.periods).toEqual(["2025-Q1"]);
  });

  test("IND_PERIOD_OPEN: figures drawn before the period ended (the row counts), at the datum cell", () => {
    const result = issuesFor([["ACT", "A", "2025-Q1", 5, null, null, "15/3/2025"]]);
    expect(result.issues.find((issue) => issue.code === "IND_PERIOD_OPEN")).toMatchObject({
      severity: "warning",
      sheet: "Metingen",
      cell: "G2",
    });
    expect(overviewOf(result, "ACT").value).toBe(5);
    expect(overviewOf(result, "ACT").dataDate).toBe("2025-03-15");
  });

  test("IND_BAD_DATE: an unreadable data date is a warning; the row counts", () => {
    const result = issuesFor([["ACT", "A", "2025-Q1", 5, null, null, "gisteren"]]);
    expect(result.issues.find((issue) => issue.code === "IND_BAD_DATE")).toMatchObject({
      severity: "warning",
      cell: "G2",
    });
    expect(overviewOf(result, "ACT").value).toBe(5);
  });

  test("a data date after the period end is fine", () => {
    const result = issuesFor([["ACT", "A", "2025-Q1", 5, null, null, "14/4/2025"]]);
    expect(result.issues.map((issue) => issue.code)).not.toContain("IND_PERIOD_OPEN");
  });

  test("IND_INCOMPLETE and IND_UNWEIGHTED are covered in scenarios.test.ts; bad rows in Doelen", () => {
    const result = run({
      indicators: INDICATORS,
      measurements: [MEASUREMENT_HEADER, ["ACT", "A", 2025, 5, null, null, null]],
      targets: [
        ["indicator", "eenheid", "doelwaarde", "doelperiode"],
        ["NOPE", "A", 10, 2026],
        ["ACT", "A", "tien", 2026],
        ["ACT", "A", 10, "eind 2026"],
      ],
    });
    const doelen = result.issues.filter((issue) => issue.sheet === "Doelen");
    expect(doelen.map((issue) => [issue.code, issue.cell])).toEqual([
      ["IND_UNKNOWN_INDICATOR", "A2"],
      ["IND_BAD_NUMBER", "C3"],
      ["IND_BAD_PERIOD", "D4"],
    ]);
  });

  test("Dutch and English names of sheets and columns, any case or accents", () => {
    const kader = readKader(
      [
        gridFromRows(
          "INDICATORS",
          [
            ["Indicator", "Name", "Type", "Target", "targetPeriod"],
            ["X", "x", "count", 10, 2026],
          ],
          FILE
        ),
        gridFromRows(
          "measurements",
          [
            ["indicator", "Unit", "Period", "Value"],
            ["X", "A", "2025 K2", "6.972"],
          ],
          FILE
        ),
      ],
      { language: "en" }
    );
    expect(kader.indicators[0]).toMatchObject({ id: "X", type: "aantal", target: 10 });
    expect(kader.measurements[0]).toMatchObject({ unit: "A", value: 6972 });
  });
});

describe("a workbook that cannot be used: one-line error (exit 1)", () => {
  const fail = (thunk: () => unknown) => {
    try {
      thunk();
    } catch (error) {
      if (isKaderError(error)) return error;
      throw error;
    }
    throw new Error("no KaderError");
  };

  test("no Indicatoren sheet", () => {
    const error = fail(() => readKader([gridFromRows("Blad1", [["a"]], FILE)], { language: "nl" }));
    expect(error.code).toBe("IND_NO_INDICATORS_SHEET");
    expect(error.message).toContain(FILE);
  });

  test("a required column missing", () => {
    const error = fail(() =>
      readKader(
        grids({
          indicators: [
            ["indicator", "naam"],
            ["X", "x"],
          ],
          measurements: [MEASUREMENT_HEADER],
        }),
        { language: "nl" }
      )
    );
    expect(error.code).toBe("IND_MISSING_COLUMN");
    expect(error.message).toMatch(/kader\.xlsx, Indicatoren!A1: .*'type'/);
  });

  test("a Metingen sheet without a period column", () => {
    const error = fail(() =>
      readKader(
        grids({ indicators: INDICATORS, measurements: [["indicator", "eenheid", "waarde"]] }),
        { language: "nl" }
      )
    );
    expect(error.message).toContain("periode");
  });

  test("an unknown type, a duplicate id, a ratio aggregation on a count", () => {
    expect(
      fail(() =>
        run({
          indicators: [
            ["indicator", "naam", "type"],
            ["X", "x", "teller"],
          ],
          measurements: [MEASUREMENT_HEADER],
        })
      ).message
    ).toContain("Indicatoren!C2");
    expect(
      fail(() =>
        run({
          indicators: [
            ["indicator", "naam", "type"],
            ["X", "x", "aantal"],
            ["x", "y", "aantal"],
          ],
          measurements: [MEASUREMENT_HEADER],
        })
      ).message
    ).toContain("Indicatoren!A3");
    expect(
      fail(() =>
        run({
          indicators: [
            ["indicator", "naam", "type", "aggregatie"],
            ["X", "x", "aantal", "verhouding van sommen"],
          ],
          measurements: [MEASUREMENT_HEADER],
        })
      ).message
    ).toContain("Indicatoren!D2");
  });
});
