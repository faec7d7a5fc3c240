/**
 * Cross-tabulation and Pearson's chi-square test of independence, pinned to R 4.2.2:
 * chisq.test(t, correct = FALSE) and Cramér's V by hand,
 * V <- function(t) sqrt(chisq.test(t, correct = FALSE)$statistic / (sum(t) * (min(dim(t)) - 1))).
 */
import fc from "fast-check";
import { chiSquareIndependence, crosstab } from "../../src/analysis/crosstab";

describe("chiSquareIndependence", () => {
  it("matches chisq.test on a 2 × 3 table", () => {
    // confirmed in R:
    // > t23 <- matrix(c(12, 8, 5, 6, 14, 15), nrow = 2, byrow = TRUE)
    // > x <- chisq.test(t23, correct = FALSE); x
    // X-squared = 7.168831168831, df = 2, p-value = 0.0277528821085
    // > format(x$p.value, digits = 15); format(V(t23), digits = 15); sum(x$expected < 5)
    // [1] "0.0277528821085387"
    // [1] "0.345659542730299"
    // [1] 0
    // > x$expected
    //      [,1]     [,2]     [,3]
    // [1,]  7.5  9.16667  8.33333
    // [2,] 10.5 12.83333 11.66667
    const result = chiSquareIndependence([
      [12, 8, 5],
      [6, 14, 15],
    ]);
    expect(result.n).toBe(60);
    expect(result.chiSquare).toBeCloseTo(7.16883116883117, 12);
    expect(result.df).toBe(2);
    expect(result.p).toBeCloseTo(0.0277528821085387, 12);
    expect(result.cramersV).toBeCloseTo(0.345659542730299, 12);
    expect(result.smallExpected).toBe(false);
    expect(result.cellsExpectedBelow5).toBe(0);
  });

  it("matches chisq.test on a 3 × 5 table, counting expected counts below 5 (exactly 5 is not below)", () => {
    // confirmed in R:
    // > t35 <- matrix(c(9, 6, 1, 3, 11,  7, 10, 4, 2, 6,  2, 4, 9, 10, 3), nrow = 3, byrow = TRUE)
    // > x <- chisq.test(t35, correct = FALSE)
    // Warning message: In chisq.test(t35, correct = FALSE) : Chi-squared approximation may be incorrect
    // > c(x$statistic, x$parameter, x$p.value, V(t35), sum(x$expected < 5))
    // statistic 26.823112244898 df 8 p 0.000758456672323021 V 0.392626817091514 cells<5 4
    // > x$expected
    //        [,1]    [,2]    [,3]    [,4]    [,5]
    // [1,] 6.2069 6.89655 4.82759 5.17241 6.89655
    // [2,] 6.0000 6.66667 4.66667 5.00000 6.66667
    // [3,] 5.7931 6.43678 4.50575 4.82759 6.43678
    const result = chiSquareIndependence([
      [9, 6, 1, 3, 11],
      [7, 10, 4, 2, 6],
      [2, 4, 9, 10, 3],
    ]);
    expect(result.n).toBe(87);
    expect(result.chiSquare).toBeCloseTo(26.823112244898, 11);
    expect(result.df).toBe(8);
    expect(result.p).toBeCloseTo(0.000758456672323021, 13);
    expect(result.cramersV).toBeCloseTo(0.392626817091514, 12);
    expect(result.smallExpected).toBe(true);
    expect(result.cellsExpectedBelow5).toBe(4);
  });

  it("applies no continuity correction to a 2 × 2 table (R's default would)", () => {
    // confirmed in R:
    // > t22 <- matrix(c(15, 5, 7, 13), 2, byrow = TRUE)
    // > chisq.test(t22)$statistic          # default: Yates-corrected
    // X-squared 4.94949494949495
    // > x <- chisq.test(t22, correct = FALSE); c(x$statistic, x$p.value, V(t22), sum(x$expected < 5))
    // statistic 6.46464646464646 p 0.0110041531768688 V 0.402015126103685 cells<5 0
    const result = chiSquareIndependence([
      [15, 5],
      [7, 13],
    ]);
    expect(result.chiSquare).toBeCloseTo(6.46464646464646, 12);
    expect(result.df).toBe(1);
    expect(result.p).toBeCloseTo(0.0110041531768688, 12);
    expect(result.cramersV).toBeCloseTo(0.402015126103685, 12);
    expect(result.smallExpected).toBe(false);
  });

  it("leaves out rows and columns with a zero total", () => {
    const withZeros = chiSquareIndependence([
      [12, 0, 8, 5],
      [0, 0, 0, 0],
      [6, 0, 14, 15],
    ]);
    const without = chiSquareIndependence([
      [12, 8, 5],
      [6, 14, 15],
    ]);
    expect(withZeros).toEqual(without);
  });

  it("returns null statistics when df = 0 or n = 0", () => {
    const empty = {
      chiSquare: null,
      df: null,
      p: null,
      cramersV: null,
      smallExpected: false,
      cellsExpectedBelow5: 0,
    };
    expect(chiSquareIndependence([])).toEqual({ n: 0, ...empty });
    expect(
      chiSquareIndependence([
        [0, 0],
        [0, 0],
      ])
    ).toEqual({ n: 0, ...empty });
    expect(chiSquareIndependence([[3, 4, 5]])).toEqual({ n: 12, ...empty });
    expect(
      chiSquareIndependence([
        [3, 0],
        [4, 0],
      ])
    ).toEqual({ n: 7, ...empty });
  });

  it("gives V = 1 and p near 0 for a perfect association, chi-square 0 and p = 1 for exact independence", () => {
    const perfect = chiSquareIndependence([
      [20, 0, 0],
      [0, 20, 0],
      [0, 0, 20],
    ]);
    expect(perfect.cramersV).toBeCloseTo(1, 14);
    expect(perfect.chiSquare).toBeCloseTo(120, 10);
    // R: pchisq(120, 4, lower.tail = FALSE) = 5.341472e-25. p = 1 − cdf cannot resolve values
    // below about 1e-16 (jStat has no upper-tail function), so it comes out as 0 here.
    expect(perfect.p).toBeGreaterThanOrEqual(0);
    expect(perfect.p).toBeLessThan(1e-15);
    const independent = chiSquareIndependence([
      [10, 20],
      [20, 40],
    ]);
    expect(independent.chiSquare).toBe(0);
    expect(independent.p).toBe(1);
    expect(independent.cramersV).toBe(0);
  });

  it("rejects ragged matrices and impossible counts", () => {
    expect(() => chiSquareIndependence([[1, 2], [3]])).toThrow("rectangular");
    expect(() => chiSquareIndependence([[1, -2]])).toThrow("non-negative");
    expect(() => chiSquareIndependence([[1, NaN]])).toThrow("non-negative finite");
  });

  describe("properties", () => {
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((rows) =>
        fc
          .integer({ min: 1, max: 6 })
          .chain((columns) =>
            fc.array(
              fc.array(fc.integer({ min: 0, max: 40 }), { minLength: columns, maxLength: columns }),
              { minLength: rows, maxLength: rows }
            )
          )
      );

    it("chi-square ≥ 0, p in [0, 1], Cramér's V in [0, 1]", () => {
      fc.assert(
        fc.property(table, (counts) => {
          const result = chiSquareIndependence(counts);
          if (result.chiSquare === null) {
            expect(result.p).toBeNull();
            expect(result.cramersV).toBeNull();
            return;
          }
          expect(result.chiSquare).toBeGreaterThanOrEqual(0);
          expect(result.p).toBeGreaterThanOrEqual(0);
          expect(result.p).toBeLessThanOrEqual(1);
          expect(result.cramersV).toBeGreaterThanOrEqual(0);
          expect(result.cramersV).toBeLessThanOrEqual(1);
        })
      );
    });

    it("does not change when the table is transposed", () => {
      fc.assert(
        fc.property(table, (counts) => {
          const transposed = counts[0].map((_, c) => counts.map((row) => row[c]));
          const a = chiSquareIndependence(counts);
          const b = chiSquareIndependence(transposed);
          expect(b.df).toBe(a.df);
          expect(b.cellsExpectedBelow5).toBe(a.cellsExpectedBelow5);
          if (a.chiSquare === null) expect(b.chiSquare).toBeNull();
          else expect(b.chiSquare).toBeCloseTo(a.chiSquare, 9);
        })
      );
    });
  });
});

