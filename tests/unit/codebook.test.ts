/**
 * The codebook (src/analysis/codebook.ts, ARCHITECTURE §3.3) and the Dēmos coordinator preset
 * (src/presets/demosCoordinatoren.ts, domain/SPEC.md §7a).
 */
import {
  codebookJsonToGrid,
  codebookToRows,
  readReferenceFigure,
  parseCodebookGrid,
  readDomain,
  readYesNo,
  type Codebook,
} from "../../src/analysis/codebook";
import type { CellValue, Grid } from "../../src/analysis/grid";
import { gridFromRows } from "../../src/analysis/grid";
import { BUILT_IN_SCALES } from "../../src/analysis/scale";
import { DEMOS_ITEMS, demosCoordinatorenCodebook } from "../../src/presets/demosCoordinatoren";
import { findPreset } from "../../src/presets";

function grid(rows: CellValue[][], origin: { row?: number; column?: number } = {}): Grid {
  return {
    file: "antwoorden.xlsx",
    sheet: "Codeboek",
    originRow: origin.row ?? 0,
    originColumn: origin.column ?? 0,
    rows,
  };
}

/** Item ids in order. */
const ids = (codebook: Codebook) => codebook.items.map((item) => item.id);

describe("parseCodebookGrid: headers", () => {
  test("Dutch headers item/tekst/construct/domein/schaal/omgekeerd", () => {
    const { codebook, issues } = parseCodebookGrid(
      grid([
        ["item", "tekst", "construct", "domein", "schaal", "omgekeerd"],
        ["Q1", "De visie is duidelijk.", "helderheid", "visie", "AKK5", "nee"],
        ["Q2", "Te weinig acties.", "volume", "acties", "akk5", "ja"],
        ["Q3", "Inzet op financiële steun", "inzet", "", "INZ5", ""],
        ["Q4", "Intervisie", "nood", null, "NUT2", null],
        ["Q5", "Cijfer voor het netwerk", null, "doelstellingen", "0-10", "0"],
      ])
    );
    expect(issues).toEqual([]);
    expect(codebook.name).toBe("Codeboek (antwoorden.xlsx)");
    expect(codebook.background).toEqual([]);
    expect(
      codebook.items.map((item) => [
        item.id,
        item.label,
        item.construct,
        item.domain,
        item.scale.id,
        item.reversed,
        item.section,
      ])
    ).toEqual([
      ["Q1", "De visie is duidelijk.", "helderheid", "visie", "AKK5", false, null],
      ["Q2", "Te weinig acties.", "volume", "acties", "AKK5", true, null],
      ["Q3", "Inzet op financiële steun", "inzet", null, "INZ5", false, null],
      ["Q4", "Intervisie", "nood", null, "NUT2", false, null],
      ["Q5", "Cijfer voor het netwerk", null, "doelstellingen", "0-10", false, null],
    ]);
    expect(codebook.items[0].scale).toBe(BUILT_IN_SCALES.AKK5);
  });

  test("English headers item/label/construct/domain/scale/reversed, in another column order and case", () => {
    const { codebook, issues } = parseCodebookGrid(
      grid([
        ["Scale", "Item", "Reversed", "Label", "Domain", "Construct", "Section"],
        ["AKK5", "A1", "yes", "Clear vision", "vision", "clarity", "Policy"],
        ["JN", "A2", "no", "Informal more valuable", "actions", "meetings", ""],
        ["1-6", "A3", "No", "", "objectives", "", ""],
      ])
    );
    expect(issues).toEqual([]);
    expect(
      codebook.items.map((item) => [
        item.id,
        item.label,
        item.construct,
        item.domain,
        item.scale.id,
        item.reversed,
        item.section,
      ])
    ).toEqual([
      ["A1", "Clear vision", "clarity", "visie", "AKK5", true, "Policy"],
      ["A2", "Informal more valuable", "meetings", "acties", "JN", false, null],
      // An empty label falls back to the id.
      ["A3", "A3", null, "doelstellingen", "1-6", false, null],
    ]);
  });

  test("the header need not be on the first row (title and blank rows above)", () => {
    const { codebook, issues } = parseCodebookGrid(
      grid([
        ["Codeboek coördinatorenbevraging 2016"],
        [],
        [null, null, "versie 2"],
        ["item", "tekst", "schaal"],
        ["VIS_01", "Het netwerk heeft een duidelijk afgebakende visie.", "AKK5"],
      ])
    );
    expect(issues).toEqual([]);
    expect(ids(codebook)).toEqual(["VIS_01"]);
    expect(codebook.items[0].construct).toBeNull();
    expect(codebook.items[0].reversed).toBe(false);
  });

  test("rows with an empty item cell are skipped without an issue", () => {
    const { codebook, issues } = parseCodebookGrid(
      grid([["item", "schaal"], ["Q1", "AKK5"], [null, "AKK5"], ["  ", "AKK5"], [], ["Q2", "JN"]])
    );
    expect(issues).toEqual([]);
    expect(ids(codebook)).toEqual(["Q1", "Q2"]);
  });
});

