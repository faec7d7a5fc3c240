/**
 * The Office.js adapter against the stricter fake: what real Excel does that the lenient fake did
 * not show (issue 13). Worksheet ids reassigned between sessions, a template whose validations
 * refer to a sheet that must exist first, platform errors in chart calls, whole-column
 * selections, the 5,000,000-cell read limit, protected sheets, cell-edit mode, and the
 * recalculation after API calculation was suspended.
 */
import { createExcelHost } from "../../../src/taskpane/hosts/excelHost";
import type { OfficeAdapterOptions } from "../../../src/excel/runtime";
import { parseMetadata, METADATA_KEY } from "../../../src/workbook/metadata";
import { WorkbookError } from "../../../src/workbook/port";
import { FakeExcel, PLATFORM_ERRORS, rectText } from "../../fakes/fakeExcel";
import {
  countSyncs,
  exampleFake,
  portOn,
  runOptions,
  sessionOn,
  workbookSnapshot,
} from "./helpers";

function hostOn(fake: FakeExcel) {
  return createExcelHost({
    run: fake.run as unknown as OfficeAdapterOptions["run"],
    isSetSupported: fake.isSetSupported,
  });
}

describe("first run on the strict fake", () => {
  it("marks every output sheet with a sheet-scoped name and recalculates after writing", async () => {
    const fake = await exampleFake();
    const summary = await sessionOn(fake).run(runOptions({ groupBy: ["GROOTTE_KLASSE"] }));
    for (const name of summary.sheets) {
      const sheet = fake.sheet(name)!;
      expect(sheet.names).toEqual([
        expect.objectContaining({ name: "NetwerkmeterBlad", formula: expect.any(String) }),
      ]);
    }
    expect(fake.sheet("Antwoorden")!.names).toEqual([]);
    expect(fake.calculationPending).toBe(false);
    expect(fake.calculations).toEqual(["Full"]);
  });

  it("leaves a workbook in manual calculation alone", async () => {
    const fake = await exampleFake();
    fake.calculationMode = "Manual";
    await sessionOn(fake).run(runOptions());
    expect(fake.calculations).toEqual([]);
  });

  it("draws every chart on Excel on the web, where ChartSeries.markerStyle fails", async () => {
    const plain = await exampleFake();
    const expected = await sessionOn(plain).run(runOptions());
    const fake = await exampleFake();
    for (const error of PLATFORM_ERRORS.web) fake.injectError(error);
    const summary = await sessionOn(fake).run(runOptions());
    expect(summary.charts).toEqual(expected.charts);
    expect(workbookSnapshot(fake)).toEqual(workbookSnapshot(plain));
  });
});

describe("refresh after the workbook was closed and opened again", () => {
  it("replaces its own sheets although every worksheet id changed: no duplicates", async () => {
    const fake = await exampleFake();
    const session = sessionOn(fake);
    await session.run(runOptions({ groupBy: ["GROOTTE_KLASSE"] }));
    const before = workbookSnapshot(fake);
    const idsBefore = fake.sheets.map((sheet) => sheet.id);
    fake.reopen();
    expect(fake.sheets.map((sheet) => sheet.id)).not.toEqual(idsBefore);

    const { syncs } = await countSyncs(fake, () => sessionOn(fake).refresh());
    expect(workbookSnapshot(fake)).toEqual(before);
    expect(fake.sheets.map((sheet) => sheet.name).join()).not.toContain("(Netwerkmeter)");
    expect(syncs).toBe(5);
    // The stored ids are the new ones.
    const stored = parseMetadata(fake.settings.get(METADATA_KEY)).metadata!;
    for (const owned of stored.ownedSheets) expect(fake.sheet(owned.name)!.id).toBe(owned.id);
  });

  it("finds a sheet the user renamed by its marker, even with new ids", async () => {
    const fake = await exampleFake();
    await sessionOn(fake).run(runOptions());
    fake.sheet("Items")!.name = "Mijn items";
    fake.reopen();
    await sessionOn(fake).refresh();
    const names = fake.sheets.map((sheet) => sheet.name);
    expect(names).toContain("Mijn items");
    expect(names).not.toContain("Items");
    expect(fake.sheet("Mijn items")!.tables.map((table) => table.name)).toEqual(["NM_Items"]);
  });

  it("never takes a user's unmarked sheet that has an output's name", async () => {
    const fake = await exampleFake();
    await sessionOn(fake).run(runOptions());
    // The user deletes Netwerkmeter's Rollen sheet and makes one of their own with that name.
    const own = fake.sheet("Rollen")!;
    fake.sheets.splice(fake.sheets.indexOf(own), 1);
    fake.addSheet("Rollen", [["Mijn rollen"]]);
    fake.reopen();
    await sessionOn(fake).refresh();
    expect(fake.values("Rollen")).toEqual([["Mijn rollen"]]);
    expect(fake.sheet("Rollen (Netwerkmeter)")).toBeDefined();
  });
});

