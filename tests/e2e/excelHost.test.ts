/**
 * The task pane inside "Excel", end to end: the production build in Debian's Chromium, with the
 * CDN's office.js answered by the stand-in of tests/e2e/fakeOffice.entry.ts (Office.onReady gives
 * host "Excel"; Excel.run runs on the in-memory fake of the object model, tests/fakes/fakeExcel.ts)
 * holding the example workbook's sheets. So the real Excel host chunk, the Office.js adapter and the
 * UI run together; only Excel itself is the fake.
 *
 * Flow: detect on open → go to a problem cell → run → output sheets, tables and charts with their
 * stable names, few syncs → the user edits answers → Vernieuwen → values updated, nothing
 * duplicated → Grafieken vernieuwen. Screenshots go to test-artifacts/e2e/excel-*.png.
 */
import * as fs from "fs";
import type { Browser, Page } from "playwright-core";
import { MAX_FIRST_LOAD_GZIP_KIB } from "../../bench/bundle";
import { a1Address } from "../../src/analysis/grid";
import { readXlsx } from "../../src/xlsx/readXlsx";
import type { FakeCellValue } from "../fakes/fakeExcel";
import type { Fixture, FakeExcelSnapshot } from "./fakeOffice.entry";
import {
  EXAMPLE,
  OFFICE_CDN_HOST,
  OFFICE_JS_URL,
  SHIM_FILE,
  Timings,
  describeInChromium,
  launchChromium,
  openTaskPane,
  screenshot,
  scriptsLoaded,
  serveBuild,
} from "./harness";

/** The example workbook's sheets as the fixture of the fake (read in Node, passed as JSON). */
async function exampleFixture(): Promise<Fixture> {
  const grids = await readXlsx(
    new Uint8Array(fs.readFileSync(EXAMPLE)),
    "coordinatoren-demos.xlsx"
  );
  return {
    sheets: grids.map((grid) => ({
      sheet: grid.sheet,
      origin: a1Address(grid.originRow, grid.originColumn),
      // Dates as Excel serial numbers, as Range.values gives them.
      rows: grid.rows.map((row) =>
        row.map((value) =>
          value instanceof Date ? Math.round(value.getTime() / 86400000 + 25569) : value
        )
      ),
    })),
    select: { sheet: "Antwoorden", address: "A1" },
    displayLanguage: "nl-NL",
  };
}

/** The report's stable names (src/report/reportModel.ts), as the adapter writes them. */
const TABLES = [
  "NM_Overzicht",
  "NM_Items",
  ...Array.from({ length: 10 }, (_, index) => `NM_Ind_B${String(index + 1).padStart(2, "0")}`),
  "NM_Rollen",
  "NM_Stijlen",
  "NM_Participatie",
  "NM_ParticipatieIndex",
  "NM_Betrouwbaarheid",
  "NM_Problemen",
];
const CHARTS = [
  ...Array.from({ length: 10 }, (_, index) => `NM_Chart_B${String(index + 1).padStart(2, "0")}`),
  "NM_Chart_Rollen",
  "NM_Chart_Participatie",
  "NM_Chart_Betrouwbaarheid",
];
const INPUT_SHEETS = ["Antwoorden", "Codeboek", "Info"];

function snapshot(page: Page): Promise<FakeExcelSnapshot> {
  return page.evaluate(() => window.__netwerkmeterE2E!.snapshot());
}

function tableValues(page: Page, name: string): Promise<FakeCellValue[][]> {
  return page.evaluate((table) => window.__netwerkmeterE2E!.tableValues(table), name);
}

const tableNames = (state: FakeExcelSnapshot) =>
  state.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
const chartNames = (state: FakeExcelSnapshot) =>
  state.sheets.flatMap((sheet) => sheet.charts.map((chart) => chart.name));
const sheetNames = (state: FakeExcelSnapshot) => state.sheets.map((sheet) => sheet.name);

/** The row of NM_Items for one item, as { header: value }. */
async function itemRow(page: Page, item: string): Promise<Record<string, FakeCellValue>> {
  const [header, ...rows] = await tableValues(page, "NM_Items");
  const row = rows.find((line) => line[0] === item);
  if (!row) throw new Error(`NM_Items has no row ${item}`);
  return Object.fromEntries(header.map((name, index) => [String(name), row[index]]));
}

