/**
 * Benchmark (`npm run bench` = node lib/bench/run.js, after `npx tsc -p tsconfig.cli.json`).
 *
 * End to end: for 1,000 / 10,000 / 100,000 respondents × the 45 items of the Dēmos preset
 * (9 scales = constructs with at least two items), seeded answers (scripts/exampleData.ts) are
 * written as a Belgian-Excel CSV file (`;`, codes only, ~2 % blanks) to a temporary folder. Each
 * size then runs in a fresh child process (bench/pipeline.ts), so timings include a cold start of
 * the engine and the peak memory is that size's own: read the file, parse it (readCsv), ingest it
 * with the preset, analyse with groupBy ["GROOTTE_KLASSE"], JSON.stringify the result.
 *
 * Prints ONE JSON document on stdout (progress goes to stderr):
 * { machine, results, targets, checks, linearity, sections }.
 * `linearity` is the time per respondent at 100k divided by that at 10k (1 = linear; below 1 the
 * fixed start-up cost still weighs at 10k), from the fastest run of each size, which other work
 * on the machine disturbs least.
 * Further benchmarks (consolidating 300 templates, bundle size, …) are added as BenchSection
 * entries in EXTRA_SECTIONS: their data lands under `sections.<id>`, their targets and checks
 * join the top-level ones.
 *
 * Options: --sizes 1000,10000,100000   --runs 3 (child runs per size; the run with the median
 * total is reported)   --keep (keep the CSV files)   --check (exit code 1 when a target is missed)
 * --only ID (only that section, e.g. `--only input`; no CSV end-to-end sizes)
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { DEMOS_ITEMS } from "../src/presets/demosCoordinatoren";
import { generateResponses, rowsToCsv } from "../scripts/exampleData";
import { bundleSection } from "./bundle";
import { chartsSection } from "./charts";
import { consolidateSection } from "./consolidate";
import { excelSyncsSection } from "./excelSyncs";
import { indicatorsSection } from "./indicators";
import { inputSection } from "./xlsxInput";
import type { PipelineTiming } from "./pipeline";

const DEFAULT_SIZES = [1000, 10000, 100000];
const DEFAULT_RUNS = 3;
const SEED = 104;

/** Targets: name → limit. */
export const TARGETS = { "100k_total_ms_max": 3000 } as const;

export interface Check {
  limit: number;
  actual: number | null;
  /** null when not measured (e.g. --sizes without 100000). */
  ok: boolean | null;
}

export interface BenchContext {
  tempDir: string;
  runs: number;
}

/** A further benchmark section: its data goes under `sections[id]`. */
export interface BenchSection {
  id: string;
  title: string;
  run(context: BenchContext): {
    data: unknown;
    targets?: Record<string, number>;
    checks?: Record<string, Check>;
  };
}

/** Register further sections here (template consolidation, bundle size, …). */
const EXTRA_SECTIONS: BenchSection[] = [
  inputSection,
  consolidateSection,
  excelSyncsSection,
  chartsSection,
  bundleSection,
  indicatorsSection,
];

export interface EndToEndResult {
  respondents: number;
  items: number;
  scales: number;
  readMs: number;
  parseMs: number;
  ingestMs: number;
  analyzeMs: number;
  serializeMs: number;
  totalMs: number;
  /** CPU time of the child process (user + system, start-up included). */
  cpuMs: number;
  peakRssMiB: number;
  heapUsedMiB: number;
  fileMiB: number;
  jsonMiB: number;
  /** Child runs made; the one with the median total is reported. */
  runs: number;
  /** Fastest and slowest total over the runs. */
  totalMsRange: [number, number];
  /** Generating the answers and writing the CSV (not part of the timing). */
  generateMs: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function parseArgs(argv: string[]): {
  sizes: number[];
  runs: number;
  keep: boolean;
  check: boolean;
  only: string | null;
} {
  const options = {
    sizes: DEFAULT_SIZES,
    runs: DEFAULT_RUNS,
    keep: false,
    check: false,
    only: null as string | null,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === "--sizes")
      options.sizes = argv[++index].split(",").map((text) => Number(text.replace(/[_.]/g, "")));
    else if (arg === "--runs") options.runs = Number(argv[++index]);
    else if (arg === "--keep") options.keep = true;
    else if (arg === "--check") options.check = true;
    else if (arg === "--only") options.only = argv[++index];
    else throw new Error(`unknown option ${arg}`);
  }
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error("--sizes needs positive integers, e.g. 1000,10000");
  if (!Number.isInteger(options.runs) || options.runs < 1)
    throw new Error("--runs needs a positive integer");
  return options;
}

