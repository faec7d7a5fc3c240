import {
  comparePeriods,
  daysBetween,
  isoDate,
  parsePeriod,
  parsePeriodRange,
  parsePeriodType,
  periodDays,
  periodEnd,
  periodLabel,
  periodsOverlap,
  previousPeriod,
  rollUpPeriod,
} from "../../../src/indicators/period";

const p = (text: string) => parsePeriod(text)!;

describe("periods: parse", () => {
  test.each([
    ["2026", "2026"],
    ["2026-H1", "2026-H1"],
    ["2026 h2", "2026-H2"],
    ["2026-Q1", "2026-Q1"],
    ["2026 K1", "2026-Q1"],
    ["2026-K4", "2026-Q4"],
    ["2026Q3", "2026-Q3"],
    ["2026-01", "2026-01"],
    ["2026-12", "2026-12"],
  ])("%s → %s", (text, label) => {
    expect(periodLabel(p(text))).toBe(label);
  });

  test("a number cell is a year, a date cell its month", () => {
    expect(periodLabel(parsePeriod(2026)!)).toBe("2026");
    expect(periodLabel(parsePeriod(new Date(Date.UTC(2025, 4, 17)))!)).toBe("2025-05");
  });

  test.each(["2026-13", "2026-Q5", "2026-H3", "26-Q1", "Q1 2026", "2026.5", "", "eind 2029"])(
    "%s is not a period",
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    }
  );

  test("non-integer numbers and booleans are not periods", () => {
    expect(parsePeriod(2026.5)).toBeNull();
    expect(parsePeriod(true)).toBeNull();
    expect(parsePeriod(null)).toBeNull();
  });

  test("--per values in Dutch and English", () => {
    expect(parsePeriodType("kwartaal")).toBe("kwartaal");
    expect(parsePeriodType("Quarter")).toBe("kwartaal");
    expect(parsePeriodType("jaar")).toBe("jaar");
    expect(parsePeriodType("week")).toBeNull();
  });
});

describe("periods: end dates, days, order", () => {
  test.each([
    ["2026", "2026-12-31"],
    ["2026-H1", "2026-06-30"],
    ["2026-Q1", "2026-03-31"],
    ["2024-02", "2024-02-29"],
    ["2025-02", "2025-02-28"],
  ])("%s ends on %s", (text, end) => {
    expect(isoDate(periodEnd(p(text)))).toBe(end);
  });

  test("days between period ends (the contract's example: 547 of 2192)", () => {
    // R: as.numeric(as.Date("2025-06-30") - as.Date("2023-12-31")) # 547
    expect(daysBetween(periodEnd(p("2023")), periodEnd(p("2025-Q2")))).toBe(547);
    // R: as.numeric(as.Date("2029-12-31") - as.Date("2023-12-31")) # 2192
    expect(daysBetween(periodEnd(p("2023")), periodEnd(p("2029")))).toBe(2192);
  });

  test("days in a period", () => {
    expect(periodDays(p("2026-Q1"))).toBe(90);
    expect(periodDays(p("2024"))).toBe(366);
    expect(periodDays(p("2026-H2"))).toBe(184);
  });

  test("order by end date, coarse before fine on the same end", () => {
    const sorted = ["2026", "2026-Q4", "2025-12", "2026-Q1", "2026-H2"].map(p).sort(comparePeriods);
    expect(sorted.map(periodLabel)).toEqual(["2025-12", "2026-Q1", "2026", "2026-H2", "2026-Q4"]);
  });
});

describe("periods: roll-up, overlap, previous", () => {
  test("a month rolls up to its quarter, half and year", () => {
    expect(periodLabel(rollUpPeriod(p("2026-05"), "kwartaal")!)).toBe("2026-Q2");
    expect(periodLabel(rollUpPeriod(p("2026-07"), "halfjaar")!)).toBe("2026-H2");
    expect(periodLabel(rollUpPeriod(p("2026-Q3"), "jaar")!)).toBe("2026");
    expect(periodLabel(rollUpPeriod(p("2026-Q3"), "kwartaal")!)).toBe("2026-Q3");
  });

  test("a coarser period does not roll down", () => {
    expect(rollUpPeriod(p("2026"), "kwartaal")).toBeNull();
    expect(rollUpPeriod(p("2026-H1"), "maand")).toBeNull();
  });

  test("overlap: a period and its sub-periods, not neighbours", () => {
    expect(periodsOverlap(p("2026"), p("2026-Q2"))).toBe(true);
    expect(periodsOverlap(p("2026-Q2"), p("2026-05"))).toBe(true);
    expect(periodsOverlap(p("2026-Q2"), p("2026-Q3"))).toBe(false);
    expect(periodsOverlap(p("2025"), p("2026-01"))).toBe(false);
  });

  test("the period just before, same granularity", () => {
    expect(periodLabel(previousPeriod(p("2026-Q1")))).toBe("2025-Q4");
    expect(periodLabel(previousPeriod(p("2026")))).toBe("2025");
    expect(periodLabel(previousPeriod(p("2026-01")))).toBe("2025-12");
    expect(periodLabel(previousPeriod(p("2026-H2")))).toBe("2026-H1");
  });
});

describe("period ranges (template --periods)", () => {
  test("FROM..TO of one type, and a single period", () => {
    expect(parsePeriodRange("2025-Q3..2026-Q2")!.map(periodLabel)).toEqual([
      "2025-Q3",
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
    ]);
    expect(parsePeriodRange("2026-11..2027-01")!.map(periodLabel)).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
    ]);
    expect(parsePeriodRange("2026")!.map(periodLabel)).toEqual(["2026"]);
  });

  test("mixed types, reversed or unreadable ranges are refused", () => {
    expect(parsePeriodRange("2026-Q1..2026-12")).toBeNull();
    expect(parsePeriodRange("2026-Q4..2026-Q1")).toBeNull();
    expect(parsePeriodRange("2026-Q1..")).toBeNull();
    expect(parsePeriodRange("2026-Q1..2026-Q2..2026-Q3")).toBeNull();
  });
});
