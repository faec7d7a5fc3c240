/**
 * `netwerkmeter analyze`: reads a workbook or CSV, codes it with a codebook, analyses it and writes
 * the JSON report and/or a report workbook (ARCHITECTURE §3.1). Bad cells never stop a run: they are
 * listed in the JSON and summarised on stderr. Input that cannot be analysed at all gives a
 * one-line message naming the file (exit 1).
 */
import { analyze } from "../analysis/analyze";
import { buildReport } from "../analysis/buildReport";
import { ingest } from "../analysis/ingest";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { PercentBase, RoundingMode } from "../analysis/results";
import { summaryLines } from "../analysis/summaryLines";
import { comparisonSummary, withComparisonSheet } from "../report/comparison";
import { assertOutputsSafe } from "./outputPaths";
import { writeOutput } from "./writeOutput";
import { CliError, loadCodebook, pickDataSheet, readGrids, templateOrSheet } from "./loadInput";
import type { CliIO } from "./io";

export interface AnalyzeCommandOptions {
  sheet?: string;
  codebook?: string;
  groupBy: string[];
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

/** Issue codes that mean the input cannot be analysed at all. */
const FATAL_CODES = new Set([
  "EMPTY_INPUT",
  "NO_ITEMS_RECOGNISED",
  "GROUP_COLUMN_MISSING",
  "CODEBOOK_MISSING_COLUMN",
  "MATCH_COLUMN_MISSING",
]);

/** Runs the analyse command; returns the exit code. */
export async function runAnalyze(
  input: string,
  options: AnalyzeCommandOptions,
  io: CliIO
): Promise<number> {
  const language = options.lang;
  const nl = language === "nl";
  if (options.compare === undefined && (options.matchOn ?? options.compareLabel) !== undefined) {
    throw new CliError(
      nl
        ? "--match-on en --compare-label horen bij --compare (de vorige bevraging)."
        : "--match-on and --compare-label belong with --compare (the previous wave).",
      2
    );
  }
  assertOutputsSafe(
    [
      { option: nl ? "invoer" : "input", path: input },
      ...(options.codebook && !/^preset:/i.test(options.codebook.trim())
        ? [{ option: "--codebook", path: options.codebook }]
        : []),
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
  const loaded = await loadCodebook(options.codebook, grids, language);
  if (loaded.codebook.items.length === 0) {
    const reasons = loaded.issues
      .map((issue) => `${issue.cell ? `${issue.sheet}!${issue.cell}: ` : ""}${issue.message}`)
      .join(" ");
    throw new CliError(
      nl
        ? `${loaded.codebook.name}: het codeboek bevat geen bruikbare items. ${reasons}`
        : `${loaded.codebook.name}: the codebook has no usable items. ${reasons}`
    );
  }
  // A filled-in coordinator template is one respondent (answers down column C of Bevraging).
  const picked = templateOrSheet(
    grids,
    sheetGrid,
    options.sheet !== undefined,
    loaded.codebook,
    language
  );
  const dataGrid = picked.grid;
  const dataset = ingest(dataGrid, loaded.codebook, { language });
  dataset.issues.unshift(...loaded.issues, ...picked.issues);
  if (loaded.origin === "default-preset") {
    dataset.issues.unshift({
      severity: "info",
      code: "DEFAULT_CODEBOOK",
      message: nl
        ? `Geen codeboek opgegeven en geen blad 'Codeboek' in ${dataGrid.file}: de ingebouwde preset ${loaded.codebook.name} is gebruikt.`
        : `No codebook given and no 'Codeboek' sheet in ${dataGrid.file}: the built-in preset ${loaded.codebook.name} was used.`,
      file: dataGrid.file,
    });
  }

  let result = analyze(dataset, {
    base: options.base,
    rounding: options.rounding,
    minCell: options.minCell,
    groupBy: options.groupBy,
    population: options.population ?? null,
    language,
  });
  if (options.compare !== undefined) {
    const { loadComparison } = await import("./loadComparison");
    const { comparison, issues } = await loadComparison(options.compare, loaded.codebook, dataset, {
      label: options.compareLabel,
      matchOn: options.matchOn,
      sheet: options.sheet,
      language,
    });
    const { issues: own, ...rest } = result;
    result = { ...rest, comparison, issues: [...own, ...issues] };
  }

  const fatal = result.issues.find(
    (issue) => FATAL_CODES.has(issue.code) && issue.severity === "error"
  );
  if (fatal || result.source.respondents === 0) {
    const where = fatal?.cell
      ? `${fatal.file ?? dataGrid.file}, ${fatal.sheet}!${fatal.cell}`
      : `${fatal?.file ?? dataGrid.file}${fatal?.sheet ? `, blad ${fatal.sheet}` : ""}`;
    const message = fatal
      ? fatal.message
      : nl
        ? "geen enkele respondent met antwoorden gevonden."
        : "no respondent with answers found.";
    io.stderr(`netwerkmeter: ${where}: ${message}\n`);
    return 1;
  }

  if (options.json !== undefined) {
    const json = `${JSON.stringify(result, null, 2)}\n`;
    if (options.json === "-") io.stdout(json);
    else await writeOutput(options.json, json, language);
  }
  if (options.out !== undefined) {
    // ExcelJS (~1 s to load on a busy machine) only when a workbook is written.
    const { writeReportWorkbook } = await import("../xlsx/writeReport");
    const report = withComparisonSheet(buildReport(result, { language }), result, language);
    const bytes = await writeReportWorkbook(report, { language });
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
      ? `${relevant.length} probleem/problemen (volledige lijst in het JSON-rapport en op het blad Problemen):`
      : `${relevant.length} problem(s) (full list in the JSON report and on the Problems sheet):`,
  ];
  for (const [code, members] of byCode) {
    const cells = members
      .filter((issue) => issue.cell)
      .slice(0, 5)
      .map((issue) => `${issue.sheet}!${issue.cell}`);
    const more = members.length > cells.length && cells.length > 0 ? ", …" : "";
    lines.push(
      `  ${members[0].severity} ${code} ×${members.length}${cells.length ? ` (${cells.join(", ")}${more})` : ""}: ${members[0].message}`
    );
  }
  return lines;
}
