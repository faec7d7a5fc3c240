/**
 * The Office.js adapter (src/excel) with the shared session, against the in-memory fake of the
 * Excel object model: first run, refresh after a data change, a user's sheet with an output's
 * name, formula-like text, the sync budget, payload chunking, settings, and the three kinds of
 * input (table, selection, used range).
 */
import { parseMetadata, METADATA_KEY } from "../../../src/workbook/metadata";
import { WorkbookError } from "../../../src/workbook/port";
import type { FakeExcel } from "../../fakes/fakeExcel";
import { rectText } from "../../fakes/fakeExcel";
import { analyze } from "../../../src/analysis/analyze";
import { buildReport } from "../../../src/report/buildReport";
import { parseCodebookGrid } from "../../../src/analysis/codebook";
import { ingest } from "../../../src/analysis/ingest";
import { CODEBOOK_SHEET_NAMES } from "../../../src/workbook/inputs";
import { planPublish } from "../../../src/workbook/publish";
import {
  countSyncs,
  exampleFake,
  generatedFake,
  portOn,
  runOptions,
  sessionOn,
  workbookSnapshot,
} from "./helpers";

/** Values of an Excel table (header row first). */
function tableValues(fake: FakeExcel, name: string): (string | number | boolean)[][] {
  const table = fake.allTables().find((candidate) => candidate.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table.sheet.values(table.rect);
}

/** The row of a table whose first cell is `key`, as header → value. */
function tableRow(fake: FakeExcel, name: string, key: string): Record<string, unknown> {
  const [header, ...rows] = tableValues(fake, name);
  const row = rows.find((cells) => cells[0] === key);
  if (!row) throw new Error(`no row ${key} in ${name}`);
  return Object.fromEntries(header.map((title, index) => [String(title), row[index]]));
}

describe("first run on the example workbook", () => {
  let fake: FakeExcel;
  let summary: Awaited<ReturnType<ReturnType<typeof sessionOn>["run"]>>;
  let runSyncs: number;
  let detectSyncs: number;
  let inputBefore: unknown;

  beforeAll(async () => {
    fake = await exampleFake();
    inputBefore = fake.values("Antwoorden");
    const session = sessionOn(fake);
    detectSyncs = (await countSyncs(fake, () => session.detect())).syncs;
    const counted = await countSyncs(fake, () =>
      session.run(runOptions({ groupBy: ["GROOTTE_KLASSE"], population: 104 }))
    );
    summary = counted.result;
    runSyncs = counted.syncs;
  });

  it("reads in two syncs and publishes in three", () => {
    expect(detectSyncs).toBe(2);
    expect(runSyncs).toBe(5);
  });

  it("summarises the run", () => {
    expect(summary.respondents).toBe(77);
    expect(summary.responseRate).toBeCloseTo(74.04, 2);
    expect(summary.sheets[0]).toBe("Overzicht");
    expect(summary.charts).toContain("NM_Chart_B01");
    expect(summary.issueCounts.error).toBe(2);
  });

  it("writes one sheet per report sheet, each table a named Excel table, after the input", () => {
    const names = fake.sheets.map((sheet) => sheet.name);
    expect(names.slice(0, 3)).toEqual(["Antwoorden", "Codeboek", "Info"]);
    expect(names).toEqual(expect.arrayContaining(["Overzicht", "Items", "Rollen", "Problemen"]));
    expect(fake.sheet("Items")!.tables.map((table) => table.name)).toEqual(["NM_Items"]);
    expect(fake.sheet("Items")!.tables[0].style).toBe("TableStyleLight9");
    const header = tableValues(fake, "NM_Items")[0];
    expect(header.slice(0, 4)).toEqual(["Item", "Stelling", "Schaal", "n"]);
  });

  it("never touches the input", () => {
    expect(fake.values("Antwoorden")).toEqual(inputBefore);
    expect(fake.sheet("Antwoorden")!.tables).toEqual([]);
  });

  it("writes numbers as numbers with the column's number format", () => {
    const row = tableRow(fake, "NM_Items", "VIS_01");
    expect(typeof row.n).toBe("number");
    expect(typeof row["Hoog (%)"]).toBe("number");
    const table = fake.allTables().find((candidate) => candidate.name === "NM_Items")!;
    const formats = table.sheet.numberFormats({
      ...table.rect,
      row: table.rect.row + 1,
      rowCount: 1,
    })[0];
    expect(formats.slice(0, 4)).toEqual(["@", "@", "@", "0"]);
    expect(formats[6]).toBe("0.0");
  });

  it("puts the title and notes above each table and the report header on the overview", () => {
    const overview = fake.values("Overzicht", "A1:A3");
    expect(overview[0][0]).toBe("Netwerkmeter – rapport");
    const cell = fake.sheet("Overzicht")!.cell(0, 0)!;
    expect(cell.bold).toBe(true);
    expect(cell.fontSize).toBe(15);
  });

  it("draws a Likert bar per indicator block: low band first, legends from the headers, n in the title", () => {
    const chart = fake.allCharts().find((candidate) => candidate.name === "NM_Chart_B01")!;
    // Diverging: stacked with the low band negated, below zero; the block has the preset's Dēmos
    // 2016 figures, so the columns stand upright with the reference as a marker series.
    expect(chart.type).toBe("ColumnStacked");
    const low = chart.sheet.values(chart.series[0].values).flat() as number[];
    expect(low.every((value) => value <= 0)).toBe(true);
    expect(chart.series.map((series) => series.name)).toEqual([
      "Niet akkoord",
      "Neutraal",
      "Wel akkoord",
      "Dēmos 2016 (%)",
    ]);
    expect(chart.series.slice(0, 3).map((series) => series.fillColor)).toEqual([
      "#D9534F",
      "#BFBFBF",
      "#5B9B3C",
    ]);
    const marker = chart.series[3];
    expect(marker.chartType).toBe("LineMarkers");
    expect(marker.lineStyle).toBe("None");
    // The marker reads the reference column of the block's table (the last column).
    const table = chart.sheet.tables[0];
    const lastColumn = chart.sheet
      .values({
        ...table.rect,
        row: table.rect.row + 1,
        rowCount: table.rect.rowCount - 1,
        column: table.rect.column + table.rect.columnCount - 1,
        columnCount: 1,
      })
      .flat();
    expect(chart.sheet.values(marker.values).flat()).toEqual(lastColumn);
    expect(lastColumn.some((value) => typeof value === "number")).toBe(true);
    expect(chart.title).toMatch(/\(n = 77\)$/);
    expect(chart.categoryAxis.reversePlotOrder).not.toBe(true);
    // Categories are the statements of the block's table.
    const statements = chart.sheet
      .values({
        ...table.rect,
        row: table.rect.row + 1,
        rowCount: table.rect.rowCount - 1,
        columnCount: 1,
      })
      .flat();
    expect(chart.sheet.values(chart.categoryNames!.rect).flat()).toEqual(statements);
    // Placed to the right of the table.
    expect(chart.position!.start).toMatch(/^[A-Z]+1$/);
  });

  it("draws roles × domains as clustered columns with domains as categories", () => {
    const chart = fake.allCharts().find((candidate) => candidate.name === "NM_Chart_Rollen")!;
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.series.map((series) => series.name)).toEqual([
      "Facilitator",
      "Coproducent",
      "Opdrachtgever",
    ]);
    const categories = chart.sheet.values(chart.categoryNames!.rect).flat();
    expect(categories).toEqual(["Visie", "Doelstellingen", "Acties"]);
  });

  it("draws participation per domain with the gap as a line", () => {
    const chart = fake.allCharts().find((candidate) => candidate.name === "NM_Chart_Participatie")!;
    expect(chart.series).toHaveLength(4);
    expect(chart.series[3].chartType).toBe("LineMarkers");
    expect(chart.series[3].name).toMatch(/^Kloof/);
    expect(chart.valueAxis).toMatchObject({ minimum: 0, maximum: 100 });
  });

  it("draws alpha per scale with a 0.7 reference line", () => {
    const chart = fake
      .allCharts()
      .find((candidate) => candidate.name === "NM_Chart_Betrouwbaarheid")!;
    expect(chart.series.map((series) => series.name)).toEqual(["Alfa", "Drempel 0,70"]);
    expect(chart.series[1].chartType).toBe("LineMarkers");
    const reference = chart.sheet.values(chart.series[1].values).flat();
    expect(new Set(reference)).toEqual(new Set([0.7]));
    const scales = chart.sheet.values(chart.categoryNames!.rect).flat();
    // Only scale rows, no item rows.
    expect(scales.length).toBe(new Set(scales).size);
  });

  it("style by group: counts below the minimum cell size are masked, so no 100 % chart of them", () => {
    // Disclosure control (docs/methods.md): the example's size classes have style counts of 1–4,
    // which would be drawn as zero shares; the table shows them empty, with a note.
    expect(
      fake.allCharts().find((candidate) => candidate.name === "NM_Chart_Stijl_GROOTTE_KLASSE")
    ).toBeUndefined();
    const style = fake.sheets.find((sheet) => sheet.name.startsWith("Stijl naar"));
    expect(style).toBeDefined();
  });

  it("stores the settings for refresh in the workbook settings", () => {
    const stored = parseMetadata(fake.settings.get(METADATA_KEY));
    expect(stored.problem).toBeUndefined();
    const metadata = stored.metadata!;
    expect(metadata.input).toEqual({ kind: "sheet", sheet: "Antwoorden" });
    expect(metadata.codebookSource).toEqual({ kind: "sheet", sheet: "Codeboek" });
    expect(metadata.options).toEqual(runOptions({ groupBy: ["GROOTTE_KLASSE"], population: 104 }));
    expect(metadata.ownedSheets.map((entry) => entry.name)).toEqual(summary.sheets);
    for (const entry of metadata.ownedSheets) expect(entry.id).toBe(fake.sheet(entry.name)!.id);
    expect(metadata.charts.map((chart) => chart.name)).toEqual(summary.charts);
  });

  it("writes no formula and lets Excel convert no text", () => {
    expect(fake.formulaWrites).toEqual([]);
    expect(fake.coercions).toEqual([]);
  });
});

