/**
 * Benchmark section "input" (registered in bench/run.ts EXTRA_SECTIONS): the command line as users
 * run it, whole process (start-up, reading, analysis, JSON written), on
 *
 * - .xlsx input of 20,000 and 100,000 respondents × the 45 items of the Dēmos preset (the same
 *   seeded answers as the CSV benchmark; text in a shared-strings table, as Excel saves it);
 * - the CSV of 20,000 respondents;
 * - the 6 KB workbook with one merge over a whole sheet (`<mergeCell ref="BA1:XFD1048576"/>`),
 *   which used to exhaust memory in ExcelJS;
 * - `netwerkmeter --help` (start-up), next to `node -e 0` (the floor on this machine);
 * - R, when Rscript is on the PATH: readxl::read_excel (or read.csv2, without loading readxl) plus
 *   psych::alpha for each of the preset's 9 scales, whole process, on the same files.
 *
 * Time is the wall time of the child process (spawnSync, median of context.runs runs; for the
 * 20k files our runs and R's alternate, and `--help` alternates with `node -e 0`); peak memory
 * is the child's maxRSS: for Node via a preload (bench/peakRss.ts) that reports
 * process.resourceUsage() on exit, for R via /usr/bin/time when present.
 * Targets: 100k × 45 .xlsx under 10 s and 1 GiB; 20k × 45 .xlsx and .csv each at most a quarter of
 * R's time; --help under 150 ms.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from "fflate";
import type { CellValue } from "../src/analysis/grid";
import { columnLetters } from "../src/analysis/grid";
import { DEMOS_ITEMS } from "../src/presets/demosCoordinatoren";
import { generateResponses, rowsToCsv } from "../scripts/exampleData";
import type { BenchContext, BenchSection, Check } from "./run";

const SEED = 104;
const MIB = 1024 * 1024;
const ROOT = path.join(__dirname, "..", "..");
const CLI = path.join(ROOT, "bin", "netwerkmeter.js");
const PRELOAD = path.join(__dirname, "peakRss.js");

export const INPUT_TARGETS = {
  xlsx_100k_ms_max: 10_000,
  xlsx_100k_rss_mib_max: 1024,
  xlsx_20k_vs_r_max: 0.25,
  csv_20k_vs_r_max: 0.25,
  help_ms_max: 150,
} as const;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Rows as an .xlsx file (streamed through fflate, so 100,000 rows never make one string). */
export function writeXlsxFile(file: string, rows: readonly (readonly CellValue[])[]): void {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const add = (name: string, text: string) => {
    const part = new ZipDeflate(name, { level: 6 });
    zip.add(part);
    part.push(strToU8(text), true);
  };
  const shared = new Map<string, number>();
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
  zip.add(sheet);
  sheet.push(
    strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    )
  );
  const batch: string[] = [];
  rows.forEach((row, rowIndex) => {
    const cells = row.map((value, column) => {
      if (value === null) return "";
      const ref = `${columnLetters(column)}${rowIndex + 1}`;
      if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
      let index = shared.get(text);
      if (index === undefined) {
        index = shared.size;
        shared.set(text, index);
      }
      return `<c r="${ref}" t="s"><v>${index}</v></c>`;
    });
    batch.push(`<row r="${rowIndex + 1}">${cells.join("")}</row>`);
    if (batch.length === 1000) sheet.push(strToU8(batch.splice(0).join("")));
  });
  sheet.push(strToU8(`${batch.join("")}</sheetData></worksheet>`), true);
  add(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${shared.size}">${[
      ...shared.keys(),
    ]
      .map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)
      .join("")}</sst>`
  );
  add(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
  );
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  add(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  add(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="Antwoorden" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  add(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
  zip.end();
  fs.writeFileSync(file, Buffer.concat(chunks));
}

/** The 6 KB workbook of issue 12 with one merge over a whole sheet. */
function writeMergeBomb(file: string): void {
  const rows: CellValue[][] = [
    ["RESP_ID", ...DEMOS_ITEMS.slice(0, 6).map((item) => item.id)],
    ...Array.from({ length: 40 }, (_, index) => [
      `N${index + 1}`,
      ...DEMOS_ITEMS.slice(0, 6).map((_item, column) => 1 + ((index + column) % 5)),
    ]),
  ];
  writeXlsxFile(file, rows);
  // Insert the merge after sheetData: rewrite the one sheet part.
  const parts = unzipSync(fs.readFileSync(file));
  const xml = new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"]);
  parts["xl/worksheets/sheet1.xml"] = strToU8(
    xml.replace(
      "</sheetData>",
      '</sheetData><mergeCells count="1"><mergeCell ref="BA1:XFD1048576"/></mergeCells>'
    )
  );
  fs.writeFileSync(file, zipSync(parts, { level: 9 }));
}

export interface ProcessRun {
  ms: number;
  cpuMs: number | null;
  peakRssMiB: number | null;
  exitCode: number | null;
}

const TIME = "/usr/bin/time";

/** Runs a command once, whole process; peak memory from the preload (Node) or /usr/bin/time. */
export function runOnce(command: string, args: string[], rssFile: string | null): ProcessRun {
  const useTime = rssFile === null && fs.existsSync(TIME);
  const timeFile = path.join(os.tmpdir(), `netwerkmeter-bench-time-${process.pid}.txt`);
  const started = performance.now();
  const child = useTime
    ? spawnSync(TIME, ["-f", "%M %U %S", "-o", timeFile, command, ...args], { encoding: "utf8" })
    : spawnSync(command, args, {
        encoding: "utf8",
        env: { ...process.env, NETWERKMETER_BENCH_RSS_FILE: rssFile ?? "" },
        maxBuffer: 64 * MIB,
      });
  const ms = performance.now() - started;
  let cpuMs: number | null = null;
  let peakRssMiB: number | null = null;
  if (rssFile && fs.existsSync(rssFile)) {
    const usage = JSON.parse(fs.readFileSync(rssFile, "utf8"));
    cpuMs = usage.cpuMs;
    peakRssMiB = usage.maxRssKiB / 1024;
    fs.rmSync(rssFile);
  } else if (useTime && fs.existsSync(timeFile)) {
    const [kib, user, system] = fs.readFileSync(timeFile, "utf8").trim().split(/\s+/).map(Number);
    peakRssMiB = kib / 1024;
    cpuMs = (user + system) * 1000;
    fs.rmSync(timeFile);
  }
  if (child.status !== 0 && child.status !== 1)
    process.stderr.write(
      `bench: ${command} ${args.join(" ")} exited ${child.status}: ${child.stderr}\n`
    );
  return { ms, cpuMs, peakRssMiB, exitCode: child.status };
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** The median run (by time) of `runs`. */
export function median(
  runs: number,
  once: () => ProcessRun
): ProcessRun & { msRange: [number, number] } {
  return medianOf(Array.from({ length: runs }, once));
}

/** The median (by time) of runs made, with the fastest and slowest time. */
function medianOf(made: readonly ProcessRun[]): ProcessRun & { msRange: [number, number] } {
  const all = [...made].sort((a, b) => a.ms - b.ms);
  const middle = all[Math.floor((all.length - 1) / 2)];
  return {
    ms: round1(middle.ms)!,
    cpuMs: round1(middle.cpuMs),
    peakRssMiB: round1(middle.peakRssMiB),
    exitCode: middle.exitCode,
    msRange: [round1(all[0].ms)!, round1(all[all.length - 1].ms)!],
  };
}

/**
 * Several commands run in turn, `runs` rounds (A, B, A, B, …), and the median run of each: what
 * the machine does meanwhile (another tenant, a slower minute) falls on both alike, so their ratio
 * holds where two blocks of runs minutes apart did not (2026-12-02: 0.34 and 0.58 for one build).
 */
export function interleavedMedians(
  runs: number,
  commands: readonly (() => ProcessRun)[]
): (ProcessRun & { msRange: [number, number] })[] {
  const all = commands.map((): ProcessRun[] => []);
  for (let round = 0; round < runs; round += 1)
    commands.forEach((once, index) => all[index].push(once()));
  return all.map(medianOf);
}

/**
 * The command line, whole process, median of the context's runs; `nodeFlags` go before the preload
 * (e.g. "--max-old-space-size=1024" to show a run fits in a heap of that size).
 */
export function netwerkmeter(context: BenchContext, args: string[], nodeFlags: string[] = []) {
  return median(context.runs, netwerkmeterOnce(context, args, nodeFlags));
}

/** One whole-process run of the command line (peak memory through the preload). */
function netwerkmeterOnce(context: BenchContext, args: string[], nodeFlags: string[] = []) {
  const rssFile = path.join(context.tempDir, "rss.json");
  return () =>
    runOnce(process.execPath, [...nodeFlags, "--require", PRELOAD, CLI, ...args], rssFile);
}

function rscript(): string | null {
  const found = spawnSync("sh", ["-c", "command -v Rscript"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** The R script: read the file, psych::alpha for each scale of the preset (≥ 2 items). */
function rScript(context: BenchContext): string {
  const scales = new Map<string, string[]>();
  for (const item of DEMOS_ITEMS)
    scales.set(item.construct, [...(scales.get(item.construct) ?? []), item.id]);
  const lists = [...scales.values()]
    .filter((items) => items.length >= 2)
    .map((items) => `c(${items.map((id) => `"${id}"`).join(",")})`)
    .join(",\n  ");
  const file = path.join(context.tempDir, "alpha.R");
  fs.writeFileSync(
    file,
    `args <- commandArgs(trailingOnly = TRUE)
