/**
 * Benchmark section "indicators600k" (registered in bench/run.ts EXTRA_SECTIONS): an indicator
 * framework of 1,000 units × 50 indicators × 12 monthly periods = 600,000 measurement rows
 * (scripts/monitoringData.ts largeKader: every indicator type, teller/noemer for percentages and
 * ratios, n for means), written as .xlsx with ExcelJS's streaming writer (not timed). Each run, in a
 * fresh child process (so the peak memory is that run's own): read the file (src/xlsx/readXlsx.ts,
 * the streaming reader), read the framework (readKader), run the rules (computeIndicators,
 * group by regio), JSON.stringify the `indicators` report — the work of
 * `netwerkmeter indicators kader.xlsx --group-by regio --json out.json`. The report workbook
 * (buildIndicatorsReport + writeReportWorkbook) is timed apart (reportMs).
 * Targets: under 10 s end to end and under 1 GiB peak memory.
 *
 * Usage: node lib/bench/indicators.js generate <file> [units indicators periods]
 *        node lib/bench/indicators.js run <file>     (prints one JSON object: IndicatorsTiming)
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import * as ExcelJS from "exceljs";
import { computeIndicators } from "../src/indicators/computeIndicators";
import { readKader } from "../src/indicators/readKader";
import { buildIndicatorsReport } from "../src/report/indicatorsReport";
import { readXlsx } from "../src/xlsx/readXlsx";
import { writeReportWorkbook } from "../src/xlsx/writeReport";
import { largeKader } from "../scripts/monitoringData";
import type { BenchContext, BenchSection, Check } from "./run";
import { netwerkmeter } from "./xlsxInput";

export const SIZE = { units: 1000, indicators: 50, periods: 12 };
export const TARGET_MS = 10_000;
export const TARGET_RSS_MIB = 1024;
const SEED = 600;
const MIB = 1024 * 1024;

export interface IndicatorsTiming {
  rows: number;
  issues: number;
  readMs: number;
  kaderMs: number;
  computeMs: number;
  serializeMs: number;
  totalMs: number;
  reportMs: number;
  inputMiB: number;
  cpuMs: number;
  peakRssMiB: number;
  /** Peak before the report workbook was built (the JSON path only). */
  peakRssJsonMiB: number;
  /** CPU time (user + system) per step: on a loaded machine the honest measure of the work. */
  readCpuMs: number;
  engineCpuMs: number;
  reportCpuMs: number;
}

/** Writes the framework as .xlsx with the streaming writer. */
export async function generateKader(file: string, size = SIZE): Promise<void> {
  const sheets = largeKader({ ...size, seed: SEED });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
  });
  for (const [name, rows] of [
    ["Indicatoren", sheets.indicators],
    ["Metingen", sheets.measurements],
    ["Eenheden", sheets.units],
    ["Doelen", sheets.targets],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row as ExcelJS.CellValue[]).commit();
    sheet.commit();
  }
  await workbook.commit();
}

/** One timed run. */
export async function runIndicatorsBench(file: string): Promise<IndicatorsTiming> {
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const c0 = cpu();
  const t0 = performance.now();
  const bytes = new Uint8Array(await fs.promises.readFile(file));
  const grids = await readXlsx(bytes, path.basename(file), "nl");
  const t1 = performance.now();
  const c1 = cpu();
  const kader = readKader(grids, { language: "nl" });
  const t2 = performance.now();
  const run = computeIndicators(kader, { groupBy: ["regio"], minCell: 5, language: "nl" });
  const t3 = performance.now();
  const json = JSON.stringify({ indicators: run.indicators, issues: run.issues });
  const t4 = performance.now();
  const c4 = cpu();
  const jsonPeak = process.resourceUsage().maxRSS / 1024;
  const report = buildIndicatorsReport(run, { file: "bench.xlsx", language: "nl", minCell: 5 });
  await writeReportWorkbook(report, { language: "nl" });
  const t5 = performance.now();
  const usage = process.resourceUsage();
  return {
    rows: kader.measurements.length,
    issues: run.issues.length + (json.length > 0 ? 0 : 1),
    readMs: t1 - t0,
    kaderMs: t2 - t1,
    computeMs: t3 - t2,
    serializeMs: t4 - t3,
    totalMs: t4 - t0,
    reportMs: t5 - t4,
    inputMiB: bytes.byteLength / MIB,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    peakRssMiB: usage.maxRSS / 1024,
    peakRssJsonMiB: jsonPeak,
    readCpuMs: c1 - c0,
    engineCpuMs: c4 - c1,
    reportCpuMs: cpu() - c4,
  };
}