describe("refresh", () => {
  it("rewrites the same sheets, tables and charts after the data changed: no duplicates", async () => {
    const fake = await exampleFake();
    const session = sessionOn(fake);
    await session.run(runOptions({ groupBy: ["GROOTTE_KLASSE"] }));
    const before = workbookSnapshot(fake);
    const itemsId = fake.sheet("Items")!.id;
    expect(tableRow(fake, "NM_Items", "VIS_01")["Hoog (%)"]).not.toBe(100);

    // Every network now agrees completely with VIS_01, and one network is added.
    const sheet = fake.sheet("Antwoorden")!;
    const header = fake.values("Antwoorden", "A1:AY1")[0];
    const vis01 = header.indexOf("VIS_01");
    const used = sheet.usedRect(true)!;
    for (let row = 1; row < used.rowCount; row += 1) sheet.cell(row, vis01, true)!.value = 5;
    const lastRow = fake.values("Antwoorden", `A${used.rowCount}:AY${used.rowCount}`)[0];
    lastRow.forEach((value, column) => {
      sheet.cell(used.rowCount, column, true)!.value = column === 0 ? "Netwerk 078" : value;
    });

    const { result, syncs } = await countSyncs(fake, () => session.refresh());
    expect(syncs).toBe(5);
    expect(result.respondents).toBe(78);
    expect(tableRow(fake, "NM_Items", "VIS_01")["Hoog (%)"]).toBe(100);
    expect(workbookSnapshot(fake)).toEqual(before);
    expect(fake.sheet("Items")!.id).toBe(itemsId);
    expect(fake.formulaWrites).toEqual([]);
  });

  it("keeps a user's rename of an output sheet and deletes outputs the new options drop", async () => {
    const fake = await exampleFake();
    const session = sessionOn(fake);
    await session.run(runOptions({ groupBy: ["GROOTTE_KLASSE"] }));
    fake.sheet("Items")!.name = "Mijn items";
    await session.run(runOptions());
    const names = fake.sheets.map((sheet) => sheet.name);
    expect(names).toContain("Mijn items");
    expect(names).not.toContain("Items");
    expect(names).not.toContain("Items naar GROOTTE_KLASSE");
    expect(names).not.toContain("Stijl naar GROOTTE_KLASSE");
    expect(fake.sheet("Mijn items")!.tables.map((table) => table.name)).toEqual(["NM_Items"]);
  });

  it("redraws deleted charts with Grafieken invoegen, by their stable names", async () => {
    const fake = await exampleFake();
    const session = sessionOn(fake);
    const summary = await session.run(runOptions());
    for (const sheet of fake.sheets) sheet.charts.splice(0);
    const { result, syncs } = await countSyncs(fake, () => session.insertCharts());
    expect(result).toEqual(summary.charts);
    expect(
      fake
        .allCharts()
        .map((chart) => chart.name)
        .sort()
    ).toEqual([...summary.charts].sort());
    expect(syncs).toBeLessThanOrEqual(3);
    await session.insertCharts();
    expect(fake.allCharts()).toHaveLength(summary.charts.length);
  });

  it("says so when there is nothing to refresh", async () => {
    const fake = await exampleFake();
    await expect(sessionOn(fake).refresh()).rejects.toThrow(WorkbookError);
    await expect(sessionOn(fake).refresh()).rejects.toMatchObject({ code: "NO_STORED_RUN" });
  });
});

