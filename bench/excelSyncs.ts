/**
 * Benchmark section "excelSyncs" (registered in bench/run.ts EXTRA_SECTIONS): the number of
 * `context.sync` calls a refresh costs inside Excel, measured by running the Office.js adapter
 * (src/excel) with the shared session against the in-memory fake of the Excel object model
 * (tests/fakes/fakeExcel.ts), which counts syncs and enforces Excel on the web's 5 MB payload
 * limit. Target: a refresh of 10,000 respondents × 45 items (grouped by size class) takes at most
 * 6 syncs, as many as one of 100 respondents.
 *
 * Also measured: a refresh after the workbook was closed and opened again (`reopen()`: every
 * worksheet id changes, office-js-docs#297), which must cost as many syncs and leave as many
 * sheets as before (no "(Netwerkmeter)" duplicates).
 *
 * Also reported: the largest request and response of one sync (bytes, UTF-8 JSON), and the wall time
 * of detect, run and refresh against the fake (the fake is not Excel: only the counts and sizes
 * carry over, not the times).
 *
 * Usage: node lib/bench/excelSyncs.js <respondents>   (prints one JSON object: ExcelSyncsMeasure)
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { performance } from "perf_hooks";
import type { CellValue } from "../src/analysis/grid";
import { createOfficeWorkbookPort } from "../src/excel/officeWorkbook";
import type { ExcelRun } from "../src/excel/runtime";
import { DEFAULT_RUN_OPTIONS } from "../src/workbook/metadata";
import { NetwerkmeterSession } from "../src/app/session";
import { generateResponses } from "../scripts/exampleData";
import { FakeExcel } from "../tests/fakes/fakeExcel";
import type { BenchSection, Check } from "./run";

export const MAX_SYNCS_PER_REFRESH = 6;
const SIZES = [100, 10000];
const SEED = 104;

export interface ExcelSyncsMeasure {
  respondents: number;
  items: number;
  detectSyncs: number;
  runSyncs: number;
  refreshSyncs: number;
  /** A refresh in a new session after reopen() (worksheet ids reassigned). */
  reopenRefreshSyncs: number;
  /** Sheets before and after that refresh (equal: owned sheets replaced, not duplicated). */
  sheetsBeforeReopen: number;
  sheetsAfterReopenRefresh: number;
  /** Largest request / response of a single sync during the refresh (bytes of JSON). */
  maxRequestBytes: number;
  maxResponseBytes: number;
  sheetsWritten: number;
  chartsDrawn: number;
  /** Against the fake (not Excel): detect + run + refresh. */
  fakeMs: number;
}

export async function measure(respondents: number): Promise<ExcelSyncsMeasure> {
  const rows: CellValue[][] = generateResponses({
    respondents,
    seed: SEED,
    labelShare: 0,
    dontKnowShare: 0,
    badCells: false,
  });
  const fake = new FakeExcel();
  fake.addSheet("Antwoorden", rows);
  fake.select("Antwoorden", "A1");
  const session = new NetwerkmeterSession(
    createOfficeWorkbookPort({
      run: fake.run as unknown as ExcelRun,
      isSetSupported: fake.isSetSupported,
    })
  );
  const started = performance.now();
  let mark = fake.syncCount;
  const syncsSince = () => {
    const count = fake.syncCount - mark;
    mark = fake.syncCount;
    return count;
  };
  await session.detect();
  const detectSyncs = syncsSince();
  const summary = await session.run({ ...DEFAULT_RUN_OPTIONS, groupBy: ["GROOTTE_KLASSE"] });
  const runSyncs = syncsSince();
  const firstRefreshEntry = fake.log.length;
  await session.refresh();
  const refreshSyncs = syncsSince();
  const refreshLog = fake.log.slice(firstRefreshEntry);
  const sheetsBeforeReopen = fake.sheets.length;
  fake.reopen();
  const reopened = new NetwerkmeterSession(
    createOfficeWorkbookPort({
      run: fake.run as unknown as ExcelRun,
      isSetSupported: fake.isSetSupported,
    })
  );
  syncsSince();
  await reopened.refresh();
  const reopenRefreshSyncs = syncsSince();
  return {
    respondents,
    items: rows[0].length - 6,
    detectSyncs,
    runSyncs,
    refreshSyncs,
    reopenRefreshSyncs,
    sheetsBeforeReopen,
    sheetsAfterReopenRefresh: fake.sheets.length,
    maxRequestBytes: Math.max(...refreshLog.map((entry) => entry.requestBytes)),
    maxResponseBytes: Math.max(...refreshLog.map((entry) => entry.responseBytes)),
    sheetsWritten: summary.sheets.length,
    chartsDrawn: summary.charts.length,
    fakeMs: Math.round(performance.now() - started),
  };
}

function runChild(respondents: number): ExcelSyncsMeasure {
  const child = spawnSync(
    process.execPath,
    [path.join(__dirname, "excelSyncs.js"), String(respondents)],
    {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    }
  );
  if (child.status !== 0)
    throw new Error(
      `excelSyncs failed for ${respondents} respondents (exit ${child.status}): ${child.stderr || child.error?.message}`
    );
  return JSON.parse(child.stdout) as ExcelSyncsMeasure;
}

export const excelSyncsSection: BenchSection = {
  id: "excelSyncs",
  title: "syncs per refresh inside Excel (Office.js adapter against the fake object model)",
  run() {
    const measures = SIZES.map(runChild);
    const at = (size: number) => measures.find((entry) => entry.respondents === size);
    const at10k = at(10000);
    const at100 = at(100);
    const checks: Record<string, Check> = {
      "10k_syncs_per_refresh_max": {
        limit: MAX_SYNCS_PER_REFRESH,
        actual: at10k?.refreshSyncs ?? null,
        ok: at10k ? at10k.refreshSyncs <= MAX_SYNCS_PER_REFRESH : null,
      },
      syncs_per_refresh_growth_100_to_10k_max: {
        limit: 0,
        actual: at10k && at100 ? at10k.refreshSyncs - at100.refreshSyncs : null,
        ok: at10k && at100 ? at10k.refreshSyncs === at100.refreshSyncs : null,
      },
      sheets_added_by_refresh_after_reopen_max: {
        limit: 0,
        actual: at10k ? at10k.sheetsAfterReopenRefresh - at10k.sheetsBeforeReopen : null,
        ok: at10k ? at10k.sheetsAfterReopenRefresh === at10k.sheetsBeforeReopen : null,
      },
    };
    return {
      data: { measures, syncsPerRefreshAt10k: at10k?.refreshSyncs ?? null },
      targets: {
        "10k_syncs_per_refresh_max": MAX_SYNCS_PER_REFRESH,
        syncs_per_refresh_growth_100_to_10k_max: 0,
        sheets_added_by_refresh_after_reopen_max: 0,
      },
      checks,
    };
  },
};

if (require.main === module) {
  const respondents = Number(process.argv[2]);
  if (!Number.isInteger(respondents) || respondents < 1) {
    process.stderr.write("usage: node lib/bench/excelSyncs.js <respondents>\n");
    process.exitCode = 2;
  } else {
    measure(respondents).then(
      (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
        process.exitCode = 1;
      }
    );
  }
}
