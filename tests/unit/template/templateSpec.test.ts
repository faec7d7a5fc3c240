/**
 * The coordinator template as data (src/template/templateSpec.ts): sheets and their order, the
 * survey rows and drop-downs, protection, the network form, the codebook and meta sheets, and the
 * helpers (wrapping estimate, sections, sheet references). No file is written here; see
 * writeTemplate.test.ts for the .xlsx.
 */
import * as fs from "fs";
import * as path from "path";
import type { Codebook } from "../../../src/analysis/codebook";
import { codebookToRows, parseCodebookGrid } from "../../../src/analysis/codebook";
import type { CellValue } from "../../../src/analysis/grid";
import { columnIndex, gridFromRows } from "../../../src/analysis/grid";
import { resolveScale } from "../../../src/analysis/scale";
import { findPreset } from "../../../src/presets";
import { DEMOS_ITEMS, DEMOS_PRESET_ID } from "../../../src/presets/demosCoordinatoren";
import {
  DEFAULT_SIZE_THRESHOLD,
  DONT_KNOW_CHOICE,
  META_KEYS,
  META_MARKER_VALUE,
  NETWORK_FIELDS,
  SIZE_THRESHOLD_LABEL,
  SURVEY_COLUMNS,
  SURVEY_DOMAINS,
  SURVEY_HEADERS,
  TEMPLATE_SHEETS,
  TEMPLATE_VERSION,
} from "../../../src/template/layout";
import type { TemplateSheet, TemplateSpec } from "../../../src/template/templateSpec";
import {
  VALIDATION_LIMITS,
  buildTemplateSpec,
  groupSurveyItems,
  scaleChoices,
  sheetReference,
  splitSection,
  wrappedLineCount,
} from "../../../src/template/templateSpec";

const codebook = findPreset(DEMOS_PRESET_ID)!;
const build = (overrides: Partial<Parameters<typeof buildTemplateSpec>[1]> = {}): TemplateSpec =>
  buildTemplateSpec(codebook, {
    language: "nl",
    presetId: DEMOS_PRESET_ID,
    generated: "2026-03-01",
    ...overrides,
  });

const nl = build();
const en = build({ language: "en" });

