/**
 * Which units are expected to report in a period (docs/indicators.md §2 "Completeness"): with an
 * `Eenheden` sheet, the units active in the period (their `actief vanaf`…`actief tot` overlaps it);
 * without, the units seen for that indicator in any period. Reporting rates sit beside the values,
 * as DHIS2 shows them.
 *
 * Reference: DHIS2 "reporting rate" (actual reports / expected reports).
 *
 * @example isActive({ unit: "P1", attributes: {}, activeFrom: p("2024-Q3"), activeUntil: null }, p("2024-Q2")) // false
 */
import type { UnitInfo } from "./kader";
import type { Period } from "./period";
import { periodEndDay, periodStartDay } from "./period";

/** True when the unit's active span overlaps the period. */
export function isActive(unit: UnitInfo, period: Period): boolean {
  if (unit.activeFrom && periodStartDay(unit.activeFrom) > periodEndDay(period)) return false;
  if (unit.activeUntil && periodEndDay(unit.activeUntil) < periodStartDay(period)) return false;
  return true;
}

/** Units expected in the period: the active units of `Eenheden`, else those seen for the indicator. */
export function expectedUnits(
  units: readonly UnitInfo[] | null,
  seenForIndicator: ReadonlySet<string>,
  period: Period
): string[] {
  if (!units) return [...seenForIndicator];
  return units.filter((unit) => isActive(unit, period)).map((unit) => unit.unit);
}
