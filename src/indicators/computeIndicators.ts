/**
 * The indicator run (docs/indicators.md §1–2): from a Kader and the options (`--period`, `--per`,
 * `--group-by`, `--min-cell`) to the `indicators` JSON (§4) and the issues of the run. Steps: pick
 * the reporting granularity; leave out rows coarser than it (IND_COARSE_PERIOD) and duplicates
 * (IND_DUPLICATE, also a period beside one of its sub-periods); roll each unit's rows up per
 * period (rollUp.ts); count flows since the baseline for cumulative indicators; aggregate over
 * units (aggregate.ts); then expected value, progress, status, change, completeness, breakdowns
 * and composition.
 *
 * Reference: docs/indicators.md; DHIS2 analytics (aggregation per period type, reporting rates).
 *
 * @example
 * const { indicators, issues } = computeIndicators(readKader(grids, { language: "nl" }), { groupBy: [], minCell: 5, language: "nl" });
 * indicators.overview[0].status; // "oranje"
 */
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import { normalizeText } from "../analysis/textMatch";
import type { UnitCell } from "./aggregate";
import { aggregateCells } from "./aggregate";
import { periodChange } from "./change";
import { expectedUnits } from "./completeness";
import type { IndicatorDefinition, Kader, Measurement } from "./kader";
import { KaderError } from "./kaderError";
import type { Period, PeriodType } from "./period";
import {
  comparePeriods,
  isoDate,
  periodEnd,
  periodLabel,
  periodRank,
  periodEndDay,
  periodStartDay,
  previousPeriod,
  rollUpPeriod,
} from "./period";
import type { CompositionRow, IndicatorsResult, OverviewRow } from "./result";
import type { RolledCell } from "./rollUp";
import { combineCells, rollUpRows } from "./rollUp";
import type { Status } from "./status";
import { indicatorStatus, progressPercent } from "./status";
import type { Line } from "./targetLines";
import { programmeTrajectory, unitTrajectory } from "./targetLines";
import { wilsonInterval } from "./wilson";

export interface IndicatorOptions {
  /** The period to report on (default: the latest with data). */
  period?: Period;
  /** Roll rows up to this type (default: the period's type, else the coarsest present). */
  per?: PeriodType;
  groupBy: readonly string[];
  minCell: number;
  language: Language;
}

/** What the report needs beyond the JSON: the definitions and the expected line per period. */
export interface IndicatorRun {
  indicators: IndicatorsResult;
  issues: Issue[];
  definitions: IndicatorDefinition[];
  /** Expected value per indicator and period (for the trend sheet and charts). */
  expected: { indicator: string; period: string; expected: number | null; target: number | null }[];
  granularity: PeriodType;
}

const RATIO_TYPES = new Set(["percentage", "verhouding"]);

/** Accepted rows of one indicator: unit → period label → rows. */
type RowsByUnit = Map<string, Map<string, Measurement[]>>;