function sheet(spec: TemplateSpec, key: TemplateSheet["key"]): TemplateSheet {
  const found = spec.sheets.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no sheet ${key}`);
  return found;
}

function cellValue(target: TemplateSheet, address: string): string | number | null | undefined {
  return target.cells.find((cell) => cell.address === address)?.value;
}

/** The sheet's cells as a grid (for the codebook parser). */
function toGrid(target: TemplateSheet) {
  const rows: CellValue[][] = [];
  for (const cell of target.cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(cell.address)!;
    const row = Number(match[2]) - 1;
    const column = columnIndex(match[1]);
    while (rows.length <= row) rows.push([]);
    while (rows[row].length < column) rows[row].push(null);
    rows[row][column] = cell.value;
  }
  return gridFromRows(target.name, rows);
}

/** Every cell address of a range such as "C6:C9". */
function cellsOf(range: string): string[] {
  const [first, last = first] = range.split(":");
  const parse = (address: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    return { column: match[1], row: Number(match[2]) };
  };
  const start = parse(first);
  const end = parse(last);
  expect(end.column).toBe(start.column);
  const cells: string[] = [];
  for (let row = start.row; row <= end.row; row += 1) cells.push(`${start.column}${row}`);
  return cells;
}

describe("sheets", () => {
  test("six sheets in layout order, named in the template language", () => {
    expect(nl.sheets.map((s) => s.name)).toEqual([
      "Instructies",
      "Netwerk",
      "Bevraging",
      "Codeboek",
      "Lijsten",
      "_Netwerkmeter",
    ]);
    expect(en.sheets.map((s) => s.name)).toEqual(
      (["instructions", "network", "survey", "codebook", "lists", "meta"] as const).map(
        (key) => TEMPLATE_SHEETS[key].en
      )
    );
    expect(nl.activeSheet).toBe(0);
  });

  test("lists are hidden, the meta sheet very hidden, the rest visible", () => {
    expect(nl.sheets.map((s) => s.state)).toEqual([
      "visible",
      "visible",
      "visible",
      "visible",
      "hidden",
      "veryHidden",
    ]);
  });

  test("visible sheets print one A4 page wide and are protected without a password", () => {
    for (const visible of nl.sheets.filter((s) => s.state === "visible")) {
      expect(visible.print).toMatchObject({ paperSize: "A4", fitToWidth: 1, fitToHeight: 0 });
      expect(visible.print!.area).toMatch(/^A1:[A-Z]+\d+$/);
      expect(visible.print!.footer).toContain(TEMPLATE_VERSION);
      expect(visible.protection).not.toBeNull();
    }
    expect(sheet(nl, "survey").print!.orientation).toBe("portrait");
    expect(sheet(nl, "survey").print!.repeatRows).toBe("3:3");
  });

  test("document properties", () => {
    expect(nl.properties).toMatchObject({ creator: "Netwerkmeter", company: "Dēmos" });
    expect(nl.properties.title).not.toBe("");
    expect(nl).toMatchObject({
      templateId: DEMOS_PRESET_ID,
      version: TEMPLATE_VERSION,
      presetId: DEMOS_PRESET_ID,
      language: "nl",
      generated: "2026-03-01",
    });
  });

  test("the same input gives the same spec", () => {
    expect(build()).toEqual(nl);
  });
});

describe("Bevraging", () => {
  const survey = sheet(nl, "survey");
  const { item, question, answer, comment } = SURVEY_COLUMNS;

  test("header row under a title and an instruction, frozen", () => {
    expect(cellValue(survey, "A1")).toMatch(/netwerkcoördinatoren/);
    expect(String(cellValue(survey, "A2"))).toContain(DONT_KNOW_CHOICE.nl);
    expect(survey.merges).toContain("A2:D2");
    expect(cellValue(survey, `${item}3`)).toBe(SURVEY_HEADERS.item.nl);
    expect(cellValue(survey, `${question}3`)).toBe(SURVEY_HEADERS.question.nl);
    expect(cellValue(survey, `${answer}3`)).toBe(SURVEY_HEADERS.answer.nl);
    expect(cellValue(survey, `${comment}3`)).toBe(SURVEY_HEADERS.comment.nl);
    expect(survey.frozenRows).toBe(3);
  });

  test("every preset item appears once, id in column A and statement in column B", () => {
    expect(nl.items.map((placement) => placement.id).sort()).toEqual(
      DEMOS_ITEMS.map((row) => row.id).sort()
    );
    const idsInColumnA = survey.cells
      .filter((cell) => cell.address.startsWith(item) && cell.style === "itemId")
      .map((cell) => cell.value);
    expect(idsInColumnA).toHaveLength(DEMOS_ITEMS.length);
    expect(new Set(idsInColumnA).size).toBe(DEMOS_ITEMS.length);
    for (const placement of nl.items) {
      const row = DEMOS_ITEMS.find((candidate) => candidate.id === placement.id)!;
      expect(cellValue(survey, `${item}${placement.row}`)).toBe(placement.id);
      expect(cellValue(survey, `${question}${placement.row}`)).toBe(row.text);
      expect(placement.answerCell).toBe(`${answer}${placement.row}`);
      expect(placement.commentCell).toBe(`${comment}${placement.row}`);
      const statement = survey.cells.find((cell) => cell.address === `${question}${placement.row}`);
      expect(statement).toMatchObject({ style: "statement", wrap: true });
    }
  });

  test("column A holds only the header and item ids (the reader finds items by id)", () => {
    const values = survey.cells
      .filter((cell) => /^A\d+$/.test(cell.address) && Number(cell.address.slice(1)) > 3)
      .filter((cell) => cell.value !== null)
      .map((cell) => cell.value);
    expect(values).toEqual(nl.items.map((placement) => placement.id));
  });

  test("domain headings in SURVEY_DOMAINS order, in column B, with sub-headings per section", () => {
    const headings = survey.cells
      .filter((cell) => cell.style === "heading" && cell.value !== null)
      .map((cell) => cell);
    expect(headings.map((cell) => cell.value)).toEqual([...SURVEY_DOMAINS]);
    for (const heading of headings) expect(heading.address.startsWith(question)).toBe(true);
    const subheadings = survey.cells
      .filter((cell) => cell.style === "subheading")
      .map((cell) => cell.value);
    expect(subheadings).toEqual([
      "Visie",
      "Doelstellingen",
      "Acties",
      "Inzet",
      "Visie",
      "Doelstellingen",
      "Acties",
      "Vertegenwoordiging",
    ]);
    // Items follow the questionnaire order of the preset.
    expect(nl.items.map((placement) => placement.id)).toEqual(DEMOS_ITEMS.map((row) => row.id));
  });

  test("every answer cell has exactly one list validation pointing at its scale's choices", () => {
    const lists = sheet(nl, "lists");
    for (const placement of nl.items) {
      const covering = survey.validations.filter((validation) =>
        cellsOf(validation.range).includes(placement.answerCell)
      );
      expect(covering).toHaveLength(1);
      const validation = covering[0];
      expect(validation.kind).toBe("list");
      if (validation.kind !== "list") continue;
      expect(validation.source).toBe(placement.source);
      expect(validation.errorStyle).toBe("stop");
      expect(validation.allowBlank).toBe(true);
      // The source range on the lists sheet holds exactly the choices.
      const match = /^Lijsten!\$([A-Z]+)\$(\d+):\$\1\$(\d+)$/.exec(validation.source)!;
      expect(match).not.toBeNull();
      const values = [];
      for (let row = Number(match[2]); row <= Number(match[3]); row += 1)
        values.push(cellValue(lists, `${match[1]}${row}`));
      expect(values).toEqual(placement.choices);
      expect(cellValue(lists, `${match[1]}1`)).toBe(placement.scaleId);
      // Every choice is named in the input message and the error alert.
      for (const choice of placement.choices) {
        expect(validation.prompt).toContain(String(choice));
        expect(validation.error).toContain(String(choice));
      }
    }
  });

  test("choices are the scale labels in the language, then the don't-know choice", () => {
    const akk = nl.items.find((placement) => placement.id === "VIS_01")!;
    expect(akk.choices).toEqual([
      "Helemaal niet akkoord",
      "Niet akkoord",
      "Neutraal",
      "Akkoord",
      "Helemaal akkoord",
      "Weet niet",
    ]);
    const inz = nl.items.find((placement) => placement.id === "INZ_01")!;
    expect(inz.choices).toContain("Noch zwak, noch sterk");
    const nut = en.items.find((placement) => placement.id === "OND_01")!;
    expect(nut.choices).toEqual(["Not useful", "Useful", DONT_KNOW_CHOICE.en]);
    for (const placement of nl.items) expect(placement.choices.at(-1)).toBe(DONT_KNOW_CHOICE.nl);
    for (const placement of en.items) expect(placement.choices.at(-1)).toBe(DONT_KNOW_CHOICE.en);
  });

  test("validation messages stay within Excel's limits", () => {
    for (const spec of [nl, en])
      for (const target of spec.sheets)
        for (const validation of target.validations) {
          expect(validation.promptTitle.length).toBeLessThanOrEqual(VALIDATION_LIMITS.title);
          expect(validation.errorTitle.length).toBeLessThanOrEqual(VALIDATION_LIMITS.title);
          expect(validation.prompt.length).toBeLessThanOrEqual(VALIDATION_LIMITS.prompt);
          expect(validation.error.length).toBeLessThanOrEqual(VALIDATION_LIMITS.error);
          // XML attributes cannot keep line breaks.
          expect(validation.prompt).not.toMatch(/[\r\n]/);
          expect(validation.error).not.toMatch(/[\r\n]/);
        }
  });

  test("only the answer and comment cells are unlocked", () => {
    const expected = nl.items.flatMap((placement) => [placement.answerCell, placement.commentCell]);
    expect([...survey.protection!.unlocked].sort()).toEqual([...expected].sort());
  });

  test("rows of long statements are tall enough for their lines", () => {
    for (const placement of nl.items) {
      const text = String(cellValue(survey, `${question}${placement.row}`));
      const height = survey.rowHeights[placement.row] ?? 15;
      const minimumLines = Math.ceil(text.length / (survey.columnWidths[question] * 1.3));
      expect(height).toBeGreaterThanOrEqual(minimumLines * 15);
    }
  });
});

describe("Netwerk", () => {
  const network = sheet(nl, "network");
  const labelRows = new Map(
    network.cells
      .filter((cell) => cell.address.startsWith("A") && typeof cell.value === "string")
      .map((cell) => [cell.value as string, Number(cell.address.slice(1))])
  );

  test("one label per NETWORK_FIELDS entry in column A, an unlocked input cell in column B", () => {
    for (const field of NETWORK_FIELDS) {
      const row = labelRows.get(field.label.nl);
      expect(row).toBeDefined();
      const input = network.cells.find((cell) => cell.address === `B${row}`);
      expect(input?.style).toBe("input");
      expect(network.protection!.unlocked).toContain(`B${row}`);
    }
    const enNetwork = sheet(en, "network");
    for (const field of NETWORK_FIELDS)
      expect(enNetwork.cells.some((cell) => cell.value === field.label.en)).toBe(true);
  });

  test("the size class is a formula of the inhabitants and the threshold row, overridable", () => {
    const thresholdRow = labelRows.get(SIZE_THRESHOLD_LABEL.nl)!;
    expect(cellValue(network, `B${thresholdRow}`)).toBe(DEFAULT_SIZE_THRESHOLD);
    expect(network.protection!.unlocked).toContain(`B${thresholdRow}`);
    const inhabitantsRow = labelRows.get("Aantal inwoners")!;
    const sizeRow = labelRows.get("Grootteklasse")!;
    const sizeCell = network.cells.find((cell) => cell.address === `B${sizeRow}`)!;
    expect(sizeCell.formula).toBe(
      `IF(ISNUMBER(B${inhabitantsRow}),IF(B${inhabitantsRow}<B${thresholdRow},"klein","groot"),"")`
    );
    expect(sizeCell.value).toBeNull();
    expect(network.protection!.unlocked).toContain(`B${sizeRow}`);
    // A note next to it says it may be overwritten and names the threshold.
    const note = String(cellValue(network, `C${sizeRow}`));
    expect(note).toContain(SIZE_THRESHOLD_LABEL.nl);
    expect(note).toMatch(/zelf invullen/);
    // English: the English size classes.
    const enNetwork = sheet(en, "network");
    expect(enNetwork.cells.find((cell) => cell.formula)?.formula).toContain('"small","large"');
  });

  test("a custom threshold", () => {
    const custom = sheet(build({ sizeThreshold: 20000 }), "network");
    expect(custom.cells.some((cell) => cell.value === 20000)).toBe(true);
  });

  test("numbers, years and dates are validated", () => {
    const kinds = network.validations.map((validation) => validation.kind).sort();
    expect(kinds).toEqual(["date", "list", "whole", "whole", "whole"]);
  });

  test("the date's input message and alert are titled for a date, the numbers' for a number", () => {
    const titles = (spec: TemplateSpec) =>
      sheet(spec, "network")
        .validations.filter((validation) => validation.kind !== "list")
        .map((validation) => [validation.range, validation.promptTitle, validation.errorTitle]);
    expect(titles(nl)).toEqual([
      ["B6", "Getal invullen", "Getal invullen"],
      ["B9", "Getal invullen", "Getal invullen"],
      ["B11", "Datum invullen", "Datum invullen"],
      ["B13", "Getal invullen", "Getal invullen"],
    ]);
    expect(titles(en).map((row) => row[1])).toEqual([
      "Enter a number",
      "Enter a number",
      "Enter a date",
      "Enter a number",
    ]);
  });
});

describe("Codeboek, Lijsten, meta", () => {
  test("the codebook sheet holds codebookToRows and parses back to the same items", () => {
    const target = sheet(nl, "codebook");
    const rows = codebookToRows(codebook);
    expect(cellValue(target, "A1")).toBe("item");
    expect(cellValue(target, `A${rows.length}`)).toBe(rows[rows.length - 1][0]);
    const { codebook: parsed, issues } = parseCodebookGrid(toGrid(target));
    expect(issues).toEqual([]);
    expect(parsed.items).toEqual(codebook.items);
    expect(target.frozenRows).toBe(1);
    expect(target.protection!.unlocked).toEqual([]);
  });

  test("the codebook sheet has the columns docs/template.md names: seven and the Dēmos reference", () => {
    const headers = sheet(nl, "codebook")
      .cells.filter((cell) => /^[A-Z]+1$/.test(cell.address))
      .map((cell) => cell.value);
    expect(headers).toEqual([
      "item",
      "tekst",
      "construct",
      "domein",
      "schaal",
      "omgekeerd",
      "sectie",
      "referentie Dēmos 2016",
    ]);
    const doc = fs.readFileSync(
      path.join(__dirname, "..", "..", "..", "docs", "template.md"),
      "utf8"
    );
    const row = doc.split("\n").find((line) => line.startsWith("| `Codeboek` / `Codebook`"))!;
    const named = /the codebook \(([^;]*);/.exec(row)![1];
    expect([...named.matchAll(/`([^`]+)`/g)].map((match) => match[1])).toEqual(headers);
  });

  test("the lists sheet has one column per scale and the size classes", () => {
    const lists = sheet(nl, "lists");
    const headers = lists.cells
      .filter((cell) => /^[A-Z]+1$/.test(cell.address))
      .map((cell) => cell.value);
    expect(headers).toEqual(["AKK5", "INZ5", "NUT2", "Grootteklasse"]);
  });

  test("the meta sheet stores marker, template id, version, preset, language and date", () => {
    const meta = sheet(nl, "meta");
    const pairs = Object.fromEntries(
      [1, 2, 3, 4, 5, 6].map((row) => [cellValue(meta, `A${row}`), cellValue(meta, `B${row}`)])
    );
    expect(pairs).toEqual({
      [META_KEYS.marker]: META_MARKER_VALUE,
      [META_KEYS.templateId]: DEMOS_PRESET_ID,
      [META_KEYS.version]: TEMPLATE_VERSION,
      [META_KEYS.preset]: DEMOS_PRESET_ID,
      [META_KEYS.language]: "nl",
      [META_KEYS.generated]: "2026-03-01",
    });
    expect(cellValue(meta, "A1")).toBe(META_KEYS.marker);
    const undated = sheet(build({ generated: undefined }), "meta");
    expect(cellValue(undated, "B6")).toBeNull();
  });
});