describe("parseCodebookGrid: yes/no in the 'omgekeerd' column", () => {
  test.each([
    ["ja", true],
    ["Ja", true],
    ["yes", true],
    ["YES", true],
    ["1", true],
    [1, true],
    ["x", true],
    ["X", true],
    [true, true],
    ["nee", false],
    ["Neen", false],
    ["no", false],
    ["0", false],
    [0, false],
    ["", false],
    [null, false],
    [false, false],
  ] as [CellValue, boolean][])("%p → reversed %p", (cell, expected) => {
    const { codebook, issues } = parseCodebookGrid(
      grid([
        ["item", "schaal", "omgekeerd"],
        ["Q1", "AKK5", cell],
      ])
    );
    expect(issues).toEqual([]);
    expect(codebook.items[0].reversed).toBe(expected);
    expect(readYesNo(cell)).toBe(expected);
  });
});

describe("parseCodebookGrid: problems become issues at the right cell", () => {
  // Header on sheet row 3 (a title row and a blank row above); items from row 4.
  const header: CellValue[] = ["item", "tekst", "construct", "domein", "schaal", "omgekeerd"];
  const title: CellValue[] = ["Codeboek"];

  test("unknown scale: error at the scale cell, row left out", () => {
    const { codebook, issues } = parseCodebookGrid(
      grid([
        title,
        [],
        header,
        ["Q1", "a", "c", "visie", "AKK5", "nee"],
        ["Q2", "b", "c", "visie", "AKK7", "nee"],
        ["Q3", "c", "c", "", "5-1", ""],
      ])
    );
    expect(ids(codebook)).toEqual(["Q1"]);
    expect(
      issues.map(({ severity, code, sheet, cell, file }) => ({ severity, code, sheet, cell, file }))
    ).toEqual([
      {
        severity: "error",
        code: "CODEBOOK_UNKNOWN_SCALE",
        sheet: "Codeboek",
        cell: "E5",
        file: "antwoorden.xlsx",
      },
      {
        severity: "error",
        code: "CODEBOOK_UNKNOWN_SCALE",
        sheet: "Codeboek",
        cell: "E6",
        file: "antwoorden.xlsx",
      },
    ]);
    expect(issues[0].message).toContain("AKK7");
    expect(issues[0].message).toContain("Q2");
  });

  test("duplicate item (also when written differently: 'q1 '): error at the second item cell, first row kept", () => {
    const { codebook, issues } = parseCodebookGrid(
      grid([
        title,
        [],
        header,
        ["Q1", "eerste", "", "", "AKK5", ""],
        ["Q2", "", "", "", "AKK5", ""],
        ["q1 ", "tweede", "", "", "JN", ""],
      ])
    );
    expect(ids(codebook)).toEqual(["Q1", "Q2"]);
    expect(codebook.items[0].label).toBe("eerste");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: "error",
      code: "CODEBOOK_DUPLICATE_ITEM",
      sheet: "Codeboek",
      cell: "A6",
    });
  });

  test("bad yes/no: warning at the 'omgekeerd' cell, item kept as not reversed", () => {
    const { codebook, issues } = parseCodebookGrid(
      grid([title, [], header, ["Q1", "", "", "", "AKK5", "misschien"]])
    );
    expect(ids(codebook)).toEqual(["Q1"]);
    expect(codebook.items[0].reversed).toBe(false);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: "warning",
      code: "CODEBOOK_BAD_VALUE",
      sheet: "Codeboek",
      cell: "F4",
    });
    expect(issues[0].message).toContain("misschien");
  });

  test("bad domain: warning at the 'domein' cell, domain left empty", () => {
    const { codebook, issues } = parseCodebookGrid(
      grid([title, [], header, ["Q1", "", "", "regio", "AKK5", "ja"]])
    );
    expect(codebook.items[0].domain).toBeNull();
    expect(codebook.items[0].reversed).toBe(true);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: "warning",
      code: "CODEBOOK_BAD_VALUE",
      sheet: "Codeboek",
      cell: "D4",
    });
    expect(issues[0].message).toContain("regio");
  });

  test("a domain cell such as 'constructor' is a bad value, not an Object.prototype member", () => {
    expect(readDomain("constructor")).toBeUndefined();
    expect(readDomain("toString")).toBeUndefined();
    const { codebook, issues } = parseCodebookGrid(
      grid([header, ["Q1", "", "", "constructor", "AKK5", ""]])
    );
    expect(codebook.items[0].domain).toBeNull();
    expect(issues[0]).toMatchObject({
      severity: "warning",
      code: "CODEBOOK_BAD_VALUE",
      cell: "D2",
    });
  });

  test("domain synonyms: visie/vision/VIS, doelstelling(en)/objectives/DOE, actie(s)/actions/ACT, blank", () => {
    expect(["Visie", "vision", "VIS"].map(readDomain)).toEqual(["visie", "visie", "visie"]);
    expect(["doelstelling", "Doelstellingen", "objectives", "doe"].map(readDomain)).toEqual(
      Array(4).fill("doelstellingen")
    );
    expect(["actie", "ACTIES", "actions", "act"].map(readDomain)).toEqual(Array(4).fill("acties"));
    expect([null, "", "  "].map(readDomain)).toEqual([null, null, null]);
  });

  test("missing 'item' column: CODEBOOK_MISSING_COLUMN at the grid's top-left cell, no items", () => {
    const { codebook, issues } = parseCodebookGrid(
      grid([
        ["vraag", "schaal"],
        ["Q1", "AKK5"],
      ])
    );
    expect(codebook.items).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: "error",
      code: "CODEBOOK_MISSING_COLUMN",
      sheet: "Codeboek",
      cell: "A1",
    });
  });

  test("missing 'schaal' column: CODEBOOK_MISSING_COLUMN", () => {
    const { codebook, issues } = parseCodebookGrid(
      grid([
        ["item", "tekst", "construct"],
        ["Q1", "x", "y"],
      ])
    );
    expect(codebook.items).toEqual([]);
    expect(issues.map((issue) => [issue.severity, issue.code, issue.cell])).toEqual([
      ["error", "CODEBOOK_MISSING_COLUMN", "A1"],
    ]);
  });

  test("addresses follow the grid origin (grid starting at C5)", () => {
    const { issues } = parseCodebookGrid(
      grid(
        [
          ["item", "schaal", "domein", "omgekeerd"],
          ["Q1", "AKK9", "", ""],
          ["Q2", "AKK5", "ergens", "soms"],
          ["Q2", "AKK5", "", ""],
        ],
        { row: 4, column: 2 }
      )
    );
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["CODEBOOK_UNKNOWN_SCALE", "D6"],
      ["CODEBOOK_BAD_VALUE", "F7"], // omgekeerd
      ["CODEBOOK_BAD_VALUE", "E7"], // domein
      ["CODEBOOK_DUPLICATE_ITEM", "C8"],
    ]);
    const missing = parseCodebookGrid(grid([["x", "y"]], { row: 4, column: 2 })).issues;
    expect(missing[0]).toMatchObject({ code: "CODEBOOK_MISSING_COLUMN", cell: "C5" });
  });

  test("English messages on request", () => {
    const { issues } = parseCodebookGrid(
      grid([
        ["item", "scale"],
        ["Q1", "AKK7"],
      ]),
      { language: "en" }
    );
    expect(issues[0].message).toBe(
      "Unknown scale 'AKK7' for item 'Q1'. Use AKK5, INZ5, NUT2, JN, SUC5 or a range such as 1-6."
    );
  });
});

