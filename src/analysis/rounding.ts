/**
 * Rounding as printed reports do it: half away from zero on the decimal value (so 40.25 → 40.3),
 * immune to binary floating-point surprises such as 1.005 * 100 = 100.49999999999999.
 */

/**
 * Rounds half away from zero to a number of decimals, using decimal exponent notation so that the
 * binary representation of x does not decide ties.
 *
 * @example roundHalfUp(40.25, 1) // 40.3
 * @example roundHalfUp(1.005, 2) // 1.01
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  // A whole number is its own rounding (no string round trip: reports round 100,000s of counts).
  if (decimals >= 0 && Number.isInteger(x)) return x === 0 ? 0 : x;
  const sign = x < 0 ? -1 : 1;
  const shifted = Math.round(shiftDecimal(Math.abs(x), decimals));
  const rounded = sign * shiftDecimal(shifted, -decimals);
  // No negative zero (-0.04 → 0, not -0, which would print as "-0").
  return rounded === 0 ? 0 : rounded;
}

/** x × 10^places done on the decimal string, also when String(x) is in exponent form ("1e-7"). */
function shiftDecimal(x: number, places: number): number {
  const [mantissa, exponent = "0"] = String(x).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * Legacy band percentage (domain/SPEC.md §1.6): each category percentage rounded to one decimal
 * first, then added. This reproduces seed 002's figures, e.g. 31/77 and 38/77 give
 * 40.3 + 49.4 = 89.7 where the direct 69/77 gives 89.6.
 *
 * @example legacyBandPercentage([31, 38], 77) // 89.7
 */
export function legacyBandPercentage(counts: readonly number[], base: number): number {
  let sum = 0;
  for (const count of counts) sum += roundHalfUp((100 * count) / base, 1);
  // The sum of one-decimal numbers is itself one-decimal; round away the floating-point residue.
  return roundHalfUp(sum, 1);
}
