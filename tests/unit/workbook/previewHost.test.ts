/**
 * The browser preview host over the ExcelJS adapter: open an .xlsx, detect, run, download, open
 * the downloaded file again and refresh it; a user's sheet with an output's name; template and
 * consolidation into the in-browser workbook.
 */
import { strFromU8, unzipSync } from "fflate";
import * as fs from "fs";
import * as ExcelJS from "exceljs";
import { DEFAULT_RUN_OPTIONS } from "../../../src/workbook/metadata";
import { createPreviewHost, downloadName } from "../../../src/taskpane/hosts/previewHost";
import {
  ExcelJsWorkbookPort,
  METADATA_SHEET,
  readWorkbookMetadata,
} from "../../../src/xlsx/exceljsPort";
import { publishConsolidation } from "../../../src/app/consolidation";
import { findPreset } from "../../../src/presets";
import { DEMOS_PRESET_ID } from "../../../src/presets/demosCoordinatoren";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { isInputError } from "../../../src/analysis/inputError";
import { EXAMPLE } from "../excel/helpers";
import { fillWithExcelJS, makeTemplate } from "../template/fillTemplate";

const exampleBytes = () => new Uint8Array(fs.readFileSync(EXAMPLE));
const host = () => createPreviewHost({ loadExcelJs: async () => ExcelJS });

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("preview host", () => {
  it("asks for a workbook before anything else", async () => {
    const preview = host();
    expect(preview.kind).toBe("preview");
    await expect(preview.detect()).rejects.toMatchObject({ code: "NO_WORKBOOK" });
    expect(await preview.storedOptions()).toBeNull();
    expect(await preview.insertCharts()).toEqual([]);
  });

  it("follows the pane's language switch: its own messages and what detect finds", async () => {
    const preview = host();
    preview.setLanguage("en");
    await expect(preview.detect()).rejects.toThrow("Open a workbook (.xlsx) or the example first.");
    preview.setLanguage("nl");
    await preview.openWorkbook("coordinatoren-demos.xlsx", exampleBytes());
    const unknown = async () =>
      (await preview.detect()).issues.find((issue) => issue.code === "UNKNOWN_LABEL")?.message;
    expect(await unknown()).toMatch(/^Onbekend antwoord 'misschien' bij item VIS_02/);
    preview.setLanguage("en");
    expect(await unknown()).toMatch(/^Unknown answer 'misschien' for item VIS_02/);
  });

  it("refuses what is not a workbook with the command line's message", async () => {
    const error = await host()
      .openWorkbook("leeg.xlsx", new Uint8Array())
      .catch((caught: unknown) => caught);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(/leeg\.xlsx/);
  });

  it("opens the example, detects, runs, and downloads the input plus the outputs", async () => {
    const preview = host();
    await preview.openWorkbook("coordinatoren-demos.xlsx", exampleBytes());
    const overview = await preview.detect();
    expect(overview.source).toEqual({ kind: "sheet", sheet: "Antwoorden", address: "A1:AY78" });
    expect(overview.codebookName).toBe("Codeboek (coordinatoren-demos.xlsx)");
    expect(overview.respondents).toBe(77);
    expect(overview.groupColumns).toContain("GROOTTE_KLASSE");

    const options = { ...DEFAULT_RUN_OPTIONS, groupBy: ["GROOTTE_KLASSE"], population: 104 };
    const summary = await preview.run(options);
    expect(summary.respondents).toBe(77);
    expect(summary.charts).toEqual(
      expect.arrayContaining(["NM_Chart_B01", "NM_Chart_Rollen", "NM_Chart_Betrouwbaarheid"])
    );
    expect(summary.sheets[0]).toBe("Overzicht");

    const download = await preview.downloadWorkbook();
    expect(download.name).toBe("coordinatoren-demos-netwerkmeter.xlsx");
    // The download holds every chart as a native chart part, named as planned.
    const chartNames = (bytes: Uint8Array) => {
      const parts = unzipSync(bytes);
      return Object.keys(parts)
        .filter((name) => /^xl\/drawings\/drawing\d+\.xml$/.test(name))
        .flatMap((name) =>
          [...strFromU8(parts[name]).matchAll(/<xdr:cNvPr id="\d+" name="([^"]+)"/g)].map(
            (match) => match[1]
          )
        )
        .sort();
    };
    expect(chartNames(download.bytes)).toEqual([...summary.charts].sort());
    const workbook = await load(download.bytes);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 3)).toEqual(["Antwoorden", "Codeboek", "Info"]);
    expect(names).toEqual(expect.arrayContaining([...summary.sheets, METADATA_SHEET]));
    expect(workbook.getWorksheet(METADATA_SHEET)!.state).toBe("veryHidden");
    expect(workbook.getWorksheet("Items")!.getTable("NM_Items")).toBeDefined();
    expect(readWorkbookMetadata(workbook).metadata!.options).toEqual(options);
    // The file reads back like any workbook.
    const grids = await readXlsx(download.bytes, download.name);
    expect(grids.find((grid) => grid.sheet === "Overzicht")!.rows[0]).toEqual([
      "Netwerkmeter – rapport",
    ]);

    // Opened again (the downloaded file), refresh replaces the outputs: no duplicates.
    const again = host();
    await again.openWorkbook(download.name, download.bytes);
    expect(await again.storedOptions()).toEqual(options);
    const refreshed = await again.refresh();
    expect(refreshed.sheets).toEqual(summary.sheets);
    const secondBytes = (await again.downloadWorkbook()).bytes;
    const second = await load(secondBytes);
    expect(second.worksheets.map((sheet) => sheet.name)).toEqual(names);
    // The charts again, once each.
    expect(chartNames(secondBytes)).toEqual([...summary.charts].sort());
    expect(downloadName("coordinatoren-demos-netwerkmeter.xlsx")).toBe(
      "coordinatoren-demos-netwerkmeter.xlsx"
    );
  }, 30000);

  it("leaves a user's sheet with an output's name alone", async () => {
    const workbook = await load(exampleBytes());
    workbook.addWorksheet("Overzicht").getCell("A1").value = "van mij";
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const preview = host();
    await preview.openWorkbook("eigen.xlsx", bytes);
    // The active sheet is the user's overview (the last added): the data is still found.
    const overview = await preview.detect();
    expect(overview.respondents).toBe(77);
    const summary = await preview.run(DEFAULT_RUN_OPTIONS);
    expect(summary.sheets[0]).toBe("Overzicht (Netwerkmeter)");
    expect(summary.issues).toContainEqual(
      expect.objectContaining({ code: "OUTPUT_SHEET_RENAMED" })
    );
    const written = await load((await preview.downloadWorkbook()).bytes);
    expect(written.getWorksheet("Overzicht")!.getCell("A1").value).toBe("van mij");
  }, 30000);

  it("writes the coordinator template into a NEW workbook with its own download", async () => {
    const preview = host();
    const sheets = await preview.insertTemplate("nl");
    // Visible sheets only: the success message never lists Lijsten or _Netwerkmeter.
    expect(sheets).toEqual(["Instructies", "Netwerk", "Bevraging", "Codeboek"]);
    const download = await preview.downloadWorkbook("template");
    expect(download.name).toBe("netwerkmeter-sjabloon.xlsx");
    const workbook = await load(download.bytes);
    for (const name of sheets) expect(workbook.getWorksheet(name)).toBeDefined();
    // Drop-downs, protection and hidden sheets come along.
    const survey = workbook.getWorksheet("Bevraging")!;
    expect(survey.getCell("C6").dataValidation).toMatchObject({ type: "list" });
    expect(survey.getCell("C6").protection).toMatchObject({ locked: false });
    expect(workbook.getWorksheet("Lijsten")!.state).toBe("hidden");
    // No workbook was opened: there is still nothing to analyse or download as the analysis.
    await expect(preview.downloadWorkbook()).rejects.toMatchObject({ code: "NO_WORKBOOK" });
    // A second template is a new workbook again, not a clash.
    await expect(preview.insertTemplate("nl")).resolves.toEqual(sheets);
  }, 30000);

  it("consolidates into a NEW workbook: the opened example is never written to", async () => {
    const preview = host();
    await preview.openWorkbook("coordinatoren-demos.xlsx", exampleBytes());
    const before = (await load((await preview.downloadWorkbook()).bytes)).worksheets.map(
      (sheet) => sheet.name
    );
    const template = await makeTemplate("nl");
    const files = await Promise.all(
      ["Netwerk A", "Netwerk B"].map(async (name, i) => ({
        name: `netwerk-${i + 1}.xlsx`,
        bytes: await fillWithExcelJS(template, {
          profile: { name },
          answers: { VIS_01: "Akkoord" },
          comments: { VIS_01: "@iedereen: prima" },
        }),
      }))
    );
    const summary = await preview.consolidate(files);
    expect(summary).toMatchObject({
      respondents: 2,
      sheet: "Antwoorden",
      workbook: "samengevoegde-antwoorden.xlsx",
    });
    const made = await preview.downloadWorkbook("consolidation");
    expect(made.name).toBe("samengevoegde-antwoorden.xlsx");
    const consolidated = await load(made.bytes);
    expect(consolidated.worksheets.map((sheet) => sheet.name)).toEqual(["Antwoorden", "Codeboek"]);
    expect(consolidated.getWorksheet("Antwoorden")!.actualRowCount).toBe(3);
    // The example: the same sheets as before, no 'Antwoorden 2'.
    const after = (await load((await preview.downloadWorkbook()).bytes)).worksheets.map(
      (sheet) => sheet.name
    );
    expect(after).toEqual(before);
    // Its detect still finds the example's 77 networks.
    await expect(preview.detect()).resolves.toMatchObject({ respondents: 77 });
  }, 60000);

  it("consolidates with the templates' Codeboek, which 'Analyseer deze antwoorden' then uses", async () => {
    const template = await makeTemplate("nl");
    const files = await Promise.all(
      ["Netwerk A", "Netwerk B"].map(async (name, i) => ({
        name: `netwerk-${i + 1}.xlsx`,
        bytes: await fillWithExcelJS(template, {
          profile: { name },
          answers: { VIS_01: "Akkoord" },
        }),
      }))
    );
    const preview = host();
    const summary = await preview.consolidate(files);
    expect(summary.sheet).toBe("Antwoorden");
    expect(summary.issues.map((issue) => issue.code)).not.toContain("CODEBOOK_SHEET_KEPT");
    const made = await preview.downloadWorkbook("consolidation");
    const consolidated = await load(made.bytes);
    // The codebook sheet is the CLI's: the same rows as the template's own Codeboek.
    const rows = (sheet: ExcelJS.Worksheet) =>
      sheet
        .getSheetValues()
        .slice(1)
        .map((row) => Array.from((row as unknown[]).slice(1, 7), (value) => value || null));
    expect(rows(consolidated.getWorksheet("Codeboek")!)).toEqual(
      rows((await load(template.bytes)).getWorksheet("Codeboek")!)
    );
    expect(consolidated.views[0]?.activeTab ?? 0).toBe(0);

    // "Analyseer deze antwoorden": the pane opens the consolidated workbook and detects.
    const analyse = host();
    await analyse.openWorkbook(made.name, made.bytes);
    const overview = await analyse.detect();
    expect(overview.respondents).toBe(2);
    expect(overview.issues.map((issue) => issue.code)).not.toContain("DEFAULT_CODEBOOK");
    expect(overview.codebookName).toMatch(/Codeboek/);
  }, 60000);

  it("inserting into an open workbook keeps its own Codeboek sheet (Excel host) and says so", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Codeboek").getCell("A1").value = "mijn eigen codeboek";
    const port = new ExcelJsWorkbookPort(workbook, { language: "nl" });
    const summary = await publishConsolidation(
      port,
      {
        table: [
          ["Bron", "RESP_ID", "VIS_01"],
          ["a.xlsx", "Netwerk A", "Akkoord"],
        ],
        respondents: 1,
        filesRead: 1,
        filesConsolidated: 1,
        issues: [],
        codebook: findPreset(DEMOS_PRESET_ID)!,
      },
      "nl"
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Codeboek", "Antwoorden"]);
    expect(workbook.getWorksheet("Codeboek")!.getCell("A1").value).toBe("mijn eigen codeboek");
    expect(summary.issues).toEqual([
      expect.objectContaining({
        severity: "info",
        code: "CODEBOOK_SHEET_KEPT",
        sheet: "Codeboek",
        message: expect.stringContaining("heeft al een blad 'Codeboek'"),
      }),
    ]);
  });
});
