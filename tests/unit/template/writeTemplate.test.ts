/**
 * The coordinator template as an .xlsx file (src/xlsx/writeTemplate.ts): written from the spec,
 * read back with ExcelJS (validations, protection, states, print settings, properties), with our
 * own reader readXlsx, and as a ZIP package (no external links, no password hash, no macros).
 */
import * as ExcelJS from "exceljs";
import { parseCodebookGrid } from "../../../src/analysis/codebook";
import { findPreset } from "../../../src/presets";
import { DEMOS_ITEMS, DEMOS_PRESET_ID } from "../../../src/presets/demosCoordinatoren";
import {
  DONT_KNOW_CHOICE,
  META_KEYS,
  NETWORK_FIELDS,
  SURVEY_COLUMNS,
  TEMPLATE_SHEETS,
  TEMPLATE_VERSION,
} from "../../../src/template/layout";
import type { TemplateSpec } from "../../../src/template/templateSpec";
import { buildTemplateSpec } from "../../../src/template/templateSpec";
import { findSheet, readXlsx } from "../../../src/xlsx/readXlsx";
import { expandRange, writeTemplateWorkbook } from "../../../src/xlsx/writeTemplate";

// JSZip comes with ExcelJS; only the tests open the package with it.
const JSZip = require("jszip");

jest.setTimeout(60_000);

const codebook = findPreset(DEMOS_PRESET_ID)!;
const TIMESTAMP = new Date("2026-03-01T09:00:00Z");

interface Written {
  spec: TemplateSpec;
  bytes: Uint8Array;
  workbook: ExcelJS.Workbook;
  zip: {
    files: Record<string, unknown>;
    file(name: string): { async(type: "string"): Promise<string> } | null;
  };
}

async function write(language: "nl" | "en", contact?: string): Promise<Written> {
  const spec = buildTemplateSpec(codebook, {
    language,
    presetId: DEMOS_PRESET_ID,
    generated: "2026-03-01",
    contact,
  });
  const bytes = await writeTemplateWorkbook(spec, { timestamp: TIMESTAMP });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const zip = await JSZip.loadAsync(bytes);
  return { spec, bytes, workbook, zip };
}

let nl: Written;
let en: Written;

beforeAll(async () => {
  [nl, en] = await Promise.all([write("nl"), write("en", "An Peeters")]);
});

const text = (value: ExcelJS.CellValue): string =>
  value === null || value === undefined ? "" : String(value);

describe("the workbook", () => {
  test("sheets, order and states", () => {
    expect(nl.workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["Instructies", "visible"],
      ["Netwerk", "visible"],
      ["Bevraging", "visible"],
      ["Codeboek", "visible"],
      ["Lijsten", "hidden"],
      ["_Netwerkmeter", "veryHidden"],
    ]);
    expect(en.workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      TEMPLATE_SHEETS.instructions.en,
      TEMPLATE_SHEETS.network.en,
      TEMPLATE_SHEETS.survey.en,
      TEMPLATE_SHEETS.codebook.en,
      TEMPLATE_SHEETS.lists.en,
      TEMPLATE_SHEETS.meta.en,
    ]);
  });

  test("opens on the instructions, the only selected tab", async () => {
    expect(nl.workbook.views[0]).toMatchObject({ activeTab: 0, firstSheet: 0 });
    expect(nl.workbook.getWorksheet("Instructies")!.views[0]).toMatchObject({
      showGridLines: false,
    });
    // ExcelJS does not read tabSelected back; look at the sheet XML.
    const selected = [];
    for (let index = 1; index <= 6; index += 1) {
      const xml = await nl.zip.file(`xl/worksheets/sheet${index}.xml`)!.async("string");
      if (xml.includes('tabSelected="1"')) selected.push(index);
    }
    expect(selected).toEqual([1]);
  });

  test("document properties", () => {
    expect(nl.workbook.creator).toBe("Netwerkmeter");
    expect(nl.workbook.company).toBe("Dēmos");
    expect(nl.workbook.title).toBe(nl.spec.properties.title);
    expect(nl.workbook.created.toISOString()).toBe(TIMESTAMP.toISOString());
    expect(nl.workbook.modified.toISOString()).toBe(TIMESTAMP.toISOString());
  });

  test("the meta sheet holds the template id and version", () => {
    const meta = nl.workbook.getWorksheet("_Netwerkmeter")!;
    const pairs = new Map<string, string>();
    meta.eachRow((row) => pairs.set(text(row.getCell(1).value), text(row.getCell(2).value)));
    expect(pairs.get(META_KEYS.marker)).toBe("ja");
    expect(pairs.get(META_KEYS.templateId)).toBe(DEMOS_PRESET_ID);
    expect(pairs.get(META_KEYS.version)).toBe(TEMPLATE_VERSION);
    expect(pairs.get(META_KEYS.language)).toBe("nl");
    expect(pairs.get(META_KEYS.generated)).toBe("2026-03-01");
  });
});

