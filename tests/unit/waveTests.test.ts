/**
 * The two tests used to compare survey waves, pinned to R 4.x (Rscript, options(digits = 15)):
 * prop.test(c(x1, x2), c(n1, n2), correct = FALSE) and
 * wilcox.test(new, old, paired = TRUE, exact = FALSE).
 */
import { twoProportionTest } from "../../src/analysis/twoProportionTest";
import { wilcoxonSignedRank } from "../../src/analysis/wilcoxonSignedRank";

describe("twoProportionTest (R prop.test, correct = FALSE)", () => {
  test.each([
    // > prop.test(c(63, 50), c(77, 70), correct = FALSE)  X-squared = 2.22611329326582, p = 0.135694814844035
    [63, 77, 50, 70, 2.22611329326582, 0.135694814844035],
    // > prop.test(c(10, 20), c(30, 30), correct = FALSE)  X-squared = 6.66666666666667, p = 0.00982327450751926
    [10, 30, 20, 30, 6.66666666666667, 0.00982327450751926],
    // small n (R warns "may be incorrect"): > prop.test(c(5, 1), c(8, 9), correct = FALSE)
    // X-squared = 4.89751683501684, p = 0.0268953429534418
    [5, 8, 1, 9, 4.89751683501684, 0.0268953429534418],
    // > prop.test(c(1, 0), c(2, 3), correct = FALSE)  X-squared = 1.875, p = 0.170903520230798
    [1, 2, 0, 3, 1.875, 0.170903520230798],
    // equal proportions: > prop.test(c(3, 3), c(5, 5), correct = FALSE)  X-squared = 0, p = 1
    [3, 5, 3, 5, 0, 1],
  ])("%i/%i vs %i/%i", (x1, n1, x2, n2, chiSquare, p) => {
    const result = twoProportionTest(x1, n1, x2, n2);
    expect(result.chiSquare).toBeCloseTo(chiSquare, 10);
    expect(result.p).toBeCloseTo(p, 12);
    expect(result.pct1).toBeCloseTo((100 * x1) / n1, 12);
    expect(result.difference).toBeCloseTo((100 * x1) / n1 - (100 * x2) / n2, 12);
  });

  test("no variance: both waves all agree or all disagree → null (R: NaN)", () => {
    // > prop.test(c(0, 0), c(10, 12), correct = FALSE)$p.value   NaN
    // > prop.test(c(10, 12), c(10, 12), correct = FALSE)$p.value NaN
    expect(twoProportionTest(0, 10, 0, 12)).toEqual({
      pct1: 0,
      pct2: 0,
      difference: 0,
      chiSquare: null,
      p: null,
    });
    expect(twoProportionTest(10, 10, 12, 12).p).toBeNull();
  });

  test("an empty wave → null p and null percentages for that wave", () => {
    expect(twoProportionTest(3, 5, 0, 0)).toEqual({
      pct1: 60,
      pct2: null,
      difference: null,
      chiSquare: null,
      p: null,
    });
  });

  test("rejects impossible counts", () => {
    expect(() => twoProportionTest(6, 5, 1, 2)).toThrow(/exceed/);
    expect(() => twoProportionTest(-1, 5, 1, 2)).toThrow(/whole number/);
    expect(() => twoProportionTest(1.5, 5, 1, 2)).toThrow(/whole number/);
  });
});