describe("Instructies", () => {
  const text = (spec: TemplateSpec) =>
    sheet(spec, "instructions")
      .cells.map((cell) => String(cell.value))
      .join("\n");

  test("plain-language steps naming the sheets, the don't-know choice and the contact", () => {
    const body = text(nl);
    for (const word of ["Netwerk", "Bevraging", "Codeboek", "Weet niet", "opmerking", ".xlsx"])
      expect(body).toContain(word);
    expect(body).toContain("Contact: …");
    expect(body).toMatch(/niet over personen/);
    expect(body).toContain(`versie ${TEMPLATE_VERSION}`);
    expect(text(build({ contact: "An Peeters, an@demos.be" }))).toContain(
      "Contact: An Peeters, an@demos.be"
    );
  });

  test("English", () => {
    const body = text(en);
    for (const word of ["Network", "Survey", "Codebook", "Don't know", "comment", "Contact: …"])
      expect(body).toContain(word);
  });

  test("fits on the page: one column no wider than 80 characters, no gridlines", () => {
    const instructions = sheet(nl, "instructions");
    expect(Object.keys(instructions.columnWidths)).toEqual(["A"]);
    expect(instructions.columnWidths.A).toBeLessThanOrEqual(80);
    expect(instructions.showGridLines).toBe(false);
  });
});

