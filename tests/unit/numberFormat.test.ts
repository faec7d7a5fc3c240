/** The one number formatter for what users read (src/analysis/numberFormat.ts). */
import { createFormat, formatDigits, formatNumber } from "../../src/analysis/numberFormat";

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

describe("formatDigits gives what Intl.NumberFormat gives", () => {
  const LOCALE = { nl: "nl-BE", en: "en-GB" } as const;
  const intl = (value: number, minimum: number, maximum: number, language: "nl" | "en") =>
    new Intl.NumberFormat(LOCALE[language], {
      minimumFractionDigits: minimum,
      maximumFractionDigits: maximum,
    }).format(value);
  // Seeded values: halves and near-halves at each decimal, integers with carries, all magnitudes.
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const values: number[] = [
    0,
    -0,
    0.5,
    1.5,
    2.5,
    -2.5,
    1.005,
    2.675,
    0.125,
    0.0005,
    999.5,
    999999.995,
    9.995,
    -9.995,
    1e-6,
    1e-7,
    123456789012345680000,
    1e21,
    -1e21,
    NaN,
    Infinity,
    -Infinity,
    20611.25,
    74.04,
    0.7038,
    61.44,
    Number.MAX_SAFE_INTEGER,
    5e-324,
    1 / 3,
    2 / 3,
    -0.001,
  ];
  for (let index = 0; index < 3000; index += 1) {
    const magnitude = 10 ** Math.floor(random() * 14 - 4);
    const value = random() * magnitude * (random() < 0.2 ? -1 : 1);
    values.push(value, Math.round(value * 1000) / 1000 + 0.0005, Math.round(value * 2) / 2);
  }
  const digitPairs: [number, number][] = [
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [0, 1],
    [0, 2],
    [1, 3],
  ];
  test.each(["nl", "en"] as const)("%s: 9,031 numbers × 7 digit settings", (language) => {
    const differences: string[] = [];
    for (const value of values)
      for (const [minimum, maximum] of digitPairs) {
        const expected = intl(value, minimum, maximum, language);
        const actual = formatDigits(value, minimum, maximum, language);
        if (actual !== expected)
          differences.push(`${value} ${minimum}-${maximum}: ${actual} ≠ ${expected}`);
      }
    expect(differences).toEqual([]);
  });
  test("worked examples: half away from zero on the shortest decimal, as ICU rounds", () => {
    expect(formatDigits(1.005, 2, 2, "nl")).toBe("1,01"); // (1.005).toFixed(2) is "1.00"
    expect(formatDigits(999999.995, 2, 2, "en")).toBe("1,000,000.00");
    expect(formatDigits(-0.001, 1, 1, "nl")).toBe("-0,0");
    expect(formatDigits(-0, 0, 0, "en")).toBe("-0");
    expect(formatDigits(1234.5, 0, 2, "nl")).toBe("1.234,5");
  });
});
