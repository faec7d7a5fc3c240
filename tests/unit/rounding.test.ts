/**
 * Rounding as printed reports do it (src/analysis/rounding.ts): half away from zero on the decimal
 * value, and the "legacy" band percentage of domain/SPEC.md §1.6 (each category rounded to one
 * decimal, then added).
 *
 * R's round() is not a reference for ties (IEC 60559 round-half-even on the binary value: in R
 * `round(0.125, 2)` gives 0.12 and `round(2.5)` gives 2), so ties are pinned to the decimal rule here;
 * non-tie sums are confirmed in R.
 */
import { legacyBandPercentage, roundHalfUp } from "../../src/analysis/rounding";

describe("roundHalfUp", () => {
  test("ties go away from zero on the decimal value: 40.25 → 40.3, 1.005 → 1.01", () => {
    // Binary 40.25 is exact; 1.005 is stored as 1.00499999999999989… and 1.005 * 100 = 100.49999999999999,
    // so a naive Math.round(x * 100) / 100 would give 1.
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundHalfUp(40.25, 1)).toBe(40.3);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(0.05, 1)).toBe(0.1);
    expect(roundHalfUp(1.45, 1)).toBe(1.5);
    expect(roundHalfUp(8.345, 2)).toBe(8.35);
  });

  test("non-ties round to the nearest value", () => {
    expect(roundHalfUp(89.6103896103896, 1)).toBe(89.6);
    expect(roundHalfUp(50.6493506493507, 1)).toBe(50.6);
    expect(roundHalfUp(29.8701298701299, 1)).toBe(29.9);
    expect(roundHalfUp(74.04, 2)).toBe(74.04);
    expect(roundHalfUp(2.449, 1)).toBe(2.4);
  });

  test("negative values mirror positive ones (half away from zero)", () => {
    expect(roundHalfUp(-40.25, 1)).toBe(-40.3);
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(-20.8, 1)).toBe(-20.8);
    // Net agreement in Table C: 29.9 − 50.7 = −20.800000000000004 in binary.
    expect(29.9 - 50.7).not.toBe(-20.8);
    expect(roundHalfUp(29.9 - 50.7, 1)).toBe(-20.8);
    expect(roundHalfUp(-23.449, 1)).toBe(-23.4);
  });

  test("rounding a small negative value to zero gives 0, not -0 (which would print as '-0')", () => {
    expect(Object.is(roundHalfUp(-0.04, 1), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-0.0049, 2), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-0, 1), 0)).toBe(true);
  });

  test("values whose String() is in exponent form (tiny floating-point residue, huge numbers)", () => {
    // 0.1 + 0.2 − 0.3 = 5.551115123125783e-17: a difference of two equal percentages in binary.
    expect(roundHalfUp(0.1 + 0.2 - 0.3, 1)).toBe(0);
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(roundHalfUp(-1e-7, 1)).toBe(0);
    expect(roundHalfUp(5e-7, 6)).toBe(0.000001);
    expect(roundHalfUp(1.5e21, 1)).toBe(1.5e21);
  });

  test("zero decimals, negative decimals, and non-finite values pass through", () => {
    expect(roundHalfUp(74.0384, 0)).toBe(74);
    expect(roundHalfUp(1234.5, -1)).toBe(1230);
    expect(roundHalfUp(1235, -1)).toBe(1240);
    expect(roundHalfUp(NaN, 1)).toBeNaN();
    expect(roundHalfUp(Infinity, 1)).toBe(Infinity);
    expect(roundHalfUp(-Infinity, 1)).toBe(-Infinity);
  });
});

describe("legacyBandPercentage", () => {
  test("SPEC §1.6 example: 31/77 and 38/77 → 40.3 + 49.4 = 89.7 (direct 69/77 prints 89.6)", () => {
    // confirmed in R: > sum(round(100 * c(31, 38) / 77, 1))  [1] 89.7
    expect(legacyBandPercentage([31, 38], 77)).toBe(89.7);
    // confirmed in R: > round(100 * 69 / 77, 1)  [1] 89.6
    expect(roundHalfUp((100 * 69) / 77, 1)).toBe(89.6);
  });

  test("the sum is a clean one-decimal number (no 0.30000000000000004 residue)", () => {
    // 3 × round(100/77, 1) = 3 × 1.3 = 3.9000000000000004 in binary when added naively.
    expect(1.3 + 1.3 + 1.3).not.toBe(3.9);
    expect(legacyBandPercentage([1, 1, 1], 77)).toBe(3.9);
    // confirmed in R: > sum(round(100 * c(19, 20) / 77, 1))  [1] 50.7
    expect(legacyBandPercentage([19, 20], 77)).toBe(50.7);
    // confirmed in R: > sum(round(100 * c(20, 20) / 77, 1))  [1] 52
    expect(legacyBandPercentage([20, 20], 77)).toBe(52);
  });

  test("one category equals roundHalfUp of its share; no categories is 0", () => {
    expect(legacyBandPercentage([63], 77)).toBe(81.8);
    expect(legacyBandPercentage([], 77)).toBe(0);
    expect(legacyBandPercentage([0, 0], 77)).toBe(0);
    expect(legacyBandPercentage([77], 77)).toBe(100);
  });

  test("can differ from the exact band by up to 0.05 per category", () => {
    // A share of 1/77 = 1.2987…% rounds to 1.3: ten of them add to 13.0 where 10/77 = 12.987…%.
    expect(legacyBandPercentage(Array(10).fill(1), 77)).toBe(13);
    expect(Math.abs(legacyBandPercentage(Array(10).fill(1), 77) - 1000 / 77)).toBeLessThanOrEqual(
      0.05 * 10
    );
  });
});
