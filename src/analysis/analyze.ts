/**
 * analyze: the one verb of the engine. Dataset + options → AnalysisResult (the public JSON report):
 * item tables, reliability per construct, governance and participation scores, indicator blocks,
 * the same per group, response rate, and every issue found on the way.
 */
import type { BackgroundColumn, Dataset } from "./dataset";
import type { RespondentStyles } from "./governance";
import { analyzeGovernance, classifyRespondents } from "./governance";
import type { BandSpec } from "./bands";
import { bandValues } from "./bands";
import { a1Address } from "./grid";
import { gatherComments } from "./comments";
import { maskCrosstab } from "./disclosure";
import { resolveGroupColumns, splitByValue } from "./groups";
import { NormalizedLookup } from "./textMatch";
import { buildIndicatorBlocks } from "./indicators";
import type { Issue } from "./issue";
import type { Language } from "./language";
import type { AnalyzeMessage } from "./analyzeMessages";
import { analyzeMessage } from "./analyzeMessages";
import { analyzeParticipation } from "./participation";
import { analyzeScaleReliability } from "./reliability";
import type {
  AnalysisOptions,
  AnalysisResult,
  GroupResult,
  ItemSummary,
  ScaleReliability,
} from "./results";
import type { Scale } from "./scale";
import { summarizeItem } from "./itemSummary";
import { TOOL_VERSION } from "./version";

export interface AnalyzeOptions extends Partial<AnalysisOptions> {
  population?: number | null;
  language?: Language;
  /** Below this many respondents a SMALL_N warning is given (default 10, as SPEC §7b). */
  smallN?: number;
  /**
   * Numeric columns to split into bands (`--bands INWONERS:15000,50000`); each banded column is
   * also a group column.
   */
  bandSpecs?: readonly BandSpec[];
}

export const DEFAULT_OPTIONS: AnalysisOptions = {
  base: "valid",
  rounding: "exact",
  minCell: 5,
  groupBy: [],
};

function summarizeAll(
  dataset: Dataset,
  options: AnalysisOptions,
  language: Language,
  rows?: number[],
  minCell?: number
): ItemSummary[] {
  return dataset.items.map((column) =>
    summarizeItem(
      column,
      { base: options.base, rounding: options.rounding, minCell, language },
      rows
    )
  );
}

/** Reliability for every construct with at least two items in the data. */
function analyzeScales(
  dataset: Dataset,
  smallN: number,
  language: Language
): { scales: ScaleReliability[]; issues: Issue[] } {
  const byConstruct = new Map<string, Dataset["items"]>();
  for (const column of dataset.items) {
    if (column.item.construct === null) continue;
    const members = byConstruct.get(column.item.construct);
    if (members) members.push(column);
    else byConstruct.set(column.item.construct, [column]);
  }
  const scales: ScaleReliability[] = [];
  const issues: Issue[] = [];
  for (const [construct, columns] of byConstruct) {
    if (columns.length < 2) continue;
    const { reliability, issues: found } = analyzeScaleReliability(
      {
        id: construct,
        items: columns.map((column) => ({
          id: column.item.id,
          values: column.values,
          reversed: column.item.reversed,
          min: column.item.scale.min,
          max: column.item.scale.max,
        })),
      },
      { smallN, language }
    );
    scales.push(reliability);
    for (const issue of found)
      issues.push({
        ...issue,
        file: issue.file ?? dataset.source.file ?? undefined,
        sheet: issue.sheet ?? dataset.source.sheet,
      });
  }
  return { scales, issues };
}

/**
 * Analyses a dataset.
 *
 * @example
 * const result = analyze(ingest(grid, demosCoordinatorenCodebook()), { population: 104 });
 * result.responseRate // 74.04 for 77 respondents
 */
