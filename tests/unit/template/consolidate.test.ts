/**
 * Consolidation round trip (the issue's "Done when"): generate the template, fill copies as
 * coordinators would (XML edited as Excel saves it, and ExcelJS as a second writer), put a damaged
 * file, a foreign workbook, an empty file and an old .xls among them, consolidate, then analyse the
 * result with the preset, both in memory and after writing and re-reading the response workbook.
 */
import * as ExcelJS from "exceljs";
import { analyze } from "../../../src/analysis/analyze";
import type { Codebook } from "../../../src/analysis/codebook";
import { parseCodebookGrid } from "../../../src/analysis/codebook";
import type { CellValue } from "../../../src/analysis/grid";
import { columnLetters, gridFromRows } from "../../../src/analysis/grid";
import { ingest } from "../../../src/analysis/ingest";
import type { Issue } from "../../../src/analysis/issue";
import { findPreset } from "../../../src/presets";
import { DEMOS_PRESET_ID } from "../../../src/presets/demosCoordinatoren";
import { TEMPLATE_VERSION } from "../../../src/template/layout";
import type { ConsolidateResult, WorkbookFile } from "../../../src/template/consolidate";
import { compareFileNames, consolidateWorkbooks } from "../../../src/template/consolidate";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { writeResponsesWorkbook } from "../../../src/xlsx/writeResponses";
import type { Template } from "./fillTemplate";
import {
  answerCell,
  fillAsExcel,
  fillWithExcelJS,
  makeTemplate,
  profileCell,
} from "./fillTemplate";

jest.setTimeout(120_000);

const preset: Codebook = findPreset(DEMOS_PRESET_ID)!;
let template: Template;
let files: WorkbookFile[];
let result: ConsolidateResult;
const progress: [number, number, string][] = [];

/** A copy of a package whose central directory declares another uncompressed size for one part. */
function declareSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const name = new TextEncoder().encode(part);
  for (let offset = 0; offset + 46 < copy.length; offset += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const length = view.getUint16(offset + 28, true);
    const found = copy.subarray(offset + 46, offset + 46 + length);
    if (length === name.length && found.every((byte, index) => byte === name[index])) {
      view.setUint32(offset + 24, size, true);
      return copy;
    }
  }
  throw new Error(`${part} not in the package`);
}

const issuesOf = (file: string, issues: readonly Issue[] = result.issues) =>
  issues.filter((issue) => issue.file === file);

beforeAll(async () => {
  template = await makeTemplate("nl");
  const gent = await fillAsExcel(template, {
    answers: {
      VIS_01: "Helemaal akkoord",
      VIS_02: "Akkoord",
      ROL_ACT_FAC: "Akkoord",
      OND_01: "Wel nuttig",
    },
    comments: { VIS_01: "Nieuwe visietekst sinds 2025." },
    profile: {
      name: "Netwerk Gent",
      municipalities: "Gent",
      inhabitants: 265_000,
      region: "Oost-Vlaanderen",
      year: 2026,
      date: new Date(Date.UTC(2026, 2, 12)),
    },
  });
  // Codes instead of labels, written by a second writer (ExcelJS: the size-class formula keeps no
  // cached value, so the reader derives it).
  const aalst = await fillWithExcelJS(template, {
    answers: { VIS_01: 4, VIS_02: "Weet niet", ROL_ACT_FAC: 2, OND_01: 0 },
    profile: { name: "Netwerk Aalst", inhabitants: 9000, region: "Oost-Vlaanderen", year: 2026 },
  });
  // An answer typed over the drop-down's validation (pasted text).
  const lier = await fillAsExcel(template, {
    answers: { VIS_01: "Niet akkoord", VIS_02: "misschien", ROL_ACT_FAC: "Neutraal" },
    profile: { name: "Netwerk Lier", inhabitants: 36_000 },
  });
  // The same network again, spelled differently.
  const gentAgain = await fillAsExcel(template, {
    answers: { VIS_01: "Akkoord", VIS_02: "Neutraal", ROL_ACT_FAC: 5 },
    profile: { name: "  netwerk GENT ", inhabitants: 265_000 },
  });
  const empty = await fillAsExcel(template, { profile: { name: "Netwerk Leeg" } });
  const foreign = new ExcelJS.Workbook();
  foreign.addWorksheet("Blad1").addRow(["Naam", "Bedrag"]);
  foreign.getWorksheet("Blad1")!.addRow(["Koffie", 12]);

  files = [
    { name: "netwerk-1.xlsx", bytes: gent },
    { name: "netwerk-10.xlsx", bytes: gentAgain },
    { name: "netwerk-11.xlsx", bytes: empty },
    { name: "netwerk-2.xlsx", bytes: aalst, modified: new Date(2026, 2, 20, 14, 30) },
    { name: "netwerk-3.xlsx", bytes: lier },
    { name: "kapot.xlsx", bytes: gent.slice(0, Math.floor(gent.length / 2)) },
    { name: "vreemd.xlsx", bytes: new Uint8Array(await foreign.xlsx.writeBuffer()) },
    { name: "leeg.xlsx", bytes: new Uint8Array(0) },
    { name: "oud.xls", bytes: new TextEncoder().encode("geen echte werkmap") },
  ];
  result = await consolidateWorkbooks(files, {
    readWorkbook: readXlsx,
    onProgress: (done, total, name) => progress.push([done, total, name]),
  });
});