/** Runs the rules. Throws KaderError when a --group-by column exists nowhere. */
export function computeIndicators(kader: Kader, options: IndicatorOptions): IndicatorRun {
  const nl = options.language === "nl";
  const t = (dutch: string, english: string) => (nl ? dutch : english);
  const issues: Issue[] = [...kader.issues];
  const file = kader.file;

  // 1. Granularity.
  let granularity: PeriodType = options.per ?? options.period?.type ?? "maand";
  if (!options.per && !options.period) {
    granularity = kader.measurements.length ? "maand" : "jaar";
    for (const row of kader.measurements)
      if (periodRank(row.period.type) < periodRank(granularity)) granularity = row.period.type;
  }

  // 2. Coarse rows, duplicates, open periods (in sheet order: "the later row is left out").
  // Per row only numbers and map look-ups: the period facts are worked out once per distinct
  // period, and the rows seen are kept by indicator → unit → dimensions in nested maps (no
  // per-row key strings; 600,000 rows in the benchmark).
  const accepted: { row: Measurement; period: Period; label: string }[] = [];
  const kept = new Map<string, Map<string, Map<string, PeriodFacts[]>>>();
  const facts = new Map<number, PeriodFacts>();
  const factsOf = (period: Period): PeriodFacts => {
    const key = periodKey(period);
    let known = facts.get(key);
    if (!known) {
      const target = rollUpPeriod(period, granularity);
      known = {
        period,
        target,
        label: target ? periodLabel(target) : "",
        end: isoDate(periodEnd(period)),
        startDay: periodStartDay(period),
        endDay: periodEndDay(period),
      };
      facts.set(key, known);
    }
    return known;
  };
  const measurements = kader.measurements;
  const inOrder = measurements.every(
    (row, index) => index === 0 || measurements[index - 1].order <= row.order
  );
  const sorted = inOrder ? measurements : [...measurements].sort((a, b) => a.order - b.order);
  for (const row of sorted) {
    const where = () => ({ file, sheet: row.sheet, cell: row.periodCell });
    const rowFacts = factsOf(row.period);
    const { target, label, end } = rowFacts;
    if (!target) {
      issues.push({
        severity: "warning",
        code: "IND_COARSE_PERIOD",
        message: t(
          `periode ${periodLabel(row.period)} is grover dan --per ${granularity}; rij weggelaten.`,
          `period ${periodLabel(row.period)} is coarser than --per ${granularity}; row left out.`
        ),
        ...where(),
      });
      continue;
    }
    let byUnit = kept.get(row.indicator);
    if (!byUnit) kept.set(row.indicator, (byUnit = new Map()));
    let byDimensions = byUnit.get(row.unit);
    if (!byDimensions) byUnit.set(row.unit, (byDimensions = new Map()));
    const dimensions = dimensionKey(row);
    let previous = byDimensions.get(dimensions);
    if (!previous) byDimensions.set(dimensions, (previous = []));
    // Overlap (one period inside the other, or equal): periodsOverlap on the cached day numbers.
    const clash = previous.find(
      (other) => other.startDay <= rowFacts.endDay && rowFacts.startDay <= other.endDay
    )?.period;
    if (clash) {
      issues.push({
        severity: "error",
        code: "IND_DUPLICATE",
        message: t(
          `${row.indicator}, ${row.unit}, ${periodLabel(row.period)}: al gemeld (${periodLabel(clash)}); deze latere rij is weggelaten.`,
          `${row.indicator}, ${row.unit}, ${periodLabel(row.period)}: already reported (${periodLabel(clash)}); this later row is left out.`
        ),
        ...where(),
      });
      continue;
    }
    previous.push(rowFacts);
    if (row.dataDate !== null && row.dataDate < end)
      issues.push({
        severity: "warning",
        code: "IND_PERIOD_OPEN",
        message: t(
          `cijfers van ${row.dataDate}, vóór het einde van ${periodLabel(row.period)} (${end}): de periode was nog niet om.`,
          `figures drawn on ${row.dataDate}, before the end of ${periodLabel(row.period)} (${end}): the period was not over.`
        ),
        // The date that is too early is the cell to correct (a row with a date has a datum column).
        ...where(),
        cell: row.dataDateCell ?? row.periodCell,
      });
    accepted.push({ row, period: target, label });
  }

  // 3. Periods and the period reported on.
  const periodByLabel = new Map<string, Period>();
  for (const entry of accepted) periodByLabel.set(entry.label, entry.period);
  if (options.period) periodByLabel.set(periodLabel(options.period), options.period);
  const periods = [...periodByLabel.values()].sort(comparePeriods);
  const reportPeriod = options.period ??
    periods[periods.length - 1] ?? {
      type: granularity,
      year: new Date().getUTCFullYear(),
      index: 1,
    };
  const reportLabel = periodLabel(reportPeriod);
  const previous = previousPeriod(reportPeriod);
  const previousLabel = periodLabel(previous);

  const allUnits = kader.units
    ? kader.units.map((unit) => unit.unit)
    : [...new Set(kader.measurements.map((row) => row.unit))].sort((a, b) =>
        a.localeCompare(b, "nl")
      );

  // 4. Group-by columns: a column of Eenheden or a dimension of Metingen.
  const groupColumns = options.groupBy.map((wanted) => {
    const unitColumn = kader.unitColumns.find(
      (name) => normalizeText(name) === normalizeText(wanted)
    );
    if (unitColumn) return { by: unitColumn, source: "unit" as const };
    const dimension = kader.dimensions.find(
      (name) => normalizeText(name) === normalizeText(wanted)
    );
    if (dimension) return { by: dimension, source: "dimension" as const };
    throw new KaderError(
      "GROUP_COLUMN_MISSING",
      t(
        `--group-by '${wanted}': geen kolom van het blad Eenheden of Metingen (kies uit: ${[...kader.unitColumns, ...kader.dimensions].join(", ") || "geen"}).`,
        `--group-by '${wanted}': not a column of the Units or Measurements sheet (choose from: ${[...kader.unitColumns, ...kader.dimensions].join(", ") || "none"}).`
      ),
      { file }
    );
  });
  const unitAttributes = new Map((kader.units ?? []).map((unit) => [unit.unit, unit.attributes]));

  // Expected units per period (with Eenheden the same for every indicator): computed once.
  const expectedCache = new Map<string, string[]>();
  const expectedFor = (seen: ReadonlySet<string>, period: Period): string[] => {
    if (!kader.units) return expectedUnits(null, seen, period);
    const label = periodLabel(period);
    let list = expectedCache.get(label);
    if (!list) expectedCache.set(label, (list = expectedUnits(kader.units, seen, period)));
    return list;
  };

  /** The units of each group of an Eenheden column, groups in order: the same for every indicator. */
  const unitGroups = new Map<string, [string, Set<string>][]>();
  const unitGroupsOf = (by: string): [string, Set<string>][] => {
    let groups = unitGroups.get(by);
    if (!groups) {
      const members = new Map<string, Set<string>>();
      for (const unit of allUnits) {
        const group = unitAttributes.get(unit)?.[by] ?? "";
        if (!members.has(group)) members.set(group, new Set());
        members.get(group)!.add(unit);
      }
      groups = [...members].sort(([a], [b]) => a.localeCompare(b, "nl"));
      unitGroups.set(by, groups);
    }
    return groups;
  };
  /**
   * How many of the units expected at `period` are in `units` (all when null). With Eenheden the
   * list and the groups are the same for every indicator, so each count is made once.
   */
  const expectedCounts = new WeakMap<readonly string[], Map<Set<string> | null, number>>();
  const expectedCount = (
    seen: ReadonlySet<string>,
    period: Period,
    units: Set<string> | null
  ): number => {
    const expected = expectedFor(seen, period);
    let counts = expectedCounts.get(expected);
    if (!counts) expectedCounts.set(expected, (counts = new Map()));
    let count = counts.get(units);
    if (count === undefined) {
      count = units ? expected.filter((unit) => units.has(unit)).length : expected.length;
      counts.set(units, count);
    }
    return count;
  };

  const rowsByIndicator = new Map<string, { row: Measurement; label: string }[]>();
  for (const entry of accepted) {
    const list = rowsByIndicator.get(entry.row.indicator);
    if (list) list.push(entry);
    else rowsByIndicator.set(entry.row.indicator, [entry]);
  }

  const result: IndicatorsResult = {
    period: reportLabel,
    periods: periods.map(periodLabel),
    units: allUnits.length,
    overview: [],
    byUnit: [],
    byGroup: [],
    composition: [],
    trend: [],
  };
  const expectedRows: IndicatorRun["expected"] = [];

  for (const definition of kader.indicators) {
    const entries = rowsByIndicator.get(definition.id) ?? [];
    const ratio = RATIO_TYPES.has(definition.type);
    // Distinct first, then sorted (the same order as sorting every row's unit, 50 times cheaper).
    const seen = new Set(
      [...new Set(entries.map((entry) => entry.row.unit))].sort((a, b) => a.localeCompare(b, "nl"))
    );
    const byUnit = groupRows(entries);
    let unweighted = false;
    const cells = rollUpAll(byUnit, definition);
    for (const unitCells of cells.values())
      for (const cell of unitCells.values()) unweighted ||= cell.unweighted;

    const milestones = kader.targets.filter(
      (target) => target.indicator === definition.id && target.unit === null
    );
    const programmeLine = (period: Period) =>
      programmeTrajectory(definition, milestones, period, granularity);

    /** Aggregate of the given units' cells at a period (cumulative when the indicator is). */
    const aggregateAt = (
      unitCells: Map<string, Map<string, RolledCell>>,
      period: Period,
      units: Iterable<string> | null,
      addBaseline: boolean
    ) => {
      const list: UnitCell[] = [];
      let reporting = 0;
      const label = periodLabel(period);
      for (const [unit, perPeriod] of unitCells) {
        if (units && !(units as Set<string>).has(unit)) continue;
        if (perPeriod.has(label)) reporting += 1;
        const cell = definition.cumulative
          ? cumulativeCell(perPeriod, definition, definition.baselinePeriod, period)
          : perPeriod.get(label);
        if (cell) list.push(cell);
      }
      const aggregate = aggregateCells(list, definition.aggregation, definition.multiplier, ratio);
      unweighted ||= aggregate.unweighted && definition.type === "gemiddelde";
      let value = aggregate.value;
      if (
        definition.cumulative &&
        addBaseline &&
        !ratio &&
        definition.baseline !== null &&
        definition.type === "aantal"
      )
        value = (value ?? 0) + definition.baseline;
      let ciLow: number | null = null;
      let ciHigh: number | null = null;
      if (
        definition.type === "percentage" &&
        definition.interval &&
        definition.aggregation === "verhouding van sommen" &&
        aggregate.denominator
      ) {
        const interval = wilsonInterval(aggregate.numerator!, aggregate.denominator);
        if (interval) [ciLow, ciHigh] = [interval.low, interval.high];
      }
      return { ...aggregate, value, ciLow, ciHigh, reporting };
    };

    // Trend: every period.
    for (const period of periods) {
      const figures = aggregateAt(cells, period, null, true);
      const label = periodLabel(period);
      result.trend.push({
        indicator: definition.id,
        period: label,
        value: figures.reporting > 0 || definition.cumulative ? figures.value : null,
        numerator: figures.numerator,
        denominator: figures.denominator,
        unitsReporting: figures.reporting,
      });
      const line = programmeLine(period);
      expectedRows.push({
        indicator: definition.id,
        period: label,
        expected: line.expected,
        target: line.target,
      });
    }

    // Overview: the reported period.
    const now = aggregateAt(cells, reportPeriod, null, true);
    const before = aggregateAt(cells, previous, null, true);
    const reported = now.reporting > 0;
    const value = reported ? now.value : null;
    const previousValue = before.reporting > 0 ? before.value : null;
    const line = programmeLine(reportPeriod);
    const progress = progressPercent(value, line.baseline, line.expected, definition.direction);
    const status = indicatorStatus(
      { reported, hasTarget: line.hasTarget, progress, value },
      definition
    );
    const expectedNow = expectedFor(seen, reportPeriod);
    let dataDate: string | null = null;
    const rowSources: string[] = [];
    for (const perPeriod of cells.values()) {
      const cell = perPeriod.get(reportLabel);
      if (!cell) continue;
      if (cell.dataDate && (dataDate === null || cell.dataDate > dataDate))
        dataDate = cell.dataDate;
      for (const source of cell.sources) if (!rowSources.includes(source)) rowSources.push(source);
    }
    const change = periodChange(value, previousValue);
    const overview: OverviewRow = {
      indicator: definition.id,
      name: definition.name,
      goal: definition.goal,
      subgoal: definition.subgoal,
      level: definition.level,
      type: definition.type,
      aggregation: definition.aggregation,
      kind: definition.kind,
      cumulative: definition.cumulative,
      direction: definition.direction,
      period: reportLabel,
      value,
      numerator: reported && ratio ? now.numerator : null,
      denominator: reported && ratio ? now.denominator : null,
      ciLow: reported ? now.ciLow : null,
      ciHigh: reported ? now.ciHigh : null,
      baseline: line.baseline,
      baselinePeriod: definition.baselinePeriod ? periodLabel(definition.baselinePeriod) : null,
      target: line.target,
      targetPeriod: definition.targetPeriod ? periodLabel(definition.targetPeriod) : null,
      expected: line.expected,
      progress,
      status,
      previousPeriod: previousLabel,
      previous: previousValue,
      change: change.change,
      changePct: change.changePct,
      unitsReporting: now.reporting,
      unitsExpected: expectedNow.length,
      source: definition.source ?? (rowSources.length ? rowSources.sort().join("; ") : null),
      dataDate,
    };
    result.overview.push(overview);
    if (now.reporting < expectedNow.length) {
      const missing = expectedNow.filter((unit) => !cells.get(unit)?.has(reportLabel));
      issues.push({
        severity: "warning",
        code: "IND_INCOMPLETE",
        message: t(
          `${definition.id} ${reportLabel}: ${now.reporting} van ${expectedNow.length} eenheden rapporteerden; ontbrekend: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}.`,
          `${definition.id} ${reportLabel}: ${now.reporting} of ${expectedNow.length} units reported; missing: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}.`
        ),
        file,
        sheet: definition.sheet,
        cell: definition.cell,
      });
    }

    // Per unit: the reported period.
    const unitTargets = kader.targets.filter(
      (target) => target.indicator === definition.id && target.unit !== null
    );
    const unitList = [
      ...new Set([
        ...expectedNow,
        ...[...cells.keys()].filter((unit) => cells.get(unit)!.has(reportLabel)),
      ]),
    ];
    let sharedLine: Line | undefined;
    for (const unit of unitList) {
      const perPeriod = cells.get(unit);
      const has = perPeriod?.has(reportLabel) ?? false;
      let cell: UnitCell | undefined;
      const own = unitTargets.filter((target) => target.unit === unit);
      // Units without their own targets share one line: computed once per indicator.
      const unitLine =
        own.length === 0
          ? (sharedLine ??= unitTrajectory(definition, own, reportPeriod, granularity))
          : unitTrajectory(definition, own, reportPeriod, granularity);
      if (perPeriod)
        cell = definition.cumulative
          ? cumulativeCell(perPeriod, definition, unitLine.baselinePeriod, reportPeriod)
          : perPeriod.get(reportLabel);
      let unitValue =
        has && cell
          ? aggregateCells([cell], definition.aggregation, definition.multiplier, ratio).value
          : null;
      if (
        unitValue !== null &&
        definition.cumulative &&
        definition.type === "aantal" &&
        unitLine.baseline !== null
      )
        unitValue += unitLine.baseline;
      const unitProgress = progressPercent(
        unitValue,
        unitLine.baseline,
        unitLine.expected,
        definition.direction
      );
      const unitStatus: Status = indicatorStatus(
        { reported: has, hasTarget: unitLine.hasTarget, progress: unitProgress, value: unitValue },
        definition
      );
      const current = perPeriod?.get(reportLabel);
      result.byUnit.push({
        indicator: definition.id,
        unit,
        period: reportLabel,
        value: unitValue,
        numerator: has && ratio ? (cell?.numerator ?? null) : null,
        denominator: has && ratio ? (cell?.denominator ?? null) : null,
        target: unitLine.target,
        expected: unitLine.expected,
        progress: unitProgress,
        status: unitStatus,
        comment: current && current.comments.length ? current.comments.join("; ") : null,
      });
    }

    // Breakdowns: every period.
    for (const column of groupColumns) {
      const groups = new Map<
        string,
        { cells: Map<string, Map<string, RolledCell>>; units: Set<string> | null }
      >();
      if (column.source === "unit") {
        for (const [group, units] of unitGroupsOf(column.by)) {
          // Only the group's own units, so each period visits them and not every unit.
          const own = new Map([...cells].filter(([unit]) => units.has(unit)));
          groups.set(group, { cells: own, units });
        }
      } else {
        const categories = [
          ...new Set(entries.map((entry) => entry.row.dimensions[column.by] ?? "")),
        ].sort((a, b) => a.localeCompare(b, "nl"));
        // An indicator that does not use this dimension (every cell blank) has no breakdown by it.
        if (categories.every((category) => category === "")) continue;
        for (const category of categories) {
          const subset = entries.filter(
            (entry) => (entry.row.dimensions[column.by] ?? "") === category
          );
          groups.set(category, { cells: rollUpAll(groupRows(subset), definition), units: null });
        }
      }
      for (const [group, members] of groups) {
        for (const period of periods) {
          const figures = aggregateAt(members.cells, period, members.units, false);
          const expected = expectedCount(seen, period, members.units);
          result.byGroup.push({
            by: column.by,
            group,
            indicator: definition.id,
            period: periodLabel(period),
            value: figures.reporting > 0 ? figures.value : null,
            numerator: figures.reporting > 0 && ratio ? figures.numerator : null,
            denominator: figures.reporting > 0 && ratio ? figures.denominator : null,
            ciLow: figures.reporting > 0 ? figures.ciLow : null,
            ciHigh: figures.reporting > 0 ? figures.ciHigh : null,
            unitsReporting: figures.reporting,
            unitsExpected: expected,
            belowMinCell: figures.reporting < options.minCell,
          });
        }
      }
    }

    // Composition per dimension: the reported period.
    for (const dimension of kader.dimensions) {
      const categories = [
        ...new Set(entries.map((entry) => entry.row.dimensions[dimension] ?? "")),
      ];
      if (categories.every((category) => category === "")) continue;
      const rows: CompositionRow[] = categories
        .sort((a, b) => a.localeCompare(b, "nl"))
        .map((category) => {
          const subset = entries.filter(
            (entry) => (entry.row.dimensions[dimension] ?? "") === category
          );
          const figures = aggregateAt(
            rollUpAll(groupRows(subset), definition),
            reportPeriod,
            null,
            false
          );
          return {
            indicator: definition.id,
            dimension,
            category,
            period: reportLabel,
            value: figures.reporting > 0 || definition.cumulative ? figures.value : null,
            pct: null,
          };
        });
      if (definition.aggregation === "som") {
        const total = rows.reduce((sum, row) => sum + (row.value ?? 0), 0);
        for (const row of rows)
          row.pct = total > 0 && row.value !== null ? (100 * row.value) / total : null;
      }
      result.composition.push(...rows);
    }

    if (unweighted)
      issues.push({
        severity: "info",
        code: "IND_UNWEIGHTED",
        message: t(
          `${definition.id}: niet elke rij heeft n (noemer); het gemiddelde is ongewogen genomen.`,
          `${definition.id}: not every row has n (denominator); the mean was taken unweighted.`
        ),
        file,
        sheet: definition.sheet,
        cell: definition.cell,
      });
  }

  return {
    indicators: result,
    issues,
    definitions: kader.indicators,
    expected: expectedRows,
    granularity,
  };
}