describe("a user's sheet, table or name that an output wants", () => {
  it("is never touched; the output goes to '<name> (Netwerkmeter)' and the summary says so", async () => {
    const fake = await exampleFake();
    fake.addSheet("Overzicht", [["Mijn eigen overzicht"], ["=niet van Netwerkmeter"]]);
    fake.addSheet("Eigen", [["Item"], ["x"]]);
    fake.addTable("Eigen", "A1:A2", "NM_Items");
    fake.names.push({ name: "NM_Rollen", formula: "=Eigen!$A$1" });
    fake.select("Antwoorden", "A1");
    const session = sessionOn(fake);
    const summary = await session.run(runOptions());

    expect(fake.values("Overzicht")).toEqual([
      ["Mijn eigen overzicht"],
      ["=niet van Netwerkmeter"],
    ]);
    expect(fake.sheet("Overzicht")!.tables).toEqual([]);
    expect(summary.sheets[0]).toBe("Overzicht (Netwerkmeter)");
    expect(fake.sheet("Overzicht (Netwerkmeter)")!.tables[0].name).toBe("NM_Overzicht");
    expect(summary.issues).toContainEqual(
      expect.objectContaining({ code: "OUTPUT_SHEET_RENAMED", sheet: "Overzicht (Netwerkmeter)" })
    );
    expect(fake.sheet("Eigen")!.tables[0].name).toBe("NM_Items");
    expect(fake.sheet("Items")!.tables[0].name).toBe("NM_Items_2");
    expect(fake.sheet("Rollen")!.tables[0].name).toBe("NM_Rollen_2");

    const before = workbookSnapshot(fake);
    await session.refresh();
    expect(workbookSnapshot(fake)).toEqual(before);
    expect(fake.values("Overzicht")).toEqual([
      ["Mijn eigen overzicht"],
      ["=niet van Netwerkmeter"],
    ]);
    expect(fake.sheets.map((sheet) => sheet.name)).not.toContain("Overzicht (Netwerkmeter 2)");
  });
});

