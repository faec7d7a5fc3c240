/**
 * Ingest (src/analysis/ingest.ts): a Grid of raw cells + a codebook → a coded Dataset with issues.
 * Every bad input kind has its own test that pins the issue code, severity and the exact cell
 * (sheet + A1 address), as ARCHITECTURE §1 promises ("every problem can point at a cell").
 */
import { parseCodebookGrid } from "../../src/analysis/codebook";
import { rowArrayGrid } from "../fakes/rowArrayGrid";
import { ANSWER_STATUS, findItemColumn, type Dataset } from "../../src/analysis/dataset";
import type { CellValue, Grid } from "../../src/analysis/grid";
import { gridFromRows } from "../../src/analysis/grid";
import { ItemMatcher, ingest, unifySpellings } from "../../src/analysis/ingest";
import type { Issue } from "../../src/analysis/issue";
import { summarizeItem } from "../../src/analysis/itemSummary";
import { demosCoordinatorenCodebook } from "../../src/presets/demosCoordinatoren";
import { readCsv } from "../../src/xlsx/readCsv";
import { generateResponses, rowsToCsv } from "../../scripts/exampleData";

const preset = demosCoordinatorenCodebook();

function sheet(rows: CellValue[][], origin: { row?: number; column?: number } = {}): Grid {
  return {
    file: "netwerken.xlsx",
    sheet: "Antwoorden",
    originRow: origin.row ?? 0,
    originColumn: origin.column ?? 0,
    rows,
  };
}

/** Codes of one item column, NaN shown as null for readable expectations. */
function codes(dataset: Dataset, itemId: string): (number | null)[] {
  const column = findItemColumn(dataset, itemId);
  if (!column) throw new Error(`no column for ${itemId}`);
  return Array.from(column.values, (value) => (Number.isNaN(value) ? null : value));
}

function statuses(dataset: Dataset, itemId: string): string[] {
  const names = Object.fromEntries(
    Object.entries(ANSWER_STATUS).map(([name, code]) => [code, name])
  );
  return Array.from(findItemColumn(dataset, itemId)!.status, (status) => names[status]);
}

/** Where, what and how bad: the part of an issue a person acts on. */
const located = ({ severity, code, sheet: sheetName, cell }: Issue) => ({
  severity,
  code,
  sheet: sheetName,
  cell,
});

const issuesWith = (dataset: Dataset, code: string) =>
  dataset.issues.filter((issue) => issue.code === code);

