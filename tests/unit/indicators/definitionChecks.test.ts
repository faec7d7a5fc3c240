/**
 * Definitions that contradict themselves are issues on their cell, and the run goes on
 * (src/indicators/definitionChecks.ts; docs/indicators.md "Where the contract is silent").
 */
import { readKader } from "../../../src/indicators/readKader";
import { grids, MEASUREMENT_HEADER, overviewOf, run } from "./fixture";

const HEADER = [
  "indicator",
  "naam",
  "type",
  "basiswaarde",
  "basisperiode",
  "doelwaarde",
  "doelperiode",
];

function issuesOf(result: ReturnType<typeof run>, code: string) {
  return result.issues.filter((issue) => issue.code === code);
}

describe("a target period not after the baseline period", () => {
  test("baseline 100 in 2026, target 50 in 2024 (a typo for 2029): no invented line, onbepaald, an error at the doelperiode cell", () => {
    const result = run({
      indicators: [HEADER, ["P", "doel voor basis", "aantal", 100, 2026, 50, 2024]],
      measurements: [MEASUREMENT_HEADER, ["P", "U1", 2025, 5, null, null, null]],
    });
    // before: expected 75, progress 380, groen, no issue
    expect(overviewOf(result, "P")).toMatchObject({
      expected: null,
      progress: null,
      status: "onbepaald",
    });
    expect(issuesOf(result, "IND_TARGET_NOT_AFTER_BASELINE")).toEqual([
      expect.objectContaining({
        severity: "error",
        file: "kader.xlsx",
        sheet: "Indicatoren",
        cell: "G2",
      }),
    ]);
    expect(issuesOf(result, "IND_TARGET_NOT_AFTER_BASELINE")[0].message).toMatch(
      /^P: doelperiode 2024 ligt niet na basisperiode 2026;/
    );
  });

  test("the same period for baseline and target is the same error", () => {
    const result = run({
      indicators: [HEADER, ["P", "zelfde periode", "aantal", 100, 2025, 200, 2025]],
      measurements: [MEASUREMENT_HEADER, ["P", "U1", 2025, 150, null, null, null]],
    });
    expect(overviewOf(result, "P")).toMatchObject({
      expected: null,
      progress: null,
      status: "onbepaald",
    });
    expect(issuesOf(result, "IND_TARGET_NOT_AFTER_BASELINE")).toHaveLength(1);
  });

  test("a unit's own target in Doelen before its baseline period: onbepaald for that unit, error at the Doelen cell", () => {
    const result = run({
      indicators: [HEADER, ["P", "per eenheid", "percentage", 40, 2024, 60, 2026]],
      measurements: [
        MEASUREMENT_HEADER,
        ["P", "U1", 2025, null, 45, 100, null],
        ["P", "U2", 2025, null, 45, 100, null],
      ],
      targets: [
        ["indicator", "eenheid", "doelwaarde", "doelperiode", "basiswaarde", "basisperiode"],
        ["P", "U1", 60, 2023, 40, 2024],
      ],
    });
    const byUnit = (unit: string) => result.indicators.byUnit.find((row) => row.unit === unit)!;
    expect(byUnit("U1")).toMatchObject({ expected: null, progress: null, status: "onbepaald" });
    // the programme's line: R: 40 + 20 * 365 / 730  # 50 at the end of 2025
    expect(byUnit("U2").expected).toBe(50);
    expect(issuesOf(result, "IND_TARGET_NOT_AFTER_BASELINE")).toEqual([
      expect.objectContaining({
        sheet: "Doelen",
        cell: "D2",
        message: expect.stringMatching(/^P \(U1\): /),
      }),
    ]);
  });

  test("a sound definition gives no such issue", () => {
    const result = run({
      indicators: [HEADER, ["P", "goed", "aantal", 100, 2024, 200, 2026]],
      measurements: [MEASUREMENT_HEADER, ["P", "U1", 2025, 150, null, null, null]],
    });
    expect(result.issues.map((issue) => issue.code)).toEqual([]);
  });
});

describe("definitions against their own direction: warnings, the run goes on", () => {
  test.each([
    ["hoger, baseline 500, target 400", "hoger", 500, 400, /onder basiswaarde 500/],
    ["lager, baseline 20, target 30", "lager", 20, 30, /boven basiswaarde 20/],
  ])(
    "%s → IND_TARGET_AGAINST_DIRECTION at the doelwaarde cell",
    (_name, direction, baseline, target, text) => {
      const result = run({
        indicators: [
          [...HEADER, "richting"],
          ["P", "tegen de richting", "percentage", baseline, 2024, target, 2026, direction],
        ],
        measurements: [MEASUREMENT_HEADER, ["P", "U1", 2025, null, 25, 100, null]],
      });
      expect(issuesOf(result, "IND_TARGET_AGAINST_DIRECTION")).toEqual([
        expect.objectContaining({
          severity: "warning",
          sheet: "Indicatoren",
          cell: "F2",
          message: expect.stringMatching(text),
        }),
      ]);
      expect(overviewOf(result, "P").value).toBe(25);
    }
  );

  test.each([
    ["hoger on progress: groen vanaf 80, oranje vanaf 100", "hoger", "voortgang", 80, 100],
    ["hoger on the value: groen vanaf 40, oranje vanaf 60", "hoger", "waarde", 40, 60],
    ["lager on the value: groen vanaf 60, oranje vanaf 40", "lager", "waarde", 60, 40],
  ])(
    "%s → IND_THRESHOLDS_SWAPPED at the 'groen vanaf' cell",
    (_name, direction, basis, green, amber) => {
      const result = run({
        indicators: [
          ["indicator", "naam", "type", "richting", "statusbasis", "groen vanaf", "oranje vanaf"],
          ["P", "drempels", "aantal", direction, basis, green, amber],
        ],
        measurements: [MEASUREMENT_HEADER, ["P", "U1", 2025, 45, null, null, null]],
      });
      expect(issuesOf(result, "IND_THRESHOLDS_SWAPPED")).toEqual([
        expect.objectContaining({ severity: "warning", sheet: "Indicatoren", cell: "F2" }),
      ]);
    }
  );

  test("thresholds the right way round, for hoger and for lager on the value: no warning", () => {
    const result = run({
      indicators: [
        ["indicator", "naam", "type", "richting", "statusbasis", "groen vanaf", "oranje vanaf"],
        ["H", "hoger", "aantal", "hoger", "waarde", 60, 40],
        ["L", "lager", "aantal", "lager", "waarde", 40, 60],
        ["D", "standaard", "aantal", null, null, null, null],
      ],
      measurements: [MEASUREMENT_HEADER, ["H", "U1", 2025, 45, null, null, null]],
    });
    expect(issuesOf(result, "IND_THRESHOLDS_SWAPPED")).toEqual([]);
  });

  test("English messages", () => {
    const kader = readKader(
      grids({
        indicators: [
          [...HEADER, "richting"],
          ["P", "x", "aantal", 500, 2024, 400, 2026, "hoger"],
        ],
      }),
      { language: "en", requireMeasurements: false }
    );
    expect(kader.issues[0].message).toBe(
      "P: target 400 is below baseline 500, but the direction is 'hoger' (higher is better). Is the direction or the target right?"
    );
  });
});
