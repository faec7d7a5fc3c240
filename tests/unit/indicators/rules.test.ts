/** The rules of docs/indicators.md §2 on the engine's pure functions, pinned to hand/R values. */
import { aggregateCells, weightedMean } from "../../../src/indicators/aggregate";
import { periodChange } from "../../../src/indicators/change";
import { isActive } from "../../../src/indicators/completeness";
import { parsePeriod } from "../../../src/indicators/period";
import { rollUpRows } from "../../../src/indicators/rollUp";
import { indicatorStatus, progressPercent } from "../../../src/indicators/status";
import { expectedValue } from "../../../src/indicators/trajectory";
import { wilsonInterval } from "../../../src/indicators/wilson";

const p = (text: string) => parsePeriod(text)!;
const units = [
  { numerator: 900, denominator: 3000 },
  { numerator: 100, denominator: 2000 },
];

describe("aggregation over units", () => {
  test("ratio of sums: 900/3000 + 100/2000 → 20.0 %", () => {
    // by hand: 1000 / 5000 × 100 = 20
    const result = aggregateCells(units, "verhouding van sommen", 100);
    expect(result.value).toBeCloseTo(20, 10);
    expect(result.numerator).toBe(1000);
    expect(result.denominator).toBe(5000);
  });

  test("mean of ratios: 900/3000 + 100/2000 → 17.5 %", () => {
    // by hand: (30 + 5) / 2 = 17.5
    expect(aggregateCells(units, "gemiddelde van verhoudingen", 100).value).toBeCloseTo(17.5, 10);
  });

  test("0/0 counts as reporting, adds 0 to the sums, and is left out of a mean of ratios", () => {
    const withZero = [...units, { numerator: 0, denominator: 0 }];
    expect(aggregateCells(withZero, "verhouding van sommen", 100).value).toBeCloseTo(20, 10);
    expect(aggregateCells(withZero, "gemiddelde van verhoudingen", 100).value).toBeCloseTo(
      17.5,
      10
    );
  });

  test("a ratio per 1,000 inhabitants", () => {
    // by hand: (12 + 3) / (4000 + 1000) × 1000 = 3
    const cells = [
      { numerator: 12, denominator: 4000 },
      { numerator: 3, denominator: 1000 },
    ];
    expect(aggregateCells(cells, "verhouding van sommen", 1000).value).toBeCloseTo(3, 10);
  });

  test("sum of counts", () => {
    expect(aggregateCells([{ value: 3207 }, { value: 3765 }], "som", 1).value).toBe(6972);
  });

  test("weighted mean by n when every unit has it", () => {
    // by hand: (4 × 30 + 2 × 10) / 40 = 3.5
    const result = aggregateCells(
      [
        { value: 4, denominator: 30 },
        { value: 2, denominator: 10 },
      ],
      "gemiddelde",
      1,
      false
    );
    expect(result.value).toBeCloseTo(3.5, 10);
    expect(result.unweighted).toBe(false);
  });

  test("unweighted mean when one unit lacks n", () => {
    const result = weightedMean([4, 2], [30, null]);
    expect(result.value).toBeCloseTo(3, 10);
    expect(result.unweighted).toBe(true);
  });

  test("no units: no value", () => {
    expect(aggregateCells([], "som", 1).value).toBeNull();
  });
});

