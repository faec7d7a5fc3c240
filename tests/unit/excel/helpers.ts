/**
 * Test helpers: fake Excel workbooks filled with the example workbook or generated answers, and
 * the Excel host / port wired to the fake.
 */
import { createExcelHost } from "../../../src/taskpane/hosts/excelHost";
import * as fs from "fs";
import * as path from "path";
import type { CellValue } from "../../../src/analysis/grid";
import { a1Address } from "../../../src/analysis/grid";
import { createOfficeWorkbookPort } from "../../../src/excel/officeWorkbook";
import type { OfficeAdapterOptions } from "../../../src/excel/runtime";
import { DEFAULT_RUN_OPTIONS } from "../../../src/workbook/metadata";
import { NetwerkmeterSession } from "../../../src/app/session";
import type { RunOptions } from "../../../src/app/host";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { BACKGROUND_HEADERS, generateResponses } from "../../../scripts/exampleData";
import { FakeExcel, type FakeExcelOptions } from "../../fakes/fakeExcel";

export const EXAMPLE = path.resolve(
  __dirname,
  "..",
  "..",
  "..",
  "examples",
  "coordinatoren-demos.xlsx"
);

/** The example monitoring framework (issue 8 §6). */
export const MONITORING_EXAMPLE = path.resolve(
  __dirname,
  "..",
  "..",
  "..",
  "examples",
  "monitoring-wijdoenmee.xlsx"
);

/** A fake workbook holding the example workbook's sheets (Antwoorden, Codeboek, Info). */
export async function exampleFake(options: FakeExcelOptions = {}): Promise<FakeExcel> {
  const grids = await readXlsx(fs.readFileSync(EXAMPLE), "coordinatoren-demos.xlsx");
  const fake = new FakeExcel(options);
  for (const grid of grids)
    fake.addSheet(grid.sheet, grid.rows, a1Address(grid.originRow, grid.originColumn));
  fake.select("Antwoorden", "A1");
  return fake;
}

/**
 * A fake workbook with one sheet "Antwoorden" of generated answers (codes only), optionally
 * keeping only the first `items` items of the preset.
 */
export function generatedFake(
  respondents: number,
  options: { items?: number; seed?: number; fake?: FakeExcelOptions } = {}
): FakeExcel {
  let rows: CellValue[][] = generateResponses({
    respondents,
    seed: options.seed ?? 7,
    labelShare: 0,
    dontKnowShare: 0,
    badCells: false,
  });
  if (options.items !== undefined) {
    const keep = BACKGROUND_HEADERS.length + options.items;
    rows = rows.map((row) => row.slice(0, keep));
  }
  const fake = new FakeExcel(options.fake);
  fake.addSheet("Antwoorden", rows);
  fake.select("Antwoorden", "A1");
  return fake;
}

export function portOn(fake: FakeExcel, options: Partial<OfficeAdapterOptions> = {}) {
  return createOfficeWorkbookPort({
    run: fake.run as unknown as OfficeAdapterOptions["run"],
    isSetSupported: fake.isSetSupported,
    ...options,
  });
}

/**
 * The Excel host over the fake; the workbooks it opens with Excel.createWorkbook (ExcelApi 1.8)
 * are kept in `opened`, as base64.
 */
export function excelHostOn(fake: FakeExcel, opened: string[] = []) {
  return createExcelHost({
    run: fake.run as unknown as OfficeAdapterOptions["run"],
    isSetSupported: fake.isSetSupported,
    createWorkbook: async (base64) => {
      opened.push(base64);
    },
  });
}

export function sessionOn(fake: FakeExcel, options: Partial<OfficeAdapterOptions> = {}) {
  return new NetwerkmeterSession(portOn(fake, options), {
    now: () => new Date("2026-03-01T10:00:00Z"),
  });
}

export function runOptions(patch: Partial<RunOptions> = {}): RunOptions {
  return { ...DEFAULT_RUN_OPTIONS, ...patch };
}

/** Syncs made while running `action`. */
export async function countSyncs<T>(
  fake: FakeExcel,
  action: () => Promise<T>
): Promise<{ result: T; syncs: number }> {
  const before = fake.syncCount;
  const result = await action();
  return { result, syncs: fake.syncCount - before };
}

/** What a publish leaves in a workbook: its sheets in order, and its tables and charts by sheet. */
export function workbookSnapshot(fake: FakeExcel) {
  return {
    sheets: fake.sheets.map((sheet) => sheet.name),
    tables: fake
      .allTables()
      .map((table) => `${table.sheet.name}!${table.name}`)
      .sort(),
    charts: fake
      .allCharts()
      .map((chart) => `${chart.sheet.name}!${chart.name}`)
      .sort(),
  };
}