describe("header matching", () => {
  test("by item id in any case, with or without the underscore", () => {
    const dataset = ingest(
      sheet([
        ["VIS_01", "vis_02", "VIS03", "vis 04", "Doe_01"],
        [1, 2, 3, 4, 5],
      ]),
      preset
    );
    expect(dataset.items.map((column) => [column.item.id, column.header, column.column])).toEqual([
      ["VIS_01", "VIS_01", 0],
      ["VIS_02", "vis_02", 1],
      ["VIS_03", "VIS03", 2],
      ["VIS_04", "vis 04", 3],
      ["DOE_01", "Doe_01", 4],
    ]);
    expect(dataset.background).toEqual([]);
    expect(dataset.items.map((column) => column.values[0])).toEqual([1, 2, 3, 4, 5]);
  });

  test("by the full statement, ignoring case, runs of spaces, punctuation and accents", () => {
    const headers = [
      "de doelstellingen   worden GEEVALUEERD", // "De doelstellingen worden geëvalueerd."
      "Het netwerk stelt acties op", // no full stop
      "Mate van inzet op een actie? - Toekenning van individuele financiele tussenkomsten", // hyphen for en dash, no ë
      "De netwerkcoordinator had de meeste inbreng bij het opstellen van de acties",
    ];
    const dataset = ingest(sheet([headers, [4, 5, 4, 2]]), preset);
    expect(dataset.items.map((column) => column.item.id)).toEqual([
      "DOE_03",
      "ACT_01",
      "INZ_01",
      "ROL_ACT_OPD",
    ]);
    expect(dataset.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
  });

  test('"Demos" matches "Dēmos" and "geevalueerd" matches "geëvalueerd" in both directions', () => {
    const { codebook } = parseCodebookGrid(
      gridFromRows("Codeboek", [
        ["item", "tekst", "schaal"],
        ["STEUN", "Welke ondersteuning verwacht u van Dēmos?", "NUT2"],
        ["EVAL", "Doelstellingen worden geevalueerd", "AKK5"],
      ])
    );
    const dataset = ingest(
      sheet([
        ["Doelstellingen worden geëvalueerd", "welke ondersteuning verwacht u van DEMOS"],
        [5, 1],
      ]),
      codebook
    );
    expect(dataset.items.map((column) => [column.item.id, column.header])).toEqual([
      ["STEUN", "welke ondersteuning verwacht u van DEMOS"],
      ["EVAL", "Doelstellingen worden geëvalueerd"],
    ]);
    const matcher = new ItemMatcher(codebook);
    expect(matcher.match("Welke ondersteuning verwacht u van Dēmos")?.id).toBe("STEUN");
    expect(matcher.match("DOELSTELLINGEN WORDEN GEËVALUEERD.")?.id).toBe("EVAL");
  });

  test('"VIS_01 – Het netwerk …" style headers (id, dash, shortened statement) match the id', () => {
    const dataset = ingest(
      sheet([
        [
          "VIS_01 – Het netwerk heeft een …",
          "ROL_ACT_COP - evenveel inbreng",
          "OND_04: evaluatie",
          "INZ_02 (info vrijetijd)",
        ],
        [5, 4, 1, 3],
      ]),
      preset
    );
    // Codebook order, not sheet order.
    expect(dataset.items.map((column) => [column.item.id, column.column])).toEqual([
      ["VIS_01", 0],
      ["INZ_02", 3],
      ["ROL_ACT_COP", 1],
      ["OND_04", 2],
    ]);
    expect(codes(dataset, "VIS_01")).toEqual([5]);
    expect(codes(dataset, "OND_04")).toEqual([1]);
  });

  test("items come out in codebook order; codebook items not in the data are listed (info)", () => {
    const dataset = ingest(
      sheet([
        ["OND_01", "VIS_01"],
        [1, 4],
      ]),
      preset
    );
    expect(dataset.items.map((column) => column.item.id)).toEqual(["VIS_01", "OND_01"]);
    expect(dataset.missingItems).toHaveLength(43);
    const notInData = issuesWith(dataset, "ITEM_NOT_IN_DATA");
    expect(notInData).toHaveLength(1);
    expect(notInData[0]).toMatchObject({
      severity: "info",
      sheet: "Antwoorden",
      file: "netwerken.xlsx",
    });
    expect(notInData[0].message).toContain("43 items van het codeboek staan niet in de gegevens");
  });
});

describe("layout", () => {
  test("the header row need not be first: a title row and a blank row above", () => {
    const dataset = ingest(
      sheet([
        ["Coördinatorenbevraging 2016 — export"],
        [],
        ["RESP_ID", "VIS_01", "VIS_02"],
        ["N1", 4, 5],
        ["N2", "akkoord", 2],
      ]),
      preset
    );
    expect(dataset.headerRow).toBe(2);
    expect(dataset.respondentIds).toEqual(["N1", "N2"]);
    expect(dataset.respondentRows).toEqual([3, 4]);
    expect(codes(dataset, "VIS_01")).toEqual([4, 4]);
    expect(dataset.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
  });

  test("grid origin not A1 (originRow 2, originColumn 1 = cell B3): every address shifts", () => {
    // Sheet layout: title in B3, header in row 4 (B4:D4), respondents in rows 5–6.
    const dataset = ingest(
      sheet(
        [
          ["Antwoorden coördinatoren"],
          ["RESP_ID", "VIS_01", "VIS_02"],
          ["N1", 4, 9],
          ["N2", "misschien", 5],
        ],
        { row: 2, column: 1 }
      ),
      preset
    );
    expect(dataset.headerRow).toBe(3);
    expect(dataset.respondentRows).toEqual([4, 5]);
    expect(dataset.issues.map(located)).toEqual([
      { severity: "info", code: "ITEM_NOT_IN_DATA", sheet: "Antwoorden", cell: undefined },
      { severity: "error", code: "UNKNOWN_LABEL", sheet: "Antwoorden", cell: "C6" },
      { severity: "error", code: "OUT_OF_RANGE", sheet: "Antwoorden", cell: "D5" },
    ]);
  });

  test("respondent ids come from RESP_ID (or an alias); without one, from the sheet row", () => {
    const withId = ingest(
      sheet([
        ["Netwerk", "VIS_01"],
        ["Gent", 4],
        [1001, 5],
      ]),
      preset
    );
    expect(withId.respondentIds).toEqual(["Gent", "1001"]);
    expect(withId.background.map((column) => column.id)).toEqual(["RESP_ID"]);
    const without = ingest(sheet([["VIS_01"], [4], [5]], { row: 9 }), preset);
    expect(without.respondentIds).toEqual(["Rij 11", "Rij 12"]);
    expect(ingest(sheet([["VIS_01"], [4]]), preset, { language: "en" }).respondentIds).toEqual([
      "Row 2",
    ]);
  });

  test("background columns are kept with one value per respondent (usable for grouping); comments are set apart", () => {
    const dataset = ingest(
      sheet([
        ["RESP_ID", "Grootteklasse", "regio", "Opmerking", "VIS_01", "INWONERS", "Actief"],
        ["N1", "klein", "Limburg", null, 4, 12500, true],
        ["N2", "groot", "  ", "goed netwerk", 5, 80000, false],
        ["N3", "klein", "Antwerpen", new Date(Date.UTC(2016, 2, 1)), 2, null, null],
      ]),
      preset
    );
    expect(dataset.background.map((column) => [column.id, column.header, column.column])).toEqual([
      ["RESP_ID", "RESP_ID", 0],
      ["GROOTTE_KLASSE", "Grootteklasse", 1],
      ["REGIO", "regio", 2],
      ["INWONERS", "INWONERS", 5],
      ["Actief", "Actief", 6],
    ]);
    const values = Object.fromEntries(
      dataset.background.map((column) => [column.id, column.values])
    );
    expect(values).toEqual({
      RESP_ID: ["N1", "N2", "N3"],
      GROOTTE_KLASSE: ["klein", "groot", "klein"],
      REGIO: ["Limburg", null, "Antwerpen"],
      INWONERS: ["12500", "80000", null],
      Actief: ["ja", "nee", null],
    });
    // A comment column is free text: gathered for the Opmerkingen sheet, never a group column.
    expect(dataset.textColumns).toEqual([
      {
        id: "Opmerking",
        header: "Opmerking",
        column: 3,
        values: [null, "goed netwerk", "2016-03-01"],
        cells: ["D2", "D3", "D4"],
      },
    ]);
  });
});

describe("bad input: one kind per test, with code, severity and cell", () => {
  test("out of range: 7 on AKK5 → OUT_OF_RANGE error at the cell, counted as missing", () => {
    const dataset = ingest(
      sheet([
        ["RESP_ID", "VIS_01", "VIS_02"],
        ["N1", 4, 5],
        ["N2", 2, 7],
      ]),
      preset
    );
    const issues = issuesWith(dataset, "OUT_OF_RANGE");
    expect(issues.map(located)).toEqual([
      { severity: "error", code: "OUT_OF_RANGE", sheet: "Antwoorden", cell: "C3" },
    ]);
    expect(issues[0].file).toBe("netwerken.xlsx");
    expect(issues[0].message).toBe(
      "Waarde 7 ligt buiten schaal AKK5 (1–5 of Helemaal niet akkoord, Niet akkoord, Neutraal, Akkoord, Helemaal akkoord) bij item VIS_02; als ontbrekend geteld."
    );
    expect(codes(dataset, "VIS_02")).toEqual([5, null]);
    expect(statuses(dataset, "VIS_02")).toEqual(["valid", "invalid"]);
  });

  test("unknown label: 'misschien' → UNKNOWN_LABEL error at the cell", () => {
    const dataset = ingest(
      sheet([
        ["RESP_ID", "VIS_01", "VIS_02"],
        ["N1", "misschien", 5],
        ["N2", 2, 3],
      ]),
      preset
    );
    expect(issuesWith(dataset, "UNKNOWN_LABEL").map(located)).toEqual([
      { severity: "error", code: "UNKNOWN_LABEL", sheet: "Antwoorden", cell: "B2" },
    ]);
    expect(statuses(dataset, "VIS_01")).toEqual(["invalid", "valid"]);
  });

  test("formula error value: '#DIV/0!' → FORMULA_ERROR error at the cell", () => {
    const dataset = ingest(
      sheet([
        ["RESP_ID", "VIS_01", "VIS_02", "VIS_03"],
        ["N1", 1, 2, 3],
        ["N2", 2, 3, 4],
        ["N3", 3, 4, "#DIV/0!"],
      ]),
      preset
    );
    expect(issuesWith(dataset, "FORMULA_ERROR").map(located)).toEqual([
      { severity: "error", code: "FORMULA_ERROR", sheet: "Antwoorden", cell: "D4" },
    ]);
    expect(statuses(dataset, "VIS_03")).toEqual(["valid", "valid", "invalid"]);
  });

  test("duplicate respondent id: DUPLICATE_RESPONDENT warning at the second id cell; both rows kept, second id disambiguated", () => {
    const dataset = ingest(
      sheet([
        ["RESP_ID", "VIS_01"],
        ["N1", 4],
        ["N2", 3],
        ["N1", 2],
      ]),
      preset
    );
    expect(issuesWith(dataset, "DUPLICATE_RESPONDENT").map(located)).toEqual([
      { severity: "warning", code: "DUPLICATE_RESPONDENT", sheet: "Antwoorden", cell: "A4" },
    ]);
    expect(dataset.respondentIds).toEqual(["N1", "N2", "N1 (rij 4)"]);
    expect(new Set(dataset.respondentIds).size).toBe(3);
    expect(codes(dataset, "VIS_01")).toEqual([4, 3, 2]);
  });

  test("duplicate respondent named three times, in other case and spacing: counted, matched as consolidate matches", () => {
    const dataset = ingest(
      sheet([
        ["RESP_ID", "VIS_01"],
        ["Netwerk Lier", 4],
        ["netwerk  LIER", 3],
        ["Netwerk Gent", 5],
        ["Netwerk Lier", 2],
      ]),
      preset
    );
    const issues = issuesWith(dataset, "DUPLICATE_RESPONDENT");
    expect(issues.map(located)).toEqual([
      { severity: "warning", code: "DUPLICATE_RESPONDENT", sheet: "Antwoorden", cell: "A3" },
      { severity: "warning", code: "DUPLICATE_RESPONDENT", sheet: "Antwoorden", cell: "A5" },
    ]);
    expect(issues.map((issue) => issue.message)).toEqual([
      "Respondent 'netwerk  LIER' komt 3 keer voor (ook in rij 2 en 5); alle rijen worden meegeteld. Controleer of dit dubbele inzendingen zijn.",
      "Respondent 'Netwerk Lier' komt 3 keer voor (ook in rij 2 en 3); alle rijen worden meegeteld. Controleer of dit dubbele inzendingen zijn.",
    ]);
    expect(dataset.respondentIds).toEqual([
      "Netwerk Lier",
      "netwerk  LIER (rij 3)",
      "Netwerk Gent",
      "Netwerk Lier (rij 5)",
    ]);
    const english = ingest(
      sheet([
        ["RESP_ID", "VIS_01"],
        ["Netwerk Lier", 4],
        ["Nétwerk Lier", 3],
      ]),
      preset,
      { language: "en" }
    );
    expect(issuesWith(english, "DUPLICATE_RESPONDENT").map((issue) => issue.message)).toEqual([
      "Respondent 'Nétwerk Lier' appears twice (also in row 2); both rows are counted. Check whether this is a duplicate submission.",
    ]);
  });

  test("duplicate item column: DUPLICATE_COLUMN error at the second header; the second column is not used", () => {
    const dataset = ingest(
      sheet([
        [
          "RESP_ID",
          "VIS_01",
          "VIS_02",
          "VIS_01 – Het netwerk heeft een duidelijk afgebakende visie",
        ],
        ["N1", 4, 3, 1],
      ]),
      preset
    );
    expect(issuesWith(dataset, "DUPLICATE_COLUMN").map(located)).toEqual([
      { severity: "error", code: "DUPLICATE_COLUMN", sheet: "Antwoorden", cell: "D1" },
    ]);
    expect(issuesWith(dataset, "DUPLICATE_COLUMN")[0].message).toContain("B1");
    expect(codes(dataset, "VIS_01")).toEqual([4]);
    // Neither an item nor a background variable.
    expect(dataset.background.map((column) => column.column)).toEqual([0]);
  });

  test("no recognised items: NO_ITEMS_RECOGNISED error at the first cell of the header row; no respondents, no per-row noise", () => {
    const dataset = ingest(
      sheet([[], ["Naam", "Vraag 1", "Vraag 2"], ["N1", 4, 5], ["N2", 3, 1]]),
      preset
    );
    expect(dataset.issues.map(located)).toEqual([
      { severity: "error", code: "NO_ITEMS_RECOGNISED", sheet: "Antwoorden", cell: "A2" },
    ]);
    expect(dataset.items).toEqual([]);
    expect(dataset.respondentIds).toEqual([]);
    expect(dataset.missingItems).toHaveLength(45);
  });

  test("empty grid: EMPTY_INPUT error naming the sheet (there is no cell to point at)", () => {
    for (const rows of [[], [[]], [[null, "  "], [null]]] as CellValue[][][]) {
      const dataset = ingest(sheet(rows), preset);
      expect(dataset.issues.map(located)).toEqual([
        { severity: "error", code: "EMPTY_INPUT", sheet: "Antwoorden", cell: undefined },
      ]);
      expect(dataset.issues[0].message).toBe("Blad 'Antwoorden' bevat geen gegevens.");
      expect(dataset.items).toEqual([]);
      expect(dataset.respondentIds).toEqual([]);
      expect(dataset.missingItems).toHaveLength(45);
    }
  });

  test("a row with background values but no answer: EMPTY_ROW info at the row's first cell, not a respondent", () => {
    const dataset = ingest(
      sheet([
        ["RESP_ID", "GROOTTE_KLASSE", "VIS_01", "VIS_02"],
        ["N1", "klein", 4, 5],
        ["N2", "groot", null, "  "],
        [null, null, null, null], // fully blank: silently not a respondent
        ["N3", "klein", "weet niet", null], // don't-know is an answer
      ]),
      preset
    );
    expect(issuesWith(dataset, "EMPTY_ROW").map(located)).toEqual([
      { severity: "info", code: "EMPTY_ROW", sheet: "Antwoorden", cell: "A3" },
    ]);
    expect(issuesWith(dataset, "EMPTY_ROW")[0].message).toBe(
      "Rij 3 heeft geen enkel antwoord en telt niet als respondent."
    );
    expect(dataset.respondentIds).toEqual(["N1", "N3"]);
    expect(dataset.respondentRows).toEqual([1, 4]);
    expect(statuses(dataset, "VIS_01")).toEqual(["valid", "dontKnow"]);
  });
});

describe("issue cap per column (maxIssuesPerColumn)", () => {
  test("after the cap one summary issue at the column header carries the remaining count", () => {
    const rows: CellValue[][] = [["RESP_ID", "VIS_01", "VIS_02"]];
    for (let index = 0; index < 10; index += 1) rows.push([`N${index + 1}`, 7, index < 2 ? 9 : 3]);
    const dataset = ingest(sheet(rows), preset, { maxIssuesPerColumn: 3 });
    const outOfRange = issuesWith(dataset, "OUT_OF_RANGE");
    expect(outOfRange.map(located)).toEqual([
      { severity: "error", code: "OUT_OF_RANGE", sheet: "Antwoorden", cell: "B2" },
      { severity: "error", code: "OUT_OF_RANGE", sheet: "Antwoorden", cell: "B3" },
      { severity: "error", code: "OUT_OF_RANGE", sheet: "Antwoorden", cell: "B4" },
      { severity: "error", code: "OUT_OF_RANGE", sheet: "Antwoorden", cell: "B1" }, // summary
      // VIS_02 has only 2 bad cells: under the cap, no summary.
      { severity: "error", code: "OUT_OF_RANGE", sheet: "Antwoorden", cell: "C2" },
      { severity: "error", code: "OUT_OF_RANGE", sheet: "Antwoorden", cell: "C3" },
    ]);
    expect(outOfRange[3].message).toBe(
      "Nog 7 ongeldige antwoorden (buiten de schaal) in kolom 'VIS_01' (item VIS_01) niet afzonderlijk vermeld; alle als ontbrekend geteld."
    );
    // Nothing is dropped: all ten cells are invalid, not only the three listed.
    expect(statuses(dataset, "VIS_01").filter((status) => status === "invalid")).toHaveLength(10);
  });

  test("the cap is per kind, and each summary carries its own code", () => {
    const rows: CellValue[][] = [["VIS_01"]];
    for (let index = 0; index < 5; index += 1) rows.push([7]);
    for (let index = 0; index < 4; index += 1) rows.push(["misschien"]);
    rows.push(["#N/A"]);
    const dataset = ingest(sheet(rows), preset, { maxIssuesPerColumn: 2 });
    const invalid = dataset.issues.filter((issue) => issue.severity === "error");
    expect(invalid.map((issue) => [issue.code, issue.cell])).toEqual([
      ["OUT_OF_RANGE", "A2"],
      ["OUT_OF_RANGE", "A3"],
      ["UNKNOWN_LABEL", "A7"],
      ["UNKNOWN_LABEL", "A8"],
      ["FORMULA_ERROR", "A11"],
      ["OUT_OF_RANGE", "A1"], // 3 more
      ["UNKNOWN_LABEL", "A1"], // 2 more
    ]);
    expect(invalid[5].message).toMatch(/^Nog 3 /);
    expect(invalid[6].message).toMatch(/^Nog 2 /);
  });

  test("default cap is 200", () => {
    const rows: CellValue[][] = [["VIS_01"]];
    for (let index = 0; index < 205; index += 1) rows.push([0]);
    const dataset = ingest(sheet(rows), preset);
    const issues = issuesWith(dataset, "OUT_OF_RANGE");
    expect(issues).toHaveLength(201);
    expect(issues[200]).toMatchObject({ cell: "A1" });
    expect(issues[200].message).toMatch(/^Nog 5 /);
  });
});

describe("nothing is silently dropped", () => {
  test("for every item: n + missing + dontKnow = respondents, invalid ≤ missing; issues = invalid cells", () => {
    const dataset = ingest(
      sheet([
        ["RESP_ID", "VIS_01", "INZ_01", "OND_01", "ROL_ACT_FAC", "Regio"],
        ["N1", "Helemaal akkoord", "Sterke inzet", "Wel nuttig", 1, "A"],
        ["N2", 6, "zwakke inzet", 0, "weet niet", "B"],
        ["N3", null, 3, "Niet nuttig", "#N/A", null],
        ["N4", "n.v.t.", "ja", 2, " 2 ", "A"],
        ["N5", "4 - Akkoord", null, "nvt", "misschien", "B"],
        ["N6", "", "", "", "", "C"], // background only: not a respondent
      ]),
      preset
    );
    const respondents = dataset.respondentIds.length;
    expect(respondents).toBe(5);
    let invalidCells = 0;
    for (const column of dataset.items) {
      const summary = summarizeItem(column, { base: "all", rounding: "exact" });
      expect(summary.n + summary.missing + summary.dontKnow).toBe(respondents);
      expect(summary.invalid).toBeLessThanOrEqual(summary.missing);
      expect(summary.baseN).toBe(respondents);
      invalidCells += summary.invalid;
    }
    const cellIssues = dataset.issues.filter((issue) =>
      ["OUT_OF_RANGE", "UNKNOWN_LABEL", "FORMULA_ERROR"].includes(issue.code)
    );
    expect(cellIssues).toHaveLength(invalidCells);
    // Column by column in codebook order (OND_01 is the last item of the preset).
    expect(cellIssues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["OUT_OF_RANGE", "B3"],
      ["UNKNOWN_LABEL", "C5"],
      ["FORMULA_ERROR", "E4"],
      ["UNKNOWN_LABEL", "E6"],
      ["OUT_OF_RANGE", "D5"],
    ]);
    expect(codes(dataset, "VIS_01")).toEqual([5, null, null, null, 4]);
    expect(statuses(dataset, "VIS_01")).toEqual([
      "valid",
      "invalid",
      "missing",
      "dontKnow",
      "valid",
    ]);
    expect(codes(dataset, "INZ_01")).toEqual([4, 2, 3, null, null]);
    expect(codes(dataset, "OND_01")).toEqual([1, 0, 0, null, null]);
    expect(statuses(dataset, "OND_01")).toEqual(["valid", "valid", "valid", "invalid", "dontKnow"]);
    expect(codes(dataset, "ROL_ACT_FAC")).toEqual([1, null, null, 2, null]);
    expect(issuesWith(dataset, "EMPTY_ROW").map((issue) => issue.cell)).toEqual(["A7"]);
  });
});

describe("group values", () => {
  it("treats spellings that differ only in case, accents or spaces as one group value", () => {
    expect(unifySpellings(["Klein", "groot", "klein ", "KLEIN", null, "Groot"])).toEqual([
      "Klein",
      "groot",
      "Klein",
      "Klein",
      null,
      "groot",
    ]);
  });

  it("shows a group with its most common spelling, not the one seen first", () => {
    // One coordinator typed "Klein" over the template's drop-down value "klein".
    const grid = gridFromRows("Antwoorden", [
      ["RESP_ID", "GROOTTE_KLASSE", "REGIO", "VIS_01"],
      ["N1", "Klein", "Oost-Vlaanderen", 4],
      ["N2", "klein", "oost-vlaanderen", 5],
      ["N3", "groot", "Oost-Vlaanderen", 3],
      ["N4", "klein", "Antwerpen", 2],
      ["N5", " KLEIN", "antwerpen", 2],
      ["N6", "-", "—", 2],
    ]);
    const data = ingest(grid, demosCoordinatorenCodebook());
    const values = (id: string) => data.background.find((column) => column.id === id)!.values;
    expect(values("GROOTTE_KLASSE")).toEqual(["klein", "klein", "groot", "klein", "klein", "-"]);
    // A tie: the spelling seen first.
    expect(values("REGIO")).toEqual([
      "Oost-Vlaanderen",
      "Oost-Vlaanderen",
      "Oost-Vlaanderen",
      "Antwerpen",
      "Antwerpen",
      "—",
    ]);
  });

  it("unifies background columns but keeps respondent ids as written", () => {
    const grid = gridFromRows("Antwoorden", [
      ["RESP_ID", "GROOTTE_KLASSE", "VIS_01"],
      ["Netwerk A", "Klein", 4],
      ["netwerk a", "klein", 5],
    ]);
    const data = ingest(grid, demosCoordinatorenCodebook());
    expect(data.background.find((column) => column.id === "GROOTTE_KLASSE")!.values).toEqual([
      "Klein",
      "Klein",
    ]);
    // Not unified to one spelling; the same network all the same (as consolidate matches names).
    expect(data.respondentIds).toEqual(["Netwerk A", "netwerk a (rij 3)"]);
    expect(data.issues.map((issue) => issue.code)).toContain("DUPLICATE_RESPONDENT");
  });
});

describe("column mapping chosen by a person", () => {
  it("maps a header to an item, or a recognised header to background, as chosen", () => {
    const grid = gridFromRows("Antwoorden", [
      ["RESP_ID", "Vraag 1", "VIS_02"],
      ["N1", 4, 5],
    ]);
    const data = ingest(grid, demosCoordinatorenCodebook(), {
      columnMapping: { "vraag 1": "VIS_01", VIS_02: null },
    });
    expect(data.items.map((column) => [column.item.id, column.header])).toEqual([
      ["VIS_01", "Vraag 1"],
    ]);
    expect(data.background.map((column) => column.header)).toContain("VIS_02");
  });
});

describe("a grid stored by column (a CSV file without quotes)", () => {
  /** Messy answers (labels, don't-knows, bad cells) with a blank-headed column, short and empty rows. */
  function messyCsv(): string {
    const rows = generateResponses({
      respondents: 400,
      seed: 11,
      labelShare: 0.2,
      dontKnowShare: 0.05,
      badCells: true,
    }).map((row) => [...row]);
    rows.forEach((row, index) =>
      row.splice(3, 0, index === 0 ? null : index % 9 === 0 ? "x" : null)
    );
    rows[5] = rows[5].slice(0, 12); // a short row: its last items are absent
    rows[7] = rows[7].map(() => null); // an empty row
    rows[8] = rows[8].map((value, column) => (column < 6 ? value : null)); // no answer, a name
    rows.splice(1, 0, [...rows[1]]); // a repeated respondent
    return rowsToCsv(rows, ";");
  }

  it("gives the same dataset as the same rows in row arrays, without building its rows", () => {
    const text = messyCsv();
    expect(text).not.toContain('"');
    const stored = readCsv(text, "antwoorden.csv");
    expect(stored.columns).toBeDefined();
    const asRows = rowArrayGrid(stored);
    expect(asRows.columns).toBeUndefined();
    Object.defineProperty(stored, "rows", {
      get: () => {
        throw new Error("ingest built the rows of a grid stored by column");
      },
    });
    const fromStore = ingest(stored, preset);
    const fromRows = ingest(asRows, preset);
    expect(fromStore).toEqual(fromRows);
    // The comparison covers what this data holds: every kind of answer and issue.
    const statuses = new Set(fromRows.items.flatMap((column) => Array.from(column.status)));
    expect([...statuses].sort()).toEqual([
      ANSWER_STATUS.valid,
      ANSWER_STATUS.missing,
      ANSWER_STATUS.dontKnow,
      ANSWER_STATUS.invalid,
    ]);
    const codes = new Set(fromRows.issues.map((issue) => issue.code));
    for (const code of ["BLANK_HEADER", "EMPTY_ROW", "DUPLICATE_RESPONDENT", "OUT_OF_RANGE"])
      expect(codes).toContain(code);
  });
});