function child(args: string[]): string {
  const result = spawnSync(process.execPath, ["--max-old-space-size=4096", __filename, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(
      `bench/indicators ${args[0]} failed (exit ${result.status}): ${result.stderr || result.error?.message}`
    );
  return result.stdout;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The section for bench/run.ts. */
export const indicatorsSection: BenchSection = {
  id: "indicators600k",
  title: `indicators: ${SIZE.units} units × ${SIZE.indicators} indicators × ${SIZE.periods} periods from .xlsx`,
  run(context: BenchContext) {
    const file = path.join(context.tempDir, "kader-600k.xlsx");
    const started = performance.now();
    child(["generate", file]);
    const generateMs = performance.now() - started;
    const timings: IndicatorsTiming[] = [];
    for (let run = 0; run < context.runs; run += 1) {
      process.stderr.write(`bench: indicators 600k, run ${run + 1}/${context.runs}…\n`);
      timings.push(JSON.parse(child(["run", file])) as IndicatorsTiming);
    }
    const sorted = [...timings].sort((a, b) => a.totalMs - b.totalMs);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    const expectedRows = SIZE.units * SIZE.indicators * SIZE.periods;
    if (median.rows !== expectedRows)
      throw new Error(`read ${median.rows} of ${expectedRows} measurement rows`);
    // The command line as a user runs it, report workbook included, whole process, Node's default
    // flags: the target of the issue ("under 10 s end to end and under 1 GiB peak"). V8 sizes its
    // heap from the machine's memory (24 GiB here) and collects lazily, so the default peak holds
    // garbage; the same run in a heap capped at 1 GiB shows what it needs.
    const out = path.join(context.tempDir, "indicatoren-rapport.xlsx");
    const json = path.join(context.tempDir, "indicatoren.json");
    const cliArgs = ["indicators", file, "--group-by", "regio", "--out", out, "--json", json];
    const cliWithReport = netwerkmeter(context, cliArgs);
    const cliWithReportHeap1GiB = netwerkmeter(context, cliArgs, ["--max-old-space-size=1024"]);
    const checks: Record<string, Check> = {
      indicators600k_total_ms_max: {
        limit: TARGET_MS,
        actual: round1(median.totalMs),
        ok: median.totalMs <= TARGET_MS,
      },
      indicators600k_peak_rss_mib_max: {
        limit: TARGET_RSS_MIB,
        actual: round1(median.peakRssJsonMiB),
        ok: median.peakRssJsonMiB <= TARGET_RSS_MIB,
      },
      indicators600k_cli_report_ms_max: {
        limit: TARGET_MS,
        actual: cliWithReport.ms,
        ok: cliWithReport.exitCode === 0 && cliWithReport.ms <= TARGET_MS,
      },
      indicators600k_cli_report_rss_mib_max: {
        limit: TARGET_RSS_MIB,
        actual: cliWithReport.peakRssMiB,
        ok:
          cliWithReport.exitCode === 0 &&
          cliWithReport.peakRssMiB !== null &&
          cliWithReport.peakRssMiB <= TARGET_RSS_MIB,
      },
    };
    return {
      data: {
        workload: `${expectedRows} measurement rows (largeKader seed ${SEED}) as .xlsx, read with readXlsx (the streaming reader), readKader, computeIndicators --group-by regio, JSON; fresh child process per run`,
        reader:
          "src/xlsx/readXlsx.ts (the streaming reader, src/xlsx/xlsxReader.ts: shared strings and cells only)",
        ...Object.fromEntries(Object.entries(median).map(([key, value]) => [key, round1(value)])),
        runs: timings.length,
        totalMsRange: [round1(sorted[0].totalMs), round1(sorted[sorted.length - 1].totalMs)],
        generateMs: round1(generateMs),
        cliWithReport,
        cliWithReportHeap1GiB,
      },
      targets: {
        indicators600k_total_ms_max: TARGET_MS,
        indicators600k_peak_rss_mib_max: TARGET_RSS_MIB,
        indicators600k_cli_report_ms_max: TARGET_MS,
        indicators600k_cli_report_rss_mib_max: TARGET_RSS_MIB,
      },
      checks,
    };
  },
};

async function cli(argv: string[]): Promise<void> {
  const [mode, file, units, indicators, periods] = argv;
  if (mode === "generate" && file) {
    await generateKader(
      file,
      units
        ? { units: Number(units), indicators: Number(indicators), periods: Number(periods) }
        : SIZE
    );
  } else if (mode === "run" && file) {
    process.stdout.write(`${JSON.stringify(await runIndicatorsBench(file))}\n`);
  } else {
    process.stderr.write(
      "usage: node lib/bench/indicators.js generate <file> [units indicators periods] | run <file>\n"
    );
    process.exitCode = 2;
  }
}

if (require.main === module) {
  cli(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    process.exitCode = 1;
  });
}
