/**
 * The Excel host's template and consolidation verbs against the fake object model (the analysis
 * verbs are covered in officeWorkbook.test.ts).
 */
import { createExcelHost } from "../../../src/taskpane/hosts/excelHost";
import type { OfficeAdapterOptions } from "../../../src/excel/runtime";
import { FakeExcel } from "../../fakes/fakeExcel";
import { fillWithExcelJS, makeTemplate } from "../template/fillTemplate";
import * as fs from "fs";
import { countSyncs, EXAMPLE, exampleFake, runOptions } from "./helpers";

function hostOn(fake: FakeExcel) {
  return createExcelHost({
    run: fake.run as unknown as OfficeAdapterOptions["run"],
    isSetSupported: fake.isSetSupported,
  });
}

describe("Excel host", () => {
  it("inserts the coordinator template in three syncs (names free, sheets added, sheets filled), drop-downs and protection included", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    const host = hostOn(fake);
    expect(host.kind).toBe("excel");
    const { result: sheets, syncs } = await countSyncs(fake, () => host.insertTemplate("nl"));
    expect(syncs).toBe(3);
    // The visible sheets are reported (the success message names them); the hidden ones are added.
    expect(sheets).toEqual(["Instructies", "Netwerk", "Bevraging", "Codeboek"]);
    const survey = fake.sheet("Bevraging")!;
    expect(survey.validations.find((entry) => entry.address === "C6:C9")).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "=Lijsten!$A$2:$A$7" } },
    });
    expect(survey.protectedWith).not.toBeNull();
    expect(survey.cell(5, 2)!.locked).toBe(false);
    expect(survey.frozenRows).toBeGreaterThan(0);
    expect(fake.sheet("Lijsten")!.visibility).toBe("Hidden");
    expect(fake.sheet("_Netwerkmeter")!.visibility).toBe("VeryHidden");
    expect(fake.formulaWrites).toEqual([]);
    expect(fake.values("Codeboek", "A1:B1")).toEqual([["item", "tekst"]]);
    await expect(host.insertTemplate("nl")).rejects.toMatchObject({
      code: "TEMPLATE_SHEETS_EXIST",
    });
  });

  it("inserts the template on ExcelApi 1.7 too, without the 1.8/1.9 extras", async () => {
    const fake = new FakeExcel({ apiVersion: "1.7" });
    fake.addSheet("Blad1");
    await hostOn(fake).insertTemplate("en");
    expect(fake.sheet("Survey")!.validations).toEqual([]);
  });

  it("consolidates returned templates into a new response sheet with one table", async () => {
    const template = await makeTemplate("nl");
    const files = await Promise.all(
      ["Netwerk A", "Netwerk B"].map(async (name, index) => ({
        name: `netwerk-${index + 1}.xlsx`,
        bytes: await fillWithExcelJS(template, {
          profile: { name },
          answers: { VIS_01: "Akkoord", VIS_02: 2 },
        }),
      }))
    );
    const fake = new FakeExcel();
    fake.addSheet("Antwoorden", [["van de gebruiker"]]);
    const progress: number[] = [];
    const summary = await hostOn(fake).consolidate(files, (fraction) => progress.push(fraction));
    expect(summary).toMatchObject({
      filesRead: 2,
      filesConsolidated: 2,
      respondents: 2,
      sheet: "Antwoorden 2",
    });
    expect(fake.values("Antwoorden")).toEqual([["van de gebruiker"]]);
    const table = fake.sheet("Antwoorden 2")!.tables[0];
    expect(table.name).toBe("Antwoorden");
    const [header, ...rows] = fake.sheet("Antwoorden 2")!.values(table.rect);
    expect(header.slice(0, 4)).toEqual(["Bron", "Sjabloonversie", "Datum", "RESP_ID"]);
    expect(rows.map((row) => row[3])).toEqual(["Netwerk A", "Netwerk B"]);
    // The templates' codebook beside it, so the analysis of these answers uses it.
    const codebook = fake.sheet("Codeboek")!;
    expect(codebook.values(codebook.tables[0].rect)[0].slice(0, 3)).toEqual([
      "item",
      "tekst",
      "construct",
    ]);
    expect(summary.issues.map((issue) => issue.code)).not.toContain("CODEBOOK_SHEET_KEPT");
    expect(progress.at(-1)).toBe(1);
  }, 30000);

  it("follows the pane's language switch: consolidation messages in the language chosen last", async () => {
    const template = await makeTemplate("nl");
    const unnamed = await fillWithExcelJS(template, { answers: { VIS_01: "Akkoord" } });
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    const host = hostOn(fake);
    host.setLanguage!("en");
    const summary = await host.consolidate([{ name: "netwerk-1.xlsx", bytes: unnamed }]);
    const message = summary.issues.find((issue) => issue.code === "NETWORK_NAME_MISSING")?.message;
    expect(message).toBe(
      "'Network name' is not filled in; in the table the network can only be recognised by its file name."
    );
  }, 30000);

  it("compares with an earlier wave: Vergelijking sheet and chart drawn in Excel, refresh compares again", async () => {
    const fake = await exampleFake();
    const host = hostOn(fake);
    await host.detect();
    const info = await host.chooseEarlierWave!({
      name: "bevraging-2016.xlsx",
      bytes: new Uint8Array(fs.readFileSync(EXAMPLE)),
    });
    expect(info).toMatchObject({ file: "bevraging-2016.xlsx", respondents: 77 });
    const options = runOptions({ compare: { file: "bevraging-2016.xlsx", label: "2016" } });
    const summary = await host.run(options);
    expect(summary.sheets).toContain("Vergelijking");
    const chart = fake.allCharts().find((candidate) => candidate.name === "NM_Chart_Vergelijking");
    expect(chart).toBeDefined();
    expect(chart!.sheet.name).toBe("Vergelijking");
    // The same data in both waves: no change on any item.
    const table = fake.allTables().find((candidate) => candidate.name === "NM_Vergelijking")!;
    const [header, ...rows] = table.sheet.values(table.rect);
    const change = header.indexOf("Verschil (%-punt)");
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.every((row) => row[change] === 0 || row[change] === "")).toBe(true);
    expect((await host.storedOptions())!.compare).toEqual(options.compare);
    expect((await host.refresh()).sheets).toContain("Vergelijking");
  });
});

