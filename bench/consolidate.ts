/**
 * Benchmark section "consolidate300" (registered in bench/run.ts EXTRA_SECTIONS): consolidating 300
 * filled-in coordinator templates, as an analyst does after a survey round. Target: under 30 s on
 * the 2-core machine.
 *
 * 1. `generate` (child process, not timed): writes the template for the Dēmos preset with the real
 *    generator, and 300 copies filled with seeded answers from scripts/exampleData.ts (codes, ~15 %
 *    of the networks in Dutch labels, ~2 % blanks, ~1 % "weet niet", two invalid cells), the
 *    profile (name, municipality, inhabitants, region, year; the size class left to the formula)
 *    written with ExcelJS, to a temporary folder.
 * 2. `run` (a fresh child process per run, so the peak memory is that run's own): reads the files
 *    from disk one at a time, consolidates them (readXlsx with the zip guard, template reading,
 *    duplicate check, table), writes the response workbook (.xlsx bytes and file) — the work of
 *    `netwerkmeter consolidate folder --out antwoorden.xlsx`. Then, untimed, checks the result:
 *    ingest + analyze of the table must give 300 respondents.
 *
 * Usage: node lib/bench/consolidate.js generate <dir> <count>
 *        node lib/bench/consolidate.js run <dir>      (prints one JSON object: ConsolidateTiming)
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import * as ExcelJS from "exceljs";
import { analyze } from "../src/analysis/analyze";
import type { CellValue } from "../src/analysis/grid";
import { gridFromRows } from "../src/analysis/grid";
import { ingest } from "../src/analysis/ingest";
import { DEMOS_PRESET_ID, demosCoordinatorenCodebook } from "../src/presets/demosCoordinatoren";
import { consolidateWorkbooks } from "../src/template/consolidate";
import { NETWORK_FIELDS } from "../src/template/layout";
import { buildTemplateSpec } from "../src/template/templateSpec";
import { readXlsx } from "../src/xlsx/readXlsx";
import { writeResponsesWorkbook } from "../src/xlsx/writeResponses";
import { writeTemplateWorkbook } from "../src/xlsx/writeTemplate";
import { generateResponses } from "../scripts/exampleData";
import type { BenchContext, BenchSection, Check } from "./run";

export const CONSOLIDATE_FILES = 300;
export const CONSOLIDATE_TARGET_MS = 30_000;
const SEED = 300;
const MIB = 1024 * 1024;

export interface ConsolidateTiming {
  files: number;
  consolidated: number;
  issues: number;
  errors: number;
  /** Reading the files, consolidating them, writing the response workbook to disk. */
  totalMs: number;
  consolidateMs: number;
  writeMs: number;
  /** Per file, on average. */
  msPerFile: number;
  inputMiB: number;
  outputMiB: number;
  cpuMs: number;
  peakRssMiB: number;
  /** ingest + analyze of the consolidated table (not part of totalMs). */
  analysedRespondents: number;
}

/** Writes the template and `count` filled copies (netwerk-001.xlsx, …) into `dir`. */
export async function generateFilledTemplates(dir: string, count: number): Promise<void> {
  const codebook = demosCoordinatorenCodebook();
  const spec = buildTemplateSpec(codebook, {
    language: "nl",
    presetId: DEMOS_PRESET_ID,
    generated: "2026-03-01",
  });
  const template = await writeTemplateWorkbook(spec, { timestamp: new Date("2026-03-01") });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
  const survey = workbook.getWorksheet(spec.sheets.find((sheet) => sheet.key === "survey")!.name)!;
  const networkSheet = spec.sheets.find((sheet) => sheet.key === "network")!;
  const network = workbook.getWorksheet(networkSheet.name)!;
  const profileCell = (variable: string): string => {
    const field = NETWORK_FIELDS.find((entry) => entry.variable === variable)!;
    const label = networkSheet.cells.find((cell) => cell.value === field.label.nl)!;
    return label.address.replace(/^A/, "B");
  };
  const [header, ...rows] = generateResponses({ respondents: count, seed: SEED });
  const column = (name: string) => header.indexOf(name);
  const width = String(count).length;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    for (const placement of spec.items)
      survey.getCell(placement.answerCell).value = row[column(placement.id)] as ExcelJS.CellValue;
    for (const variable of ["RESP_ID", "GEMEENTE", "INWONERS", "REGIO", "JAAR"])
      network.getCell(profileCell(variable)).value = row[column(variable)] as ExcelJS.CellValue;
    const bytes = await workbook.xlsx.writeBuffer();
    const name = `netwerk-${String(index + 1).padStart(width, "0")}.xlsx`;
    fs.writeFileSync(path.join(dir, name), new Uint8Array(bytes as ArrayBuffer));
  }
}