describe("JSON codebook and round trips", () => {
  test("codebookJsonToGrid → parseCodebookGrid, Dutch and English keys, booleans for 'omgekeerd'", () => {
    const json = {
      items: [
        {
          item: "Q1",
          tekst: "Eerste stelling",
          construct: "c",
          domein: "visie",
          schaal: "AKK5",
          omgekeerd: "ja",
        },
        {
          id: "Q2",
          label: "Second",
          construct: "c",
          domain: "actions",
          scale: "INZ5",
          reversed: false,
          section: "Inzet",
        },
        { item: "Q3", schaal: "NUT2", omgekeerd: true, referentie: 81.8 },
      ],
    };
    const gridFromJson = codebookJsonToGrid(json, "codeboek.json");
    expect(gridFromJson.rows[0]).toEqual([
      "item",
      "tekst",
      "construct",
      "domein",
      "schaal",
      "omgekeerd",
      "sectie",
      "referentie",
    ]);
    expect(gridFromJson.rows[2]).toEqual([
      "Q2",
      "Second",
      "c",
      "actions",
      "INZ5",
      false,
      "Inzet",
      null,
    ]);
    const { codebook, issues } = parseCodebookGrid(gridFromJson);
    expect(issues).toEqual([]);
    expect(
      codebook.items.map((item) => [
        item.id,
        item.label,
        item.construct,
        item.domain,
        item.scale.id,
        item.reversed,
        item.section,
      ])
    ).toEqual([
      ["Q1", "Eerste stelling", "c", "visie", "AKK5", true, null],
      ["Q2", "Second", "c", "acties", "INZ5", false, "Inzet"],
      ["Q3", "Q3", null, null, "NUT2", true, null],
    ]);
    expect(codebook.items[2].reference).toEqual({ pctHigh: 81.8, source: "referentie" });
    expect(codebook.items[0].reference).toBeUndefined();
    // A bare array works too; anything else is refused with the file name.
    expect(codebookJsonToGrid(json.items, "a.json").rows).toHaveLength(4);
    expect(() => codebookJsonToGrid({ foo: 1 }, "bad.json")).toThrow(
      'bad.json: a JSON codebook needs an "items" array'
    );
  });

  test("codebookToRows → parseCodebookGrid reproduces the preset item for item", () => {
    const preset = demosCoordinatorenCodebook();
    const { codebook, issues } = parseCodebookGrid(
      gridFromRows("Codeboek", codebookToRows(preset))
    );
    expect(issues).toEqual([]);
    expect(codebook.items).toEqual(preset.items);
  });

  test("codebookToRows writes ja/nee and empty cells for null fields", () => {
    const rows = codebookToRows(demosCoordinatorenCodebook());
    expect(rows[0]).toEqual([
      "item",
      "tekst",
      "construct",
      "domein",
      "schaal",
      "omgekeerd",
      "sectie",
      "referentie Dēmos 2016",
    ]);
    const act03 = rows.find((row) => row[0] === "ACT_03")!;
    expect(act03.slice(2)).toEqual([
      "lastenverdeling",
      "acties",
      "AKK5",
      "ja",
      "Beleidsthema – acties",
      "37.7%",
    ]);
    const ond01 = rows.find((row) => row[0] === "OND_01")!;
    expect(ond01.slice(2)).toEqual([
      "ondersteuningsnood",
      "",
      "NUT2",
      "nee",
      "Ondersteuningsnoden",
      "97.4%",
    ]);
    // No share of its own in seed 002 ("minimum over de drie domeinen"): an empty cell.
    expect(rows.find((row) => row[0] === "INB_VIS")![7]).toBe("");
  });
});