describe("formula-like text", () => {
  it("is written as text, never as a formula or number", async () => {
    const fake = generatedFake(30);
    const sheet = fake.sheet("Antwoorden")!;
    const texts = ["=SUM(A1)", "+32 470 12 34 56", "-", "@x", "1-6", "'quoted", "12"];
    texts.forEach((text, index) => {
      sheet.cell(index + 1, 0, true)!.value = text;
    });
    // A group value that looks like a formula (the most common spelling names the group).
    for (let row = 1; row <= 30; row += 1)
      if (sheet.cell(row, 3, true)!.value === "klein") sheet.cell(row, 3, true)!.value = "=klein";
    // A background column whose header looks like a formula: it becomes a table header.
    const width = sheet.usedRect(true)!.columnCount;
    sheet.cell(0, width, true)!.value = "=Zone X";
    for (let row = 1; row <= 30; row += 1)
      sheet.cell(row, width, true)!.value = row % 2 ? "+noord" : "-zuid";
    const summary = await sessionOn(fake).run(
      runOptions({ groupBy: ["GROOTTE_KLASSE", "=Zone X"] })
    );
    expect(summary.respondents).toBe(30);
    expect(fake.formulaWrites).toEqual([]);
    expect(fake.coercions).toEqual([]);
    const networks = tableValues(fake, "NM_Stijlen").map((row) => row[0]);
    for (const text of texts) expect(networks).toContain(text);
    const groups = tableValues(fake, "NM_Stijl_GROOTTE_KLASSE").map((row) => row[0]);
    expect(groups).toContain("=klein");
    const regions = tableValues(fake, "NM_Stijl_Zone_X");
    expect(regions[0][0]).toBe("=Zone X");
    expect(regions.map((row) => row[0])).toEqual(expect.arrayContaining(["+noord", "-zuid"]));
    expect(fake.values("Items naar =Zone X", "A1")[0][0]).toBe("Items naar =Zone X");
    const table = fake.allTables().find((candidate) => candidate.name === "NM_Stijlen")!;
    const row = table.sheet.values(table.rect).findIndex((cells) => cells[0] === "=SUM(A1)");
    expect(table.sheet.cell(table.rect.row + row, 0)!.numberFormat).toBe("@");
  });
});