describe("Excel host, feedback as sheets (below ExcelApi 1.8)", () => {
  const request = (networks: string[]) => ({
    networkColumn: "RESP_ID",
    minCell: 5,
    networks,
    output: "sheets" as const,
    language: "nl" as const,
  });

  it("gives a network its own sheet again on a second run, instead of a copy named (2)", async () => {
    const fake = await exampleFake({ apiVersion: "1.7" });
    const host = hostOn(fake);
    await host.detect();
    const first = await host.feedback!(request(["Netwerk 001", "Netwerk 002"]));
    expect(first.sheets).toEqual(["Netwerk 001", "Netwerk 002"]);
    // A sheet the user renamed is found by its marker and keeps the user's name.
    fake.sheet("Netwerk 001")!.name = "Aalst";
    const second = await host.feedback!(request(["Netwerk 001", "Netwerk 002", "Netwerk 003"]));
    expect(second.sheets).toEqual(["Aalst", "Netwerk 002", "Netwerk 003"]);
    const names = fake.sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith("Netwerk 00") || name === "Aalst")).toEqual([
      "Aalst",
      "Netwerk 002",
      "Netwerk 003",
    ]);
    // Written again, not stacked: as many tables and charts on the sheet as after one run.
    const tablesOn = (sheet: string) =>
      fake.allTables().filter((table) => table.sheet.name === sheet);
    const chartsOn = (sheet: string) => fake.sheet(sheet)!.charts.length;
    expect(tablesOn("Netwerk 002")).toHaveLength(tablesOn("Netwerk 003").length);
    expect(chartsOn("Netwerk 002")).toBe(chartsOn("Netwerk 003"));
  });

  it("never takes a user's sheet with a network's name, and an analysis run leaves the feedback sheets", async () => {
    const fake = await exampleFake({ apiVersion: "1.7" });
    fake.addSheet("Netwerk 004", [["mijn notities"]]);
    const host = hostOn(fake);
    await host.detect();
    await host.feedback!(request(["Netwerk 004"]));
    await host.feedback!(request(["Netwerk 004"]));
    expect(fake.values("Netwerk 004", "A1")).toEqual([["mijn notities"]]);
    const feedbackSheets = () =>
      fake.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith("Netwerk 004"));
    expect(feedbackSheets()).toEqual(["Netwerk 004", "Netwerk 004 (Netwerkmeter)"]);
    await host.run(runOptions());
    await host.refresh();
    expect(feedbackSheets()).toEqual(["Netwerk 004", "Netwerk 004 (Netwerkmeter)"]);
    await host.feedback!(request(["Netwerk 004"]));
    expect(feedbackSheets()).toEqual(["Netwerk 004", "Netwerk 004 (Netwerkmeter)"]);
  });
});
