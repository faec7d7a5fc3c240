/**
 * One unit's indicator profile, in the manner of a public-health area profile ("spine chart"):
 * per indicator the unit's own value (with the Wilson 95% interval for percentages), its target
 * and status, the pooled value of its group and of all units, and where it stands among all units
 * (minimum, 25th percentile, median, 75th percentile, maximum; R quantile type 7).
 *
 * Privacy, as the survey feedback (src/analysis/networkFeedback.ts): a profile holds no other
 * unit's name. Figures over other units are shown only when at least `minCell` units are in them:
 * the pool of all units and the spine when at least `minCell` units reported; the group's pool when
 * the group and the rest (all reporting units outside it) each have at least `minCell` reporting
 * units, so neither can be worked out from the other. The minimum and maximum are one (unnamed)
 * unit's value each, as in every spine chart.
 *
 * Reference: Office for Health Improvement and Disparities, Fingertips "area profiles" (spine
 * chart: England value, worst, 25th percentile, 75th percentile, best); docs/feedback.md.
 *
 * @example
 * const profiles = unitProfiles(run, kader.units, { groupBy: "regio", minCell: 5 });
 * profiles[0].rows[0]; // { indicator: "DEELNEMERS", value: 400, spine: { min: 100, q1: 380, … }, band: 3, … }
 */
import { jStat } from "jstat";
import type { IndicatorRun } from "./computeIndicators";
import type { Direction, IndicatorType, UnitInfo } from "./kader";
import type { Status } from "./status";
import { wilsonInterval } from "./wilson";

/** Min, quartiles and max of all units' values (type 7), and the unit's place on 0–100 between them. */
export interface Spine {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** A pooled value over several units (group or all), with its Wilson interval for percentages. */
export interface PooledValue {
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  units: number;
}

export interface UnitProfileRow {
  indicator: string;
  name: string;
  type: IndicatorType;
  direction: Direction;
  /** Decimals to show (the framework's `decimalen`). */
  decimals: number;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  target: number | null;
  progress: number | null;
  status: Status;
  /** The group's pool; null without --group-by or when withheld (see the privacy rule). */
  group: PooledValue | null;
  /** All units' pool; null when fewer than minCell units reported. */
  all: PooledValue | null;
  spine: Spine | null;
  /** 1 = up to the 25th percentile … 4 = above the 75th; null without a value or spine. */
  band: 1 | 2 | 3 | 4 | null;
}

export interface UnitProfile {
  unit: string;
  period: string;
  /** The unit's group (`by`: its value), with --group-by. */
  group: { by: string; value: string } | null;
  /** Units in the run (the Eenheden sheet, or all seen). */
  units: number;
  rows: UnitProfileRow[];
}

/**
 * The spine of a set of values: min, quartiles (R: `quantile(x, c(.25, .5, .75))`, type 7), max.
 *
 * @example spineOf([1, 2, 3, 4, 10]) // { n: 5, min: 1, q1: 2, median: 3, q3: 4, max: 10 }
 */
export function spineOf(values: readonly number[]): Spine {
  const [q1, median, q3] = jStat.quantiles([...values], [0.25, 0.5, 0.75], 1, 1) as number[];
  return {
    n: values.length,
    min: Math.min(...values),
    q1,
    median,
    q3,
    max: Math.max(...values),
  };
}

/**
 * Quarter of the spine a value lies in: 1 up to Q1, 2 up to the median, 3 up to Q3, 4 above.
 *
 * @example spineBand(3.5, spineOf([1, 2, 3, 4, 10])) // 3
 */
export function spineBand(value: number, spine: Spine): 1 | 2 | 3 | 4 {
  if (value <= spine.q1) return 1;
  if (value <= spine.median) return 2;
  if (value <= spine.q3) return 3;
  return 4;
}

/**
 * Where a value lies between the spine's minimum (0) and maximum (100); 50 when all are equal.
 *
 * @example spinePosition(4, spineOf([1, 2, 3, 4, 10])) // 33.33…
 */
export function spinePosition(value: number, spine: Spine): number {
  return spine.max === spine.min ? 50 : ((value - spine.min) / (spine.max - spine.min)) * 100;
}

function interval(
  type: IndicatorType,
  wanted: boolean,
  numerator: number | null,
  denominator: number | null
) {
  if (type !== "percentage" || !wanted || numerator === null || denominator === null) return null;
  return wilsonInterval(numerator, denominator);
}

/**
 * The profile of every unit of an indicator run at its reporting period. `groupBy` must be a
 * column of the Eenheden sheet (a unit belongs to one group of it) that the run was grouped by.
 */
export function unitProfiles(
  run: IndicatorRun,
  units: readonly UnitInfo[] | null,
  options: { groupBy?: string; minCell: number }
): UnitProfile[] {
  const { indicators, definitions } = run;
  const { minCell } = options;
  const period = indicators.period;
  const groupBy = options.groupBy;
  const attributes = new Map((units ?? []).map((unit) => [unit.unit, unit.attributes]));
  const unitNames = [...new Set(indicators.byUnit.map((row) => row.unit))];

  const perIndicator = definitions.map((definition) => {
    const overview = indicators.overview.find((row) => row.indicator === definition.id);
    const rows = indicators.byUnit.filter((row) => row.indicator === definition.id);
    const values = rows.flatMap((row) => (row.value === null ? [] : [row.value]));
    const reporting = overview?.unitsReporting ?? 0;
    const all: PooledValue | null =
      overview && reporting >= minCell && overview.value !== null
        ? {
            value: overview.value,
            ciLow: overview.ciLow,
            ciHigh: overview.ciHigh,
            units: reporting,
          }
        : null;
    const groups = new Map<string, PooledValue | null>();
    if (groupBy !== undefined)
      for (const row of indicators.byGroup) {
        if (row.indicator !== definition.id || row.period !== period || row.by !== groupBy)
          continue;
        const shown = row.unitsReporting >= minCell && reporting - row.unitsReporting >= minCell;
        groups.set(
          row.group,
          shown && row.value !== null
            ? { value: row.value, ciLow: row.ciLow, ciHigh: row.ciHigh, units: row.unitsReporting }
            : null
        );
      }
    return {
      definition,
      byUnit: new Map(rows.map((row) => [row.unit, row])),
      all,
      groups,
      spine: values.length >= minCell ? spineOf(values) : null,
    };
  });

  return unitNames.map((unit): UnitProfile => {
    const groupValue = groupBy !== undefined ? (attributes.get(unit)?.[groupBy] ?? "") : null;
    return {
      unit,
      period,
      group:
        groupBy !== undefined && groupValue !== null ? { by: groupBy, value: groupValue } : null,
      units: indicators.units,
      rows: perIndicator.map(({ definition, byUnit, all, groups, spine }): UnitProfileRow => {
        const own = byUnit.get(unit);
        const value = own?.value ?? null;
        const ci = interval(
          definition.type,
          definition.interval,
          own?.numerator ?? null,
          own?.denominator ?? null
        );
        return {
          indicator: definition.id,
          name: definition.name,
          type: definition.type,
          direction: definition.direction,
          decimals: definition.decimals,
          value,
          ciLow: ci?.low ?? null,
          ciHigh: ci?.high ?? null,
          target: own?.target ?? null,
          progress: own?.progress ?? null,
          status: own?.status ?? "geen gegevens",
          group: groupValue !== null ? (groups.get(groupValue) ?? null) : null,
          all,
          spine,
          band: value !== null && spine ? spineBand(value, spine) : null,
        };
      }),
    };
  });
}
