/**
 * Progress toward the expected value and the traffic-light status (docs/indicators.md §2
 * "Progress", "Status"). Progress (%) = (value − baseline) / (expected − baseline) × 100 for
 * "hoger", (baseline − value) / (baseline − expected) × 100 for "lager"; never capped. Status,
 * first that applies: geen gegevens, geen doel, onbepaald, then groen / oranje / rood by the
 * thresholds on progress (or on the value with statusbasis "waarde", reversed for "lager"), judged
 * on unrounded figures: a figure on its threshold within the relative tolerance of tolerance.ts
 * (1e-9) is on it, so 57 of 100 against "groen vanaf 57" is groen whatever floating point makes
 * of it. Progress is 100 × difference / span, exact when the value is on the expected line.
 *
 * Reference: DHIS2 legend sets (thresholds on a value); RAG status in results frameworks.
 *
 * @example progressPercent(13000, 0, 15006.8, "hoger") // 86.6…
 * @example indicatorStatus({ reported: true, hasTarget: true, progress: 86.6, value: 13000 }, { greenFrom: 100, amberFrom: 80, statusBasis: "voortgang", direction: "hoger" }) // "oranje"
 */
import type { Direction, StatusBasis } from "./kader";
import { atLeast, atMost, nearlyEqual } from "./tolerance";

export type Status = "geen gegevens" | "geen doel" | "onbepaald" | "groen" | "oranje" | "rood";

export const STATUSES: readonly Status[] = [
  "groen",
  "oranje",
  "rood",
  "onbepaald",
  "geen doel",
  "geen gegevens",
];

/** Progress in percent, or null when it cannot be computed. */
export function progressPercent(
  value: number | null,
  baseline: number | null,
  expected: number | null,
  direction: Direction
): number | null {
  if (value === null || baseline === null || expected === null || nearlyEqual(expected, baseline))
    return null;
  // 100 × difference / span: exact when the value is on the expected line (57 of 57 → 100).
  return direction === "hoger"
    ? (100 * (value - baseline)) / (expected - baseline)
    : (100 * (baseline - value)) / (baseline - expected);
}

export interface StatusInput {
  /** At least one unit reported for the period. */
  reported: boolean;
  hasTarget: boolean;
  progress: number | null;
  value: number | null;
}

export interface StatusRule {
  greenFrom: number;
  amberFrom: number;
  statusBasis: StatusBasis;
  direction: Direction;
}

/** The status word. */
export function indicatorStatus(input: StatusInput, rule: StatusRule): Status {
  if (!input.reported) return "geen gegevens";
  if (rule.statusBasis === "waarde") {
    if (input.value === null) return "onbepaald";
    if (rule.direction === "lager") {
      if (atMost(input.value, rule.greenFrom)) return "groen";
      if (atMost(input.value, rule.amberFrom)) return "oranje";
      return "rood";
    }
    return band(input.value, rule);
  }
  if (!input.hasTarget) return "geen doel";
  if (input.progress === null) return "onbepaald";
  return band(input.progress, rule);
}

function band(figure: number, rule: StatusRule): Status {
  if (atLeast(figure, rule.greenFrom)) return "groen";
  if (atLeast(figure, rule.amberFrom)) return "oranje";
  return "rood";
}
