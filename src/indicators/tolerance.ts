/**
 * Comparing a figure with a threshold or target the way a reader would: 57 of 100 against
 * "groen vanaf 57" is on the threshold, even when floating point makes it 56.99999999999999.
 * Two numbers are nearly equal when they differ by at most RELATIVE_TOLERANCE of the larger
 * magnitude (absolutely, when both are 0 or the larger is below 1), as R's `all.equal` compares
 * with a tolerance (there 1.5e-8 by default; 1e-9 here, far below any displayed decimal). The one
 * place where status and progress compare figures (status.ts).
 *
 * Reference: R `all.equal.numeric` (relative difference, absolute when the target is 0).
 *
 * @example atLeast(56.99999999999999, 57) // true
 * @example atLeast(56.9999, 57) // false
 * @example atMost(20.000000000000004, 20) // true
 */

/** The relative tolerance: 1e-9 (a billionth of the figure). */
export const RELATIVE_TOLERANCE = 1e-9;

/** True when a and b differ by at most 1e-9 of the larger magnitude (of 1 below 1). */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b), 1);
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * scale;
}

/** figure ≥ threshold, or nearly equal to it. */
export function atLeast(figure: number, threshold: number): boolean {
  return figure >= threshold || nearlyEqual(figure, threshold);
}

/** figure ≤ threshold, or nearly equal to it. */
export function atMost(figure: number, threshold: number): boolean {
  return figure <= threshold || nearlyEqual(figure, threshold);
}