describe("sync budget", () => {
  async function refreshSyncs(respondents: number, items?: number): Promise<number> {
    const fake = generatedFake(respondents, { items });
    const session = sessionOn(fake);
    await session.run(runOptions({ groupBy: ["GROOTTE_KLASSE"] }));
    return (await countSyncs(fake, () => session.refresh())).syncs;
  }

  it("does not grow with rows: the same syncs per refresh at 100 and 10,000 rows", async () => {
    const small = await refreshSyncs(100);
    const large = await refreshSyncs(10000);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6);
  }, 60000);

  it("does not grow with items: the same syncs per refresh for 20 and 45 items", async () => {
    const few = await refreshSyncs(100, 20);
    const all = await refreshSyncs(100, 45);
    expect(few).toBe(all);
    expect(all).toBeLessThanOrEqual(6);
  });
});

describe("payload limits", () => {
  it("splits the cell writes into syncs under the budget only when needed, with the same result", async () => {
    const plain = generatedFake(2000);
    await sessionOn(plain).run(runOptions());

    const limited = generatedFake(2000, { fake: { requestLimitBytes: 60000 } });
    const { syncs } = await countSyncs(limited, () =>
      sessionOn(limited, { payloadBudgetBytes: 40000 }).run(runOptions())
    );
    expect(syncs).toBeGreaterThan(5);
    for (const entry of limited.log) expect(entry.requestBytes).toBeLessThanOrEqual(60000);
    const writes = limited.log.filter((entry) => entry.commands.includes("range.values="));
    expect(writes.length).toBeGreaterThan(1);
    for (const sheet of plain.sheets)
      expect(limited.values(sheet.name)).toEqual(plain.values(sheet.name));
    expect(workbookSnapshot(limited)).toEqual(workbookSnapshot(plain));
  });

  it("reads data too large for one response in chunks of rows", async () => {
    const plain = generatedFake(1500);
    const expected = await sessionOn(plain).detect();
    const limited = generatedFake(1500, { fake: { responseLimitBytes: 40000 } });
    const { result, syncs } = await countSyncs(limited, () =>
      sessionOn(limited, { readChunkCells: 10000 }).detect()
    );
    expect(result.respondents).toBe(expected.respondents);
    expect(result.issues).toEqual(expected.issues);
    expect(syncs).toBeGreaterThan(2);
  });
});

