/**
 * The indicator framework ("indicatorenkader") as read from a workbook (docs/indicators.md §1):
 * indicator definitions, measurements in long format, reporting units and unit targets/milestones.
 * Types only; readKader.ts fills them from Grids, computeIndicators.ts turns them into figures.
 *
 * @example
 * const definition: IndicatorDefinition = { id: "DEELNEMERS", type: "aantal", aggregation: "som", … };
 */
import type { Issue } from "../analysis/issue";
import type { Period } from "./period";

export type IndicatorType = "aantal" | "percentage" | "verhouding" | "gemiddelde";
export type Aggregation =
  "som" | "verhouding van sommen" | "gemiddelde van verhoudingen" | "gemiddelde";
export type Kind = "stroom" | "stand";
export type Direction = "hoger" | "lager";
export type StatusBasis = "voortgang" | "waarde";
export type Level = "output" | "outcome" | "impact";

export interface IndicatorDefinition {
  id: string;
  name: string;
  goal: string | null;
  subgoal: string | null;
  level: Level | null;
  type: IndicatorType;
  /** Multiplier of a ratio: 100 for a percentage, `factor` (default 1) for a verhouding, else 1. */
  multiplier: number;
  numeratorText: string | null;
  denominatorText: string | null;
  aggregation: Aggregation;
  kind: Kind;
  cumulative: boolean;
  direction: Direction;
  baseline: number | null;
  baselinePeriod: Period | null;
  target: number | null;
  targetPeriod: Period | null;
  greenFrom: number;
  amberFrom: number;
  statusBasis: StatusBasis;
  interval: boolean;
  measureUnit: string | null;
  /** Display decimals; default 0 for aantal, 1 otherwise. */
  decimals: number;
  source: string | null;
  /** Sheet and A1 address of the id cell (issues about the indicator as a whole point here). */
  sheet: string;
  cell: string;
}

/** One accepted-looking row of `Metingen` (numbers parsed; checks against --per come later). */
export interface Measurement {
  indicator: string;
  unit: string;
  period: Period;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** yyyy-mm-dd. */
  dataDate: string | null;
  source: string | null;
  comment: string | null;
  /** Dimension column → category (blank cells give ""). */
  dimensions: Record<string, string>;
  /** Position in the sheet (0-based row of the data, for ordering: "the later row is left out"). */
  order: number;
  sheet: string;
  /** A1 address of the row's first cell, of its period cell and of its `datum` cell. */
  cell: string;
  periodCell: string;
  /** Null when the sheet has no `datum` column. */
  dataDateCell: string | null;
}

export interface UnitInfo {
  unit: string;
  /** Background column → value as text ("" when blank). */
  attributes: Record<string, string>;
  activeFrom: Period | null;
  activeUntil: Period | null;
}

/** A `Doelen` row: a unit target (unit given) or a programme milestone (unit null). */
export interface UnitTarget {
  indicator: string;
  unit: string | null;
  target: number;
  targetPeriod: Period;
  baseline: number | null;
  baselinePeriod: Period | null;
}

export interface Kader {
  file: string;
  indicators: IndicatorDefinition[];
  measurements: Measurement[];
  /** Null when the workbook has no `Eenheden` sheet. */
  units: UnitInfo[] | null;
  /** Background columns of `Eenheden` (in sheet order). */
  unitColumns: string[];
  /** Dimension columns of `Metingen` (in sheet order). */
  dimensions: string[];
  targets: UnitTarget[];
  /** Problems found while reading (rows left out, with sheet and cell). */
  issues: Issue[];
}