export function analyze(dataset: Dataset, options: AnalyzeOptions = {}): AnalysisResult {
  const language = options.language ?? "nl";
  const say = (message: AnalyzeMessage) => analyzeMessage(language, message);
  const settings: AnalysisOptions = {
    base: options.base ?? DEFAULT_OPTIONS.base,
    rounding: options.rounding ?? DEFAULT_OPTIONS.rounding,
    minCell: options.minCell ?? DEFAULT_OPTIONS.minCell,
    groupBy: [...(options.groupBy ?? [])],
  };
  const smallN = options.smallN ?? 10;
  const issues: Issue[] = [...dataset.issues];
  const where = { file: dataset.source.file ?? undefined, sheet: dataset.source.sheet };
  const respondents = dataset.respondentIds.length;

  if (respondents > 0 && respondents < smallN) {
    issues.push({
      severity: "warning",
      code: "SMALL_N",
      message: say({ code: "SMALL_N", respondents }),
      ...where,
    });
  }

  const population = options.population ?? null;
  let responseRate: number | null = null;
  if (population !== null) {
    responseRate = population > 0 ? (100 * respondents) / population : null;
    if (population < respondents) {
      issues.push({
        severity: "warning",
        code: "POPULATION_TOO_SMALL",
        message: say({ code: "POPULATION_TOO_SMALL", population, respondents }),
        ...where,
      });
    }
  }

  const items = summarizeAll(dataset, settings, language);
  const summaries = new Map(items.map((summary) => [summary.id, summary]));
  const { scales, issues: reliabilityIssues } = analyzeScales(dataset, smallN, language);
  issues.push(...reliabilityIssues);

  const banded = bandColumns(dataset, options.bandSpecs ?? [], language, issues, where);
  if (banded.length > 0)
    settings.bands = banded.map(({ column, cuts }) => ({
      column: column.id,
      cuts,
      labels: column.order ?? [],
    }));
  const bandedDataset: Dataset = {
    ...dataset,
    background: dataset.background.map(
      (column) => banded.find((entry) => entry.source === column)?.column ?? column
    ),
  };
  const groupNames = [...settings.groupBy];
  for (const { column } of banded)
    if (!resolveGroupColumns(bandedDataset, groupNames).columns.includes(column))
      groupNames.push(column.id);
  const { columns: groupColumns, unknown: notFound } = resolveGroupColumns(
    bandedDataset,
    groupNames
  );
  const personal = new NormalizedLookup<string>();
  for (const header of dataset.personalColumns ?? []) personal.add(header, header);
  const freeText = new NormalizedLookup<string>();
  for (const column of dataset.textColumns ?? []) freeText.add(column.header, column.header);
  const unknown: string[] = [];
  for (const name of notFound) {
    if (freeText.get(name) !== undefined) {
      // A comment column (e.g. from settings stored before comments were set apart): not a group.
      issues.push({
        severity: "warning",
        code: "GROUP_COLUMN_FREE_TEXT",
        message: say({ code: "GROUP_COLUMN_FREE_TEXT", column: name }),
        ...where,
      });
      continue;
    }
    if (personal.get(name) === undefined) {
      unknown.push(name);
      continue;
    }
    issues.push({
      severity: "warning",
      code: "GROUP_COLUMN_PERSONAL",
      message: say({ code: "GROUP_COLUMN_PERSONAL", column: name }),
      ...where,
    });
  }
  for (const name of unknown) {
    issues.push({
      severity: "error",
      code: "GROUP_COLUMN_MISSING",
      message: say({
        code: "GROUP_COLUMN_MISSING",
        column: name,
        available: dataset.background.map((column) => column.header),
      }),
      ...where,
    });
  }

  const classification = classifyRespondents(dataset);
  const governance = analyzeGovernance(dataset, summaries, {
    rounding: settings.rounding,
    groupColumns,
    classification,
  });
  if (governance)
    governance.crosstabs = governance.crosstabs.map((table) =>
      maskCrosstab(table, settings.minCell)
    );
  for (const table of governance?.crosstabs ?? []) {
    if (table.smallExpected) {
      issues.push({
        severity: "info",
        code: "SMALL_EXPECTED_COUNT",
        message: say({
          code: "SMALL_EXPECTED_COUNT",
          by: table.by,
          cells: table.cellsExpectedBelow5,
        }),
        ...where,
      });
    }
  }
  const participation = analyzeParticipation(dataset, summaries, { rounding: settings.rounding });

  const scaleById = new Map<string, Scale>(
    dataset.items.map((column) => [column.item.scale.id, column.item.scale])
  );
  const groups: GroupResult[] = [];
  for (const column of groupColumns)
    groups.push(...analyzeGroups(dataset, column, settings, language, issues, classification));

  return {
    tool: { name: "netwerkmeter", version: TOOL_VERSION },
    source: {
      file: dataset.source.file,
      sheet: dataset.source.sheet,
      respondents,
      codebook: dataset.codebook.name,
    },
    options: settings,
    population,
    responseRate,
    items,
    scales,
    governance,
    participation,
    indicators: buildIndicatorBlocks(items, scaleById, language),
    groups,
    comments: gatherComments(dataset),
    issues,
  };
}