/** What the run needs of one distinct period: its roll-up to the granularity, label and end date. */
interface PeriodFacts {
  period: Period;
  target: Period | null;
  /** Label of `target` ("" when the period is coarser than the granularity). */
  label: string;
  /** yyyy-mm-dd of the period's own end (IND_PERIOD_OPEN). */
  end: string;
  /** First and last day as day numbers (periodStartDay, periodEndDay). */
  startDay: number;
  endDay: number;
}

/** A number unique per period (type, year, index). */
function periodKey(period: Period): number {
  return (period.year * 16 + period.index) * 4 + periodRank(period.type);
}

function dimensionKey(row: Measurement): string {
  const keys = Object.keys(row.dimensions);
  if (keys.length === 0) return "";
  if (keys.length === 1) return row.dimensions[keys[0]];
  return keys
    .sort()
    .map((key) => row.dimensions[key])
    .join("\u0001");
}

function groupRows(entries: readonly { row: Measurement; label: string }[]): RowsByUnit {
  const byUnit: RowsByUnit = new Map();
  for (const { row, label } of entries) {
    let perPeriod = byUnit.get(row.unit);
    if (!perPeriod) byUnit.set(row.unit, (perPeriod = new Map()));
    const list = perPeriod.get(label);
    if (list) list.push(row);
    else perPeriod.set(label, [row]);
  }
  return byUnit;
}

