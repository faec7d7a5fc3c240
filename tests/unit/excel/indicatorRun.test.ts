/**
 * The indicator run inside Excel, against the fake object model (tests/fakes/fakeExcel.ts): the
 * example monitoring workbook in a fake workbook, run → refresh → refresh, with a user's sheet
 * beside it. Refresh must give the same sheets, tables and charts (no duplicates), never touch a
 * sheet Netwerkmeter does not own, and stay within a fixed number of syncs.
 */
import * as fs from "fs";
import { a1Address, percentCellKey } from "../../../src/analysis/grid";
import { readKader } from "../../../src/indicators/readKader";
import type { OfficeAdapterOptions } from "../../../src/excel/runtime";
import { IndicatorSession } from "../../../src/app/indicatorSession";
import { createExcelHost } from "../../../src/taskpane/hosts/excelHost";
import { DEFAULT_INDICATOR_SETTINGS } from "../../../src/workbook/indicatorSettings";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { FakeExcel } from "../../fakes/fakeExcel";
import {
  countSyncs,
  excelHostOn,
  exampleFake,
  MONITORING_EXAMPLE,
  portOn,
  runOptions,
  sessionOn,
  workbookSnapshot,
} from "./helpers";

async function monitoringFake(options: { apiVersion?: string } = {}): Promise<FakeExcel> {
  const grids = await readXlsx(fs.readFileSync(MONITORING_EXAMPLE), "monitoring-wijdoenmee.xlsx");
  const fake = new FakeExcel(options as ConstructorParameters<typeof FakeExcel>[0]);
  for (const grid of grids)
    fake.addSheet(grid.sheet, grid.rows, a1Address(grid.originRow, grid.originColumn));
  // The user's own sheet with the name of a report sheet: never touched.
  fake.addSheet("Verloop", [["mijn eigen notities"]]);
  fake.select("Indicatoren", "A1");
  return fake;
}

const settings = { ...DEFAULT_INDICATOR_SETTINGS, groupBy: ["regio"] };
const now = () => new Date("2026-12-02T10:00:00Z");