function runChild(file: string): PipelineTiming {
  const child = spawnSync(process.execPath, [path.join(__dirname, "pipeline.js"), file], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0)
    throw new Error(
      `pipeline failed for ${file} (exit ${child.status}): ${child.stderr || child.error?.message}`
    );
  return JSON.parse(child.stdout) as PipelineTiming;
}

function runEndToEnd(context: BenchContext, sizes: number[]): EndToEndResult[] {
  return sizes.map((respondents) => {
    const started = performance.now();
    const rows = generateResponses({
      respondents,
      seed: SEED,
      labelShare: 0,
      dontKnowShare: 0,
      badCells: false,
    });
    const file = path.join(context.tempDir, `antwoorden-${respondents}.csv`);
    fs.writeFileSync(file, rowsToCsv(rows, ";"), "utf8");
    const generateMs = performance.now() - started;
    const timings: PipelineTiming[] = [];
    for (let run = 0; run < context.runs; run += 1) {
      process.stderr.write(`bench: ${respondents} respondents, run ${run + 1}/${context.runs}…\n`);
      timings.push(runChild(file));
    }
    const sorted = [...timings].sort((a, b) => a.totalMs - b.totalMs);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    if (median.respondents !== respondents)
      throw new Error(`pipeline read ${median.respondents} respondents, expected ${respondents}`);
    if (median.errors > 0)
      throw new Error(`pipeline reported ${median.errors} errors for generated data`);
    return {
      respondents,
      items: median.items,
      scales: median.scales,
      readMs: round1(median.readMs),
      parseMs: round1(median.parseMs),
      ingestMs: round1(median.ingestMs),
      analyzeMs: round1(median.analyzeMs),
      serializeMs: round1(median.serializeMs),
      totalMs: round1(median.totalMs),
      cpuMs: round1(median.cpuMs),
      peakRssMiB: round1(median.peakRssMiB),
      heapUsedMiB: round1(median.heapUsedMiB),
      fileMiB: round1(median.fileMiB),
      jsonMiB: round1(median.jsonMiB),
      runs: timings.length,
      totalMsRange: [round1(sorted[0].totalMs), round1(sorted[sorted.length - 1].totalMs)],
      generateMs: round1(generateMs),
    };
  });
}

/** The machine; the load averages (start and end of the bench) tell whether other work competed for the CPUs. */
function machine(loadAtStart: number[]) {
  const cpus = os.cpus();
  const load = (values: number[]) => values.map((value) => Math.round(value * 100) / 100);
  return {
    cpus: cpus.length,
    model: cpus[0]?.model.trim() ?? "unknown",
    totalMemGiB: round1(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage: { start: load(loadAtStart), end: load(os.loadavg()) },
  };
}

function main(argv: string[]): void {
  const options = parseArgs(argv);
  const loadAtStart = os.loadavg();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-bench-"));
  const context: BenchContext = { tempDir, runs: options.runs };
  try {
    const results = options.only === null ? runEndToEnd(context, options.sizes) : [];
    const at = (size: number) => results.find((result) => result.respondents === size);
    const at10k = at(10000);
    const at100k = at(100000);
    const linearity =
      at10k && at100k
        ? Math.round((at100k.totalMsRange[0] / 100000 / (at10k.totalMsRange[0] / 10000)) * 100) /
          100
        : null;

    const targets: Record<string, number> = { ...TARGETS };
    const checks: Record<string, Check> = {
      "100k_total_ms_max": {
        limit: TARGETS["100k_total_ms_max"],
        actual: at100k?.totalMs ?? null,
        ok: at100k ? at100k.totalMs <= TARGETS["100k_total_ms_max"] : null,
      },
    };
    const sections: Record<string, unknown> = {};
    for (const section of EXTRA_SECTIONS) {
      if (options.only !== null && section.id !== options.only) continue;
      process.stderr.write(`bench: ${section.title}…\n`);
      const output = section.run(context);
      sections[section.id] = output.data;
      Object.assign(targets, output.targets ?? {});
      Object.assign(checks, output.checks ?? {});
    }

    const report = {
      machine: machine(loadAtStart),
      workload: {
        items: DEMOS_ITEMS.length,
        preset: "demos-coordinatoren",
        groupBy: ["GROOTTE_KLASSE"],
        csv: "; separated, codes only, ~2% blank cells, CRLF, UTF-8",
        seed: SEED,
        stages:
          "read file → readCsv → ingest → analyze → JSON.stringify, in a fresh child process per size",
      },
      results,
      targets,
      checks,
      linearity,
      sections,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (options.check && Object.values(checks).some((check) => check.ok === false))
      process.exitCode = 1;
  } finally {
    if (!options.keep) fs.rmSync(tempDir, { recursive: true, force: true });
    else process.stderr.write(`bench: CSV files kept in ${tempDir}\n`);
  }
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
