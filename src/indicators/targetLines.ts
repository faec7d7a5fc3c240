/**
 * The expected line of an indicator (docs/indicators.md §2): the programme's line through its
 * baseline, the milestones in `Doelen` without a unit and its target, and each unit's own line from
 * its `Doelen` rows (unit targets). Count flows reported per finer periods than their baseline or
 * target are scaled by days. The expected value in the reporting period comes from trajectory.ts;
 * there is none when a target or milestone is not after the baseline period (a definition error,
 * definitionChecks.ts): the status is then onbepaald.
 * Used by computeIndicators.ts.
 *
 * @example
 * programmeTrajectory(definition, [], { type: "jaar", year: 2025, index: 1 }, "jaar").expected;
 * // the straight line from baseline to target, at the end of 2025
 */
import type { IndicatorDefinition, UnitTarget } from "./kader";
import type { Period, PeriodType } from "./period";
import { comparePeriods, periodDays, periodRank } from "./period";
import { targetNotAfterBaseline } from "./definitionChecks";
import type { TrajectoryPoint } from "./trajectory";
import { expectedValue } from "./trajectory";

export interface Line {
  baseline: number | null;
  baselinePeriod: Period | null;
  target: number | null;
  expected: number | null;
  hasTarget: boolean;
}

/**
 * A non-cumulative count flow reported per finer periods than its baseline/target: values scaled
 * by days(p) / days(their period) (90 a year is 22.2 a quarter of 90 days). Nothing else scales.
 */
function scaled(
  definition: IndicatorDefinition,
  value: number | null,
  of: Period | null,
  period: Period,
  granularity: PeriodType
): number | null {
  if (value === null || !of) return value;
  if (definition.type !== "aantal" || definition.kind !== "stroom" || definition.cumulative)
    return value;
  if (periodRank(of.type) >= periodRank(granularity)) return value;
  return (value * periodDays(period)) / periodDays(of);
}

function lineThrough(
  definition: IndicatorDefinition,
  baseline: number | null,
  baselinePeriod: Period | null,
  points: { value: number; period: Period }[],
  period: Period,
  granularity: PeriodType
): Line {
  const scaledBaseline = scaled(definition, baseline, baselinePeriod, period, granularity);
  const trajectory: TrajectoryPoint[] = [];
  if (scaledBaseline !== null && baselinePeriod)
    trajectory.push({ period: baselinePeriod, value: scaledBaseline });
  for (const point of points)
    trajectory.push({
      period: point.period,
      value: scaled(definition, point.value, point.period, period, granularity)!,
    });
  const last = [...points].sort((a, b) => comparePeriods(a.period, b.period)).pop();
  // A target or milestone not after the baseline period is a definition error (reported by
  // definitionChecks.ts): no line, so no expected value, and the status is onbepaald.
  const broken = points.some((point) => targetNotAfterBaseline(baselinePeriod, point.period));
  return {
    baseline: scaledBaseline,
    baselinePeriod,
    target: last ? scaled(definition, last.value, last.period, period, granularity) : null,
    expected: broken ? null : expectedValue(trajectory, period),
    hasTarget: points.length > 0,
  };
}

/** The programme's line: baseline → milestones (`Doelen` without a unit) → target. */
export function programmeTrajectory(
  definition: IndicatorDefinition,
  milestones: readonly UnitTarget[],
  period: Period,
  granularity: PeriodType
): Line {
  const points = milestones.map((milestone) => ({
    value: milestone.target,
    period: milestone.targetPeriod,
  }));
  if (definition.target !== null && definition.targetPeriod)
    points.push({ value: definition.target, period: definition.targetPeriod });
  const line = lineThrough(
    definition,
    definition.baseline,
    definition.baselinePeriod,
    points,
    period,
    granularity
  );
  // A target without a target period still makes "a target" (status onbepaald, not geen doel).
  if (definition.target !== null && !definition.targetPeriod)
    return { ...line, target: definition.target, hasTarget: true };
  return line;
}

/**
 * A unit's line: its own `Doelen` rows; a count never takes the programme's target (no
 * partnership is held against 45,000); percentages, ratios and means without their own target
 * take the programme's line. Without its own baseline a unit starts at 0 (counts) or at the
 * programme's baseline, at the programme's baseline period.
 */
export function unitTrajectory(
  definition: IndicatorDefinition,
  own: readonly UnitTarget[],
  period: Period,
  granularity: PeriodType
): Line {
  if (own.length === 0) {
    if (definition.type === "aantal")
      return {
        baseline: null,
        baselinePeriod: definition.baselinePeriod,
        target: null,
        expected: null,
        hasTarget: false,
      };
    return programmeTrajectory(definition, [], period, granularity);
  }
  const withBaseline = own.find((target) => target.baseline !== null);
  const baseline =
    withBaseline?.baseline ?? (definition.type === "aantal" ? 0 : definition.baseline);
  const baselinePeriod =
    withBaseline?.baselinePeriod ??
    own.find((target) => target.baselinePeriod)?.baselinePeriod ??
    definition.baselinePeriod;
  return lineThrough(
    definition,
    baseline,
    baselinePeriod,
    own.map((target) => ({ value: target.target, period: target.targetPeriod })),
    period,
    granularity
  );
}