/**
 * Replaces the columns named in band specs by their banded version; a column that is missing or
 * holds no numbers gives an issue instead.
 */
function bandColumns(
  dataset: Dataset,
  specs: readonly BandSpec[],
  language: Language,
  issues: Issue[],
  where: { file?: string; sheet: string }
): { source: BackgroundColumn; column: BackgroundColumn; cuts: number[] }[] {
  const result: { source: BackgroundColumn; column: BackgroundColumn; cuts: number[] }[] = [];
  for (const spec of specs) {
    const source = resolveGroupColumns(dataset, [spec.column]).columns[0];
    if (!source) {
      issues.push({
        severity: "error",
        code: "GROUP_COLUMN_MISSING",
        message: analyzeMessage(language, {
          code: "GROUP_COLUMN_MISSING",
          column: spec.column,
          available: dataset.background.map((column) => column.header),
          bands: true,
        }),
        ...where,
      });
      continue;
    }
    const bands = bandValues(source.values, spec, language);
    if (bands.notNumbers.length > 0) {
      const first = bands.notNumbers[0];
      issues.push({
        severity: "warning",
        code: "BAND_NOT_A_NUMBER",
        message: analyzeMessage(language, {
          code: "BAND_NOT_A_NUMBER",
          column: source.header,
          count: bands.notNumbers.length,
          example: String(source.values[first]),
          respondent: dataset.respondentIds[first],
        }),
        ...where,
        // The first such value's cell, as every bad value in the report has one.
        cell: a1Address(dataset.respondentRows[first], (dataset.originColumn ?? 0) + source.column),
      });
    }
    result.push({
      source,
      column: { ...source, values: bands.values, order: bands.order },
      cuts: bands.cuts,
    });
  }
  return result;
}

function analyzeGroups(
  dataset: Dataset,
  column: BackgroundColumn,
  settings: AnalysisOptions,
  language: Language,
  issues: Issue[],
  classification: readonly (RespondentStyles | null)[]
): GroupResult[] {
  return splitByValue(column.values, language, column.order).map(([value, rows]) => {
    const items = summarizeAll(dataset, settings, language, rows, settings.minCell);
    const summaries = new Map(items.map((summary) => [summary.id, summary]));
    if (items.some((summary) => summary.suppressed)) {
      issues.push({
        severity: "info",
        code: "CELL_SUPPRESSED",
        message: analyzeMessage(language, {
          code: "CELL_SUPPRESSED",
          by: column.id,
          value,
          n: rows.length,
          minCell: settings.minCell,
        }),
        file: dataset.source.file ?? undefined,
        sheet: dataset.source.sheet,
      });
    }
    const governance = analyzeGovernance(dataset, summaries, {
      rounding: settings.rounding,
      rows,
      classification,
      withRespondents: false,
    });
    const participation = analyzeParticipation(dataset, summaries, {
      rounding: settings.rounding,
      rows,
    });
    const result: GroupResult = { by: column.id, value, n: rows.length, items };
    if (governance)
      result.governance = {
        domains: governance.domains,
        styleCounts: governance.styleCounts,
        unclassified: governance.unclassified,
      };
    if (participation) {
      const { respondents: _respondents, ...rest } = participation;
      result.participation = rest;
    }
    return result;
  });
}