describe("other codebooks", () => {
  const custom: Codebook = {
    name: "custom",
    background: [],
    items: [
      {
        id: "X1",
        label: "Zonder sectie",
        construct: null,
        domain: null,
        section: null,
        scale: resolveScale("1-6")!,
        reversed: false,
      },
      {
        id: "X2",
        label: "Eigen domein",
        construct: null,
        domain: null,
        section: "Eigen – deel",
        scale: resolveScale("JN")!,
        reversed: false,
      },
      {
        id: "X3",
        label: "Bestuur",
        construct: null,
        domain: null,
        section: "Bestuursstijl",
        scale: resolveScale("JN")!,
        reversed: false,
      },
    ],
  };
  const spec = buildTemplateSpec(custom, { language: "nl", presetId: "eigen" });

  test("known domains first, then others, items without a section last", () => {
    expect(spec.items.map((placement) => placement.id)).toEqual(["X3", "X2", "X1"]);
    const headings = sheet(spec, "survey")
      .cells.filter((cell) => cell.style === "heading" && cell.value !== null)
      .map((cell) => cell.value);
    expect(headings).toEqual(["Bestuursstijl", "Eigen", "Andere stellingen"]);
  });

  test("numeric scales offer numbers", () => {
    expect(spec.items.find((placement) => placement.id === "X1")!.choices).toEqual([
      1,
      2,
      3,
      4,
      5,
      6,
      "Weet niet",
    ]);
  });

  test("an empty codebook still gives a well-formed template", () => {
    const empty = buildTemplateSpec(
      { name: "leeg", items: [], background: [] },
      {
        language: "nl",
        presetId: "leeg",
      }
    );
    expect(empty.items).toEqual([]);
    expect(sheet(empty, "survey").print!.area).toBe("A1:D3");
  });
});

