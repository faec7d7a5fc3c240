/**
 * One end-to-end run of the command line's pipeline on a CSV file, timed per stage; started by
 * bench/run.ts in a fresh child process per size, so peak memory belongs to that size alone.
 *
 * Usage: node lib/bench/pipeline.js <file.csv>
 * Prints one JSON object (PipelineTiming) on stdout.
 */
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import { analyze } from "../src/analysis/analyze";
import { ingest } from "../src/analysis/ingest";
import { demosCoordinatorenCodebook } from "../src/presets/demosCoordinatoren";
import { readCsv } from "../src/xlsx/readCsv";

export interface PipelineTiming {
  respondents: number;
  items: number;
  scales: number;
  errors: number;
  fileMiB: number;
  readMs: number;
  parseMs: number;
  ingestMs: number;
  analyzeMs: number;
  serializeMs: number;
  totalMs: number;
  /** Size of the JSON report. */
  jsonMiB: number;
  /**
   * CPU time (user + system, all threads incl. GC) of the whole child process, start-up included;
   * less disturbed than wall time when other work competes for the CPUs.
   */
  cpuMs: number;
  /** process.resourceUsage().maxRSS (KiB) in MiB. */
  peakRssMiB: number;
  /** V8 heap in use after serialising, with the grid, dataset, result and JSON still alive. */
  heapUsedMiB: number;
}

const MIB = 1024 * 1024;

export function runPipeline(file: string): PipelineTiming {
  const t0 = performance.now();
  const bytes = fs.readFileSync(file);
  const t1 = performance.now();
  const grid = readCsv(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    path.basename(file)
  );
  const t2 = performance.now();
  const dataset = ingest(grid, demosCoordinatorenCodebook());
  const t3 = performance.now();
  const result = analyze(dataset, { groupBy: ["GROOTTE_KLASSE"] });
  const t4 = performance.now();
  const json = JSON.stringify(result);
  const t5 = performance.now();
  const heapUsed = process.memoryUsage().heapUsed;
  const usage = process.resourceUsage();
  return {
    respondents: result.source.respondents,
    items: dataset.items.length,
    scales: result.scales.length,
    errors: result.issues.filter((issue) => issue.severity === "error").length,
    fileMiB: bytes.byteLength / MIB,
    readMs: t1 - t0,
    parseMs: t2 - t1,
    ingestMs: t3 - t2,
    analyzeMs: t4 - t3,
    serializeMs: t5 - t4,
    totalMs: t5 - t0,
    jsonMiB: json.length / MIB,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    peakRssMiB: usage.maxRSS / 1024,
    heapUsedMiB: heapUsed / MIB,
  };
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: node lib/bench/pipeline.js <file.csv>\n");
    process.exitCode = 2;
  } else {
    process.stdout.write(`${JSON.stringify(runPipeline(file))}\n`);
  }
}
