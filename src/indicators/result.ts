/**
 * The `indicators` key of the JSON report (docs/indicators.md §4): stable, camelCase, unrounded.
 * Types only.
 *
 * @example const row: OverviewRow = result.overview[0]; row.status; // "oranje"
 */
import type { Aggregation, Direction, IndicatorType, Kind, Level } from "./kader";
import type { Status } from "./status";

export interface OverviewRow {
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
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  ciLow: number | null;
  ciHigh: number | null;
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

export interface GroupRow {
  by: string;
  group: string;
  indicator: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  ciLow: number | null;
  ciHigh: number | null;
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
