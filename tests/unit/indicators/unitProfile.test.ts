/**
 * The spine of a unit profile (src/indicators/unitProfile.ts): quartiles as R's type 7, the quarter
 * a value lies in and its place between the lowest and the highest unit, worked by hand.
 */
import { spineBand, spineOf, spinePosition } from "../../../src/indicators/unitProfile";

test("quartiles are R's type 7: h = (n − 1)p + 1, interpolated between neighbours", () => {
  // R: quantile(c(10, 20, 30, 40)) → 17.5 25 32.5 (h = 1.75, 2.5, 3.25)
  expect(spineOf([40, 10, 30, 20])).toEqual({
    n: 4,
    min: 10,
    q1: 17.5,
    median: 25,
    q3: 32.5,
    max: 40,
  });
  // R: quantile(c(1, 2, 3, 4, 10)) → 2 3 4 (h = 2, 3, 4: no interpolation)
  expect(spineOf([1, 2, 3, 4, 10])).toMatchObject({ q1: 2, median: 3, q3: 4, max: 10 });
});

test("the quarter of a value: up to Q1, up to the median, up to Q3, above", () => {
  const spine = spineOf([40, 10, 30, 20]);
  expect([10, 17.5, 18, 25, 30, 32.5, 33, 40].map((value) => spineBand(value, spine))).toEqual([
    1, 1, 2, 2, 3, 3, 4, 4,
  ]);
});

test("the place between the lowest (0) and the highest unit (100); 50 when all are equal", () => {
  const spine = spineOf([40, 10, 30, 20]);
  expect(spinePosition(10, spine)).toBe(0);
  expect(spinePosition(17.5, spine)).toBe(25); // (17.5 − 10) / 30 × 100
  expect(spinePosition(40, spine)).toBe(100);
  expect(spinePosition(7, spineOf([7, 7, 7]))).toBe(50);
});
