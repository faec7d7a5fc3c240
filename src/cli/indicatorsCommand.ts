/**
 * `netwerkmeter indicators <kader.xlsx>`: reads an indicator framework workbook
 * (docs/indicators.md), runs the rules and writes the JSON report (`indicators` plus tool, source,
 * options, issues) and/or the report workbook. Exit codes as `analyze`: 0 done (warnings allowed),
 * 1 the workbook cannot be used (one line naming file, sheet and cell), 2 wrong usage.
 */
import { basename } from "node:path";
import type { Language } from "../analysis/language";
import { createFormat } from "../analysis/numberFormat";
import { TOOL_VERSION } from "../analysis/version";
import {
  computeIndicators,
  type IndicatorOptions,
  type IndicatorRun,
} from "../indicators/computeIndicators";
import { isKaderError } from "../indicators/kaderError";
import type { Period, PeriodType } from "../indicators/period";
import { parsePeriodType, periodLabel } from "../indicators/period";
import { reportedPeriod } from "../indicators/reportedPeriod";
import { readKader } from "../indicators/readKader";
import type { OverviewRow } from "../indicators/result";
import { buildIndicatorsReport } from "../report/indicatorsReport";
import { statusWord } from "../report/indicatorTexts";
import { problemSummary } from "./analyzeCommand";
import type { CliIO } from "./io";
import { CliError, readGrids } from "./loadInput";
import { assertOutputsSafe, assertXlsxOutput } from "./outputPaths";
import { writeOutput } from "./writeOutput";
import { reportWorkbookBytes } from "./reportWorkbook";

export interface IndicatorsCommandOptions {
  period?: string;
  per?: string;
  groupBy: string[];
  minCell: number;
  lang: Language;
  out?: string;
  json?: string;
}

/** Reads the framework and runs the rules; nothing of the input is kept but the run. */
async function readAndCompute(
  input: string,
  language: Language,
  options: IndicatorOptions
): Promise<{ run: IndicatorRun; measurementCount: number }> {
  const kader = readKader(await readGrids(input, language), { language });
  return { run: computeIndicators(kader, options), measurementCount: kader.measurements.length };
}

/**
 * `--period` and `--per` parsed and checked against each other (shared by `indicators` and the
 * indicator form of `feedback`).
 *
 * @throws CliError (exit 2) for a period or type that cannot be read, or that do not match
 * @example periodOptions({ period: "2025-Q4" }, "nl") // { period: { type: "kwartaal", year: 2025, index: 4 }, per: undefined }
 */
export function periodOptions(
  options: { period?: string; per?: string },
  language: Language
): { period?: Period; per?: PeriodType } {
  const nl = language === "nl";
  let per: PeriodType | undefined;
  if (options.per !== undefined) {
    per = parsePeriodType(options.per) ?? undefined;
    if (!per)
      throw new CliError(
        nl
          ? `--per '${options.per}': kies jaar, halfjaar, kwartaal of maand.`
          : `--per '${options.per}': choose jaar, halfjaar, kwartaal or maand.`,
        2
      );
  }
  let period: Period | undefined;
  if (options.period !== undefined) {
    const asked = reportedPeriod(options.period, per);
    if (asked.kind === "unreadable")
      throw new CliError(
        nl
          ? `--period '${options.period}' is geen periode (bv. 2025, 2025-H2, 2025-Q4, 2025-12).`
          : `--period '${options.period}' is not a period (e.g. 2025, 2025-H2, 2025-Q4, 2025-12).`,
        2
      );
    if (asked.kind === "mismatch")
      throw new CliError(
        nl
          ? `--period ${periodLabel(asked.period)} past niet bij --per ${asked.per}.`
          : `--period ${periodLabel(asked.period)} does not match --per ${asked.per}.`,
        2
      );
    period = asked.period;
  }
  return { period, per };
}

