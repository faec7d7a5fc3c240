/**
 * Reading a filled-in coordinator template (src/template/readTemplate.ts): the template is
 * generated with the real generator and filled in as Excel saves it (fillTemplate.ts), then read
 * back with readXlsx, as the command line does.
 */
import type { Codebook } from "../../../src/analysis/codebook";
import type { CellValue, Grid } from "../../../src/analysis/grid";
import { gridCellAddress, gridFromRows } from "../../../src/analysis/grid";
import { ingest } from "../../../src/analysis/ingest";
import { findPreset } from "../../../src/presets";
import { DEMOS_PRESET_ID } from "../../../src/presets/demosCoordinatoren";
import { KNOWN_TEMPLATE_VERSIONS, TEMPLATE_VERSION } from "../../../src/template/layout";
import {
  isTemplateWorkbook,
  readFilledTemplate,
  readTemplateMeta,
  readWholeNumber,
} from "../../../src/template/readTemplate";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import type { Template } from "./fillTemplate";
import {
  answerCell,
  fillAsExcel,
  fillWithExcelJS,
  makeTemplate,
  profileCell,
  withMeta,
} from "./fillTemplate";

jest.setTimeout(60_000);

const codebook: Codebook = findPreset(DEMOS_PRESET_ID)!;
let nl: Template;
let en: Template;

beforeAll(async () => {
  nl = await makeTemplate("nl");
  en = await makeTemplate("en");
});

const FILE = "netwerk-gent.xlsx";
const read = async (bytes: Uint8Array, file = FILE, validateAnswers = true) =>
  readFilledTemplate(await readXlsx(bytes, file), { file, codebook, validateAnswers });

const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

describe("isTemplateWorkbook and readTemplateMeta", () => {
  it("recognise the generated template by its very hidden meta sheet", async () => {
    const grids = await readXlsx(nl.bytes, "sjabloon.xlsx");
    expect(grids.map((grid) => grid.sheet)).toContain("_Netwerkmeter");
    expect(isTemplateWorkbook(grids)).toBe(true);
    expect(readTemplateMeta(grids)).toEqual({
      marked: true,
      templateId: DEMOS_PRESET_ID,
      version: TEMPLATE_VERSION,
      preset: DEMOS_PRESET_ID,
      language: "nl",
      generated: "2026-03-01",
    });
  });

  it("do not take an ordinary response table for a template", () => {
    const grids = [
      gridFromRows("Antwoorden", [
        ["RESP_ID", "VIS_01", "VIS_02"],
        ["N1", 4, 5],
      ]),
    ];
    expect(isTemplateWorkbook(grids, codebook)).toBe(false);
    const result = readFilledTemplate(grids, { file: "antwoorden.xlsx", codebook });
    expect(result.respondent).toBeNull();
    expect(result.grid).toBeNull();
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "NOT_A_TEMPLATE",
        file: "antwoorden.xlsx",
      }),
    ]);
  });

  it("recognise a Bevraging sheet with item ids in column A without the meta sheet", () => {
    const grids = [
      gridFromRows("Bevraging", [
        ["VIS_01", "…", "Akkoord"],
        ["VIS_02", "…", 4],
        ["VIS_03", "…", null],
      ]),
    ];
    expect(isTemplateWorkbook(grids)).toBe(false);
    expect(isTemplateWorkbook(grids, codebook)).toBe(true);
  });
});

