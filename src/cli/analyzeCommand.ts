/**
 * `netwerkmeter analyze`: reads a workbook or CSV, codes it with a codebook, analyses it and writes
 * the JSON report and/or a report workbook (ARCHITECTURE §3.1). Bad cells never stop a run: they are
 * listed in the JSON and summarised on stderr. Input that cannot be analysed at all gives a
 * one-line message naming the file (exit 1).
 */
import { normalizeText } from "../analysis/textMatch";
import { parseBandSpec } from "../analysis/bands";
import { createFormat } from "../analysis/numberFormat";
import { buildReport } from "../report/buildReport";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { AnalysisResult, PercentBase, RoundingMode } from "../analysis/results";
import { analyseGrid, AnalysisError } from "../app/analyse";
import { summaryLines } from "../analysis/summaryLines";
import { comparisonSummary, withComparisonSheet } from "../report/comparison";
import { assertOutputsSafe, assertXlsxOutput } from "./outputPaths";
import { writeOutput } from "./writeOutput";
import { reportWorkbookBytes } from "./reportWorkbook";
import { jsonReportPieces } from "./jsonReport";
import {
  CliError,
  chooseCliCodebook,
  pickDataSheet,
  readGrids,
  templateOrSheet,
  pathsRead,
} from "./loadInput";
import type { CliIO } from "./io";

export interface AnalyzeCommandOptions {
  sheet?: string;
  codebook?: string;
  groupBy: string[];
  /** `--bands` specifications as typed (COLUMN:CUT,CUT or COLUMN:qK). */
  bands?: string[];
  population?: number;
  base: PercentBase;
  rounding: RoundingMode;
  minCell: number;
  lang: Language;
  out?: string;
  json?: string;
  /** An earlier wave to compare with (read with the same codebook). */
  compare?: string;
  compareLabel?: string;
  matchOn?: string;
}

/** Runs the analyse command; returns the exit code. */
export async function runAnalyze(
  input: string,
  options: AnalyzeCommandOptions,
  io: CliIO
): Promise<number> {
  const language = options.lang;
  const nl = language === "nl";
  const bandSpecs = (options.bands ?? []).map((text) => {
    try {
      return parseBandSpec(text, language);
    } catch (error) {
      throw new CliError(`--bands ${(error as Error).message}`, 2);
    }
  });
  // One split per column: a second would replace the first under the same name (found when an
  // analyst asked for fixed bands and tertiles of INWONERS in one run and got only the first).
  (options.bands ?? []).forEach((text, index) => {
    const earlier = bandSpecs.findIndex(
      (spec, at) =>
        at < index && normalizeText(spec.column) === normalizeText(bandSpecs[index].column)
    );
    if (earlier >= 0)
      throw new CliError(
        nl
          ? `--bands ${text}: ${bandSpecs[index].column} wordt al in klassen verdeeld door --bands ${options.bands![earlier]}; één indeling per kolom per run (maak een tweede rapport voor de andere).`
          : `--bands ${text}: ${bandSpecs[index].column} is already split by --bands ${options.bands![earlier]}; one split per column per run (make a second report for the other).`,
        2
      );
  });
  if (options.compare === undefined && (options.matchOn ?? options.compareLabel) !== undefined) {
    throw new CliError(
      nl
        ? "--match-on en --compare-label horen bij --compare (de vorige bevraging)."
        : "--match-on and --compare-label belong with --compare (the previous wave).",
      2
    );
  }
  if (options.out !== undefined) assertXlsxOutput({ option: "--out", path: options.out }, language);
  assertOutputsSafe(
    [
      ...pathsRead([input], options.codebook),
      ...(options.compare !== undefined ? [{ option: "--compare", path: options.compare }] : []),
    ],
    [
      ...(options.out !== undefined ? [{ option: "--out", path: options.out }] : []),
      ...(options.json !== undefined ? [{ option: "--json", path: options.json }] : []),
    ],
    language
  );
  const grids = await readGrids(input, language);
  const sheetGrid = pickDataSheet(grids, options.sheet, language);
  const choice = await chooseCliCodebook(options.codebook, grids, sheetGrid.file, language);
  // A filled-in coordinator template is one respondent (answers down column C of Bevraging).
  const picked = templateOrSheet(
    grids,
    sheetGrid,
    options.sheet !== undefined,
    choice.codebook,
    language
  );
  let result: AnalysisResult;
  try {
    const settings = {
      base: options.base,
      rounding: options.rounding,
      minCell: options.minCell,
      groupBy: options.groupBy,
      bandSpecs,
      population: options.population ?? null,
      language,
    };
    const run = analyseGrid(picked.grid, choice, settings, picked.issues);
    result = run.result;
    if (options.compare !== undefined) {
      const { loadComparison } = await import("./loadComparison");
      // A --match-on column that is missing stops the run as the analysis's fatal issues do.
      result = await loadComparison(options.compare, choice.codebook, run, {
        label: options.compareLabel,
        matchOn: options.matchOn,
        sheet: options.sheet,
        language,
      });
    }
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
    io.stderr(
      `netwerkmeter: ${fatalLocation(error, picked.grid.file ?? "", language)}: ${error.reason}\n`
    );
    return 1;
  }

  if (options.json !== undefined) {
    if (options.json === "-") io.stdout(jsonReportPieces(result).join(""));
    else await writeOutput(options.json, jsonReportPieces(result), language);
  }
  if (options.out !== undefined) {
    const report = withComparisonSheet(buildReport(result, { language }), result, language);
    const bytes = await reportWorkbookBytes(report, language);
    await writeOutput(options.out, bytes, language);
  }
  const summary = summaryLines(result, language);
  if (result.comparison) summary.push(comparisonSummary(result.comparison, language));
  // The summary goes to stdout unless stdout carries the JSON report.
  (options.json === "-" ? io.stderr : io.stdout)(`${summary.join("\n")}\n`);
  const problems = problemSummary(result.issues, language);
  if (problems.length > 0) io.stderr(`${problems.join("\n")}\n`);
  return 0;
}

