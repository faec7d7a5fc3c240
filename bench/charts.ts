/**
 * Benchmark section "charts100k" (registered in bench/run.ts EXTRA_SECTIONS): the extra time that
 * native charts add to the command line's report file at 100,000 respondents. Target: under 10 %
 * of the whole run (read, parse, ingest, analyse, build the report, write the .xlsx with charts).
 *
 * In a fresh child process (`node lib/bench/charts.js <file.csv>`): the pipeline of
 * `netwerkmeter analyze --out` on the seeded CSV, then the report written twice without charts
 * and twice with charts (alternating, the faster of each pair counts, so a warm-up or a pause of
 * the machine does not decide), and the chart step alone (chart values from the cells, parts added
 * to the package without recompressing the other parts: src/xlsx/charts/). `share` is the chart
 * step over the whole run: the difference of the two ~30 s writes is reported too, but on a busy
 * machine it is mostly noise (seen: −2 s to +6 s for the same work).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import { analyze } from "../src/analysis/analyze";
import { buildReport } from "../src/report/buildReport";
import { ingest } from "../src/analysis/ingest";
import { demosCoordinatorenCodebook } from "../src/presets/demosCoordinatoren";
import { readCsv } from "../src/xlsx/readCsv";
import * as ExcelJS from "exceljs";
import { planPublish } from "../src/workbook/publish";
import { addChartsToPackage } from "../src/xlsx/charts/addCharts";
import { chartsFromWorkbook } from "../src/xlsx/charts/writeWithCharts";
import { writePlanSheets } from "../src/xlsx/exceljsPort";
import { writeReportWorkbook } from "../src/xlsx/writeReport";
import { generateResponses, rowsToCsv } from "../scripts/exampleData";
import type { BenchContext, BenchSection, Check } from "./run";

export const CHARTS_RESPONDENTS = 100_000;
/** Extra time of the charts as a share of the whole run. */
export const CHARTS_MAX_SHARE = 0.1;
const SEED = 104;

export interface ChartsTiming {
  respondents: number;
  /** read + parse + ingest + analyse + build the report. */
  pipelineMs: number;
  writeWithoutChartsMs: number;
  writeWithChartsMs: number;
  /** writeWithChartsMs − writeWithoutChartsMs (noisy: two runs of ~30 s each). */
  extraMs: number;
  /** The chart step alone: chart values from the cells + adding the parts to the package. */
  chartStepMs: number;
  /** The whole run with charts. */
  totalMs: number;
  /** chartStepMs / totalMs. */
  share: number;
  charts: number;
  fileMiB: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export async function timeCharts(file: string): Promise<ChartsTiming> {
  const t0 = performance.now();
  const bytes = fs.readFileSync(file);
  const grid = readCsv(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    path.basename(file)
  );
  const result = analyze(ingest(grid, demosCoordinatorenCodebook()), {
    groupBy: ["GROOTTE_KLASSE"],
  });
  const report = buildReport(result, { language: "nl" });
  const pipelineMs = performance.now() - t0;
  const write = async (charts: boolean) => {
    const started = performance.now();
    const written = await writeReportWorkbook(report, { language: "nl", charts });
    return { ms: performance.now() - started, bytes: written.byteLength };
  };
  const without = [await write(false)];
  const withCharts = [await write(true)];
  without.push(await write(false));
  withCharts.push(await write(true));
  // The chart step alone (what writeReportWorkbook adds after ExcelJS has written the package):
  // reading the chart values from the cells, and adding the parts.
  const plan = planPublish(
    report,
    { sheets: [], names: [], metadata: { metadata: null } },
    { language: "nl", protectedSheets: [] }
  );
  const workbook = new ExcelJS.Workbook();
  writePlanSheets(workbook, plan, "nl");
  const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const chartStarted = performance.now();
  addChartsToPackage(
    written,
    chartsFromWorkbook(
      workbook,
      plan.sheets.flatMap((sheet) => sheet.charts)
    )
  );
  const chartStepMs = performance.now() - chartStarted;
  const writeWithoutChartsMs = Math.min(...without.map((entry) => entry.ms));
  const writeWithChartsMs = Math.min(...withCharts.map((entry) => entry.ms));
  const extraMs = writeWithChartsMs - writeWithoutChartsMs;
  const totalMs = pipelineMs + writeWithChartsMs;
  return {
    respondents: result.source.respondents,
    pipelineMs: round1(pipelineMs),
    writeWithoutChartsMs: round1(writeWithoutChartsMs),
    writeWithChartsMs: round1(writeWithChartsMs),
    extraMs: round1(extraMs),
    chartStepMs: round1(chartStepMs),
    totalMs: round1(totalMs),
    share: Math.round((chartStepMs / totalMs) * 10000) / 10000,
    charts: report.sheets.reduce((sum, sheet) => sum + sheet.charts.length, 0),
    fileMiB: round1(withCharts[0].bytes / (1024 * 1024)),
  };
}

export const chartsSection: BenchSection = {
  id: "charts100k",
  title: `writing charts into the report at ${CHARTS_RESPONDENTS.toLocaleString("en")} respondents`,
  run(context: BenchContext) {
    const file = path.join(context.tempDir, `charts-${CHARTS_RESPONDENTS}.csv`);
    const rows = generateResponses({
      respondents: CHARTS_RESPONDENTS,
      seed: SEED,
      labelShare: 0,
      dontKnowShare: 0,
      badCells: false,
    });
    fs.writeFileSync(file, rowsToCsv(rows, ";"), "utf8");
    const timings: ChartsTiming[] = [];
    for (let run = 0; run < context.runs; run += 1) {
      process.stderr.write(`bench: charts, run ${run + 1}/${context.runs}…\n`);
      const child = spawnSync(process.execPath, [path.join(__dirname, "charts.js"), file], {
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
      });
      if (child.status !== 0)
        throw new Error(`charts bench failed (exit ${child.status}): ${child.stderr}`);
      timings.push(JSON.parse(child.stdout) as ChartsTiming);
    }
    const sorted = [...timings].sort((a, b) => a.share - b.share);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    const check: Check = {
      limit: CHARTS_MAX_SHARE,
      actual: median.share,
      ok: median.share <= CHARTS_MAX_SHARE,
    };
    return {
      data: { ...median, runs: timings.length },
      targets: { charts_100k_extra_share_max: CHARTS_MAX_SHARE },
      checks: { charts_100k_extra_share_max: check },
    };
  },
};

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: node lib/bench/charts.js <file.csv>\n");
    process.exitCode = 2;
  } else {
    timeCharts(file).then(
      (timing) => process.stdout.write(`${JSON.stringify(timing)}\n`),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
        process.exitCode = 1;
      }
    );
  }
}
