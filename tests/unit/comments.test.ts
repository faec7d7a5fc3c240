/**
 * Comments and free text (src/analysis/comments.ts, respondentType.ts, src/report/comments.ts), their
 * place in ingest (set apart from the group columns, personal columns dropped) and in the report.
 */
import { analyze } from "../../src/analysis/analyze";
import { buildReport } from "../../src/report/buildReport";
import { commentTarget, gatherComments, isFreeTextColumn } from "../../src/analysis/comments";
import { gridFromRows } from "../../src/analysis/grid";
import { ingest } from "../../src/analysis/ingest";
import { respondentTypeFromCode } from "../../src/analysis/respondentType";
import { demosCoordinatorenCodebook } from "../../src/presets/demosCoordinatoren";

describe("respondentTypeFromCode (domain/SPEC.md §3.2)", () => {
  it.each([
    ["CS 06", "CS"],
    ["CS06", "CS"],
    ["IGS -02", "IGS"],
    ["IGS04", "IGS"],
    ["S07", "S"],
    ["G 10", "G"],
    ["Centrumstad 08", "CS"],
    ["Stad05", "S"],
    ["Gemeente 01", "G"],
  ])("%s → %s", (code, type) => expect(respondentTypeFromCode(code)).toBe(type));
  it.each(["Netwerk Gent", "R01", "CSV", "Gemeente Aalst"])("'%s' is no code", (code) =>
    expect(respondentTypeFromCode(code)).toBeNull()
  );
});

describe("free-text columns", () => {
  it("by header: the template's opmerking column after consolidation, toelichting, comment", () => {
    expect(commentTarget("Opmerking VIS_01")).toBe("vis 01");
    expect(commentTarget("VIS_01 opmerking")).toBe("vis 01");
    expect(commentTarget("Toelichting")).toBe("");
    expect(commentTarget("REGIO")).toBeNull();
    expect(isFreeTextColumn("Comment VIS_01", ["ok"])).toBe(true);
  });
  it("by content: sentences in a column the codebook does not know", () => {
    const sentences = [
      "We werken nauw samen met het OCMW en de scholen.",
      "De trekkersrol ligt bij de stad, partners volgen.",
      null,
    ];
    expect(isFreeTextColumn("Vraag 12", sentences)).toBe(true);
    expect(isFreeTextColumn("GEMEENTE", sentences, true)).toBe(false);
    expect(isFreeTextColumn("REGIO", ["Gent", "Antwerpen"])).toBe(false);
  });
});

const HEADER = [
  "RESP_ID",
  "TYPE",
  "REGIO",
  "INGEVULD_DOOR",
  "E-mail",
  "VIS_01",
  "Opmerking VIS_01",
  "Toelichting",
];
const ROWS = [
  ["CS 06", "CS", "Gent", "An Peeters", "an@gent.be", 4, "=SOM(A1:A3) is wat we doen", null],
  [
    "IGS 01",
    "IGS",
    "Aalst",
    "Bo Janssens",
    "bo@aalst.be",
    2,
    null,
    "Geen budget voor een brugfiguur.",
  ],
  ["G 04", null, "Gent", "Cas", "cas@x.be", 5, "  -niet nodig  ", null],
];

describe("comments in ingest, analyze and the report", () => {
  const dataset = ingest(
    gridFromRows("Antwoorden", [HEADER, ...ROWS], "netwerken.xlsx"),
    demosCoordinatorenCodebook()
  );

  it("comment columns are not background (group) columns; personal columns are dropped", () => {
    expect(dataset.background.map((column) => column.id)).toEqual(["RESP_ID", "TYPE", "REGIO"]);
    expect(dataset.textColumns!.map((column) => column.header)).toEqual([
      "Opmerking VIS_01",
      "Toelichting",
    ]);
    expect(dataset.personalColumns).toEqual(["INGEVULD_DOOR", "E-mail"]);
  });

  it("gathers every comment with its item, network, type (column, else the code) and cell", () => {
    expect(gatherComments(dataset)).toEqual([
      {
        network: "CS 06",
        respondentType: "CS",
        item: "VIS_01",
        about: demosCoordinatorenCodebook().items.find((item) => item.id === "VIS_01")!.label,
        column: "Opmerking VIS_01",
        text: "=SOM(A1:A3) is wat we doen",
        sheet: "Antwoorden",
        cell: "G2",
      },
      expect.objectContaining({
        network: "G 04",
        respondentType: "G",
        text: "-niet nodig",
        cell: "G4",
      }),
      expect.objectContaining({
        network: "IGS 01",
        respondentType: "IGS",
        item: null,
        about: "Toelichting",
        text: "Geen budget voor een brugfiguur.",
        cell: "H3",
      }),
    ]);
  });

  it("JSON key comments; an Opmerkingen sheet; no personal data anywhere in the report", () => {
    const result = analyze(dataset, { groupBy: ["INGEVULD_DOOR"] });
    expect(result.comments).toHaveLength(3);
    expect(result.issues.find((issue) => issue.code === "GROUP_COLUMN_PERSONAL")).toMatchObject({
      severity: "warning",
    });
    expect(result.issues.some((issue) => issue.code === "GROUP_COLUMN_MISSING")).toBe(false);
    const report = buildReport(result, { language: "nl" });
    const sheet = report.sheets.find((candidate) => candidate.name === "Opmerkingen")!;
    const table = sheet.tables[0];
    expect(table.columns.map((column) => column.header)).toEqual([
      "Item",
      "Stelling of vraag",
      "Netwerk",
      "Type",
      "Opmerking",
      "Cel",
    ]);
    // Formula-like text stays the text as typed (the publishers write it as text).
    expect(table.rows[0][4]).toBe("=SOM(A1:A3) is wat we doen");
    const everything = JSON.stringify(report) + JSON.stringify(result);
    for (const personal of ["An Peeters", "Bo Janssens", "an@gent.be", "cas@x.be"])
      expect(everything).not.toContain(personal);
  });

  it("grouping by a comment column is a warning, not a missing column", () => {
    const result = analyze(dataset, { groupBy: ["Toelichting"] });
    expect(result.issues.find((issue) => issue.code === "GROUP_COLUMN_FREE_TEXT")).toMatchObject({
      severity: "warning",
    });
    expect(result.issues.some((issue) => issue.code === "GROUP_COLUMN_MISSING")).toBe(false);
    expect(result.groups).toEqual([]);
  });

  it("no comments: no Opmerkingen sheet", () => {
    const plain = ingest(
      gridFromRows("Antwoorden", [
        ["RESP_ID", "VIS_01"],
        ["N1", 4],
      ]),
      demosCoordinatorenCodebook()
    );
    const report = buildReport(analyze(plain), { language: "en" });
    expect(report.sheets.some((sheet) => sheet.name === "Comments")).toBe(false);
  });
});
