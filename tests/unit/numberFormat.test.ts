/** The one number formatter for what users read (src/analysis/numberFormat.ts). */
import { createFormat, formatNumber } from "../../src/analysis/numberFormat";

describe("createFormat", () => {
  const nl = createFormat("nl");
  const en = createFormat("en");

  test("Dutch decimal comma and thousands point; English the other way round", () => {
    expect(nl.integer(1234)).toBe("1.234");
    expect(en.integer(1234)).toBe("1,234");
    expect(nl.decimal(0.7038, 2)).toBe("0,70");
    expect(en.decimal(0.7038, 2)).toBe("0.70");
    expect(nl.percent(74.04, 1)).toBe("74,0%");
    expect(nl.decimal(null, 1)).toBe("—");
    expect(formatNumber(92.21, 1, "nl")).toBe("92,2");
  });

  test("atMost: up to the given decimals, trailing zeros dropped (indicator values, cut points)", () => {
    expect(nl.atMost(20611.25, 1)).toBe("20.611,3");
    expect(en.atMost(20611.25, 1)).toBe("20,611.3");
    expect(nl.atMost(103, 1)).toBe("103");
    expect(en.atMost(15000.5, 2)).toBe("15,000.5");
    expect(nl.atMost(null, 1)).toBe("—");
  });

  test("count: one form for 1, the plural for 0 and many, with the count formatted", () => {
    expect(nl.count(1, "fout", "fouten")).toBe("1 fout");
    expect(nl.count(0, "fout", "fouten")).toBe("0 fouten");
    expect(nl.count(1234, "respondent", "respondenten")).toBe("1.234 respondenten");
    expect(en.count(2, "problem", "problems")).toBe("2 problems");
  });
});