describe("crosstab", () => {
  // 20 respondents; 2 have no sector and 2 have no style, so 16 pairs are counted.
  const sector = [
    "zorg",
    "zorg",
    "welzijn",
    "gemeente",
    "zorg",
    null,
    "welzijn",
    "gemeente",
    "zorg",
    "welzijn",
    "gemeente",
    "zorg",
    "welzijn",
    "zorg",
    "gemeente",
    "welzijn",
    null,
    "zorg",
    "gemeente",
    "welzijn",
  ];
  const style = [
    "facilitator",
    "coproducent",
    "facilitator",
    "opdrachtgever",
    "facilitator",
    "coproducent",
    null,
    "opdrachtgever",
    "coproducent",
    "facilitator",
    "coproducent",
    "facilitator",
    "coproducent",
    "facilitator",
    "opdrachtgever",
    "facilitator",
    "facilitator",
    "coproducent",
    "opdrachtgever",
    null,
  ];

  it("counts pairs without missing values and tests them like chisq.test(table(...), correct = FALSE)", () => {
    // confirmed in R (NA for null; table() drops pairs with an NA):
    // > t <- table(sector, stijl); t
    //           stijl
    // sector     coproducent facilitator opdrachtgever
    //   gemeente           1           0             4
    //   welzijn            1           3             0
    //   zorg               3           4             0
    // > x <- chisq.test(t, correct = FALSE)
    // > c(x$statistic, x$parameter, x$p.value, V(t), sum(x$expected < 5))
    // statistic 12.7216326530612 df 4 p 0.0127191634974778 V 0.630516471163255 cells<5 9
    const result = crosstab("sector", sector, style);
    expect(result.by).toBe("sector");
    expect(result.table).toEqual({
      gemeente: { coproducent: 1, facilitator: 0, opdrachtgever: 4 },
      welzijn: { coproducent: 1, facilitator: 3, opdrachtgever: 0 },
      zorg: { coproducent: 3, facilitator: 4, opdrachtgever: 0 },
    });
    expect(result.chiSquare).toBeCloseTo(12.7216326530612, 12);
    expect(result.df).toBe(4);
    expect(result.p).toBeCloseTo(0.0127191634974778, 12);
    expect(result.cramersV).toBeCloseTo(0.630516471163255, 12);
    expect(result.smallExpected).toBe(true);
    expect(result.cellsExpectedBelow5).toBe(9);
  });

  it("keeps every listed category (zeros kept) in the given order, without letting empty ones change the test", () => {
    const result = crosstab("sector", sector, style, {
      rowOrder: ["zorg", "welzijn", "onderwijs", "gemeente"],
      columnOrder: ["facilitator", "coproducent", "opdrachtgever", "gemengd"],
    });
    expect(Object.keys(result.table)).toEqual(["zorg", "welzijn", "onderwijs", "gemeente"]);
    expect(Object.keys(result.table.zorg)).toEqual([
      "facilitator",
      "coproducent",
      "opdrachtgever",
      "gemengd",
    ]);
    expect(result.table.onderwijs).toEqual({
      facilitator: 0,
      coproducent: 0,
      opdrachtgever: 0,
      gemengd: 0,
    });
    expect(result.table.gemeente).toEqual({
      facilitator: 0,
      coproducent: 1,
      opdrachtgever: 4,
      gemengd: 0,
    });
    // Same test as above: the empty row and column are left out, df stays (3 − 1)(3 − 1) = 4.
    expect(result.chiSquare).toBeCloseTo(12.7216326530612, 12);
    expect(result.df).toBe(4);
    expect(result.p).toBeCloseTo(0.0127191634974778, 12);
    expect(result.cramersV).toBeCloseTo(0.630516471163255, 12);
    expect(result.cellsExpectedBelow5).toBe(9);
  });

  it("appends categories that occur but are not listed, in code-unit order", () => {
    const result = crosstab("sector", sector, style, {
      rowOrder: ["zorg"],
      columnOrder: ["opdrachtgever"],
    });
    expect(Object.keys(result.table)).toEqual(["zorg", "gemeente", "welzijn"]);
    expect(Object.keys(result.table.zorg)).toEqual(["opdrachtgever", "coproducent", "facilitator"]);
  });

  it("returns null statistics for one group or no data", () => {
    const oneGroup = crosstab(
      "sector",
      ["zorg", "zorg", "zorg"],
      ["facilitator", "coproducent", "facilitator"]
    );
    expect(oneGroup.table).toEqual({ zorg: { coproducent: 1, facilitator: 2 } });
    expect(oneGroup).toMatchObject({
      chiSquare: null,
      df: null,
      p: null,
      cramersV: null,
      smallExpected: false,
    });
    const none = crosstab("sector", [null, "zorg"], ["facilitator", null], {
      rowOrder: ["zorg"],
      columnOrder: ["facilitator"],
    });
    expect(none.table).toEqual({ zorg: { facilitator: 0 } });
    expect(none).toMatchObject({
      chiSquare: null,
      df: null,
      p: null,
      cramersV: null,
      smallExpected: false,
      cellsExpectedBelow5: 0,
    });
  });

  it("rejects inconsistent input", () => {
    expect(() => crosstab("sector", ["a"], ["b", "c"])).toThrow(
      "rowValues has 1 values but columnValues has 2"
    );
    expect(() => crosstab("sector", ["a"], ["b"], { rowOrder: ["a", "a"] })).toThrow(
      'rowOrder lists "a" twice'
    );
  });

  it("agrees with chiSquareIndependence on its own table and counts every complete pair (property)", () => {
    const value = fc.option(fc.constantFrom("a", "b", "c", "d"), { freq: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 60 }), (pairs) => {
        const result = crosstab(
          "x",
          pairs.map(([row]) => row),
          pairs.map(([, column]) => column)
        );
        const counts = Object.values(result.table).map((line) => Object.values(line));
        const total = counts.flat().reduce((sum, count) => sum + count, 0);
        expect(total).toBe(pairs.filter(([row, column]) => row !== null && column !== null).length);
        const test = chiSquareIndependence(counts);
        expect(result.chiSquare).toBe(test.chiSquare);
        expect(result.cramersV).toBe(test.cramersV);
        if (result.cramersV !== null) {
          expect(result.cramersV).toBeGreaterThanOrEqual(0);
          expect(result.cramersV).toBeLessThanOrEqual(1);
          expect(result.chiSquare).toBeGreaterThanOrEqual(0);
        }
      })
    );
  });
});
