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
import { gatherComments } from "./comments";
import { maskCrosstab } from "./disclosure";
import { resolveGroupColumns, splitByValue } from "./groups";
import { NormalizedLookup } from "./textMatch";
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
        message: nl
          ? `Kolom '${name}' bevat opmerkingen (vrije tekst) en wordt niet gebruikt om uit te splitsen; de opmerkingen staan op het blad Opmerkingen.`
          : `Column '${name}' holds comments (free text) and is not used to split the results; the comments are on the Comments sheet.`,
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
      message: nl
        ? `Kolom '${name}' bevat persoonsgegevens (namen, e-mail of telefoon) en wordt niet gebruikt om uit te splitsen, en nergens in het rapport opgenomen.`
        : `Column '${name}' holds personal data (names, e-mail or phone) and is not used to split the results, nor written anywhere in the report.`,
      ...where,
    });
  }
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
  if (governance)
    governance.crosstabs = governance.crosstabs.map((table) =>
      maskCrosstab(table, settings.minCell)
    );
  for (const table of governance?.crosstabs ?? []) {
    if (table.smallExpected) {
      issues.push({
        severity: "info",
        code: "SMALL_EXPECTED_COUNT",
        message: nl
          ? `Kruistabel bestuursstijl × ${table.by}: ${table.cellsExpectedBelow5 === undefined ? "sommige cellen" : createFormat("nl").count(table.cellsExpectedBelow5, "cel", "cellen")} met verwachte frequentie onder 5; de chi-kwadraattoets is dan onbetrouwbaar.`
          : `Cross-tab governance style × ${table.by}: ${table.cellsExpectedBelow5 === undefined ? "some cells" : createFormat("en").count(table.cellsExpectedBelow5, "cell", "cells")} with an expected count below 5; the chi-square test is unreliable.`,
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
  const nl = language === "nl";
  const result: { source: BackgroundColumn; column: BackgroundColumn; cuts: number[] }[] = [];
  for (const spec of specs) {
    const source = resolveGroupColumns(dataset, [spec.column]).columns[0];
    if (!source) {
      issues.push({
        severity: "error",
        code: "GROUP_COLUMN_MISSING",
        message: nl
          ? `Kolom '${spec.column}' om in klassen te verdelen (--bands) bestaat niet. Beschikbare kolommen: ${dataset.background.map((column) => column.header).join(", ") || "(geen)"}.`
          : `Column '${spec.column}' to split into bands (--bands) does not exist. Available columns: ${dataset.background.map((column) => column.header).join(", ") || "(none)"}.`,
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
        message: nl
          ? `Kolom '${source.header}': ${bands.notNumbers.length} waarde(n) zijn geen getal (bv. '${source.values[first]}' bij ${dataset.respondentIds[first]}); die netwerken vallen in de groep (leeg).`
          : `Column '${source.header}': ${bands.notNumbers.length} value(s) are not numbers (e.g. '${source.values[first]}' for ${dataset.respondentIds[first]}); those networks are in the group (empty).`,
        ...where,
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
  const nl = language === "nl";
  return splitByValue(column.values, language, column.order).map(([value, rows]) => {
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