describe("Bevraging", () => {
  const { item, question, answer, comment } = SURVEY_COLUMNS;

  test("every item once, with a drop-down of its scale's choices including 'Weet niet'", async () => {
    const survey = nl.workbook.getWorksheet("Bevraging")!;
    const lists = nl.workbook.getWorksheet("Lijsten")!;
    const seen: string[] = [];
    survey.eachRow((row, rowNumber) => {
      const id = text(row.getCell(item).value);
      if (rowNumber > 3 && id !== "") seen.push(id);
    });
    expect(seen).toEqual(DEMOS_ITEMS.map((row) => row.id));

    for (const placement of nl.spec.items) {
      expect(survey.getCell(`${question}${placement.row}`).style).toMatchObject({
        alignment: { wrapText: true },
      });
      const validation = survey.getCell(placement.answerCell).dataValidation;
      expect(validation).toMatchObject({
        type: "list",
        allowBlank: true,
        showInputMessage: true,
        showErrorMessage: true,
        errorStyle: "stop",
      });
      expect(validation.formulae).toEqual([placement.source]);
      // Resolve the list source on the hidden lists sheet.
      const [, column, first, last] = /^Lijsten!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(
        validation.formulae[0]
      )!;
      const choices = [];
      for (let row = Number(first); row <= Number(last); row += 1)
        choices.push(lists.getCell(`${column}${row}`).value);
      expect(choices).toEqual(placement.choices);
      expect(choices).toContain(DONT_KNOW_CHOICE.nl);
      expect(validation.prompt).toContain(DONT_KNOW_CHOICE.nl);
    }
    // Headings and statements have no drop-down.
    expect(survey.getCell(`${answer}4`).dataValidation).toBeUndefined();
  });

  test("answer and comment cells are unlocked, everything else locked; the sheet protected without a password", () => {
    const survey = nl.workbook.getWorksheet("Bevraging")!;
    const unlocked = new Set(
      nl.spec.items.flatMap((placement) => [placement.answerCell, placement.commentCell])
    );
    survey.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const locked = cell.protection?.locked !== false;
        expect([cell.address, locked]).toEqual([cell.address, !unlocked.has(cell.address)]);
      });
    });
    for (const placement of nl.spec.items) {
      expect(survey.getCell(placement.answerCell).protection).toMatchObject({ locked: false });
      expect(survey.getCell(`${item}${placement.row}`).protection?.locked).not.toBe(false);
    }
    const protection = (survey as unknown as { sheetProtection: Record<string, unknown> })
      .sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection.hashValue).toBeUndefined();
    expect(protection.algorithmName).toBeUndefined();
  });

  test("tidy: column widths, frozen header, answer fill, print one page wide", () => {
    const survey = nl.workbook.getWorksheet("Bevraging")!;
    expect(survey.getColumn(item).width).toBe(12);
    expect(survey.getColumn(question).width).toBeGreaterThanOrEqual(50);
    expect(survey.getColumn(answer).width).toBeGreaterThanOrEqual("Noch zwak, noch sterk".length);
    expect(survey.getColumn(comment).width).toBeGreaterThanOrEqual(20);
    expect(survey.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    const first = nl.spec.items[0];
    expect(survey.getCell(first.answerCell).fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
    });
    expect(survey.getCell(first.answerCell).border.left?.style).toBe("thin");
    expect(survey.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const lastRow = nl.spec.items[nl.spec.items.length - 1].row;
    expect(survey.pageSetup.printArea).toBe(`A1:D${lastRow}`);
    expect(survey.headerFooter.oddFooter).toContain(TEMPLATE_VERSION);
  });
});

describe("Netwerk", () => {
  test("labels in column A, the size-class formula without a cached result", () => {
    const network = nl.workbook.getWorksheet("Netwerk")!;
    const labels: string[] = [];
    network.getColumn(1).eachCell((cell) => labels.push(text(cell.value)));
    for (const field of NETWORK_FIELDS) expect(labels).toContain(field.label.nl);
    const sizeRow = labels.indexOf("Grootteklasse");
    let formulaCell: ExcelJS.Cell | undefined;
    network.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulaCell = cell;
      })
    );
    expect(formulaCell).toBeDefined();
    expect(formulaCell!.formula).toMatch(
      /^IF\(ISNUMBER\(B\d+\),IF\(B\d+<B\d+,"klein","groot"\),""\)$/
    );
    expect((formulaCell!.value as ExcelJS.CellFormulaValue).result).toBeUndefined();
    expect(formulaCell!.protection).toMatchObject({ locked: false });
    expect(formulaCell!.row).toBeGreaterThan(sizeRow);
  });
});

