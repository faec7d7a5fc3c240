/**
 * `netwerkmeter feedback INPUT --network-column COLUMN [--codebook …] [--group-by COLUMN]
 * [--compare OLD] [--min-cell N] [--lang nl|en] --out-dir DIR`: one feedback workbook per network
 * (src/analysis/networkFeedback.ts, src/report/feedback.ts), written with the report writer
 * (src/xlsx/writeReport.ts) into DIR, one file per network named after it.
 */
import { mkdir, realpath } from "node:fs/promises";
import { basename, join, resolve, sep } from "node:path";
import type { Language } from "../analysis/language";
import type { Grid } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import {
  buildFeedback,
  FeedbackError,
  type FeedbackRun,
  type NetworkReport,
} from "../app/feedback";
import { buildIndicatorFeedback } from "../app/indicatorFeedback";
import { findSheet, SHEETS } from "../indicators/columns";
import { isKaderError } from "../indicators/kaderError";
import { WorkbookError } from "../workbook/port";
import { problemSummary } from "./analyzeCommand";
import { assertOutputsSafe } from "./outputPaths";
import type { CliMessage } from "./cliMessages";
import { cliMessage } from "./cliMessages";
import type { CliIO } from "./io";
import { periodOptions } from "./indicatorsCommand";
import { chooseCliCodebook, CliError, pickDataSheet, readGrids } from "./loadInput";
import { writeOutput } from "./writeOutput";
import { reportWorkbookBytes } from "./reportWorkbook";

export interface FeedbackCommandOptions {
  /** Required for survey answers; not used for an indicator framework. */
  networkColumn?: string;
  outDir: string;
  sheet?: string;
  codebook?: string;
  groupBy?: string;
  compare?: string;
  compareLabel?: string;
  minCell: number;
  /** Indicator framework only: the period reported on and the period type. */
  period?: string;
  per?: string;
  lang: Language;
}

/** The real path of a file, or its absolute path when it does not exist (yet). */
async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** The survey form: answers → one FeedbackRun, or the exit code of an input that cannot be used. */
async function surveyFeedback(
  input: string,
  grids: Grid[],
  options: FeedbackCommandOptions,
  io: CliIO
): Promise<FeedbackRun | number> {
  const language = options.lang;
  const say = (message: CliMessage) => cliMessage(language, message);
  const networkColumn = options.networkColumn;
  if (networkColumn === undefined)
    throw new CliError(say({ code: "FEEDBACK_NO_NETWORK_COLUMN" }), 2);
  const dataGrid = pickDataSheet(grids, options.sheet, language);
  const loaded = await chooseCliCodebook(options.codebook, grids, dataGrid.file, language);
  let run: FeedbackRun;
  try {
    const earlier =
      options.compare !== undefined
        ? {
            grids: await readGrids(options.compare, language),
            file: basename(options.compare),
            label: options.compareLabel,
          }
        : null;
    run = buildFeedback(
      dataGrid,
      loaded.codebook,
      loaded.issues,
      {
        networkColumn,
        groupBy: options.groupBy,
        minCell: options.minCell,
        language,
      },
      earlier
    );
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    // A FeedbackError is about the input (or the file it names); others name their file already.
    if (!(error instanceof FeedbackError)) {
      io.stderr(`netwerkmeter: ${error.message}\n`);
      return 1;
    }
    const message =
      error.code === "FEEDBACK_NO_RESPONDENTS"
        ? say({ code: "FEEDBACK_NO_RESPONDENTS" })
        : error.message;
    io.stderr(`netwerkmeter: ${error.file ?? basename(input)}: ${message}\n`);
    return 1;
  }
  return run;
}

/** Runs the feedback command; returns the exit code. */
export async function runFeedback(
  input: string,
  options: FeedbackCommandOptions,
  io: CliIO
): Promise<number> {
  const language = options.lang;
  const say = (message: CliMessage) => cliMessage(language, message);
  // As analyze: a label without the wave it names is a mistake, not something to ignore.
  if (options.compare === undefined && options.compareLabel !== undefined)
    throw new CliError(
      language === "nl"
        ? "--compare-label hoort bij --compare (de vorige bevraging)."
        : "--compare-label belongs with --compare (the previous wave).",
      2
    );

  // The output folder may not hold an input: a feedback file named like an input would replace it.
  const outDir = await realOrResolved(options.outDir);
  const inputs = [input, options.codebook, options.compare].filter(
    (path): path is string => path !== undefined && !/^preset:/i.test(path)
  );
  for (const path of inputs) {
    const real = await realOrResolved(path);
    if (real === outDir || real.startsWith(`${outDir}${sep}`)) {
      throw new CliError(
        say({ code: "OUT_DIR_HOLDS_INPUT", outDir: options.outDir, input: path }),
        2
      );
    }
  }

  const grids = await readGrids(input, language);
  let run: { reports: NetworkReport[]; issues: Issue[] };
  const indicators = findSheet(grids, SHEETS.indicators) !== undefined;
  if (indicators) {
    // An indicator framework: one profile per unit (src/app/indicatorFeedback.ts).
    const { period, per } = periodOptions(options, language);
    try {
      run = buildIndicatorFeedback(grids, { ...options, period, per, language });
    } catch (error) {
      if (!isKaderError(error)) throw error;
      io.stderr(`netwerkmeter: ${error.message}\n`);
      return 1;
    }
  } else {
    const surveyRun = await surveyFeedback(input, grids, options, io);
    if (typeof surveyRun === "number") return surveyRun;
    run = surveyRun;
  }
  const { reports } = run;

  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(say({ code: "OUT_DIR_NOT_MADE", outDir: options.outDir, reason }));
  }
  const outputs = reports.map((entry) => ({
    option: "--out-dir",
    path: join(outDir, entry.fileName),
  }));
  assertOutputsSafe(
    [
      { path: input },
      ...inputs.slice(1).map((path) => ({
        option: path === options.compare ? "--compare" : "--codebook",
        path,
      })),
    ],
    outputs,
    language
  );
  for (let index = 0; index < reports.length; index += 1) {
    const bytes = await reportWorkbookBytes(reports[index].report, language);
    await writeOutput(outputs[index].path, bytes, language);
  }

  const written = say({
    code: "FEEDBACK_WRITTEN",
    workbooks: reports.length,
    outDir: options.outDir,
    minCell: options.minCell,
    units: indicators,
  });
  io.stdout(`${written}\n`);
  const problems = problemSummary(run.issues, language);
  if (problems.length > 0) {
    // The feedback workbooks have no problem sheet: say so instead of pointing at one.
    problems[0] = say({ code: "FEEDBACK_PROBLEMS", kinds: problems.length - 1 });
    io.stderr(`${problems.join("\n")}\n`);
  }
  return 0;
}
