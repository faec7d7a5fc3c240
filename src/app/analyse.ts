/**
 * The one analysis pipeline of Netwerkmeter, shared by the command line (src/cli/analyzeCommand.ts)
 * and both task-pane hosts (src/app/session.ts):
 *
 *   read (the host: files or a WorkbookPort) → chooseCodebook → analyseGrid (ingest → analyse →
 *   fatal checks) → buildReport (src/report) → publish (the host).
 *
 * Hosts differ only in how they read and write; which codebook wins, which issues stop a run and
 * what the messages say are decided here, once.
 */
import { analyze } from "../analysis/analyze";
import type { Codebook } from "../analysis/codebook";
import { parseCodebookGrid } from "../analysis/codebook";
import type { BandSpec } from "../analysis/bands";
import type { Dataset } from "../analysis/dataset";
import type { Grid } from "../analysis/grid";
import { ingest } from "../analysis/ingest";
import type { Issue, IssueCode } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { AnalysisResult, PercentBase, RoundingMode } from "../analysis/results";
import { findPreset } from "../presets";
import { DEMOS_PRESET_ID } from "../presets/demosCoordinatoren";
import type { CodebookSource } from "../workbook/metadata";
import { WorkbookError } from "../workbook/port";
import { appMessage } from "./messages";

/** Issue codes that mean the input cannot be analysed at all (when their severity is error). */
export const FATAL_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "EMPTY_INPUT",
  "NO_ITEMS_RECOGNISED",
  "GROUP_COLUMN_MISSING",
  "CODEBOOK_MISSING_COLUMN",
  // analyze --compare --match-on with a column the earlier wave does not have
  "MATCH_COLUMN_MISSING",
]);

/**
 * A run that could not analyse the input. `fatal` is the issue that stopped it (null: no
 * respondent with answers), `reason` its bare message, `issues` everything found (shown in the
 * task pane's problems list). The host adds the location it knows (file, sheet).
 */
export class AnalysisError extends WorkbookError {
  constructor(
    message: string,
    readonly issues: Issue[],
    readonly fatal: Issue | null = null,
    readonly reason: string = message
  ) {
    super(message, "INPUT_NOT_ANALYSABLE");
    this.name = "AnalysisError";
  }
}

/** The codebook a run uses, the issues of reading it, and where it came from. */
export interface CodebookChoice {
  codebook: Codebook;
  issues: Issue[];
  /** Stored for refresh (null for a codebook file given on the command line). */
  source: CodebookSource | null;
  /** How it was chosen: given by the user, the input's codebook sheet, or the default preset. */
  origin: "option" | "workbook" | "default-preset";
}

export interface ChooseCodebookInput {
  /** A codebook the user gave (the CLI's --codebook, already read by the host). Wins when present. */
  given?: { codebook: Codebook; issues: Issue[]; source?: CodebookSource | null } | null;
  /** The input's `Codeboek`/`Codebook` sheet, when it has one. */
  sheet?: Grid | null;
  /** What the previous run used (refresh). */
  stored?: CodebookSource | null;
  /**
   * The input file's name for the DEFAULT_CODEBOOK message ("… in file.xlsx"); absent: "this
   * workbook".
   */
  file?: string;
  language: Language;
}

/**
 * Chooses the codebook: the one given, else the input's codebook sheet, else the stored preset
 * (refresh), else the built-in Dēmos preset with an info issue DEFAULT_CODEBOOK.
 *
 * @throws AnalysisError when the chosen codebook has no usable item
 * @example
 * chooseCodebook({ language: "nl" }).origin // "default-preset"
 */