f <- args[1]
csv <- grepl("\\\\.csv$", f)
# readxl only for a workbook: an R user reading a CSV file would not load it.
suppressPackageStartupMessages({ if (!csv) library(readxl); library(psych) })
d <- if (csv) read.csv2(f, na.strings = "") else as.data.frame(readxl::read_excel(f))
scales <- list(
  ${lists}
)
for (s in scales) invisible(psych::alpha(d[, s], check.keys = FALSE, warnings = FALSE))
cat(nrow(d), "\\n")
`
  );
  return file;
}

export const inputSection: BenchSection = {
  id: "input",
  title: ".xlsx and .csv input through the command line, whole process (and R when present)",
  run(context) {
    const started = performance.now();
    const files: Record<string, string> = {};
    for (const respondents of [20_000, 100_000]) {
      const rows = generateResponses({
        respondents,
        seed: SEED,
        labelShare: 0,
        dontKnowShare: 0,
        badCells: false,
      });
      files[`xlsx${respondents}`] = path.join(context.tempDir, `input-${respondents}.xlsx`);
      writeXlsxFile(files[`xlsx${respondents}`], rows);
      if (respondents === 20_000) {
        files.csv20000 = path.join(context.tempDir, "input-20000.csv");
        fs.writeFileSync(files.csv20000, rowsToCsv(rows, ";"), "utf8");
      }
    }
    files.merge = path.join(context.tempDir, "merge-hele-blad.xlsx");
    writeMergeBomb(files.merge);
    const generateMs = performance.now() - started;
    const json = path.join(context.tempDir, "input-report.json");
    const R = rscript();
    const script = R ? rScript(context) : null;
    const fileFacts = (file: string) => ({ fileMiB: round1(fs.statSync(file).size / MIB) });
    /** Our run of a 20k file and R's, in turn when R is present (interleavedMedians says why). */
    const againstR = (file: string) => {
      process.stderr.write(
        `bench: netwerkmeter analyze ${path.basename(file)}${R ? " and R, in turn" : ""}…\n`
      );
      const ours = netwerkmeterOnce(context, ["analyze", file, "--json", json]);
      if (!R || !script) return { ours: { ...fileFacts(file), ...median(context.runs, ours) } };
      const [oursMedian, theirs] = interleavedMedians(context.runs, [
        ours,
        () => runOnce(R, [script, file], null),
      ]);
      return { ours: { ...fileFacts(file), ...oursMedian }, theirs };
    };
    const xlsx20k = againstR(files.xlsx20000);
    const csv20k = againstR(files.csv20000);
    process.stderr.write("bench: netwerkmeter analyze input-100000.xlsx…\n");
    const netwerkmeterRuns = {
      xlsx20k: xlsx20k.ours,
      xlsx100k: {
        ...fileFacts(files.xlsx100000),
        ...netwerkmeter(context, ["analyze", files.xlsx100000, "--json", json]),
      },
      csv20k: csv20k.ours,
      mergeWholeSheet: {
        fileKiB: round1(fs.statSync(files.merge).size / 1024),
        ...netwerkmeter(context, ["analyze", files.merge, "--json", json]),
      },
    };
    const [help, nodeFloor] = interleavedMedians(context.runs, [
      netwerkmeterOnce(context, ["--help"]),
      () => runOnce(process.execPath, ["-e", "0"], null),
    ]);
    const r: Record<string, unknown> | null =
      R && xlsx20k.theirs && csv20k.theirs
        ? { rscript: R, xlsx20k: xlsx20k.theirs, csv20k: csv20k.theirs, interleaved: true }
        : null;
    const ratio = (ours: number, theirs: ProcessRun | undefined) =>
      theirs && theirs.exitCode === 0 ? Math.round((ours / theirs.ms) * 1000) / 1000 : null;
    const xlsxVsR = ratio(netwerkmeterRuns.xlsx20k.ms, r?.xlsx20k as ProcessRun | undefined);
    const csvVsR = ratio(netwerkmeterRuns.csv20k.ms, r?.csv20k as ProcessRun | undefined);
    const check = (limit: number, actual: number | null): Check => ({
      limit,
      actual,
      ok: actual === null ? null : actual <= limit,
    });
    return {
      data: {
        generateMs: round1(generateMs),
        netwerkmeter: netwerkmeterRuns,
        help,
        nodeStartFloor: nodeFloor,
        r,
        ratios: { xlsx20kVsR: xlsxVsR, csv20kVsR: csvVsR },
      },
      targets: { ...INPUT_TARGETS },
      checks: {
        xlsx_100k_ms_max: check(INPUT_TARGETS.xlsx_100k_ms_max, netwerkmeterRuns.xlsx100k.ms),
        xlsx_100k_rss_mib_max: check(
          INPUT_TARGETS.xlsx_100k_rss_mib_max,
          netwerkmeterRuns.xlsx100k.peakRssMiB
        ),
        xlsx_20k_vs_r_max: check(INPUT_TARGETS.xlsx_20k_vs_r_max, xlsxVsR),
        csv_20k_vs_r_max: check(INPUT_TARGETS.csv_20k_vs_r_max, csvVsR),
        help_ms_max: check(INPUT_TARGETS.help_ms_max, help.ms),
      },
    };
  },
};
