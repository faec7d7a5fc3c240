/**
 * `netwerkmeter feedback INPUT --network-column COLUMN [--codebook …] [--group-by COLUMN]
 * [--compare OLD] [--min-cell N] [--lang nl|en] --out-dir DIR`: one feedback workbook per network
 * (src/analysis/networkFeedback.ts, src/report/feedback.ts), written with the report writer
 * (src/xlsx/writeReport.ts) into DIR, one file per network named after it.
 */
import { mkdir, realpath } from "node:fs/promises";
import { basename, join, resolve, sep } from "node:path";
import { analyze } from "../analysis/analyze";
import { ingest } from "../analysis/ingest";
import type { Language } from "../analysis/language";
import { buildNetworkFeedback } from "../analysis/networkFeedback";
import { feedbackReport } from "../report/feedback";
import { writeReportWorkbook } from "../xlsx/writeReport";
import { problemSummary } from "./analyzeCommand";
import { assertOutputsSafe } from "./outputPaths";
import type { CliMessage } from "./cliMessages";
import { cliMessage } from "./cliMessages";
import type { CliIO } from "./io";
import { chooseCliCodebook, CliError, pickDataSheet, readGrids } from "./loadInput";
import { uniqueFileNames } from "./safeFileName";
import { writeOutput } from "./writeOutput";

export interface FeedbackCommandOptions {
  networkColumn: string;
  outDir: string;
  sheet?: string;
  codebook?: string;
  groupBy?: string;
  compare?: string;
  compareLabel?: string;
  minCell: number;
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

/** Runs the feedback command; returns the exit code. */
export async function runFeedback(
  input: string,
  options: FeedbackCommandOptions,
  io: CliIO
): Promise<number> {
  const language = options.lang;
  const say = (message: CliMessage) => cliMessage(language, message);

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
  const dataGrid = pickDataSheet(grids, options.sheet, language);
  const loaded = await chooseCliCodebook(options.codebook, grids, dataGrid.file, language);
  const dataset = ingest(dataGrid, loaded.codebook, { language });
  dataset.issues.unshift(...loaded.issues);
  if (dataset.respondentIds.length === 0 || dataset.items.length === 0) {
    io.stderr(
      `netwerkmeter: ${dataset.source.file ?? input}: ${say({ code: "FEEDBACK_NO_RESPONDENTS" })}\n`
    );
    return 1;
  }
  const result = analyze(dataset, { minCell: options.minCell, language });

  let previous;
  if (options.compare !== undefined) {
    const previousGrids = await readGrids(options.compare, language);
    previous = ingest(pickDataSheet(previousGrids, undefined, language), loaded.codebook, {
      language,
    });
  }
  const { networks, issues } = buildNetworkFeedback(dataset, result, {
    networkColumn: options.networkColumn,
    groupBy: options.groupBy,
    minCell: options.minCell,
    previous,
    language,
  });
  const fatal = issues.find((issue) => issue.severity === "error");
  if (fatal) {
    io.stderr(`netwerkmeter: ${fatal.file ?? input}: ${fatal.message}\n`);
    return 1;
  }
  if (networks.length === 0) {
    io.stderr(
      `netwerkmeter: ${basename(input)}: ${say({ code: "FEEDBACK_NO_NAMES", column: options.networkColumn })}\n`
    );
    return 1;
  }

  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(say({ code: "OUT_DIR_NOT_MADE", outDir: options.outDir, reason }));
  }
  const referenceSource = loaded.codebook.items.find((item) => item.reference)?.reference?.source;
  const previousLabel =
    options.compareLabel ?? (options.compare !== undefined ? basename(options.compare) : undefined);
  const fileNames = uniqueFileNames(
    networks.map((network) => network.network),
    "xlsx"
  );
  const outputs = fileNames.map((name) => ({ option: "--out-dir", path: join(outDir, name) }));
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
  for (let index = 0; index < networks.length; index += 1) {
    const report = feedbackReport(networks[index], {
      minCell: options.minCell,
      referenceSource,
      previousLabel,
      language,
    });
    const bytes = await writeReportWorkbook(report, { language });
    await writeOutput(outputs[index].path, bytes, language);
  }

  const written = say({
    code: "FEEDBACK_WRITTEN",
    workbooks: networks.length,
    outDir: options.outDir,
    minCell: options.minCell,
  });
  io.stdout(`${written}\n`);
  const problems = problemSummary(
    [...result.issues, ...(previous?.issues ?? []), ...issues],
    language
  );
  if (problems.length > 0) {
    // The feedback workbooks have no problem sheet: say so instead of pointing at one.
    problems[0] = say({ code: "FEEDBACK_PROBLEMS", kinds: problems.length - 1 });
    io.stderr(`${problems.join("\n")}\n`);
  }
  return 0;
}