describe("helpers", () => {
  test("wrappedLineCount", () => {
    expect(wrappedLineCount("een twee drie", 8)).toBe(2);
    expect(wrappedLineCount("", 10)).toBe(1);
    expect(wrappedLineCount("a\nb", 10)).toBe(2);
    expect(wrappedLineCount("x".repeat(25), 10)).toBe(3);
  });

  test("splitSection", () => {
    expect(splitSection("Beleidsthema – visie")).toEqual({ domain: "Beleidsthema", sub: "visie" });
    expect(splitSection("Beleidsorganisatie")).toEqual({
      domain: "Beleidsorganisatie",
      sub: null,
    });
    expect(splitSection(null)).toEqual({ domain: null, sub: null });
  });

  test("groupSurveyItems keeps the preset's domains in order", () => {
    expect(groupSurveyItems(codebook.items).map((group) => group.domain)).toEqual([
      ...SURVEY_DOMAINS,
    ]);
  });

  test("sheetReference quotes only when needed", () => {
    expect(sheetReference("Lijsten")).toBe("Lijsten");
    expect(sheetReference("Mijn lijsten")).toBe("'Mijn lijsten'");
    expect(sheetReference("A1")).toBe("'A1'");
    expect(sheetReference("Jan's")).toBe("'Jan''s'");
  });

  test("scaleChoices", () => {
    expect(scaleChoices(resolveScale("JN")!, "en")).toEqual(["No", "Yes", "Don't know"]);
  });
});