describe("preset demos-coordinatoren (SPEC §7a)", () => {
  const preset = demosCoordinatorenCodebook();
  const byId = new Map(preset.items.map((item) => [item.id, item]));

  /** The 45 item ids of SPEC §7a, in the order of its codebook table. */
  const SPEC_IDS = [
    "VIS_01", "VIS_02", "VIS_03", "VIS_04",
    "DOE_01", "DOE_02", "DOE_03", "DOE_04", "DOE_05",
    "ACT_01", "ACT_02", "ACT_03", "ACT_04", "ACT_05",
    "INZ_01", "INZ_02", "INZ_03", "INZ_04",
    "PAR_01", "OVL_01", "OVL_02", "SAM_01",
    "ROL_VIS_FAC", "ROL_VIS_COP", "ROL_VIS_OPD",
    "ROL_DOE_FAC", "ROL_DOE_COP", "ROL_DOE_OPD",
    "ROL_ACT_FAC", "ROL_ACT_COP", "ROL_ACT_OPD",
    "VER_01",
    "INB_VIS", "INB_DOE", "INB_ACT",
    "EXP_VIS", "EXP_DOE", "EXP_ACT",
    "RIC_VIS", "RIC_DOE", "RIC_ACT",
    "OND_01", "OND_02", "OND_03", "OND_04",
  ]; // prettier-ignore

  test("has exactly the 45 ids of SPEC §7a, in order", () => {
    expect(SPEC_IDS).toHaveLength(45);
    expect(ids(preset)).toEqual(SPEC_IDS);
    expect(DEMOS_ITEMS.map((row) => row.id)).toEqual(SPEC_IDS);
  });

  test("is found by name, with or without 'preset:'", () => {
    expect(preset.name).toBe("preset:demos-coordinatoren");
    expect(ids(findPreset("preset:demos-coordinatoren")!)).toEqual(SPEC_IDS);
    expect(ids(findPreset(" Demos-Coordinatoren ")!)).toEqual(SPEC_IDS);
    expect(findPreset("nope")).toBeNull();
  });

  test("only ACT_03 and ACT_04 are reverse-keyed", () => {
    expect(preset.items.filter((item) => item.reversed).map((item) => item.id)).toEqual([
      "ACT_03",
      "ACT_04",
    ]);
  });

  test("scales: INZ5 for INZ_*, NUT2 for OND_*, AKK5 for every other item", () => {
    for (const item of preset.items) {
      const expected = item.id.startsWith("INZ_")
        ? "INZ5"
        : item.id.startsWith("OND_")
          ? "NUT2"
          : "AKK5";
      expect([item.id, item.scale.id]).toEqual([item.id, expected]);
      expect(item.scale).toBe(BUILT_IN_SCALES[expected]);
    }
  });

  test("role and participation constructs with their domains", () => {
    const domainOf = { VIS: "visie", DOE: "doelstellingen", ACT: "acties" } as const;
    const role = {
      FAC: "rol.facilitator",
      COP: "rol.coproducent",
      OPD: "rol.opdrachtgever",
    } as const;
    for (const d of ["VIS", "DOE", "ACT"] as const) {
      for (const r of ["FAC", "COP", "OPD"] as const) {
        const item = byId.get(`ROL_${d}_${r}`)!;
        expect([item.id, item.construct, item.domain]).toEqual([
          `ROL_${d}_${r}`,
          role[r],
          domainOf[d],
        ]);
      }
      expect(byId.get(`INB_${d}`)).toMatchObject({
        construct: "participatie.inbreng",
        domain: domainOf[d],
      });
      expect(byId.get(`EXP_${d}`)).toMatchObject({
        construct: "participatie.expertise",
        domain: domainOf[d],
      });
      expect(byId.get(`RIC_${d}`)).toMatchObject({
        construct: "participatie.richtinggevend",
        domain: domainOf[d],
      });
    }
    expect(byId.get("VER_01")).toMatchObject({
      construct: "participatie.vertegenwoordiging",
      domain: null,
    });
    // No other item uses a role or participation construct.
    const special = preset.items
      .filter((item) => /^(rol|participatie)\./.test(item.construct ?? ""))
      .map((item) => item.id);
    expect(special).toEqual(SPEC_IDS.filter((id) => /^(ROL_|INB_|EXP_|RIC_|VER_)/.test(id)));
  });

  test("domains of the Beleidsthema items follow their prefix; INZ, PAR, OVL, SAM, OND have none", () => {
    for (const item of preset.items) {
      const prefix = item.id.slice(0, 3);
      if (prefix === "VIS") expect(item.domain).toBe("visie");
      if (prefix === "DOE") expect(item.domain).toBe("doelstellingen");
      if (prefix === "ACT") expect(item.domain).toBe("acties");
      if (["INZ", "PAR", "OVL", "SAM", "OND"].includes(prefix)) expect(item.domain).toBeNull();
    }
  });

  test("exactly 9 constructs have two or more items (the scales for reliability)", () => {
    const counts = new Map<string, number>();
    for (const item of preset.items)
      if (item.construct) counts.set(item.construct, (counts.get(item.construct) ?? 0) + 1);
    const multi = [...counts].filter(([, n]) => n >= 2);
    expect(Object.fromEntries(multi)).toEqual({
      "waarde informeel overleg": 2,
      "inzet actietype": 4,
      "rol.facilitator": 3,
      "rol.coproducent": 3,
      "rol.opdrachtgever": 3,
      "participatie.inbreng": 3,
      "participatie.expertise": 3,
      "participatie.richtinggevend": 3,
      ondersteuningsnood: 4,
    });
    expect(multi).toHaveLength(9);
  });

  test("verbatim seed wording for items marked V in SPEC §7a", () => {
    expect(byId.get("ACT_01")!.label).toBe("Het netwerk stelt acties op.");
    expect(byId.get("DOE_03")!.label).toBe("De doelstellingen worden geëvalueerd.");
    expect(byId.get("ROL_ACT_FAC")!.label).toBe(
      "De verschillende netwerkpartners hadden bij het opstellen van de acties meer inbreng dan de netwerkcoördinator"
    );
    expect(byId.get("ROL_ACT_OPD")!.label).toBe(
      "De netwerkcoördinator had de meeste inbreng bij het opstellen van de acties"
    );
    expect(byId.get("OND_02")!.label).toBe(
      "Praktijkuitwisseling en intervisie met andere lokale netwerken"
    );
    expect(byId.get("INZ_01")!.label).toBe(
      "Mate van inzet op een actie? – Toekenning van individuele financiële tussenkomsten"
    );
  });

  test("background variables of SPEC §7a", () => {
    expect(preset.background.map((variable) => variable.id)).toEqual([
      "RESP_ID",
      "GEMEENTE",
      "GROOTTE_KLASSE",
      "INWONERS",
      "REGIO",
      "JAAR",
    ]);
  });
});

