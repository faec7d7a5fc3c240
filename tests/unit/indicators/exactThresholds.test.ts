/**
 * Status exactly at a threshold or target (docs/indicators.md §2 "Status", "judged on unrounded
 * figures"): a unit at 57 of 100 is 57 %, not 56.99999999999999 %, and a figure on its threshold
 * is on it — within the relative tolerance of src/indicators/tolerance.ts (as R's all.equal).
 */
import { aggregateCells } from "../../../src/indicators/aggregate";
import { periodChange } from "../../../src/indicators/change";
import { indicatorStatus, progressPercent } from "../../../src/indicators/status";
import { atLeast, atMost, nearlyEqual } from "../../../src/indicators/tolerance";
import { MEASUREMENT_HEADER, overviewOf, run } from "./fixture";

describe("percentages exact where the arithmetic allows", () => {
  test("57 of 100 is 57 (100·a/b, not a/b·100)", () => {
    // R: 57 / 100 * 100 == 57  # FALSE (56.99999999999999); 100 * 57 / 100 == 57  # TRUE
    expect(
      aggregateCells([{ numerator: 57, denominator: 100 }], "verhouding van sommen", 100).value
    ).toBe(57);
    expect(
      aggregateCells([{ numerator: 29, denominator: 100 }], "gemiddelde van verhoudingen", 100)
        .value
    ).toBe(29);
  });

  test("progress and change in percent: 100·a/b", () => {
    // R: 100 * (57 - 0) / (57 - 0)  # 100
    expect(progressPercent(57, 0, 57, "hoger")).toBe(100);
    // R: 100 * (30 - 23) / (30 - 23)  # 100 (lager: (baseline − value) / (baseline − expected))
    expect(progressPercent(23, 30, 23, "lager")).toBe(100);
    // R: (157 - 100) / 100 * 100  # 56.99999999999999; 100 * (157 - 100) / 100  # 57
    expect(periodChange(157, 100).changePct).toBe(57);
  });
});

describe("thresholds compared with a relative tolerance", () => {
  test("atLeast / atMost / nearlyEqual", () => {
    expect(atLeast(56.99999999999999, 57)).toBe(true);
    expect(atLeast(99.99999999999999, 100)).toBe(true);
    expect(atLeast(56.9999, 57)).toBe(false);
    expect(atMost(29.000000000000004, 29)).toBe(true);
    expect(atMost(29.001, 29)).toBe(false);
    expect(nearlyEqual(0, 1e-12)).toBe(true); // threshold 0: absolute
    expect(nearlyEqual(0, 1e-6)).toBe(false);
  });

  test("a progress a hair below 100 is groen; a value a hair past 'groen vanaf' for lager too", () => {
    const rule = {
      greenFrom: 100,
      amberFrom: 80,
      statusBasis: "voortgang" as const,
      direction: "hoger" as const,
    };
    expect(
      indicatorStatus(
        { reported: true, hasTarget: true, progress: 99.99999999999999, value: 1 },
        rule
      )
    ).toBe("groen");
    expect(
      indicatorStatus(
        { reported: true, hasTarget: true, progress: 79.99999999999999, value: 1 },
        rule
      )
    ).toBe("oranje");
    const lower = {
      greenFrom: 20,
      amberFrom: 30,
      statusBasis: "waarde" as const,
      direction: "lager" as const,
    };
    expect(
      indicatorStatus(
        { reported: true, hasTarget: false, progress: null, value: 20.000000000000004 },
        lower
      )
    ).toBe("groen");
    expect(
      indicatorStatus(
        { reported: true, hasTarget: false, progress: null, value: 30.000000000000004 },
        lower
      )
    ).toBe("oranje");
  });
});

describe("the tester's workbooks, end to end through the engine", () => {
  test("baseline 0 (2024), target 57 (2025), one unit 57 of 100 → value 57, progress 100, groen", () => {
    const result = run({
      indicators: [
        ["indicator", "naam", "type", "basiswaarde", "basisperiode", "doelwaarde", "doelperiode"],
        ["P", "Aan het werk", "percentage", 0, 2024, 57, 2025],
      ],
      measurements: [MEASUREMENT_HEADER, ["P", "U1", 2025, null, 57, 100, null]],
    });
    expect(overviewOf(result, "P")).toMatchObject({ value: 57, progress: 100, status: "groen" });
    expect(result.indicators.byUnit[0]).toMatchObject({
      value: 57,
      progress: 100,
      status: "groen",
    });
  });

  test.each([
    ["THR", 57, 50, 57],
    ["THR2", 29, 20, 29],
  ])(
    "%s: 'groen vanaf' %p (oranje %p) on the value, teller %p of 100 → groen",
    (id, green, amber, teller) => {
      const result = run({
        indicators: [
          ["indicator", "naam", "type", "statusbasis", "groen vanaf", "oranje vanaf"],
          [id, "Drempel", "percentage", "waarde", green, amber],
        ],
        measurements: [MEASUREMENT_HEADER, [id, "E1", 2025, null, teller, 100, null]],
      });
      expect(overviewOf(result, id)).toMatchObject({ value: teller, status: "groen" });
    }
  );
});
