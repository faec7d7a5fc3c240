import { parseDataDate, parseDutchNumber } from "../../../src/indicators/dutchNumber";

describe("Dutch numbers in measurement cells", () => {
  test.each([
    [6972, 6972],
    ["6.972", 6972],
    ["45 000", 45000],
    ["45\u00a0000", 45000],
    ["1.234.567", 1234567],
    ["4,5", 4.5],
    ["1.234,5", 1234.5],
    ["0", 0],
    [" 12 ", 12],
    ["-3", -3],
  ])("%p → %p", (cell, expected) => {
    expect(parseDutchNumber(cell)).toBe(expected);
  });

  test.each(["4.5", "12,3,4", "1.23", "1.2345", "1.234 567", "abc", "12%", "€ 5"])(
    "%p is not a number (nothing is guessed)",
    (cell) => {
      expect(parseDutchNumber(cell)).toBe("bad");
    }
  );

  test("blank is not reported; booleans and dates are not numbers", () => {
    expect(parseDutchNumber(null)).toBeNull();
    expect(parseDutchNumber("  ")).toBeNull();
    expect(parseDutchNumber(true)).toBe("bad");
    expect(parseDutchNumber(new Date())).toBe("bad");
  });
});

describe("data dates", () => {
  test.each([
    ["14/1/2026", "2026-01-14"],
    ["14-01-2026", "2026-01-14"],
    ["2026-01-14", "2026-01-14"],
  ])("%s → %s", (cell, iso) => {
    expect(parseDataDate(cell)).toBe(iso);
  });

  test("a date cell, blank, and impossible dates", () => {
    expect(parseDataDate(new Date(Date.UTC(2026, 0, 14)))).toBe("2026-01-14");
    expect(parseDataDate(null)).toBeNull();
    expect(parseDataDate("31/2/2026")).toBe("bad");
    expect(parseDataDate("gisteren")).toBe("bad");
  });
});