export function chooseCodebook(input: ChooseCodebookInput): CodebookChoice {
  const { language } = input;
  if (input.given)
    return checked(
      {
        codebook: input.given.codebook,
        issues: input.given.issues,
        source: input.given.source ?? null,
        origin: "option",
      },
      language
    );
  if (input.sheet) {
    const grid = input.sheet;
    const { codebook, issues } = parseCodebookGrid(grid, {
      name: `${grid.sheet}${grid.file ? ` (${grid.file})` : ""}`,
      language,
    });
    return checked(
      { codebook, issues, source: { kind: "sheet", sheet: grid.sheet }, origin: "workbook" },
      language
    );
  }
  const issues: Issue[] = [];
  const stored = input.stored ?? null;
  if (stored?.kind === "sheet") {
    issues.push({
      severity: "warning",
      code: "CODEBOOK_SHEET_MISSING",
      message: appMessage(language, { code: "CODEBOOK_SHEET_MISSING", sheet: stored.sheet }),
      sheet: stored.sheet,
    });
  }
  if (stored?.kind === "preset" && stored.reason === "chosen") {
    const preset = findPreset(stored.preset);
    if (preset) return { codebook: preset, issues, source: stored, origin: "option" };
  }
  const codebook = findPreset(DEMOS_PRESET_ID)!;
  issues.push({
    severity: "info",
    code: "DEFAULT_CODEBOOK",
    message: appMessage(language, {
      code: "DEFAULT_CODEBOOK",
      preset: codebook.name,
      file: input.file,
    }),
    ...(input.file !== undefined ? { file: input.file } : {}),
  });
  return {
    codebook,
    issues,
    source: { kind: "preset", preset: DEMOS_PRESET_ID, reason: "default" },
    origin: "default-preset",
  };
}

/** A choice whose codebook has items, else AnalysisError CODEBOOK_EMPTY. */
function checked(choice: CodebookChoice, language: Language): CodebookChoice {
  if (choice.codebook.items.length > 0) return choice;
  const reasons = choice.issues
    .map((issue) => `${issue.cell ? `${issue.sheet}!${issue.cell}: ` : ""}${issue.message}`)
    .join(" ");
  throw new AnalysisError(
    appMessage(language, { code: "CODEBOOK_EMPTY", codebook: choice.codebook.name, reasons }),
    choice.issues
  );
}

/** The options of one analysis (the task pane's RunOptions are a superset). */
export interface AnalyseSettings {
  base: PercentBase;
  rounding: RoundingMode;
  minCell: number;
  groupBy: string[];
  population: number | null;
  language: Language;
  /** Mapping overrides from the task pane's review: header → item id, or null. */
  columnMapping?: Record<string, string | null>;
  /** Numeric columns split into bands and grouped by (`--bands`, or the pane's quantile bands). */
  bandSpecs?: readonly BandSpec[];
}

/** What analyseGrid returns. */
export interface AnalysisRun {
  dataset: Dataset;
  result: AnalysisResult;
}

/** The first issue that stops a run, or null. */
export function fatalIssue(issues: readonly Issue[]): Issue | null {
  return (
    issues.find(
      (issue) => issue.severity === "error" && (FATAL_CODES as ReadonlySet<string>).has(issue.code)
    ) ?? null
  );
}

/**
 * Ingests a data grid with the chosen codebook, analyses it and applies the fatal checks. The
 * codebook's issues and `extraIssues` (e.g. from reading a filled template) come first in the
 * result's issue list.
 *
 * @throws AnalysisError when a fatal issue was found or no respondent has answers
 * @example
 * const run = analyseGrid(grid, chooseCodebook({ language: "nl" }), {
 *   base: "valid", rounding: "exact", minCell: 5, groupBy: [], population: null, language: "nl",
 * });
 * run.result.source.respondents // 77 for examples/coordinatoren-demos.xlsx
 */
export function analyseGrid(
  grid: Grid,
  choice: CodebookChoice,
  settings: AnalyseSettings,
  extraIssues: readonly Issue[] = []
): AnalysisRun {
  const language = settings.language;
  const dataset = ingest(grid, choice.codebook, {
    language,
    ...(settings.columnMapping ? { columnMapping: settings.columnMapping } : {}),
  });
  dataset.issues.unshift(...choice.issues, ...extraIssues);
  const result = analyze(dataset, {
    base: settings.base,
    rounding: settings.rounding,
    minCell: settings.minCell,
    groupBy: settings.groupBy,
    ...(settings.bandSpecs ? { bandSpecs: settings.bandSpecs } : {}),
    population: settings.population,
    language,
  });
  const fatal = fatalIssue(result.issues);
  if (fatal || result.source.respondents === 0) {
    const reason = fatal ? fatal.message : appMessage(language, { code: "NO_RESPONDENTS" });
    const where = fatal
      ? fatal.sheet
        ? `${fatal.sheet}${fatal.cell ? `!${fatal.cell}` : ""}`
        : ""
      : grid.sheet;
    throw new AnalysisError(where ? `${where}: ${reason}` : reason, result.issues, fatal, reason);
  }
  return { dataset, result };
}