describe("readFilledTemplate", () => {
  it("reads labels, codes, don't-know answers, comments and the profile (Excel-saved)", async () => {
    const bytes = await fillAsExcel(nl, {
      answers: { VIS_01: "Helemaal akkoord", VIS_02: 2, VIS_03: "Weet niet", OND_01: "Wel nuttig" },
      comments: { VIS_01: "Sinds 2024 een nieuwe visietekst.", VIS_03: "=geen formule" },
      profile: {
        name: "Netwerk Gent",
        municipalities: "Gent",
        inhabitants: 265_000,
        region: "Oost-Vlaanderen",
        year: 2026,
        filledInBy: "An Peeters",
        date: new Date(Date.UTC(2026, 2, 15)),
      },
    });
    const { respondent, issues, grid } = await read(bytes);
    expect(issues).toEqual([]);
    expect(respondent).not.toBeNull();
    expect(respondent!.values).toMatchObject({
      VIS_01: "Helemaal akkoord",
      VIS_02: 2,
      VIS_03: "Weet niet",
      VIS_04: null,
      OND_01: "Wel nuttig",
    });
    expect(Object.keys(respondent!.values)).toHaveLength(codebook.items.length);
    expect(respondent!.answered).toBe(4);
    expect(respondent!.comments).toEqual({
      VIS_01: "Sinds 2024 een nieuwe visietekst.",
      VIS_03: "=geen formule",
    });
    expect(respondent!.profile).toMatchObject({
      RESP_ID: "Netwerk Gent",
      GEMEENTE: "Gent",
      INWONERS: 265_000,
      GROOTTE_KLASSE: "groot", // Excel's cached formula result
      REGIO: "Oost-Vlaanderen",
      JAAR: 2026,
      INGEVULD_DOOR: "An Peeters",
    });
    expect((respondent!.profile.DATUM as Date).toISOString().slice(0, 10)).toBe("2026-03-15");
    expect(respondent!).toMatchObject({
      templateId: DEMOS_PRESET_ID,
      version: TEMPLATE_VERSION,
      language: "nl",
      surveySheet: "Bevraging",
      networkSheet: "Netwerk",
      unknownItems: [],
    });
    expect(respondent!.answerCells.VIS_01).toBe(answerCell(nl.spec, "VIS_01"));

    // The grid: a header row and one respondent row, each cell with its true address.
    expect(grid!.sheet).toBe("Bevraging");
    expect(grid!.rows).toHaveLength(2);
    const column = grid!.rows[0].indexOf("VIS_01");
    expect(grid!.rows[1][column]).toBe("Helemaal akkoord");
    expect(gridCellAddress(grid!, 1, column)).toBe(answerCell(nl.spec, "VIS_01"));
    const nameColumn = grid!.rows[0].indexOf("RESP_ID");
    expect(gridCellAddress(grid!, 1, nameColumn)).toBe(`Netwerk!${profileCell(nl.spec, "name")}`);
    const dataset = ingest(grid!, codebook);
    expect(dataset.respondentIds).toEqual(["Netwerk Gent"]);
    expect(dataset.items.find((item) => item.item.id === "VIS_01")!.values[0]).toBe(5);
    expect(dataset.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
  });

  it("reports an answer typed over the drop-down at its own cell, and keeps it", async () => {
    const bytes = await fillAsExcel(nl, {
      answers: { VIS_01: "Akkoord", VIS_02: "misschien", ACT_01: 7, INZ_01: "Sterke inzet" },
      profile: { name: "Netwerk Aalst" },
    });
    const { respondent, issues } = await read(bytes, "netwerk-aalst.xlsx");
    expect(respondent!.values.VIS_02).toBe("misschien");
    expect(respondent!.values.ACT_01).toBe(7);
    const bad = issues.filter((issue) => issue.code === "ANSWER_NOT_IN_LIST");
    expect(bad).toEqual([
      expect.objectContaining({
        severity: "error",
        file: "netwerk-aalst.xlsx",
        sheet: "Bevraging",
        cell: answerCell(nl.spec, "VIS_02"),
      }),
      expect.objectContaining({ sheet: "Bevraging", cell: answerCell(nl.spec, "ACT_01") }),
    ]);
    expect(bad[0].message).toContain("'misschien'");
    expect(bad[0].message).toContain("Weet niet");

    // Without validation (the analyze path) ingest reports the same cell itself.
    const unchecked = await read(bytes, "netwerk-aalst.xlsx", false);
    expect(codes(unchecked.issues)).not.toContain("ANSWER_NOT_IN_LIST");
    const dataset = ingest(unchecked.grid!, codebook);
    const fromIngest = dataset.issues.filter((issue) => issue.severity === "error");
    expect(fromIngest.map((issue) => [issue.code, issue.sheet, issue.cell])).toEqual([
      ["UNKNOWN_LABEL", "Bevraging", answerCell(nl.spec, "VIS_02")],
      ["OUT_OF_RANGE", "Bevraging", answerCell(nl.spec, "ACT_01")],
    ]);
    expect(fromIngest[0].file).toBe("netwerk-aalst.xlsx");
  });

  it("derives the size class from the inhabitants when the formula has no cached value", async () => {
    const small = await read(
      await fillWithExcelJS(nl, {
        answers: { VIS_01: 4 },
        profile: { name: "N", inhabitants: 9000 },
      })
    );
    expect(small.respondent!.profile.GROOTTE_KLASSE).toBe("klein");
    const large = await read(
      await fillWithExcelJS(nl, {
        answers: { VIS_01: 4 },
        profile: { name: "N", inhabitants: 20000 },
      })
    );
    expect(large.respondent!.profile.GROOTTE_KLASSE).toBe("groot");
    // The threshold row counts, as in the template's formula.
    const raised = await read(
      await fillWithExcelJS(nl, {
        answers: { VIS_01: 4 },
        profile: { name: "N", inhabitants: 20000 },
        threshold: 25000,
      })
    );
    expect(raised.respondent!.profile.GROOTTE_KLASSE).toBe("klein");
    // A typed size class wins.
    const typed = await read(
      await fillWithExcelJS(nl, {
        answers: { VIS_01: 4 },
        profile: { name: "N", inhabitants: 9000, sizeClass: "groot" },
      })
    );
    expect(typed.respondent!.profile.GROOTTE_KLASSE).toBe("groot");
    // Inhabitants typed as text with Belgian thousands separators.
    const text = await read(
      await fillWithExcelJS(nl, {
        answers: { VIS_01: 4 },
        profile: { name: "N", inhabitants: "12.500" },
      })
    );
    expect(text.respondent!.profile).toMatchObject({ INWONERS: 12500, GROOTTE_KLASSE: "klein" });
    expect(text.issues).toEqual([]);
  });

  it("warns about inhabitants that are not a number and a missing network name", async () => {
    const { respondent, issues } = await read(
      await fillWithExcelJS(nl, { answers: { VIS_01: 4 }, profile: { inhabitants: "veel" } })
    );
    expect(respondent!.profile.GROOTTE_KLASSE).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({
        code: "NETWORK_NAME_MISSING",
        severity: "warning",
        sheet: "Netwerk",
        cell: profileCell(nl.spec, "name"),
      }),
      expect.objectContaining({
        code: "INHABITANTS_NOT_A_NUMBER",
        sheet: "Netwerk",
        cell: profileCell(nl.spec, "inhabitants"),
      }),
    ]);
  });

  it("flags an empty template", async () => {
    const { respondent, issues } = await read(
      await fillAsExcel(nl, { profile: { name: "Netwerk Leeg" } })
    );
    expect(respondent!.answered).toBe(0);
    expect(issues).toEqual([
      expect.objectContaining({ severity: "warning", code: "EMPTY_TEMPLATE", file: FILE }),
    ]);
  });

  it("reads an unknown template version by item id, with a warning", async () => {
    const future = await fillWithExcelJS(
      { ...nl, bytes: await withMeta(nl, "version", "2031.4") },
      { answers: { VIS_01: "Akkoord" }, profile: { name: "N" } }
    );
    const { respondent, issues } = await read(future);
    expect(respondent!.values.VIS_01).toBe("Akkoord");
    expect(respondent!.version).toBe("2031.4");
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "TEMPLATE_VERSION_UNKNOWN",
        sheet: "_Netwerkmeter",
      }),
    ]);
    expect(issues[0].message).toContain("2031.4");
  });

  it("reads a known older version with a warning", async () => {
    const versions = KNOWN_TEMPLATE_VERSIONS as unknown as string[];
    versions.push("2025.2");
    try {
      const older = await fillWithExcelJS(
        { ...nl, bytes: await withMeta(nl, "version", "2025.2") },
        { answers: { VIS_01: 3 }, profile: { name: "N" } }
      );
      const { issues } = await read(older);
      expect(codes(issues)).toEqual(["TEMPLATE_VERSION_OLD"]);
    } finally {
      versions.pop();
    }
  });

  it("reads items by id on any row, warns about unknown ids, notes missing ones", () => {
    const survey = gridFromRows("Bevraging", [
      ["item", "vraag", "antwoord", "opmerking"],
      [null, "Beleidsthema", null, null],
      ["VIS_02", "…", "Neutraal", null],
      ["VIS_01", "…", "Akkoord", "eerst"],
      ["VIS_09", "Een nieuwe stelling", "Akkoord", null],
      ["VIS_01", "…", "Niet akkoord", null],
    ]);
    const codebookOfThree: Codebook = {
      ...codebook,
      items: codebook.items.filter((item) => ["VIS_01", "VIS_02", "VIS_03"].includes(item.id)),
    };
    const { respondent, issues } = readFilledTemplate([survey], {
      file: "oud.xlsx",
      codebook: codebookOfThree,
    });
    expect(respondent!.values).toEqual({
      VIS_02: "Neutraal",
      VIS_01: "Akkoord",
      VIS_09: "Akkoord",
    });
    expect(respondent!.comments).toEqual({ VIS_01: "eerst" });
    expect(respondent!.unknownItems).toEqual(["VIS_09"]);
    expect(issues.map((issue) => [issue.severity, issue.code, issue.cell ?? null])).toEqual([
      ["warning", "TEMPLATE_NOT_MARKED", null],
      ["warning", "DUPLICATE_ITEM_ROW", "A6"],
      ["warning", "UNKNOWN_ITEM", "A5"],
      ["info", "ITEM_NOT_IN_TEMPLATE", null],
      ["warning", "NETWORK_SHEET_MISSING", null],
    ]);
    expect(issues[2].message).toContain("VIS_09 (A5)");
    expect(issues[3].message).toContain("VIS_03");
  });

  it("reads the English template (Survey, Network, English labels, Don't know)", async () => {
    const bytes = await fillAsExcel(en, {
      answers: { VIS_01: "Strongly agree", VIS_02: "Don't know", INZ_01: "Weak effort" },
      profile: { name: "Network Bruges", inhabitants: 118_000 },
    });
    const { respondent, issues, grid } = await read(bytes, "bruges.xlsx");
    expect(issues).toEqual([]);
    expect(respondent).toMatchObject({
      language: "en",
      surveySheet: "Survey",
      networkSheet: "Network",
    });
    expect(respondent!.profile).toMatchObject({
      RESP_ID: "Network Bruges",
      GROOTTE_KLASSE: "large",
    });
    const dataset = ingest(grid!, codebook);
    const item = (id: string) => dataset.items.find((entry) => entry.item.id === id)!;
    expect(item("VIS_01").values[0]).toBe(5);
    expect(Number.isNaN(item("VIS_02").values[0])).toBe(true);
    expect(item("INZ_01").values[0]).toBe(2);
  });

  it("uses sheet coordinates when the grid does not start at A1", () => {
    const grid: Grid = {
      sheet: "Bevraging",
      originRow: 5,
      originColumn: 0,
      rows: [
        ["VIS_01", "…", "Akkoord"],
        ["VIS_02", "…", "Akkoord", "ja"],
        ["VIS_03", "…"],
      ] as CellValue[][],
    };
    const { respondent } = readFilledTemplate([grid], { file: "x.xlsx", codebook });
    expect(respondent!.answerCells).toEqual({ VIS_01: "C6", VIS_02: "C7", VIS_03: "C8" });
    expect(respondent!.comments).toEqual({ VIS_02: "ja" });
  });
});

describe("readWholeNumber", () => {
  it.each([
    [12500, 12500],
    ["12500", 12500],
    ["12.500", 12500],
    ["1.250.000", 1250000],
    ["12 500", 12500],
    ["12,500", 12500],
    [" ", null],
    [null, null],
    ["veel", undefined],
    ["12.5", undefined],
  ] as [CellValue, number | null | undefined][])("%p → %p", (input, expected) => {
    expect(readWholeNumber(input)).toBe(expected);
  });
});