/** Where a fatal issue is, for the one-line message: "file, sheet!cell" or "file, blad sheet" ("sheet" in English). */
function fatalLocation(error: AnalysisError, file: string, language: Language): string {
  const fatal = error.fatal;
  if (!fatal) return file;
  if (fatal.cell) return `${fatal.file ?? file}, ${fatal.sheet}!${fatal.cell}`;
  return `${fatal.file ?? file}${fatal.sheet ? `, ${language === "nl" ? "blad" : "sheet"} ${fatal.sheet}` : ""}`;
}

/** The stderr summary of problems: counts by code, with the first few cell addresses. */
export function problemSummary(issues: readonly Issue[], language: Language): string[] {
  const nl = language === "nl";
  const relevant = issues.filter((issue) => issue.severity !== "info");
  if (relevant.length === 0) return [];
  const byCode = new Map<string, Issue[]>();
  for (const issue of relevant) {
    const members = byCode.get(issue.code);
    if (members) members.push(issue);
    else byCode.set(issue.code, [issue]);
  }
  const lines = [
    nl
      ? `${createFormat("nl").count(relevant.length, "probleem", "problemen")} (volledige lijst in het JSON-rapport en op het blad Problemen):`
      : `${createFormat("en").count(relevant.length, "problem", "problems")} (full list in the JSON report and on the Problems sheet):`,
  ];
  // With --compare the problems come from two files: then every cell says which (found when an
  // analyst saw "Antwoorden!H31, Antwoorden!H31" for cells of two files).
  const files = new Set(relevant.filter((issue) => issue.cell).map((issue) => issue.file));
  for (const [code, members] of byCode) {
    const cells = members
      .filter((issue) => issue.cell)
      .slice(0, 5)
      .map(
        (issue) =>
          `${files.size > 1 && issue.file ? `${issue.file} ` : ""}${issue.sheet}!${issue.cell}`
      );
    const more = members.length > cells.length && cells.length > 0 ? ", …" : "";
    lines.push(
      `  ${members[0].severity} ${code} ×${members.length}${cells.length ? ` (${cells.join(", ")}${more})` : ""}: ${members[0].message}`
    );
  }
  return lines;
}