describe("owned sheets the new run no longer needs", () => {
  it("are deleted even when someone made one very hidden", async () => {
    const fake = await exampleFake();
    const session = sessionOn(fake);
    await session.run(runOptions({ groupBy: ["GROOTTE_KLASSE"] }));
    const dropped = fake.sheets.find((sheet) => sheet.name.includes("GROOTTE_KLASSE"))!;
    dropped.visibility = "VeryHidden";
    await session.run(runOptions());
    expect(fake.sheets.map((sheet) => sheet.name).join()).not.toContain("GROOTTE_KLASSE");
  });
});

describe("template insert on the strict fake", () => {
  it("adds every sheet before filling any, with formats on empty input cells and the footer", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    const sheets = await hostOn(fake).insertTemplate("nl");
    expect(sheets).not.toContain("Lijsten"); // hidden: added, but not news
    expect(fake.sheet("Lijsten")).toBeDefined();
    const network = fake.sheet("Netwerk")!;
    const formats = network
      .numberFormats({ row: 0, column: 1, rowCount: 12, columnCount: 1 })
      .map((line) => line[0]);
    expect(formats[5]).toBe("#,##0");
    expect(formats[8]).toBe("0");
    expect(formats[10]).toBe("dd/mm/yyyy");
    expect(network.pageLayout.rightFooter).toContain("&P");
    expect(network.validations.length).toBeGreaterThan(0);
  });

  it("removes what it added when the insert fails, so a second try works", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    fake.injectError({ command: "protection.protect", code: "GeneralException", times: 1 });
    await expect(hostOn(fake).insertTemplate("nl")).rejects.toBeInstanceOf(WorkbookError);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Blad1"]);
    await hostOn(fake).insertTemplate("nl");
    expect(fake.sheet("_Netwerkmeter")!.visibility).toBe("VeryHidden");
  });
});

describe("a chart that fails on the platform", () => {
  it("is named in a warning, left out cleanly, and the other charts are drawn", async () => {
    const plain = await exampleFake();
    const expected = await sessionOn(plain).run(runOptions());
    const victim = expected.charts[1];
    const fake = await exampleFake();
    fake.injectError({
      command: "chart.name=",
      detail: new RegExp(`^${victim}$`),
      code: "GeneralException",
    });
    const summary = await sessionOn(fake).run(runOptions());
    expect(summary.charts).toEqual(expected.charts.filter((name) => name !== victim));
    const drawn = fake.allCharts().map((chart) => chart.name);
    expect(drawn.sort()).toEqual(expected.charts.filter((name) => name !== victim).sort());
    expect(summary.issues).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining(victim) })
    );
  });

  it("on an iPad, without reversePlotOrder: every chart drawn, the lost formatting said", async () => {
    const plain = await exampleFake();
    const expected = await sessionOn(plain).run(runOptions());
    const fake = await exampleFake();
    for (const error of PLATFORM_ERRORS.ipad) fake.injectError(error);
    const summary = await sessionOn(fake).run(runOptions());
    expect(summary.charts).toEqual(expected.charts);
    expect(workbookSnapshot(fake)).toEqual(workbookSnapshot(plain));
    const reversed = plain.allCharts().filter((chart) => chart.categoryAxis.reversePlotOrder);
    expect(reversed.length).toBeGreaterThan(0);
    expect(fake.allCharts().filter((chart) => chart.categoryAxis.reversePlotOrder)).toEqual([]);
    expect(summary.issues).toContainEqual(
      expect.objectContaining({
        code: "OUTPUT_WARNING",
        message: expect.stringContaining("zonder een deel van de opmaak"),
      })
    );
    // No half-built chart is left behind.
    expect(fake.allCharts()).toHaveLength(expected.charts.length);
  });
});