describe("Wilson interval", () => {
  test("76 of 121 → 53.93–70.90 %", () => {
    // R: prop.test(76, 121, correct = FALSE)$conf.int  # 0.5392853 0.7090296
    const interval = wilsonInterval(76, 121)!;
    expect(interval.low).toBeCloseTo(53.92853, 4);
    expect(interval.high).toBeCloseTo(70.90296, 4);
  });

  test("1000 of 5000", () => {
    // R: prop.test(1000, 5000, correct = FALSE)$conf.int  # 0.1891449439 0.2113156773
    const interval = wilsonInterval(1000, 5000)!;
    expect(interval.low).toBeCloseTo(18.91449439, 6);
    expect(interval.high).toBeCloseTo(21.13156773, 6);
  });

  test("0 of 10 and 10 of 10 stay within 0–100", () => {
    // R: prop.test(0, 10, correct = FALSE)$conf.int  # 0.0000000 0.2775328
    expect(wilsonInterval(0, 10)!.low).toBe(0);
    expect(wilsonInterval(0, 10)!.high).toBeCloseTo(27.75328, 4);
    expect(wilsonInterval(10, 10)!.high).toBeCloseTo(100, 10);
  });

  test("no interval for n = 0 or non-whole counts", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(2.5, 10)).toBeNull();
  });
});

describe("trajectory", () => {
  test("45,000 by 2029 from 0 at the end of 2023 → 11,229.47 in 2025-Q2", () => {
    // R: print(45000 * 547 / 2192, digits = 12)  # 11229.4708029
    const line = [
      { period: p("2023"), value: 0 },
      { period: p("2029"), value: 45000 },
    ];
    expect(expectedValue(line, p("2025-Q2"))).toBeCloseTo(11229.470803, 5);
  });

  test("before the baseline: null; after the target: the target", () => {
    const line = [
      { period: p("2023"), value: 0 },
      { period: p("2029"), value: 45000 },
    ];
    expect(expectedValue(line, p("2023-Q3"))).toBeNull();
    expect(expectedValue(line, p("2023"))).toBe(0);
    expect(expectedValue(line, p("2031"))).toBe(45000);
  });

  test("through milestones, straight between consecutive points", () => {
    const line = [
      { period: p("2029"), value: 45000 },
      { period: p("2023"), value: 0 },
      { period: p("2025"), value: 10000 },
    ];
    // R: 10000 * 366 / 731  # 5006.84
    expect(expectedValue(line, p("2024"))).toBeCloseTo(5006.839945, 5);
    // R: 10000 + 35000 * 730 / 1461  # 27488.02
    expect(expectedValue(line, p("2027"))).toBeCloseTo(27488.021903, 5);
  });
});

describe("progress and status", () => {
  const rule = {
    greenFrom: 100,
    amberFrom: 80,
    statusBasis: "voortgang" as const,
    direction: "hoger" as const,
  };

  test("progress for higher-is-better, never capped", () => {
    // by hand: (13000 − 0) / (15006.8 − 0) × 100 = 86.627
    expect(progressPercent(13000, 0, 15006.8, "hoger")).toBeCloseTo(86.6274, 3);
    expect(progressPercent(30000, 0, 15000, "hoger")).toBe(200);
  });

  test("progress for lower-is-better", () => {
    // by hand: (30 − 25) / (30 − 24.99316) × 100 = 99.863  (R: 5/(30-(30-10*366/731))*100)
    expect(progressPercent(25, 30, 24.99316, "lager")).toBeCloseTo(99.8634, 3);
  });

  test("no progress without baseline or expected, or when they are equal", () => {
    expect(progressPercent(10, null, 20, "hoger")).toBeNull();
    expect(progressPercent(10, 0, null, "hoger")).toBeNull();
    expect(progressPercent(10, 5, 5, "hoger")).toBeNull();
  });

  test("status: the first that applies", () => {
    expect(
      indicatorStatus({ reported: false, hasTarget: true, progress: 120, value: 1 }, rule)
    ).toBe("geen gegevens");
    expect(
      indicatorStatus({ reported: true, hasTarget: false, progress: null, value: 1 }, rule)
    ).toBe("geen doel");
    expect(
      indicatorStatus({ reported: true, hasTarget: true, progress: null, value: 1 }, rule)
    ).toBe("onbepaald");
    expect(
      indicatorStatus({ reported: true, hasTarget: true, progress: 100, value: 1 }, rule)
    ).toBe("groen");
    expect(
      indicatorStatus({ reported: true, hasTarget: true, progress: 99.99, value: 1 }, rule)
    ).toBe("oranje");
    expect(indicatorStatus({ reported: true, hasTarget: true, progress: 80, value: 1 }, rule)).toBe(
      "oranje"
    );
    expect(
      indicatorStatus({ reported: true, hasTarget: true, progress: 79.96, value: 1 }, rule)
    ).toBe("rood");
  });

  test("status on the value (statusbasis waarde), reversed for lager", () => {
    const value = { ...rule, statusBasis: "waarde" as const, greenFrom: 80, amberFrom: 60 };
    expect(
      indicatorStatus({ reported: true, hasTarget: false, progress: null, value: 80 }, value)
    ).toBe("groen");
    expect(
      indicatorStatus({ reported: true, hasTarget: false, progress: null, value: 70 }, value)
    ).toBe("oranje");
    const lower = { ...value, direction: "lager" as const, greenFrom: 20, amberFrom: 30 };
    expect(
      indicatorStatus({ reported: true, hasTarget: false, progress: null, value: 20 }, lower)
    ).toBe("groen");
    expect(
      indicatorStatus({ reported: true, hasTarget: false, progress: null, value: 25 }, lower)
    ).toBe("oranje");
    expect(
      indicatorStatus({ reported: true, hasTarget: false, progress: null, value: 31 }, lower)
    ).toBe("rood");
  });
});