describe("consolidateWorkbooks: the round trip", () => {
  it("reads every file in name order and reports progress", () => {
    expect(progress.map(([done, total]) => `${done}/${total}`)).toEqual([
      "1/9",
      "2/9",
      "3/9",
      "4/9",
      "5/9",
      "6/9",
      "7/9",
      "8/9",
      "9/9",
    ]);
    expect(progress.map(([, , name]) => name)).toEqual([
      "kapot.xlsx",
      "leeg.xlsx",
      "netwerk-1.xlsx",
      "netwerk-2.xlsx",
      "netwerk-3.xlsx",
      "netwerk-10.xlsx",
      "netwerk-11.xlsx",
      "oud.xls",
      "vreemd.xlsx",
    ]);
    expect(result).toMatchObject({
      filesRead: 9,
      filesConsolidated: 4,
      filesSkipped: 5,
      respondents: 4,
      codebookSource: "template",
    });
    expect(result.codebook.items.map((item) => item.id)).toEqual(
      preset.items.map((item) => item.id)
    );
  });

  it("reports per file what happened", () => {
    expect(
      result.perFile.map((file) => [file.file, file.status, file.network ?? null, file.issues])
    ).toEqual([
      ["kapot.xlsx", "skipped", null, 1],
      ["leeg.xlsx", "skipped", null, 1],
      ["netwerk-1.xlsx", "warning", "Netwerk Gent", 1],
      ["netwerk-2.xlsx", "ok", "Netwerk Aalst", 0],
      ["netwerk-3.xlsx", "warning", "Netwerk Lier", 1],
      ["netwerk-10.xlsx", "warning", "netwerk GENT", 1],
      ["netwerk-11.xlsx", "skipped", "Netwerk Leeg", 1],
      ["oud.xls", "skipped", null, 1],
      ["vreemd.xlsx", "skipped", null, 1],
    ]);
    expect(result.perFile[2]).toMatchObject({ version: TEMPLATE_VERSION, answered: 4 });
  });

  it("reports every problem with its file, and sheet and cell where it has one", () => {
    const located = result.issues.map((issue) => [
      issue.file,
      issue.severity,
      issue.code,
      issue.sheet ?? null,
      issue.cell ?? null,
    ]);
    const nameCell = profileCell(template.spec, "name");
    expect(located).toEqual([
      ["kapot.xlsx", "error", "CORRUPT", null, null],
      ["leeg.xlsx", "error", "EMPTY_FILE", null, null],
      ["netwerk-1.xlsx", "warning", "DUPLICATE_NETWORK", "Netwerk", nameCell],
      [
        "netwerk-3.xlsx",
        "error",
        "ANSWER_NOT_IN_LIST",
        "Bevraging",
        answerCell(template.spec, "VIS_02"),
      ],
      ["netwerk-10.xlsx", "warning", "DUPLICATE_NETWORK", "Netwerk", nameCell],
      ["netwerk-11.xlsx", "warning", "EMPTY_TEMPLATE", "Bevraging", null],
      ["oud.xls", "error", "LEGACY_XLS", null, null],
      ["vreemd.xlsx", "error", "NOT_A_TEMPLATE", null, null],
    ]);
    expect(issuesOf("netwerk-1.xlsx")[0].message).toContain("netwerk-10.xlsx");
    expect(issuesOf("netwerk-10.xlsx")[0].message).toContain("netwerk-1.xlsx");
    expect(issuesOf("kapot.xlsx")[0].message).toMatch(/^het bestand is beschadigd/);
    expect(issuesOf("oud.xls")[0].message).toContain("sla het in Excel op als .xlsx");
    expect(issuesOf("vreemd.xlsx")[0].message).toContain("Blad1");
  });

  it("builds one row per consolidated workbook, sorted by file name", () => {
    const [header, ...rows] = result.table;
    expect(header.slice(0, 10)).toEqual([
      "Bron",
      "Sjabloonversie",
      "Datum",
      "RESP_ID",
      "GEMEENTE",
      "INWONERS",
      "GROOTTE_KLASSE",
      "REGIO",
      "JAAR",
      "INGEVULD_DOOR",
    ]);
    expect(header.slice(10, 10 + preset.items.length)).toEqual(preset.items.map((item) => item.id));
    // Comment columns only for items with a comment somewhere.
    expect(header.slice(10 + preset.items.length)).toEqual(["Opmerking VIS_01"]);
    const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);
    expect(column("Bron")).toEqual([
      "netwerk-1.xlsx",
      "netwerk-2.xlsx",
      "netwerk-3.xlsx",
      "netwerk-10.xlsx",
    ]);
    expect(column("Sjabloonversie")).toEqual(Array(4).fill(TEMPLATE_VERSION));
    const dates = column("Datum").map((value) =>
      value instanceof Date ? value.toISOString().slice(0, 10) : value
    );
    // The template's own date, else the file's modification date, else empty.
    expect(dates).toEqual(["2026-03-12", "2026-03-20", null, null]);
    expect(column("RESP_ID")).toEqual([
      "Netwerk Gent",
      "Netwerk Aalst",
      "Netwerk Lier",
      "netwerk GENT",
    ]);
    expect(column("GROOTTE_KLASSE")).toEqual(["groot", "klein", "groot", "groot"]);
    expect(column("VIS_01")).toEqual(["Helemaal akkoord", 4, "Niet akkoord", "Akkoord"]);
    expect(column("VIS_02")).toEqual(["Akkoord", "Weet niet", "misschien", "Neutraal"]);
    expect(column("Opmerking VIS_01")).toEqual(["Nieuwe visietekst sinds 2025.", null, null, null]);
  });

  it("is analysable with the preset: n, percentages and the bad cell", () => {
    const grid = gridFromRows("Antwoorden", result.table as CellValue[][], "antwoorden.xlsx");
    const dataset = ingest(grid, preset);
    const analysis = analyze(dataset, { groupBy: ["GROOTTE_KLASSE"], minCell: 1 });
    expect(analysis.source.respondents).toBe(4);
    const item = (id: string) => analysis.items.find((entry) => entry.id === id)!;
    expect(item("VIS_01")).toMatchObject({
      n: 4,
      counts: { "1": 0, "2": 1, "3": 0, "4": 2, "5": 1 },
      pctLow: 25,
      pctNeutral: 0,
      pctHigh: 75,
      mean: 3.75,
    });
    expect(item("VIS_02")).toMatchObject({ n: 2, dontKnow: 1, pctNeutral: 50, pctHigh: 50 });
    expect(item("ROL_ACT_FAC")).toMatchObject({ n: 4, pctLow: 25, pctNeutral: 25, pctHigh: 50 });
    expect(item("OND_01")).toMatchObject({ n: 2, counts: { "0": 1, "1": 1 } });
    expect(item("VIS_03")).toMatchObject({ n: 0 });
    // The answer typed over the validation is reported again, at its cell in the response table.
    const header = result.table[0];
    const bad = analysis.issues.filter((issue) => issue.severity === "error");
    expect(bad).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_LABEL",
        sheet: "Antwoorden",
        cell: `${columnLetters(header.indexOf("VIS_02"))}4`,
      }),
    ]);
    const groups = analysis.groups.map((group) => [group.value, group.n]);
    expect(groups).toEqual(
      expect.arrayContaining([
        ["groot", 3],
        ["klein", 1],
      ])
    );
  });

  it("writes a response workbook that reads back with its codebook", async () => {
    const bytes = await writeResponsesWorkbook(
      {
        table: result.table,
        codebook: result.codebook,
        issues: result.issues,
        perFile: result.perFile,
      },
      { language: "nl", timestamp: new Date("2026-04-01T00:00:00Z") }
    );
    const grids = await readXlsx(bytes, "antwoorden.xlsx");
    expect(grids.map((grid) => grid.sheet)).toEqual([
      "Antwoorden",
      "Codeboek",
      "Bestanden",
      "Problemen",
    ]);
    const codebookSheet = parseCodebookGrid(grids[1]);
    expect(codebookSheet.issues).toEqual([]);
    expect(codebookSheet.codebook.items.map((item) => item.id)).toEqual(
      preset.items.map((item) => item.id)
    );
    const dataset = ingest(grids[0], codebookSheet.codebook);
    const analysis = analyze(dataset, {});
    expect(analysis.source.respondents).toBe(4);
    expect(analysis.items.find((entry) => entry.id === "VIS_01")).toMatchObject({
      n: 4,
      pctHigh: 75,
    });
    // Dates stay dates; the problems sheet lists file, sheet and cell.
    expect(grids[0].rows[1][2]).toBeInstanceOf(Date);
    const problems = grids[3].rows;
    expect(problems[0]).toEqual(["Ernst", "Code", "Bestand", "Blad", "Cel", "Melding"]);
    expect(problems).toContainEqual([
      "fout",
      "ANSWER_NOT_IN_LIST",
      "netwerk-3.xlsx",
      "Bevraging",
      answerCell(template.spec, "VIS_02"),
      expect.stringContaining("misschien"),
    ]);
    expect(grids[2].rows[1]).toEqual(["kapot.xlsx", "overgeslagen", null, null, null, 1]);
  });
});