describe("reads of whole columns and huge ranges", () => {
  it("clips a whole-column selection to the used range: two syncs, the same data", async () => {
    const fake = await exampleFake();
    fake.select("Antwoorden", "A:AY");
    const session = sessionOn(fake);
    const { result, syncs } = await countSyncs(fake, () => session.detect());
    expect(syncs).toBe(2);
    expect(result.respondents).toBe(77);
    expect(result.source).toEqual({ kind: "selection", sheet: "Antwoorden", address: "A1:AY78" });
  });

  it("reads a used range of more than 5,000,000 cells in chunks instead of failing", async () => {
    const fake = new FakeExcel();
    const header = Array.from({ length: 26 }, (_unused, index) => `K${index + 1}`);
    fake.addSheet("Groot", [header, header.map((_name, index) => index)]);
    fake.sheet("Groot")!.cell(199999, 25, true)!.value = 1;
    const read = await portOn(fake).readInput(
      { kind: "sheet", sheet: "Groot" },
      { codebookSheets: [] }
    );
    expect(read.source.address).toBe("A1:Z200000");
    expect(fake.log.some((entry) => entry.error?.includes("RangeExceedsLimit"))).toBe(true);
    expect(Math.max(...fake.log.map((entry) => entry.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  }, 60000);

  it("also when Excel answers null values instead of an error (Mac, office-js#4783)", async () => {
    const fake = new FakeExcel({ largeReadsReturnNull: true });
    const header = Array.from({ length: 26 }, (_unused, index) => `K${index + 1}`);
    fake.addSheet("Groot", [header, header.map((_name, index) => index)]);
    fake.sheet("Groot")!.cell(199999, 25, true)!.value = 1;
    const read = await portOn(fake).readInput(
      { kind: "sheet", sheet: "Groot" },
      { codebookSheets: [] }
    );
    expect(read.data.rows).toHaveLength(200000);
    expect(read.data.rows[1][25]).toBe(25);
  }, 60000);
});

describe("friendly errors for what the user can fix", () => {
  it("a protected output sheet", async () => {
    const fake = await exampleFake();
    const session = sessionOn(fake);
    await session.run(runOptions());
    fake.sheet("Items")!.protectedWith = {};
    const before = workbookSnapshot(fake);
    const values = fake.values("Overzicht");
    const error = await session.refresh().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: "SHEET_PROTECTED" });
    expect((error as Error).message).toContain("'Items'");
    expect((error as Error).message).toContain("beveiligd");
    // Said before anything was written: every table and chart is still there.
    expect(workbookSnapshot(fake)).toEqual(before);
    expect(fake.values("Overzicht")).toEqual(values);
  });

  it("cell-edit mode, in Dutch and English", async () => {
    const fake = await exampleFake();
    fake.cellEditMode = true;
    await expect(sessionOn(fake).detect()).rejects.toMatchObject({
      code: "CELL_EDIT_MODE",
      message: expect.stringContaining("Enter"),
    });
    const english = portOn(fake, { language: "en" });
    await expect(english.readState()).rejects.toMatchObject({
      code: "CELL_EDIT_MODE",
      message: expect.stringContaining("editing a cell"),
    });
  });

  it("another workbook active", async () => {
    const fake = await exampleFake();
    fake.inactive = true;
    await expect(sessionOn(fake).detect()).rejects.toMatchObject({ code: "WORKBOOK_INACTIVE" });
  });
});

describe("the fake itself (each rule of the stricter fake)", () => {
  it("reassigns worksheet ids on reopen, the first as Excel on the web does", () => {
    const fake = new FakeExcel();
    fake.addSheet("A");
    fake.addSheet("B");
    const before = fake.sheets.map((sheet) => sheet.id);
    fake.reopen();
    expect(fake.sheets[0].id).toMatch(/^\{00000000-0001-0000-0000-/);
    expect(fake.sheets.map((sheet) => sheet.id)).not.toEqual(before);
  });

  it("refuses validation sources and formulas on missing sheets, and protected cells", async () => {
    const fake = new FakeExcel({ apiVersion: "1.9" });
    fake.addSheet("A");
    const run = fake.run as unknown as NonNullable<OfficeAdapterOptions["run"]>;
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1").dataValidation.rule = {
          list: { inCellDropDown: true, source: "=Lijsten!$A$1:$A$3" },
        };
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("B1").formulas = [["='Geen blad'!A1"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    fake.sheet("A")!.protectedWith = {};
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1").values = [[1]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("refuses to delete a very hidden sheet, and series names over 255 characters", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A", [
      ["x", "y"],
      ["a", 1],
    ]);
    fake.addSheet("Verborgen").visibility = "VeryHidden";
    const run = fake.run as unknown as NonNullable<OfficeAdapterOptions["run"]>;
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Verborgen").delete();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    await expect(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("A");
        const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B2"), "Columns");
        chart.name = "Mijn grafiek";
        chart.series.getItemAt(0).name = "x".repeat(256);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    // The chart was added before the failing command, and is found ignoring case.
    await run(async (context) => {
      const charts = context.workbook.worksheets.getItem("a").charts;
      const chart = charts.getItemOrNullObject("MIJN GRAFIEK");
      await context.sync();
      expect(chart.isNullObject).toBe(false);
    });
  });

  it("counts the payload in UTF-8 bytes and refuses reads over 5,000,000 cells", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A");
    const run = fake.run as unknown as NonNullable<OfficeAdapterOptions["run"]>;
    await run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("A1").values = [["€".repeat(1000)]];
      await context.sync();
    });
    expect(fake.log[fake.log.length - 1].requestBytes).toBeGreaterThan(3000);
    await expect(
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("A").getRange("A:E");
        range.load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    expect(rectText({ row: 0, column: 0, rowCount: 1048576, columnCount: 5 })).toBe("A1:E1048576");
  });
});