describe("which data is read", () => {
  it("a selection of more than one cell", async () => {
    const fake = await exampleFake();
    fake.select("Antwoorden", "A1:AY40");
    const session = sessionOn(fake);
    const overview = await session.detect();
    expect(overview.source).toEqual({ kind: "selection", sheet: "Antwoorden", address: "A1:AY40" });
    expect(overview.respondents).toBe(39);
    await session.run(runOptions());
    const stored = parseMetadata(fake.settings.get(METADATA_KEY)).metadata!;
    expect(stored.input).toEqual({ kind: "range", sheet: "Antwoorden", address: "A1:AY40" });
  });

  it("the Excel table under the selection", async () => {
    const fake = await exampleFake();
    fake.addTable("Antwoorden", "A1:AY78", "tblAntwoorden");
    fake.select("Antwoorden", "C5");
    const overview = await sessionOn(fake).detect();
    expect(overview.source).toEqual({
      kind: "table",
      sheet: "Antwoorden",
      address: "A1:AY78",
      table: "tblAntwoorden",
    });
    expect(overview.respondents).toBe(77);
  });

  it("the only table of the active sheet on hosts without Range.getTables (ExcelApi 1.7)", async () => {
    const fake = await exampleFake({ apiVersion: "1.7" });
    fake.addTable("Antwoorden", "A1:AY78", "tblAntwoorden");
    fake.select("Antwoorden", "C5");
    const session = sessionOn(fake);
    const overview = await session.detect();
    expect(overview.source.kind).toBe("table");
    // The whole run works on ExcelApi 1.7 (the fake refuses newer APIs).
    const summary = await session.run(runOptions());
    expect(summary.charts.length).toBeGreaterThan(0);
  });

  it("the active sheet's used range for a single selected cell", async () => {
    const fake = await exampleFake();
    fake.select("Antwoorden", "C5");
    const overview = await sessionOn(fake).detect();
    expect(overview.source).toEqual({ kind: "sheet", sheet: "Antwoorden", address: "A1:AY78" });
    expect(overview.codebookName).toBe("Codeboek");
    expect(overview.itemsRecognised).toBe(45);
    expect(overview.mapping[0]).toMatchObject({
      column: "A",
      header: "RESP_ID",
      kind: "background",
    });
  });

  it("the data, not an output sheet, when the user is on one of Netwerkmeter's sheets", async () => {
    const fake = await exampleFake();
    const session = sessionOn(fake);
    await session.run(runOptions());
    expect(fake.sheets.find((sheet) => sheet.id === fake.activeSheetId)!.name).toBe("Overzicht");
    fake.select("Overzicht", "B4");
    const overview = await session.detect();
    expect(overview.source.sheet).toBe("Antwoorden");
  });

  it("with the default preset when the workbook has no codebook sheet", async () => {
    const fake = generatedFake(50);
    const overview = await sessionOn(fake).detect();
    expect(overview.codebookName).toBe("preset:demos-coordinatoren");
    expect(overview.issues).toContainEqual(expect.objectContaining({ code: "DEFAULT_CODEBOOK" }));
  });
});

describe("a workbook that changes between reading and writing", () => {
  it("gives a clear error instead of Excel's", async () => {
    const fake = await exampleFake();
    const port = portOn(fake);
    const read = await port.readInput({ kind: "auto" }, { codebookSheets: CODEBOOK_SHEET_NAMES });
    const report = buildReport(
      analyze(ingest(read.data, parseCodebookGrid(read.codebook!).codebook), {})
    );
    const plan = planPublish(report, read.state, { language: "nl", protectedSheets: [] });
    fake.addSheet("Items");
    await expect(port.applyPlan(plan)).rejects.toMatchObject({ code: "WORKBOOK_CHANGED" });
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const fake = await exampleFake();
    const { syncs } = await countSyncs(fake, () => sessionOn(fake).selectCell("Codeboek", "B3"));
    expect(syncs).toBe(1);
    expect(fake.selection).toEqual({
      sheetId: fake.sheet("Codeboek")!.id,
      rect: { row: 2, column: 1, rowCount: 1, columnCount: 1 },
    });
    expect(rectText(fake.selection!.rect)).toBe("B3");
  });
});