/** Runs the indicators command; returns the exit code. */
export async function runIndicators(
  input: string,
  options: IndicatorsCommandOptions,
  io: CliIO
): Promise<number> {
  const language = options.lang;
  const { period, per } = periodOptions(options, language);
  if (options.out !== undefined) assertXlsxOutput({ option: "--out", path: options.out }, language);

  // As `analyze`: no output may be the input or another output (exit 2, nothing read or written).
  assertOutputsSafe(
    [{ path: input }],
    [
      ...(options.out !== undefined ? [{ option: "--out", path: options.out }] : []),
      ...(options.json !== undefined ? [{ option: "--json", path: options.json }] : []),
    ],
    language
  );
  let run;
  let measurementCount = 0;
  try {
    // The grids and the measurements (600,000 rows in the benchmark) live only inside this call,
    // so their memory is free again before the report is serialised or the workbook built.
    ({ run, measurementCount } = await readAndCompute(input, language, {
      period,
      per,
      groupBy: options.groupBy,
      minCell: options.minCell,
      language,
    }));
  } catch (error) {
    if (!isKaderError(error)) throw error;
    io.stderr(`netwerkmeter: ${error.message}\n`);
    return 1;
  }

  const file = basename(input);
  if (options.json !== undefined) {
    const report = {
      tool: { name: "netwerkmeter", version: TOOL_VERSION },
      source: { file, measurements: measurementCount, units: run.indicators.units },
      options: {
        period: options.period ?? null,
        per: run.granularity,
        groupBy: options.groupBy,
        minCell: options.minCell,
        lang: language,
      },
      indicators: run.indicators,
      issues: run.issues,
    };
    const json = `${JSON.stringify(report, null, 2)}\n`;
    if (options.json === "-") io.stdout(json);
    else await writeOutput(options.json, json, language);
  }
  if (options.out !== undefined) {
    const workbook = buildIndicatorsReport(run, {
      file,
      language,
      minCell: options.minCell,
      groupBy: options.groupBy,
    });
    await writeOutput(options.out, await reportWorkbookBytes(workbook, language), language);
  }
  const summary = summaryLines(
    run.indicators.overview,
    run.indicators.period,
    run.indicators.units,
    language
  );
  (options.json === "-" ? io.stderr : io.stdout)(`${summary.join("\n")}\n`);
  const problems = problemSummary(run.issues, language);
  if (problems.length > 0) io.stderr(`${problems.join("\n")}\n`);
  return 0;
}

/** The short stdout summary: one line per indicator (value, expected, progress, status). */
function summaryLines(
  rows: readonly OverviewRow[],
  period: string,
  units: number,
  language: Language
): string[] {
  const nl = language === "nl";
  const counted = createFormat(language);
  const format = (value: number | null) => counted.atMost(value, 1);
  const lines = [
    nl
      ? `Indicatoren ${period}: ${counted.count(rows.length, "indicator", "indicatoren")}, ${counted.count(units, "eenheid", "eenheden")}.`
      : `Indicators ${period}: ${counted.count(rows.length, "indicator", "indicators")}, ${counted.count(units, "unit", "units")}.`,
  ];
  for (const row of rows.slice(0, 30)) {
    const parts = [`  ${row.indicator}: ${format(row.value)}`];
    if (row.expected !== null)
      parts.push(nl ? `verwacht ${format(row.expected)}` : `expected ${format(row.expected)}`);
    if (row.progress !== null)
      parts.push(nl ? `voortgang ${format(row.progress)}%` : `progress ${format(row.progress)}%`);
    parts.push(`${statusWord(row.status, language)} (${row.unitsReporting}/${row.unitsExpected})`);
    lines.push(parts.join(", "));
  }
  if (rows.length > 30)
    lines.push(
      nl
        ? `  … en ${rows.length - 30} meer (zie het rapport).`
        : `  … and ${rows.length - 30} more (see the report).`
    );
  return lines;
}