describe("wilcoxonSignedRank (R wilcox.test, paired = TRUE, exact = FALSE)", () => {
  const newCodes = [4, 5, 3, 4, 5, 2, 4, 5, 3, 4];
  const oldCodes = [3, 4, 3, 2, 4, 2, 3, 5, 2, 3];

  test("ties and zeros: zeros dropped, tie-corrected variance, continuity correction", () => {
    // > n <- c(4,5,3,4,5,2,4,5,3,4); o <- c(3,4,3,2,4,2,3,5,2,3)
    // > wilcox.test(n, o, paired = TRUE, exact = FALSE)   V = 28, p-value = 0.0147087694431172
    // > mean(n - o)   0.8
    // By hand: d = 1,1,0,2,1,0,1,0,1,1 → 7 non-zero; |d| ranks: six 1s share rank 3.5, the 2 rank 7;
    // V = 28; σ² = 7·8·15/24 − (6³−6 + 0)/48 = 35 − 4.375; z = (28 − 14 − 0.5)/√30.625 = 2.43947.
    const result = wilcoxonSignedRank(newCodes, oldCodes);
    expect(result.pairs).toBe(10);
    expect(result.nonZero).toBe(7);
    expect(result.v).toBe(28);
    expect(result.meanDifference).toBeCloseTo(0.8, 12);
    expect(result.z).toBeCloseTo(13.5 / Math.sqrt(30.625), 12);
    expect(result.p).toBeCloseTo(0.0147087694431172, 12);
  });

  test("the other direction gives V = 0 and the same p", () => {
    // > wilcox.test(o, n, paired = TRUE, exact = FALSE)   V = 0, p-value = 0.0147087694431172
    const result = wilcoxonSignedRank(oldCodes, newCodes);
    expect(result.v).toBe(0);
    expect(result.meanDifference).toBeCloseTo(-0.8, 12);
    expect(result.p).toBeCloseTo(0.0147087694431172, 12);
  });

  test("pairs with a missing answer are dropped", () => {
    // > wilcox.test(c(4,NA,3,5,2,5,1,4), c(2,3,NA,3,2,4,3,1), paired = TRUE, exact = FALSE)
    // V = 12, p-value = 0.271818443255495
    const result = wilcoxonSignedRank([4, null, 3, 5, 2, 5, 1, 4], [2, 3, NaN, 3, 2, 4, 3, 1]);
    expect(result.pairs).toBe(6);
    expect(result.nonZero).toBe(5);
    expect(result.v).toBe(12);
    expect(result.p).toBeCloseTo(0.271818443255495, 12);
  });

  test.each([
    // > wilcox.test(c(5,4,4,3,5,1,2,4,4,5,3,2), c(4,4,2,3,3,2,2,5,1,4,3,1), paired = TRUE, exact = FALSE)
    // V = 30, p-value = 0.0982421905790877
    [
      [5, 4, 4, 3, 5, 1, 2, 4, 4, 5, 3, 2],
      [4, 4, 2, 3, 3, 2, 2, 5, 1, 4, 3, 1],
      30,
      0.0982421905790877,
    ],
    // small n: > wilcox.test(c(2,4), c(1,1), paired = TRUE, exact = FALSE)  V = 3, p = 0.371093369522698
    [[2, 4], [1, 1], 3, 0.371093369522698],
    // half ranks: > wilcox.test(c(3,2,5), c(2,3,1), paired = TRUE, exact = FALSE)  V = 4.5, p = 0.58621368107314
    [[3, 2, 5], [2, 3, 1], 4.5, 0.58621368107314],
    // > wilcox.test(c(1,2,3,4,5), c(2,3,4,5,1), paired = TRUE, exact = FALSE)  V = 5, p = 0.571607644953332
    [[1, 2, 3, 4, 5], [2, 3, 4, 5, 1], 5, 0.571607644953332],
    // one pair: > wilcox.test(5, 4, paired = TRUE, exact = FALSE)  V = 1, p-value = 1
    [[5], [4], 1, 1],
  ])("%j vs %j", (a, b, v, p) => {
    const result = wilcoxonSignedRank(a as number[], b as number[]);
    expect(result.v).toBe(v);
    expect(result.p).toBeCloseTo(p as number, 12);
  });

  test("68 pairs on a 5-point scale (the size of a real wave)", () => {
    // > set.seed(1); a <- sample(1:5, 68, TRUE)
    // > b <- pmin(5, pmax(1, a - sample(c(-1,0,0,1,1), 68, TRUE)))
    // > wilcox.test(a, b, paired = TRUE, exact = FALSE)   V = 175, p-value = 0.423614249808922
    const a = [
      1, 4, 1, 2, 5, 3, 2, 3, 3, 1, 5, 5, 2, 2, 1, 5, 5, 1, 1, 5, 5, 2, 2, 1, 4, 1, 4, 3, 2, 2, 4,
      4, 4, 2, 4, 1, 1, 4, 1, 2, 3, 2, 2, 5, 2, 1, 3, 3, 4, 3, 1, 4, 5, 1, 1, 4, 5, 5, 4, 5, 4, 4,
      1, 5, 5, 1, 1, 3,
    ];
    const b = [
      1, 4, 1, 2, 4, 3, 1, 3, 3, 2, 5, 5, 2, 2, 1, 5, 4, 1, 1, 4, 5, 2, 2, 1, 4, 2, 3, 2, 1, 3, 3,
      3, 5, 2, 4, 1, 1, 3, 2, 3, 2, 2, 3, 5, 2, 1, 4, 3, 3, 3, 1, 4, 5, 1, 2, 3, 5, 4, 4, 5, 4, 4,
      2, 5, 5, 1, 1, 3,
    ];
    const result = wilcoxonSignedRank(a, b);
    expect(result.pairs).toBe(68);
    expect(result.v).toBe(175);
    expect(result.p).toBeCloseTo(0.423614249808922, 12);
  });

  test("no variance: every difference zero → p null (R: V = 0, p-value NaN), no crash", () => {
    // > wilcox.test(c(3,3,4), c(3,3,4), paired = TRUE, exact = FALSE)$p.value   NaN
    expect(wilcoxonSignedRank([3, 3, 4], [3, 3, 4])).toEqual({
      pairs: 3,
      nonZero: 0,
      meanDifference: 0,
      v: null,
      z: null,
      p: null,
    });
    expect(wilcoxonSignedRank([], [])).toMatchObject({ pairs: 0, meanDifference: null, p: null });
  });

  test("lists of different length are a programming error", () => {
    expect(() => wilcoxonSignedRank([1, 2], [1])).toThrow(/one pair per respondent/);
  });
});