function rollUpAll(
  byUnit: RowsByUnit,
  definition: IndicatorDefinition
): Map<string, Map<string, RolledCell>> {
  const cells = new Map<string, Map<string, RolledCell>>();
  for (const [unit, perPeriod] of byUnit) {
    const rolled = new Map<string, RolledCell>();
    for (const [label, rows] of perPeriod) rolled.set(label, rollUpRows(rows, definition));
    cells.set(unit, rolled);
  }
  return cells;
}

/**
 * A unit's flow counted since the baseline: its cells of every period that ends after the
 * baseline period and not after `period`, added (or n-weighted for means). Undefined when none.
 */
function cumulativeCell(
  perPeriod: Map<string, RolledCell>,
  definition: IndicatorDefinition,
  baselinePeriod: Period | null,
  period: Period
): UnitCell | undefined {
  const end = periodEndDay(period);
  const start = baselinePeriod ? periodEndDay(baselinePeriod) : -Infinity;
  const window: UnitCell[] = [];
  for (const [label, cell] of perPeriod) {
    const cellEnd = periodEndOfLabel(label);
    if (cellEnd > start && cellEnd <= end) window.push(cell);
  }
  return window.length ? combineCells(window, definition) : undefined;
}

const labelEnds = new Map<string, number>();
function periodEndOfLabel(label: string): number {
  let end = labelEnds.get(label);
  if (end === undefined) {
    const match = /^(\d{4})(?:-(H|Q)?(\d{1,2}))?$/.exec(label)!;
    const year = Number(match[1]);
    const index = match[3] ? Number(match[3]) : 1;
    const type: PeriodType = !match[3]
      ? "jaar"
      : match[2] === "H"
        ? "halfjaar"
        : match[2] === "Q"
          ? "kwartaal"
          : "maand";
    end = periodEndDay({ type, year, index });
    labelEnds.set(label, end);
  }
  return end;
}