describeInChromium("task pane in Excel (production build, fake Excel, Chromium)", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuild>>;
  let shim: string;
  let fixture: Fixture;

  beforeAll(async () => {
    shim = fs.readFileSync(SHIM_FILE, "utf8");
    fixture = await exampleFixture();
    server = await serveBuild();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("detect, run, refresh and charts against the fake workbook", async () => {
    const timings = new Timings();
    const { context, page, network, errors } = await openTaskPane(browser, {
      origin: server.origin,
      officeJs: shim,
      fixture,
      // About the width of Excel's task pane.
      viewport: { width: 420, height: 900 },
    });
    try {
      // 1. Opening the task pane looks for the data at once (no start screen inside Excel).
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole("heading", { name: "Gegevens gevonden" }).waitFor();
      timings.mark("open + detect");
      expect(network.requests).toContain(`${server.origin}/taskpane-excel-host.js`);
      expect(network.requests).not.toContain(`${server.origin}/taskpane-preview-host.js`);
      expect(network.requests).not.toContain(`${server.origin}/exceljs.js`);
      // What the browser fetched to get here: taskpane.js plus the Excel host's chunks.
      const startup = scriptsLoaded(network, server.origin);
      timings.record("startup JS (gzip bytes)", startup);
      expect(startup.gzipBytes / 1024).toBeLessThan(MAX_FIRST_LOAD_GZIP_KIB);
      await expect(page.getByTestId("respondents").innerText()).resolves.toBe("77");
      await expect(page.getByTestId("items-recognised").innerText()).resolves.toBe("45 van 45");
      await page.getByText("Werkblad Antwoorden (A1:AY78)").waitFor();
      await expect(page.getByText("Browserversie").count()).resolves.toBe(0);
      const detected = await snapshot(page);
      // Detect (2 syncs), reading the stored settings (1), and the indicator check (1: the sheet
      // names show no `Indicatoren` sheet).
      timings.record("syncs: detect + stored settings", detected.syncCount);
      expect(detected.syncCount).toBeLessThanOrEqual(4);
      expect(sheetNames(detected)).toEqual(INPUT_SHEETS);
      await screenshot(page, "excel-1-data-found");

      // 2. A problem's link selects its cell in Excel.
      await page.getByRole("button", { name: "Problemen in de gegevens (2)" }).waitFor();
      await page.getByText("Ga naar cel Antwoorden!K17", { exact: true }).waitFor();
      await page.getByText("Ga naar cel Antwoorden!H31", { exact: true }).click();
      await page.waitForFunction(
        () => window.__netwerkmeterE2E!.snapshot().selection?.address === "H31"
      );
      const selected = await snapshot(page);
      expect(selected.selection).toEqual({ sheet: "Antwoorden", address: "H31" });
      timings.record("syncs: select cell", selected.syncCount - detected.syncCount);
      expect(selected.syncCount - detected.syncCount).toBeLessThanOrEqual(1);
      timings.mark("select cell");

      // 3. Run.
      await page.getByLabel("Aantal netwerken dat de vragenlijst kreeg").fill("104");
      const beforeRun = (await snapshot(page)).syncCount;
      await page.getByRole("button", { name: "Analyse uitvoeren" }).click();
      await page.getByRole("heading", { name: "Resultaat", exact: true }).waitFor();
      await page.getByText("13 grafieken staan in de werkmap.").waitFor();
      timings.mark("run");
      await expect(page.getByTestId("response-rate").innerText()).resolves.toBe("77 van 104 (74%)");
      await expect(page.getByTestId("participation-index").innerText()).resolves.toBe(
        "64,3 op 100"
      );
      await page.getByRole("button", { name: "Grafieken vernieuwen" }).waitFor();
      // Inside Excel there is nothing to download.
      await expect(page.getByRole("button", { name: "Download resultaat" }).count()).resolves.toBe(
        0
      );
      const afterRun = await snapshot(page);
      timings.record("syncs: run", afterRun.syncCount - beforeRun);
      expect(afterRun.syncCount - beforeRun).toBeLessThanOrEqual(6);
      expect(sheetNames(afterRun).slice(0, 3)).toEqual(INPUT_SHEETS);
      expect(sheetNames(afterRun)).toEqual(
        expect.arrayContaining(["Overzicht", "Items", "Rollen", "Participatie", "Problemen"])
      );
      expect(sheetNames(afterRun)).toHaveLength(21);
      expect(tableNames(afterRun)).toEqual(TABLES);
      expect(chartNames(afterRun)).toEqual(CHARTS);
      const charts = afterRun.sheets.flatMap((sheet) => sheet.charts);
      // A diverging Likert bar: stacked, the low band negated; B01 has the preset's Dēmos 2016
      // figures, so its columns stand upright with the reference as a marker series.
      const b01 = charts.find((chart) => chart.name === "NM_Chart_B01")!;
      expect(b01.type).toBe("ColumnStacked");
      expect(b01.series[b01.series.length - 1]).toBe("Dēmos 2016 (%)");
      expect(charts.find((chart) => chart.name === "NM_Chart_Rollen")!.type).toBe(
        "ColumnClustered"
      );
      expect(charts.every((chart) => chart.title !== "" && chart.series.length > 0)).toBe(true);
      expect(afterRun.activeSheet).toBe("Overzicht");
      expect(afterRun.settingKeys).toContain("netwerkmeter.run");
      // Text stays text: nothing Netwerkmeter wrote was read by "Excel" as a formula.
      expect(afterRun.formulaWrites).toBe(0);
      expect((await tableValues(page, "NM_Problemen")).flat()).toEqual(
        expect.arrayContaining(["UNKNOWN_LABEL", "H31", "OUT_OF_RANGE", "K17"])
      );
      const before = await itemRow(page, "VIS_01");
      expect(before).toMatchObject({ n: 73, "Hoog (%)": expect.closeTo(89.04, 2) });
      await screenshot(page, "excel-2-results");

      // 4. The user edits the answers in Excel: everyone disagrees with VIS_01 (column G), and
      //    the two bad cells are corrected.
      await page.evaluate(() => {
        const e2e = window.__netwerkmeterE2E!;
        e2e.setValues(
          "Antwoorden",
          "G2:G78",
          Array.from({ length: 77 }, () => [1])
        );
        e2e.setValues("Antwoorden", "H31", [[4]]);
        e2e.setValues("Antwoorden", "K17", [[4]]);
      });

      // 5. Vernieuwen: the same settings, the new answers; Netwerkmeter's own sheets replaced.
      const beforeRefresh = (await snapshot(page)).syncCount;
      await page.getByRole("button", { name: "Vernieuwen", exact: true }).click();
      await page.getByRole("button", { name: "Opmerkingen bij de analyse (0)" }).waitFor();
      await page.getByRole("heading", { name: "Resultaat", exact: true }).waitFor();
      timings.mark("refresh");
      const afterRefresh = await snapshot(page);
      timings.record("syncs: refresh", afterRefresh.syncCount - beforeRefresh);
      expect(afterRefresh.syncCount - beforeRefresh).toBeLessThanOrEqual(6);
      expect(sheetNames(afterRefresh)).toEqual(sheetNames(afterRun));
      expect(new Set(sheetNames(afterRefresh)).size).toBe(sheetNames(afterRefresh).length);
      // Reused sheets keep their ids; tables and charts keep their names, none added twice.
      expect(afterRefresh.sheets.map((sheet) => sheet.id)).toEqual(
        afterRun.sheets.map((sheet) => sheet.id)
      );
      expect(tableNames(afterRefresh)).toEqual(TABLES);
      expect(chartNames(afterRefresh)).toEqual(CHARTS);
      const after = await itemRow(page, "VIS_01");
      expect(after).toMatchObject({ n: 77, "Laag (%)": 100, "Hoog (%)": 0, Gemiddelde: 1 });
      const problems = await tableValues(page, "NM_Problemen");
      expect(problems.flat()).not.toContain("H31");
      expect(problems.flat()).not.toContain("K17");
      await page.getByRole("button", { name: "Opmerkingen bij de analyse (0)" }).click();
      await page.getByText("Geen problemen gevonden.").waitFor();
      await screenshot(page, "excel-3-refreshed");

      // 6. Grafieken vernieuwen: the same charts redrawn, not added.
      const beforeCharts = (await snapshot(page)).syncCount;
      const runsBeforeCharts = (await snapshot(page)).runCount;
      await page.getByRole("button", { name: "Grafieken vernieuwen" }).click();
      await page.waitForFunction(
        (runs) => window.__netwerkmeterE2E!.snapshot().runCount > runs,
        runsBeforeCharts
      );
      await page.getByRole("button", { name: "Grafieken vernieuwen" }).waitFor();
      await page.getByText("13 grafieken staan in de werkmap.").waitFor();
      timings.mark("charts");
      const afterCharts = await snapshot(page);
      timings.record("syncs: charts", afterCharts.syncCount - beforeCharts);
      expect(afterCharts.syncCount - beforeCharts).toBeLessThanOrEqual(3);
      expect(chartNames(afterCharts)).toEqual(CHARTS);
      expect(tableNames(afterCharts)).toEqual(TABLES);
      expect(sheetNames(afterCharts)).toEqual(sheetNames(afterRun));
      await screenshot(page, "excel-4-charts");

      // 7. Only office.js (the stand-in) came from outside; no errors on the page.
      expect(network.blocked).toEqual([]);
      expect(network.outsideHosts()).toEqual([OFFICE_CDN_HOST]);
      expect(network.requests.filter((url) => url.startsWith("https:"))).toEqual([OFFICE_JS_URL]);
      expect(errors).toEqual([]);
    } finally {
      timings.write("excel");
      await context.close();
    }
  });
});