/** One timed consolidation of every .xlsx file in `dir`. */
export async function runConsolidation(dir: string): Promise<ConsolidateTiming> {
  const names = fs.readdirSync(dir).filter((name) => name.endsWith(".xlsx"));
  let inputBytes = 0;
  const out = path.join(dir, "..", "antwoorden-bench.xlsx");
  const t0 = performance.now();
  const result = await consolidateWorkbooks(
    names.map((name) => ({
      name,
      bytes: async () => {
        const bytes = new Uint8Array(await fs.promises.readFile(path.join(dir, name)));
        inputBytes += bytes.byteLength;
        return bytes;
      },
    })),
    { language: "nl", readWorkbook: readXlsx }
  );
  const t1 = performance.now();
  const bytes = await writeResponsesWorkbook(result, { language: "nl" });
  await fs.promises.writeFile(out, bytes);
  const t2 = performance.now();
  const usage = process.resourceUsage();
  const dataset = ingest(
    gridFromRows("Antwoorden", result.table as CellValue[][]),
    result.codebook
  );
  const analysis = analyze(dataset, { groupBy: ["GROOTTE_KLASSE"] });
  fs.rmSync(out, { force: true });
  return {
    files: result.filesRead,
    consolidated: result.filesConsolidated,
    issues: result.issues.length,
    errors: result.issues.filter((issue) => issue.severity === "error").length,
    totalMs: t2 - t0,
    consolidateMs: t1 - t0,
    writeMs: t2 - t1,
    msPerFile: (t2 - t0) / Math.max(1, result.filesRead),
    inputMiB: inputBytes / MIB,
    outputMiB: bytes.byteLength / MIB,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    peakRssMiB: usage.maxRSS / 1024,
    analysedRespondents: analysis.source.respondents,
  };
}

function child(args: string[]): string {
  const result = spawnSync(process.execPath, [__filename, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(
      `bench/consolidate ${args[0]} failed (exit ${result.status}): ${result.stderr || result.error?.message}`
    );
  return result.stdout;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The section for bench/run.ts. */
export const consolidateSection: BenchSection = {
  id: "consolidate300",
  title: `consolidating ${CONSOLIDATE_FILES} filled-in templates`,
  run(context: BenchContext) {
    const dir = path.join(context.tempDir, "consolidate300");
    fs.mkdirSync(dir, { recursive: true });
    const started = performance.now();
    child(["generate", dir, String(CONSOLIDATE_FILES)]);
    const generateMs = performance.now() - started;
    const timings: ConsolidateTiming[] = [];
    for (let run = 0; run < context.runs; run += 1) {
      process.stderr.write(
        `bench: consolidate ${CONSOLIDATE_FILES}, run ${run + 1}/${context.runs}…\n`
      );
      timings.push(JSON.parse(child(["run", dir])) as ConsolidateTiming);
    }
    const sorted = [...timings].sort((a, b) => a.totalMs - b.totalMs);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    if (
      median.consolidated !== CONSOLIDATE_FILES ||
      median.analysedRespondents !== CONSOLIDATE_FILES
    )
      throw new Error(
        `consolidated ${median.consolidated} and analysed ${median.analysedRespondents} of ${CONSOLIDATE_FILES} templates`
      );
    const check: Check = {
      limit: CONSOLIDATE_TARGET_MS,
      actual: round1(median.totalMs),
      ok: median.totalMs <= CONSOLIDATE_TARGET_MS,
    };
    return {
      data: {
        workload: `${CONSOLIDATE_FILES} templates of the Dēmos preset (45 items), filled with ExcelJS from scripts/exampleData.ts (seed ${SEED}); read from disk, consolidated, response workbook written, in a fresh child process per run`,
        files: median.files,
        consolidated: median.consolidated,
        issues: median.issues,
        errors: median.errors,
        totalMs: round1(median.totalMs),
        consolidateMs: round1(median.consolidateMs),
        writeMs: round1(median.writeMs),
        msPerFile: round1(median.msPerFile),
        cpuMs: round1(median.cpuMs),
        peakRssMiB: round1(median.peakRssMiB),
        inputMiB: round1(median.inputMiB),
        outputMiB: round1(median.outputMiB),
        runs: timings.length,
        totalMsRange: [round1(sorted[0].totalMs), round1(sorted[sorted.length - 1].totalMs)],
        generateMs: round1(generateMs),
      },
      targets: { consolidate300_total_ms_max: CONSOLIDATE_TARGET_MS },
      checks: { consolidate300_total_ms_max: check },
    };
  },
};

async function cli(argv: string[]): Promise<void> {
  const [mode, dir, count] = argv;
  if (mode === "generate" && dir && count) {
    await generateFilledTemplates(dir, Number(count));
  } else if (mode === "run" && dir) {
    process.stdout.write(`${JSON.stringify(await runConsolidation(dir))}\n`);
  } else {
    process.stderr.write(
      "usage: node lib/bench/consolidate.js generate <dir> <count> | run <dir>\n"
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