describe("consolidateWorkbooks: more cases", () => {
  it("never stops on a bad file: bombs, too large, unreadable", async () => {
    const ok = files.find((file) => file.name === "netwerk-2.xlsx")!;
    const huge: WorkbookFile = {
      name: "enorm.xlsx",
      bytes: new Uint8Array(10),
      size: 80 * 1024 * 1024,
    };
    const failing: WorkbookFile = {
      name: "weg.xlsx",
      bytes: () => Promise.reject(new Error("EACCES: permission denied")),
    };
    const small: WorkbookFile = { name: "klein.xlsx", bytes: ok.bytes };
    const bomb: WorkbookFile = {
      name: "bom.xlsx",
      bytes: declareSize(ok.bytes as Uint8Array, "xl/worksheets/sheet3.xml", 0xfffffff0),
    };
    const outcome = await consolidateWorkbooks([huge, failing, bomb, ok, small], {
      readWorkbook: readXlsx,
      maxFileBytes: 30 * 1024 * 1024,
      language: "en",
    });
    expect(outcome.filesConsolidated).toBe(2);
    expect(outcome.issues.map((issue) => [issue.file, issue.code])).toEqual([
      ["bom.xlsx", "ZIP_BOMB"],
      ["enorm.xlsx", "TOO_LARGE"],
      ["klein.xlsx", "DUPLICATE_NETWORK"],
      ["netwerk-2.xlsx", "DUPLICATE_NETWORK"],
      ["weg.xlsx", "UNREADABLE"],
    ]);
    expect(outcome.issues[1].message).toBe("the file is too large (80 MB, at most 30 MB).");
    expect(outcome.issues[4].message).toContain("EACCES");
  });

  it("uses a given codebook, keeps items it does not know, and the preset without a Codeboek sheet", async () => {
    const ok = files.find((file) => file.name === "netwerk-1.xlsx")!;
    const small: Codebook = {
      ...preset,
      name: "klein",
      items: preset.items.filter((item) => ["VIS_01", "ROL_ACT_FAC"].includes(item.id)),
    };
    const withOption = await consolidateWorkbooks([ok], {
      codebook: small,
      readWorkbook: readXlsx,
    });
    expect(withOption.codebookSource).toBe("option");
    const header = withOption.table[0];
    expect(header.slice(10, 12)).toEqual(["VIS_01", "ROL_ACT_FAC"]);
    // The template's other items follow as unknown columns: nothing typed is lost.
    expect(header).toContain("VIS_02");
    expect(withOption.table[1][header.indexOf("VIS_02")]).toBe("Akkoord");
    expect(withOption.issues.map((issue) => issue.code)).toEqual(["UNKNOWN_ITEM"]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(ok.bytes as unknown as ExcelJS.Buffer);
    workbook.removeWorksheet(workbook.getWorksheet("Codeboek")!.id);
    const withoutCodebook = new Uint8Array(await workbook.xlsx.writeBuffer());
    const outcome = await consolidateWorkbooks([{ name: "a.xlsx", bytes: withoutCodebook }], {
      readWorkbook: readXlsx,
    });
    expect(outcome.codebookSource).toBe("preset");
    expect(outcome.filesConsolidated).toBe(1);
    expect(outcome.issues.map((issue) => [issue.severity, issue.code])).toEqual([
      ["info", "DEFAULT_CODEBOOK"],
    ]);
  });

  it("consolidates English and Dutch templates together", async () => {
    const english = await makeTemplate("en");
    const bruges = await fillAsExcel(english, {
      answers: { VIS_01: "Strongly agree", VIS_02: "Don't know" },
      profile: { name: "Network Bruges", inhabitants: 118_000 },
    });
    const outcome = await consolidateWorkbooks(
      [
        { name: "bruges.xlsx", bytes: bruges },
        files.find((file) => file.name === "netwerk-2.xlsx")!,
      ],
      { readWorkbook: readXlsx }
    );
    expect(outcome.issues).toEqual([]);
    const dataset = ingest(gridFromRows("Antwoorden", outcome.table as CellValue[][]), preset);
    const vis01 = dataset.items.find((item) => item.item.id === "VIS_01")!;
    expect(Array.from(vis01.values)).toEqual([5, 4]);
  });

  it("consolidates nothing from nothing", async () => {
    const outcome = await consolidateWorkbooks([], { readWorkbook: readXlsx });
    expect(outcome).toMatchObject({ filesRead: 0, filesConsolidated: 0, respondents: 0 });
    expect(outcome.table).toHaveLength(1);
  });
});

describe("compareFileNames", () => {
  it("sorts numbers naturally and never calls two different names equal", () => {
    const names = ["b.xlsx", "netwerk-10.xlsx", "Netwerk-2.xlsx", "netwerk-2.xlsx", "a.xlsx"];
    expect([...names].sort(compareFileNames)).toEqual([
      "a.xlsx",
      "b.xlsx",
      "Netwerk-2.xlsx",
      "netwerk-2.xlsx",
      "netwerk-10.xlsx",
    ]);
  });
});
