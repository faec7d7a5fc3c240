/**
 * Browser stand-in for office.js inside Excel, for the end-to-end test of the task pane's Excel host
 * (tests/e2e/excelHost.test.ts). Bundled by tests/e2e/webpack.shim.config.js into
 * test-artifacts/e2e/fake-office.js; the test answers the page's request for the CDN's office.js
 * with that bundle (OFFICE-ADDIN-NOTES §2.2), so the production build runs unchanged.
 *
 * It defines what the task pane and the Office.js adapter use, and nothing more:
 * - `Office.onReady` resolving `{ host: "Excel", platform: "PC" }` (callback and promise forms),
 *   `Office.HostType`, `Office.context.displayLanguage`, `Office.context.requirements.isSetSupported`
 *   and an in-memory `Office.context.document.settings`;
 * - `Excel.run` over the in-memory fake of the Excel object model (tests/fakes/fakeExcel.ts). The
 *   adapter passes enum values as strings, so no `Excel.*` enums are needed.
 *
 * The workbook comes from `window.__netwerkmeterFixture` (set by the test with page.addInitScript
 * before any page script runs): the example workbook's sheets, read in Node. The fake is exposed as
 * `window.__fakeExcel`, with JSON-friendly helpers in `window.__netwerkmeterE2E` for assertions.
 */
import { FakeExcel, parseRect, rectText, type FakeCellValue } from "../fakes/fakeExcel";

/** One sheet of the fixture: its name, where its values start (A1 style) and the values. */
export interface FixtureSheet {
  sheet: string;
  origin: string;
  rows: (FakeCellValue | null)[][];
}

export interface Fixture {
  sheets: FixtureSheet[];
  /** The selection when the task pane opens, e.g. { sheet: "Antwoorden", address: "A1" }. */
  select?: { sheet: string; address: string };
  /** Office's display language. Default "nl-NL". */
  displayLanguage?: string;
  /** Highest ExcelApi set the fake supports. Default the fake's own (1.17). */
  apiVersion?: string;
}

/** What the test reads back: plain data, no proxies or Maps. */
export interface FakeExcelSnapshot {
  syncCount: number;
  runCount: number;
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  sheets: {
    name: string;
    id: string;
    visibility: string;
    tables: { name: string; address: string }[];
    charts: { name: string; type: string; title: string; series: string[] }[];
  }[];
  settingKeys: string[];
  formulaWrites: number;
}

export interface E2eHelpers {
  snapshot(): FakeExcelSnapshot;
  /** Values of a range (default: the sheet's used range); "" for empty cells. */
  values(sheet: string, address?: string): FakeCellValue[][];
  /** Values of an Excel table, header row included. */
  tableValues(name: string): FakeCellValue[][];
  /** Sets cells directly, as a user typing in Excel would (no sync involved). */
  setValues(sheet: string, address: string, values: FakeCellValue[][]): void;
}

declare global {
  interface Window {
    __netwerkmeterFixture?: Fixture;
    __fakeExcel?: FakeExcel;
    __netwerkmeterE2E?: E2eHelpers;
  }
}

const fixture: Fixture = window.__netwerkmeterFixture ?? { sheets: [] };
const fake = new FakeExcel(fixture.apiVersion ? { apiVersion: fixture.apiVersion } : {});
for (const sheet of fixture.sheets) fake.addSheet(sheet.sheet, sheet.rows, sheet.origin);
if (fixture.select) fake.select(fixture.select.sheet, fixture.select.address);

function snapshot(): FakeExcelSnapshot {
  const sheetName = (id: string | null | undefined) =>
    fake.sheets.find((sheet) => sheet.id === id)?.name ?? null;
  return {
    syncCount: fake.syncCount,
    runCount: fake.runCount,
    activeSheet: sheetName(fake.activeSheetId),
    selection: fake.selection
      ? { sheet: sheetName(fake.selection.sheetId) ?? "?", address: rectText(fake.selection.rect) }
      : null,
    sheets: fake.sheets.map((sheet) => ({
      name: sheet.name,
      id: sheet.id,
      visibility: sheet.visibility,
      tables: sheet.tables.map((table) => ({ name: table.name, address: rectText(table.rect) })),
      charts: sheet.charts.map((chart) => ({
        name: chart.name,
        type: chart.type,
        title: chart.title,
        series: chart.series.map((series) => series.name),
      })),
    })),
    settingKeys: [...fake.settings.keys()],
    formulaWrites: fake.formulaWrites.length,
  };
}

function requireSheet(name: string) {
  const sheet = fake.sheet(name);
  if (!sheet) throw new Error(`fake Excel has no sheet '${name}'`);
  return sheet;
}

const helpers: E2eHelpers = {
  snapshot,
  values: (sheet, address) => fake.values(sheet, address),
  tableValues(name) {
    const table = fake.allTables().find((entry) => entry.name === name);
    if (!table) throw new Error(`fake Excel has no table '${name}'`);
    return table.sheet.values(table.rect);
  },
  setValues(sheetName, address, values) {
    const sheet = requireSheet(sheetName);
    const rect = parseRect(address);
    values.forEach((line, rowOffset) =>
      line.forEach((value, columnOffset) => {
        const cell = sheet.cell(rect.row + rowOffset, rect.column + columnOffset, true)!;
        cell.value = value;
        delete cell.formula;
      })
    );
  },
};

/** Office.context.document.settings (Common API), in memory. */
const documentSettings = (() => {
  const values = new Map<string, unknown>();
  return {
    get: (name: string) => (values.has(name) ? values.get(name) : null),
    set: (name: string, value: unknown) => void values.set(name, value),
    remove: (name: string) => void values.delete(name),
    saveAsync: (callback?: (result: { status: string }) => void) =>
      callback?.({ status: "succeeded" }),
  };
})();

const ready = { host: "Excel", platform: "PC" };

const office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
  onReady(callback?: (info: typeof ready) => void) {
    return Promise.resolve(ready).then((info) => {
      callback?.(info);
      return info;
    });
  },
  context: {
    displayLanguage: fixture.displayLanguage ?? "nl-NL",
    requirements: { isSetSupported: fake.isSetSupported },
    document: { settings: documentSettings },
  },
};

const excel = {
  run: fake.run,
};

Object.assign(window, {
  Office: office,
  Excel: excel,
  __fakeExcel: fake,
  __netwerkmeterE2E: helpers,
});