describe("change", () => {
  test("absolute and relative change", () => {
    // by hand: 13000 − 6000 = 7000; 7000 / 6000 × 100 = 116.67
    const change = periodChange(13000, 6000);
    expect(change.change).toBe(7000);
    expect(change.changePct).toBeCloseTo(116.6667, 3);
  });

  test("no relative change from 0; nothing without a previous value", () => {
    expect(periodChange(5, 0)).toEqual({ change: 5, changePct: null });
    expect(periodChange(5, null)).toEqual({ change: null, changePct: null });
  });
});

describe("roll-up of one unit", () => {
  test("a flow adds its quarters", () => {
    const rows = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"].map((period, index) => ({
      period: p(period),
      value: 10 * (index + 1),
      numerator: null,
      denominator: null,
    }));
    expect(rollUpRows(rows, { type: "aantal", kind: "stroom" }).value).toBe(100);
  });

  test("a stock takes its latest sub-period with data", () => {
    const rows = [
      { period: p("2025-Q3"), value: 40, numerator: null, denominator: null },
      { period: p("2025-Q1"), value: 30, numerator: null, denominator: null },
    ];
    expect(rollUpRows(rows, { type: "aantal", kind: "stand" }).value).toBe(40);
  });

  test("a percentage flow adds tellers and noemers separately", () => {
    const rows = [
      { period: p("2025-Q1"), value: null, numerator: 3, denominator: 10 },
      { period: p("2025-Q2"), value: null, numerator: 7, denominator: 30 },
    ];
    const cell = rollUpRows(rows, { type: "percentage", kind: "stroom" });
    expect([cell.numerator, cell.denominator]).toEqual([10, 40]);
  });

  test("a mean rolls up n-weighted", () => {
    const rows = [
      { period: p("2025-Q1"), value: 4, numerator: null, denominator: 30 },
      { period: p("2025-Q2"), value: 2, numerator: null, denominator: 10 },
    ];
    expect(rollUpRows(rows, { type: "gemiddelde", kind: "stand" }).value).toBeCloseTo(3.5, 10);
  });
});

describe("completeness: active units", () => {
  test("active span overlapping the period", () => {
    const unit = { unit: "P1", attributes: {}, activeFrom: p("2024-10"), activeUntil: p("2026") };
    expect(isActive(unit, p("2024-Q3"))).toBe(false);
    expect(isActive(unit, p("2024-Q4"))).toBe(true);
    expect(isActive(unit, p("2024"))).toBe(true);
    expect(isActive(unit, p("2027-Q1"))).toBe(false);
  });
});
