/**
 * The expected value on the straight line from baseline to target, through any programme
 * milestones (docs/indicators.md §2 "Expected value"), counted in days between period ends:
 * expected(p) = a + (b − a) × days(end(p) − end(pa)) / days(end(pb) − end(pa)) between the
 * consecutive points (pa, a) and (pb, b) around p; the last value once p ends on or after the last
 * point; null before the first. Hand-written: linear interpolation on dates.
 *
 * Reference: results-based management "trajectory" (UNDP Handbook on Planning, Monitoring and
 * Evaluating for Development Results, 2009, §2: baseline → milestones → target).
 *
 * @example expectedValue([{ period: p("2023"), value: 0 }, { period: p("2029"), value: 45000 }], p("2025-Q2")) // 11229.47… (547 / 2192 days)
 */
import type { Period } from "./period";
import { daysBetween, periodEnd } from "./period";

export interface TrajectoryPoint {
  period: Period;
  value: number;
}

/** The expected value at `period`; points need not be sorted. Null with fewer than two points. */
export function expectedValue(points: readonly TrajectoryPoint[], period: Period): number | null {
  if (points.length < 2) return null;
  const sorted = [...points].sort(
    (a, b) => periodEnd(a.period).getTime() - periodEnd(b.period).getTime()
  );
  const end = periodEnd(period);
  if (end < periodEnd(sorted[0].period)) return null;
  const last = sorted[sorted.length - 1];
  if (end >= periodEnd(last.period)) return last.value;
  for (let i = 1; i < sorted.length; i++) {
    const to = sorted[i];
    const toEnd = periodEnd(to.period);
    if (end > toEnd) continue;
    const from = sorted[i - 1];
    const span = daysBetween(periodEnd(from.period), toEnd);
    if (span === 0) return to.value;
    return from.value + ((to.value - from.value) * daysBetween(periodEnd(from.period), end)) / span;
  }
  return last.value;
}
