/**
 * The `indicators` key of the JSON report (docs/indicators.md §4): stable, camelCase, unrounded.
 * Types only.
 *
 * @example const row: OverviewRow = result.overview[0]; row.status; // "oranje"
 */
import type { Aggregation, Direction, IndicatorType, Kind, Level } from "./kader";
import type { Status } from "./status";

/**
 * One figure of one period, as it was pooled (docs/indicators.md §3): the value, its numerator and
 * denominator where the type has them, and the Wilson 95% interval for percentages. Shared by the
 * overview and the figures per group, which pool the same way (one total, or one per group).
 *
 * @example const figure: PooledFigure = { period: "2026-Q1", value: 40, numerator: 4, denominator: 10, ciLow: 16.8, ciHigh: 68.7 };
 */
export interface PooledFigure {
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export interface OverviewRow extends PooledFigure {
  indicator: string;
  name: string;
  goal: string | null;
  subgoal: string | null;
  level: Level | null;
  type: IndicatorType;
  aggregation: Aggregation;
  kind: Kind;
  cumulative: boolean;
  direction: Direction;
  baseline: number | null;
  baselinePeriod: string | null;
  target: number | null;
  targetPeriod: string | null;
  expected: number | null;
  progress: number | null;
  status: Status;
  previousPeriod: string;
  previous: number | null;
  change: number | null;
  changePct: number | null;
  unitsReporting: number;
  unitsExpected: number;
  source: string | null;
  dataDate: string | null;
}

export interface UnitRow {
  indicator: string;
  unit: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  expected: number | null;
  progress: number | null;
  status: Status;
  comment: string | null;
}

export interface GroupRow extends PooledFigure {
  by: string;
  group: string;
  indicator: string;
  unitsReporting: number;
  unitsExpected: number;
  belowMinCell: boolean;
}

export interface CompositionRow {
  indicator: string;
  dimension: string;
  category: string;
  period: string;
  value: number | null;
  pct: number | null;
}

export interface TrendRow {
  indicator: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unitsReporting: number;
}

export interface IndicatorsResult {
  period: string;
  periods: string[];
  units: number;
  overview: OverviewRow[];
  byUnit: UnitRow[];
  byGroup: GroupRow[];
  composition: CompositionRow[];
  trend: TrendRow[];
}
