/**
 * `netwerkmeter feedback INPUT --network-column COLUMN [--codebook …] [--group-by COLUMN]
 * [--compare OLD] [--min-cell N] [--lang nl|en] --out-dir DIR`: one feedback workbook per network
 * (src/analysis/networkFeedback.ts, src/report/feedback.ts), written with the report writer
 * (src/xlsx/writeReport.ts) into DIR, one file per network named after it.
 */
import { mkdir, realpath } from "node:fs/promises";
import { basename, join, resolve, sep } from "node:path";
import type { Language } from "../analysis/language";
import { createFormat } from "../analysis/numberFormat";
import { buildFeedback, FeedbackError, type FeedbackRun } from "../app/feedback";
import { WorkbookError } from "../workbook/port";
import { writeReportWorkbook } from "../xlsx/writeReport";
import { problemSummary } from "./analyzeCommand";
import { assertOutputsSafe } from "./outputPaths";
import type { CliIO } from "./io";
import { chooseCliCodebook, CliError, pickDataSheet, readGrids } from "./loadInput";
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
  const nl = language === "nl";

  // The output folder may not hold an input: a feedback file named like an input would replace it.
  const outDir = await realOrResolved(options.outDir);
  const inputs = [input, options.codebook, options.compare].filter(
    (path): path is string => path !== undefined && !/^preset:/i.test(path)
  );
  for (const path of inputs) {
    const real = await realOrResolved(path);
    if (real === outDir || real.startsWith(`${outDir}${sep}`)) {
      throw new CliError(
        nl
          ? `--out-dir ${options.outDir} bevat het invoerbestand ${path}; kies een aparte map, zodat geen invoer overschreven kan worden.`
          : `--out-dir ${options.outDir} contains the input file ${path}; choose a separate folder, so no input can be overwritten.`,
        2
      );
    }
  }

  const grids = await readGrids(input, language);
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
        networkColumn: options.networkColumn,
        groupBy: options.groupBy,
        minCell: options.minCell,
        language,
      },
      earlier
    );
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    // A FeedbackError is about the input (or the file it names); others name their file already.
    const where = error instanceof FeedbackError ? `${error.file ?? basename(input)}: ` : "";
    io.stderr(`netwerkmeter: ${where}${error.message}\n`);
    return 1;
  }
  const { reports } = run;

  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new CliError(
      nl
        ? `${options.outDir}: kan de map niet maken (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`
        : `${options.outDir}: cannot create the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`
    );
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
    const bytes = await writeReportWorkbook(reports[index].report, { language });
    await writeOutput(outputs[index].path, bytes, language);
  }

  const counted = createFormat(language);
  io.stdout(
    nl
      ? `${counted.count(reports.length, "terugkoppeling", "terugkoppelingen")} geschreven in ${options.outDir} (één werkmap per netwerk; groepen kleiner dan ${options.minCell} netwerken niet getoond).\n`
      : `${counted.count(reports.length, "feedback workbook", "feedback workbooks")} written to ${options.outDir} (one per network; groups smaller than ${options.minCell} networks not shown).\n`
  );
  const problems = problemSummary(run.issues, language);
  if (problems.length > 0) {
    // The feedback workbooks have no problem sheet: say so instead of pointing at one.
    problems[0] = nl
      ? `${counted.count(problems.length - 1, "soort", "soorten")} problemen in de invoer (ongeldige cellen tellen als ontbrekend):`
      : `${counted.count(problems.length - 1, "kind", "kinds")} of problems in the input (invalid cells count as missing):`;
    io.stderr(`${problems.join("\n")}\n`);
  }
  return 0;
}
