/**
 * analyze: the one verb of the engine. Dataset + options → AnalysisResult (the public JSON report):
 * item tables, reliability per construct, governance and participation scores, indicator blocks,
 * the same per group, response rate, and every issue found on the way.
 */
import type { BackgroundColumn, Dataset } from "./dataset";
import type { RespondentStyles } from "./governance";
import { analyzeGovernance, classifyRespondents } from "./governance";
import { resolveGroupColumns, splitByValue } from "./groups";
import { buildIndicatorBlocks } from "./indicators";
import type { Issue } from "./issue";
import type { Language } from "./language";
import { createFormat } from "./numberFormat";
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
  const nl = language === "nl";
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
      message: nl
        ? `Slechts ${createFormat("nl").count(respondents, "respondent", "respondenten")}: percentages zijn erg onzeker; lees ze als aantallen.`
        : `Only ${createFormat("en").count(respondents, "respondent", "respondents")}: percentages are very uncertain; read them as counts.`,
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
        message: nl
          ? `De populatie (${population}) is kleiner dan het aantal respondenten (${respondents}); controleer de opgegeven populatie.`
          : `The population (${population}) is smaller than the number of respondents (${respondents}); check the population given.`,
        ...where,
      });
    }
  }

  const items = summarizeAll(dataset, settings, language);
  const summaries = new Map(items.map((summary) => [summary.id, summary]));
  const { scales, issues: reliabilityIssues } = analyzeScales(dataset, smallN, language);
  issues.push(...reliabilityIssues);

  const { columns: groupColumns, unknown } = resolveGroupColumns(dataset, settings.groupBy);
  for (const name of unknown) {
    issues.push({
      severity: "error",
      code: "GROUP_COLUMN_MISSING",
      message: nl
        ? `Groeperingskolom '${name}' bestaat niet. Beschikbare kolommen: ${dataset.background.map((column) => column.header).join(", ") || "(geen)"}.`
        : `Group column '${name}' does not exist. Available columns: ${dataset.background.map((column) => column.header).join(", ") || "(none)"}.`,
      ...where,
    });
  }

  const classification = classifyRespondents(dataset);
  const governance = analyzeGovernance(dataset, summaries, {
    rounding: settings.rounding,
    groupColumns,
    classification,
  });
  for (const table of governance?.crosstabs ?? []) {
    if (table.smallExpected) {
      issues.push({
        severity: "info",
        code: "SMALL_EXPECTED_COUNT",
        message: nl
          ? `Kruistabel bestuursstijl × ${table.by}: ${table.cellsExpectedBelow5 ?? "sommige"} cel(len) met verwachte frequentie onder 5; de chi-kwadraattoets is dan onbetrouwbaar.`
          : `Cross-tab governance style × ${table.by}: ${table.cellsExpectedBelow5 ?? "some"} cell(s) with an expected count below 5; the chi-square test is unreliable.`,
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
    issues,
  };
}

function analyzeGroups(
  dataset: Dataset,
  column: BackgroundColumn,
  settings: AnalysisOptions,
  language: Language,
  issues: Issue[],
  classification: readonly (RespondentStyles | null)[]
): GroupResult[] {
  const nl = language === "nl";
  return splitByValue(column.values, language).map(([value, rows]) => {
    const items = summarizeAll(dataset, settings, language, rows, settings.minCell);
    const summaries = new Map(items.map((summary) => [summary.id, summary]));
    if (items.some((summary) => summary.suppressed)) {
      issues.push({
        severity: "info",
        code: "CELL_SUPPRESSED",
        message: nl
          ? `Groep ${column.id} = '${value}' (n = ${rows.length}): percentages met een basis onder ${settings.minCell} zijn niet getoond.`
          : `Group ${column.id} = '${value}' (n = ${rows.length}): percentages with a base below ${settings.minCell} are not shown.`,
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
