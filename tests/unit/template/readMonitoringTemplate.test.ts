/**
 * Reading a returned monitoring template from Grids (src/template/readMonitoringTemplate.ts):
 * recognition by the version marker, the checks the template's validation makes, provenance.
 */
import type { CellValue } from "../../../src/analysis/grid";
import { gridFromRows } from "../../../src/analysis/grid";
import {
  isMonitoringTemplate,
  readFilledMonitoringTemplate,
} from "../../../src/template/readMonitoringTemplate";

const instructions = (version: string) =>
  gridFromRows("Instructies", [
    ["Monitoring"],
    [],
    ["Eenheid", "Partnerschap 07"],
    ["Perioden", "2026-Q1, 2026-Q2, 2026-Q3"],
    ["Sjabloonversie", version],
  ]);
const definitions = gridFromRows("Indicatoren", [
  ["indicator", "naam", "type"],
  ["DEELNEMERS", "Deelnemers", "aantal"],
  ["WERK", "Aan het werk", "percentage"],
  ["SCORE", "Tevredenheid", "gemiddelde"],
]);
const header = [
  "indicator",
  "eenheid",
  "periode",
  "waarde",
  "teller",
  "noemer",
  "datum",
  "opmerking",
];
const measurements = (rows: CellValue[][]) => gridFromRows("Metingen", [header, ...rows]);

describe("isMonitoringTemplate", () => {
  test("the version marker beside Indicatoren and Metingen", () => {
    const sheets = [definitions, measurements([])];
    expect(isMonitoringTemplate([instructions("netwerkmeter-monitoring 1"), ...sheets])).toBe(true);
    // a framework workbook (kader.xlsx) has no marker; a survey template's version is another family
    expect(isMonitoringTemplate(sheets)).toBe(false);
    expect(isMonitoringTemplate([instructions("netwerkmeter-sjabloon 3"), ...sheets])).toBe(false);
  });
});

describe("readFilledMonitoringTemplate", () => {
  const read = (rows: CellValue[][], version = "netwerkmeter-monitoring 1") =>
    readFilledMonitoringTemplate([instructions(version), definitions, measurements(rows)], {
      file: "p07.xlsx",
      language: "nl",
    });

  test("unit, rows with provenance, answered counts rows with a figure", () => {
    const filled = read([
      ["DEELNEMERS", "Partnerschap 07", "2026-Q1", 12, null, null, null, null],
      ["WERK", "Partnerschap 07", "2026-Q1", null, "3", "1.200", null, "schatting"],
      ["SCORE", "Partnerschap 07", "2026-Q1", 7.5, null, 4, null, null],
      ["DEELNEMERS", "Partnerschap 07", "2026-Q2", null, null, null, null, null],
    ]);
    expect(filled).toMatchObject({
      unit: "Partnerschap 07",
      unitSheet: "Instructies",
      unitCell: "B3",
      version: "netwerkmeter-monitoring 1",
      answered: 3,
      issues: [],
    });
    expect(filled.rows.map((row) => [row.row, row.cells, row.rejected])).toEqual([
      [2, "D2", false],
      [3, "E3:F3", false],
      [4, "D4:F4", false], // a mean's value may have decimals
      [5, "A5", false],
    ]);
  });

  test("not a number, negative, not whole, teller > noemer: errors at the cell, row rejected", () => {
    const filled = read([
      ["DEELNEMERS", "Partnerschap 07", "2026-Q1", "veel", null, null, null, null],
      ["DEELNEMERS", "Partnerschap 07", "2026-Q2", -3, null, null, null, null],
      ["DEELNEMERS", "Partnerschap 07", "2026-Q3", 2.5, null, null, null, null],
      ["WERK", "Partnerschap 07", "2026-Q1", null, 5, 4, null, null],
      ["WERK", "Partnerschap 07", "2026-Q2", null, 4, 5, null, null],
    ]);
    expect(filled.issues.map((issue) => `${issue.code} ${issue.sheet}!${issue.cell}`)).toEqual([
      "IND_BAD_NUMBER Metingen!D2",
      "IND_NEGATIVE Metingen!D3",
      "IND_NOT_WHOLE Metingen!D4",
      "IND_NUMERATOR_GT_DENOMINATOR Metingen!E5",
    ]);
    expect(filled.rows.map((row) => row.rejected)).toEqual([true, true, true, true, false]);
  });

  test("noemer 0 beside a teller (or a mean's n of 0) is IND_ZERO_DENOMINATOR at the noemer, not teller > noemer", () => {
    const filled = read([
      ["WERK", "Partnerschap 07", "2026-Q1", null, 3, 0, null, null],
      ["SCORE", "Partnerschap 07", "2026-Q1", 7, null, 0, null, null],
      ["WERK", "Partnerschap 07", "2026-Q2", null, 0, 0, null, null], // 0/0 is a valid report
    ]);
    expect(filled.issues.map((issue) => `${issue.code} ${issue.sheet}!${issue.cell}`)).toEqual([
      "IND_ZERO_DENOMINATOR Metingen!F2",
      "IND_ZERO_DENOMINATOR Metingen!F3",
    ]);
    expect(filled.issues[0].message).toMatch(/^Noemer is 0 bij teller 3: /);
    expect(filled.rows.map((row) => row.rejected)).toEqual([true, true, false]);
  });

  test("another version: read by column names, with a warning", () => {
    const filled = read(
      [["DEELNEMERS", "Partnerschap 07", "2026-Q1", 1, null, null, null, null]],
      "netwerkmeter-monitoring 2"
    );
    expect(filled.issues.map((issue) => issue.code)).toEqual(["TEMPLATE_VERSION_UNKNOWN"]);
    expect(filled.answered).toBe(1);
  });
});