describe("read back with readXlsx", () => {
  test("every sheet is a grid; the codebook parses back to the preset's items", async () => {
    const grids = await readXlsx(nl.bytes, "sjabloon.xlsx");
    expect(grids.map((grid) => grid.sheet)).toEqual(nl.spec.sheets.map((sheet) => sheet.name));
    const { codebook: parsed, issues } = parseCodebookGrid(findSheet(grids, "Codeboek"));
    expect(issues).toEqual([]);
    expect(parsed.items).toEqual(codebook.items);
    const survey = findSheet(grids, "Bevraging");
    const ids = survey.rows
      .map((row) => row[0 - survey.originColumn])
      .filter((value): value is string => typeof value === "string");
    for (const row of DEMOS_ITEMS) expect(ids).toContain(row.id);
    const network = findSheet(grids, "Netwerk");
    const networkLabels = network.rows.map((row) => row[0]);
    for (const field of NETWORK_FIELDS) expect(networkLabels).toContain(field.label.nl);
  });
});

describe("the package", () => {
  test("no external links, macros, comments or password hashes", async () => {
    const names = Object.keys(nl.zip.files);
    expect(names.filter((name) => /externalLink|vbaProject|comments|drawing/i.test(name))).toEqual(
      []
    );
    const contentTypes = await nl.zip.file("[Content_Types].xml")!.async("string");
    expect(contentTypes).not.toMatch(/externalLink|macroEnabled|vbaProject/i);
    for (const name of names.filter((candidate) => candidate.endsWith(".rels"))) {
      const rels = await nl.zip.file(name)!.async("string");
      expect(rels).not.toMatch(/TargetMode="External"/);
      expect(rels).not.toMatch(/externalLink/);
    }
    const workbookXml = await nl.zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).not.toMatch(/externalReference/);
    // An absolute print area, as Excel writes it.
    expect(workbookXml).toContain("&apos;Bevraging&apos;!$A$1:$D$");
    for (const name of names.filter((candidate) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(candidate)
    )) {
      const xml = await nl.zip.file(name)!.async("string");
      expect(xml).not.toMatch(/hashValue|password=/);
    }
  });

  test("English: English choices, names and instructions with the contact", async () => {
    const survey = en.workbook.getWorksheet("Survey")!;
    const first = en.spec.items[0];
    const validation = survey.getCell(first.answerCell).dataValidation;
    expect(validation.formulae).toEqual([first.source]);
    expect(first.source.startsWith("Lists!")).toBe(true);
    const lists = en.workbook.getWorksheet("Lists")!;
    expect(lists.getCell("A2").value).toBe("Strongly disagree");
    expect(lists.getCell("A7").value).toBe(DONT_KNOW_CHOICE.en);
    const instructions: string[] = [];
    en.workbook
      .getWorksheet("Instructions")!
      .eachRow((row) => instructions.push(text(row.getCell(1).value)));
    expect(instructions).toContain("Contact: An Peeters");
    expect(survey.getCell(`${SURVEY_COLUMNS.answer}3`).value).toBe("answer");
  });
});

describe("expandRange", () => {
  test("cells of a range", () => {
    expect(expandRange("C6:C8")).toEqual(["C6", "C7", "C8"]);
    expect(expandRange("B4")).toEqual(["B4"]);
    expect(expandRange("Y1:AA1")).toEqual(["Y1", "Z1", "AA1"]);
    expect(() => expandRange("Lijsten!A1")).toThrow();
  });
});

describe("long surveys", () => {
  test("validations never overlap, also across rows 9/10 and 99/100", async () => {
    const scale = codebook.items[0].scale;
    const many = {
      name: "veel",
      background: [],
      items: Array.from({ length: 120 }, (_, index) => ({
        ...codebook.items[0],
        id: `Q${index + 1}`,
        section: null,
        scale,
      })),
    };
    const spec = buildTemplateSpec(many, { language: "nl", presetId: "veel" });
    const zip = await JSZip.loadAsync(await writeTemplateWorkbook(spec));
    const xml: string = await zip.file("xl/worksheets/sheet3.xml").async("string");
    const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    const covered = sqrefs.flatMap((sqref) => sqref.split(" ").flatMap(expandRange));
    expect(covered.sort()).toEqual(spec.items.map((placement) => placement.answerCell).sort());
    expect(new Set(covered).size).toBe(covered.length);
  });
});
