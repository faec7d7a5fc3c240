/**
 * Wilson score interval for a proportion (95 %), as public-health indicator profiles show beside a
 * percentage: the uncertainty of the underlying rate. Hand-written (five lines): jstat and
 * simple-statistics have no Wilson interval.
 *
 * Reference: Wilson (1927), JASA 22:209–212; R: `prop.test(x, n, correct = FALSE)$conf.int`.
 *
 * @example wilsonInterval(76, 121) // { low: 53.93…, high: 70.90… } (percentages, 0–100)
 */

/** The 97.5th percentile of the standard normal: qnorm(0.975). */
export const Z_95 = 1.959963984540054;

/** Wilson interval in percent; null when n is 0 or x, n are not whole numbers with 0 ≤ x ≤ n. */
export function wilsonInterval(
  x: number,
  n: number,
  z = Z_95
): { low: number; high: number } | null {
  if (!Number.isInteger(x) || !Number.isInteger(n) || n <= 0 || x < 0 || x > n) return null;
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: 100 * Math.max(0, centre - half), high: 100 * Math.min(1, centre + half) };
}