describe("indicator run inside Excel (fake object model)", () => {
  it("detects the framework in two syncs, and a survey workbook in one", async () => {
    const fake = await monitoringFake();
    const session = new IndicatorSession(portOn(fake));
    const { result: overview, syncs } = await countSyncs(fake, () => session.detect());
    expect(overview).toMatchObject({ sheet: "Indicatoren", indicators: 5 });
    expect(overview!.groupColumns).toEqual(["regio", "grootteklasse"]);
    expect(overview!.stored).toBeNull();
    expect(syncs).toBe(2);

    const survey = new FakeExcel();
    survey.addSheet("Antwoorden", [
      ["Netwerk", "A1"],
      ["x", 3],
    ]);
    const other = await countSyncs(survey, () => new IndicatorSession(portOn(survey)).detect());
    expect(other.result).toBeNull();
    expect(other.syncs).toBe(1);
    // Also after a survey run (stored settings): the sheet names are enough to say "no framework".
    const analysed = await exampleFake();
    await sessionOn(analysed).run(runOptions());
    const afterRun = await countSyncs(analysed, () =>
      new IndicatorSession(portOn(analysed)).detect()
    );
    expect(afterRun).toEqual({ result: null, syncs: 1 });
  });

  it("run → refresh → refresh: the same sheets, tables and charts, the user's sheets untouched", async () => {
    const fake = await monitoringFake();
    const inputBefore = ["Indicatoren", "Metingen", "Eenheden", "Doelen", "Info"].map((name) =>
      fake.values(name)
    );
    const session = new IndicatorSession(portOn(fake), { now });
    const first = await countSyncs(fake, () => session.run(settings));
    const summary = first.result;
    expect(summary.period).toBe("2026-Q3");
    expect(summary.completeness).toEqual({ reporting: 175, expected: 200, percent: 87.5 });
    // The user's "Verloop" keeps its name and content; the report's goes beside it.
    expect(summary.sheets).toEqual([
      "Overzicht",
      "Per eenheid",
      "Per groep",
      "Verloop (Netwerkmeter)",
      "Samenstelling",
      "Problemen",
    ]);
    expect(summary.issues).toContainEqual(
      expect.objectContaining({ code: "OUTPUT_SHEET_RENAMED", sheet: "Verloop (Netwerkmeter)" })
    );
    expect(fake.values("Verloop")).toEqual([["mijn eigen notities"]]);
    // Every chart drawn: one progress chart, value per group and trend per indicator, trend per group.
    expect(summary.charts).toHaveLength(16);
    expect(summary.issues.filter((issue) => issue.code === "OUTPUT_WARNING")).toEqual([]);
    expect(fake.allCharts().length).toBe(summary.charts.length);
    const afterRun = workbookSnapshot(fake);

    // A fresh session, after the workbook was closed and opened again (ids reassigned).
    fake.reopen();
    const again = await countSyncs(fake, () =>
      new IndicatorSession(portOn(fake), { now }).refresh()
    );
    expect(workbookSnapshot(fake)).toEqual(afterRun);
    expect(again.result.sheets).toEqual(summary.sheets);
    const third = await countSyncs(fake, () =>
      new IndicatorSession(portOn(fake), { now }).refresh()
    );
    expect(workbookSnapshot(fake)).toEqual(afterRun);
    expect(third.result).toMatchObject({ period: "2026-Q3", statusCounts: summary.statusCounts });

    // Nothing of the framework or the user's sheets changed.
    expect(
      ["Indicatoren", "Metingen", "Eenheden", "Doelen", "Info"].map((name) => fake.values(name))
    ).toEqual(inputBefore);
    expect(fake.values("Verloop")).toEqual([["mijn eigen notities"]]);
    expect(fake.formulaWrites).toEqual([]);

    // Sync budget: read 2 + publish 3, whatever the size; refresh costs the same as the run.
    expect(first.syncs).toBe(5);
    expect(again.syncs).toBe(5);
    expect(third.syncs).toBe(5);
  }, 60000);

  it("a run without the group drops the per-group sheet it owned, and stores its settings", async () => {
    const fake = await monitoringFake();
    const session = new IndicatorSession(portOn(fake), { now });
    await session.run(settings);
    expect(fake.sheet("Per groep")).toBeDefined();
    await session.run({ ...settings, groupBy: [], period: "2025-Q4", per: "kwartaal" });
    expect(fake.sheet("Per groep")).toBeUndefined();
    expect((await session.detect())!.stored).toEqual(await session.storedSettings());
    expect(await session.storedSettings()).toEqual({
      ...settings,
      groupBy: [],
      period: "2025-Q4",
      per: "kwartaal",
    });
    const refreshed = await session.refresh();
    expect(refreshed.period).toBe("2025-Q4");
  }, 60000);

  it("refresh before any indicator run says so", async () => {
    const fake = await monitoringFake();
    await expect(new IndicatorSession(portOn(fake)).refresh()).rejects.toMatchObject({
      code: "NO_STORED_RUN",
    });
  });

  it("the Excel host opens the monitoring template as a new workbook (ExcelApi 1.8), else hands it back", async () => {
    const fake = await monitoringFake();
    const opened: string[] = [];
    const host = excelHostOn(fake, opened);
    const sheetsBefore = fake.sheets.map((sheet) => sheet.name);
    const file = await host.indicators!.monitoringTemplate(
      "Partnerschap 03",
      "2027-Q1..2027-Q2",
      "nl"
    );
    expect(file.name).toBe("monitoring-partnerschap-03.xlsx");
    expect(file.opened).toBe(true);
    expect(opened).toHaveLength(1);
    // The base64 is the file: an .xlsx (a zip: "PK").
    expect(Buffer.from(opened[0], "base64").subarray(0, 2).toString()).toBe("PK");
    expect(Buffer.from(opened[0], "base64").equals(Buffer.from(file.bytes))).toBe(true);
    const grids = await readXlsx(file.bytes, file.name);
    expect(grids.find((grid) => grid.sheet === "Metingen")!.rows).toHaveLength(11);
    // The open workbook is not written to.
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);

    const old = await monitoringFake({ apiVersion: "1.7" });
    const oldHost = createExcelHost({
      run: old.run as unknown as OfficeAdapterOptions["run"],
      isSetSupported: old.isSetSupported,
      createWorkbook: async () => {
        throw new Error("not on 1.7");
      },
    });
    const handedBack = await oldHost.indicators!.monitoringTemplate(
      "Partnerschap 03",
      "2027",
      "en"
    );
    expect(handedBack.opened).toBe(false);
    expect(handedBack.bytes.length).toBeGreaterThan(1000);
  }, 60000);
});

describe("percentages typed the Excel way, inside Excel", () => {
  it("reads the number formats of the sheets: a baseline 0.4 formatted 0% is a percent cell (40 %)", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Indicatoren", [
      ["indicator", "naam", "type", "basiswaarde", "basisperiode", "doelwaarde", "doelperiode"],
      ["P", "Aan het werk", "percentage", 0.4, 2024, 0.6, 2026],
    ]);
    sheet.cell(1, 3)!.numberFormat = "0%";
    sheet.cell(1, 5)!.numberFormat = "0.0%";
    fake.addSheet("Metingen", [
      ["indicator", "eenheid", "periode", "teller", "noemer"],
      ["P", "U1", 2025, 45, 100],
    ]);
    const { grids } = await portOn(fake).readSheets(["Indicatoren", "Metingen"]);
    const definitions = grids.find((grid) => grid.sheet === "Indicatoren")!;
    expect([...(definitions.percentCells ?? [])].sort((a, b) => a - b)).toEqual([
      percentCellKey(1, 3),
      percentCellKey(1, 5),
    ]);
    expect(readKader(grids, { language: "nl" }).indicators[0]).toMatchObject({
      baseline: 40,
      target: 60,
    });
  });
});