/**
 * Found when Dēmos staff tried consolidation with careless returns (the protection of the template
 * has no password): a row added for another unit or for a period the template does not ask for
 * went into Metingen without a word (one stray 2027-Q2 row moved the report period of all units),
 * and a unit cell changed on Instructies made the file count for that unit.
 */
describe("rows that are not the template's", () => {
  const readWith = (rows: CellValue[][], unit = "Partnerschap 07") =>
    readFilledMonitoringTemplate(
      [
        gridFromRows("Instructies", [
          ["Monitoring"],
          [],
          ["Eenheid", unit],
          ["Perioden", "2026-Q1, 2026-Q2"],
          ["Sjabloonversie", "netwerkmeter-monitoring 1"],
        ]),
        definitions,
        measurements(rows),
      ],
      { file: "p07.xlsx", language: "nl" }
    );

  test("a figure for another unit, or for a period not asked, is left out at its cell", () => {
    const filled = readWith([
      ["DEELNEMERS", "Partnerschap 07", "2026-Q1", 12, null, null, null, null],
      ["DEELNEMERS", "Partnerschap 99", "2026-Q1", 5, null, null, null, null],
      ["DEELNEMERS", "Partnerschap 07", "2027-Q2", 8, null, null, null, null],
      ["DEELNEMERS", "Partnerschap 07", "2026-Q5", 9, null, null, null, null],
      // Without a figure or comment a row is no news, whatever its period.
      ["DEELNEMERS", "Partnerschap 07", "2027-Q3", null, null, null, null, null],
    ]);
    expect(filled.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["MONITORING_OTHER_UNIT", "B3"],
      ["MONITORING_PERIOD_NOT_ASKED", "C4"],
      ["MONITORING_PERIOD_NOT_ASKED", "C5"],
    ]);
    expect(filled.issues[0].message).toBe(
      "Deze rij is voor eenheid 'Partnerschap 99', maar het sjabloon is dat van 'Partnerschap 07': cijfers van een andere eenheid horen in haar eigen sjabloon. De rij is niet overgenomen in Metingen; verbeter het bestand en voeg opnieuw samen."
    );
    expect(filled.issues[1].message).toMatch(
      /^Periode '2027-Q2' wordt in dit sjabloon niet gevraagd \(2026-Q1, 2026-Q2\)\./
    );
    expect(filled.rows.map((row) => row.rejected)).toEqual([false, true, true, true, false]);
    expect(filled.unit).toBe("Partnerschap 07");
  });

  test("the unit cell changed on Instructies while every row is another unit's: a warning, the rows' unit counts", () => {
    const filled = readWith(
      [
        ["DEELNEMERS", "Partnerschap 37", "2026-Q1", 12, null, null, null, null],
        ["WERK", "Partnerschap 37", "2026-Q2", null, 3, 10, null, null],
      ],
      "Partnerschap 01"
    );
    expect(filled.unit).toBe("Partnerschap 37");
    expect(filled.issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "MONITORING_UNIT_CELL_CHANGED",
        sheet: "Instructies",
        cell: "B3",
      }),
    ]);
    expect(filled.rows.every((row) => !row.rejected)).toBe(true);
  });
});