describe("reference figures (codebook column referentie / reference)", () => {
  test.each([
    [74.1, 74.1],
    [0.741, 74.1],
    [1, 100],
    [0, 0],
    ["92,2%", 92.2],
    ["91%", 91],
    ["74.1", 74.1],
    ["0,5", 50],
    ["0,5%", 0.5],
    ["Niet 16.9 / Wel 74.1", 74.1],
    ["Zwak 15.6 / Sterk 81.9", 81.9],
    ["Niet 2.6 / Wel 97.4", 97.4],
    ["", null],
    [null, null],
  ])("readReferenceFigure(%j) = %j", (cell, expected) => {
    expect(readReferenceFigure(cell)).toBe(expected);
  });

  test.each([
    "minimum over de drie domeinen = 65%",
    "niet richtinggevend 32,5%",
    "veel",
    "120%",
    -3,
    101,
  ])("readReferenceFigure(%j) is unreadable", (cell) => {
    expect(readReferenceFigure(cell)).toBeUndefined();
  });

  test("the source is taken from the header; unreadable figures are an info issue with the cell", () => {
    const { codebook, issues } = parseCodebookGrid(
      gridFromRows("Codeboek", [
        ["item", "schaal", "Referentie Dēmos 2016 (n = 77)"],
        ["A", "AKK5", "Niet 16.9 / Wel 74.1"],
        ["B", "AKK5", "minimum = 65%"],
        ["C", "AKK5", null],
      ])
    );
    expect(codebook.items.map((item) => item.reference)).toEqual([
      { pctHigh: 74.1, source: "Dēmos 2016 (n = 77)" },
      undefined,
      undefined,
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ severity: "info", code: "CODEBOOK_BAD_VALUE", cell: "C3" }),
    ]);
  });

  test("the preset carries seed 002's figures where they are the item's own share high", () => {
    const byId = new Map(demosCoordinatorenCodebook().items.map((item) => [item.id, item]));
    const figure = (id: string) => byId.get(id)!.reference?.pctHigh;
    expect(byId.get("ROL_ACT_COP")!.reference).toEqual({ pctHigh: 74.1, source: "Dēmos 2016" });
    expect(figure("VIS_01")).toBe(91);
    expect(figure("DOE_01")).toBe(92.2);
    expect(figure("ACT_03")).toBe(37.7);
    expect(figure("INZ_04")).toBe(57.2);
    expect(figure("VER_01")).toBe(62);
    expect(figure("OND_04")).toBe(81.8);
    // Not in seed 002 per item: role statements for visie/doelstellingen, participation per domain.
    for (const id of ["ROL_VIS_FAC", "ROL_DOE_COP", "INB_VIS", "EXP_ACT", "RIC_ACT"])
      expect(byId.get(id)!.reference).toBeUndefined();
    expect([...byId.values()].filter((item) => item.reference)).toHaveLength(30);
  });
});
