/**
 * The pure publish planner: ownership (reuse, rename around a user's sheet, delete what is no
 * longer needed, never the input), table names in the workbook's one namespace, layout, charts.
 */
import { likertChartPlan, styleByGroupChartPlan } from "../../../src/report/chartPlans";
import type { Report, ReportTable } from "../../../src/report/reportModel";
import { DEFAULT_RUN_OPTIONS, type NetwerkmeterMetadata } from "../../../src/workbook/metadata";
import type { SheetInfo, WorkbookState } from "../../../src/workbook/port";
import {
  planChartsOnly,
  planDataSheet,
  planPublish,
  sheetCells,
  type PlanOptions,
} from "../../../src/workbook/publish";
import { resolveOwnership } from "../../../src/workbook/ownership";

const items: ReportTable = {
  name: "NM_Items",
  title: "Alle items",
  columns: [
    { key: "label", header: "Stelling", format: "text" },
    { key: "n", header: "n", format: "integer" },
    { key: "pctLow", header: "Niet akkoord", format: "percent1" },
    { key: "pctNeutral", header: "Neutraal", format: "percent1" },
    { key: "pctHigh", header: "Wel akkoord", format: "percent1" },
  ],
  rows: [
    ["Het netwerk werkt", 10, 20, 30, 50],
    ["=SUM(A1)", 9, null, Number.NaN, "12"],
  ],
  notes: ["n = 10 respondenten."],
};

const report: Report = {
  title: "Netwerkmeter – rapport",
  summary: ["77 respondenten."],
  sheets: [
    {
      name: "Overzicht",
      tables: [{ ...items, name: "NM_Overzicht", title: "Overzicht" }],
      charts: [],
    },
    {
      name: "Items",
      tables: [items],
      charts: [
        likertChartPlan({
          name: "NM_Chart_Items",
          title: "Items (n = 10)",
          table: "NM_Items",
          categoryColumn: "label",
          low: "pctLow",
          neutral: "pctNeutral",
          high: "pctHigh",
          items: 2,
        }),
      ],
    },
  ],
};

const sheet = (name: string, extra: Partial<SheetInfo> = {}): SheetInfo => ({
  name,
  id: `id-${name}`,
  visibility: "Visible",
  tables: [],
  charts: [],
  ...extra,
});

function metadataFor(owned: { key: string; name: string; id?: string }[]): NetwerkmeterMetadata {
  return {
    schemaVersion: 1,
    toolVersion: "0.1.0",
    savedAt: "2026-03-01T00:00:00.000Z",
    input: { kind: "sheet", sheet: "Antwoorden" },
    codebookSource: { kind: "preset", preset: "demos-coordinatoren", reason: "default" },
    options: DEFAULT_RUN_OPTIONS,
    ownedSheets: owned,
    ownedTables: [],
    charts: [],
  };
}

const options: PlanOptions = {
  language: "nl",
  input: { kind: "sheet", sheet: "Antwoorden" },
  codebookSource: { kind: "preset", preset: "demos-coordinatoren", reason: "default" },
  options: DEFAULT_RUN_OPTIONS,
  protectedSheets: ["Antwoorden"],
  now: new Date("2026-03-01T10:00:00Z"),
};

const state = (
  sheets: SheetInfo[],
  metadata: NetwerkmeterMetadata | null = null,
  names: string[] = []
): WorkbookState => ({
  sheets,
  names,
  metadata: { metadata },
});

describe("planPublish: first run", () => {
  const plan = planPublish(report, state([sheet("Antwoorden")]), options);

  it("creates one sheet per report sheet and owns them", () => {
    expect(plan.sheets.map((entry) => [entry.name, entry.target.kind])).toEqual([
      ["Overzicht", "create"],
      ["Items", "create"],
    ]);
    expect(plan.deleteSheets).toEqual([]);
    expect(plan.metadata!.ownedSheets).toEqual([
      { key: "Overzicht", name: "Overzicht" },
      { key: "Items", name: "Items" },
    ]);
    expect(plan.metadata!.ownedTables).toEqual(["NM_Overzicht", "NM_Items"]);
    expect(plan.activate).toBe("Overzicht");
  });

  it("lays out the overview: report title, summary, two blank rows, title, notes, table", () => {
    const overview = plan.sheets[0];
    expect(overview.lines.map((line) => [line.row, line.style, line.link])).toEqual([
      [0, "reportTitle", undefined],
      [1, "plain", undefined],
      [2, "plain", undefined],
      [4, "title", undefined],
      [5, "plain", "Items"],
      [8, "title", undefined],
      [9, "note", undefined],
    ]);
    expect(overview.lines[1].text).toBe("Datum: 1 maart 2026");
    // The table of contents names the sheet (the items table's title is "Alle items").
    expect(overview.lines[3].text).toBe("Inhoud (klik om naar het blad te gaan)");
    expect(overview.lines[4].text).toBe("Items: Alle items");
    expect(overview.tables[0]).toMatchObject({ row: 10, column: 0, name: "NM_Overzicht" });
    // Fitted: "Het netwerk werkt" + 2; numbers fit their header.
    expect(overview.columnWidths).toEqual([19, 10, 14, 10, 13]);
    expect(overview.freezeRows).toBeUndefined();
    expect(plan.sheets[1]).toMatchObject({ freezeRows: 3, printTitleRow: 2 });
  });

  it("wraps the column with long statements at 60 characters, the id column stays narrow", () => {
    const statements: Report = {
      ...report,
      sheets: [
        {
          name: "Items",
          charts: [],
          tables: [
            {
              name: "NM_Items",
              title: "Items",
              columns: [
                { key: "item", header: "Item", format: "text" },
                { key: "label", header: "Stelling", format: "text" },
                { key: "n", header: "n", format: "integer" },
              ],
              rows: [["ROL_VIS_FAC", "x".repeat(120), 10]],
              notes: [],
            },
          ],
        },
      ],
    };
    const [planned] = planPublish(statements, state([sheet("Antwoorden")]), options).sheets;
    expect(planned.columnWidths).toEqual([13, 60, 10]);
    expect(planned.tables[0].labelColumn).toBe(1);
  });

  it("keeps cells as written: NaN empty, text as text", () => {
    const table = plan.sheets[1].tables[0];
    expect(table.rows[1]).toEqual(["=SUM(A1)", 9, null, null, "12"]);
    expect(table.numberFormats).toEqual(["@", "0", "0.0", "0.0", "0.0"]);
  });

  it("plans a chart next to its table, with a data block when rows have no values", () => {
    const [chart] = plan.sheets[1].charts;
    expect(chart).toMatchObject({
      name: "NM_Chart_Items",
      kind: "divergingBar",
      type: "BarStacked",
      seriesNames: ["Niet akkoord", "Neutraal", "Wel akkoord"],
      seriesColors: ["#D9534F", "#BFBFBF", "#5B9B3C"],
      seriesDraw: ["bar", "bar", "bar"],
      valueAxis: { minimum: -100, maximum: 100, numberFormat: "0;0" },
      reverseCategories: true,
      placement: { row: 0, column: 6 },
      // The second row has no number to draw: the chart reads a data block right of itself.
      source: {
        headerRow: 0,
        rowCount: 1,
        categoryColumn: 16,
        firstSeriesColumn: 17,
        seriesCount: 3,
      },
    });
    expect(plan.sheets[1].chartData).toEqual([
      {
        row: 0,
        column: 16,
        header: ["Stelling", "Niet akkoord", "Neutraal", "Wel akkoord"],
        // The low band is drawn left of zero: written negated.
        rows: [["Het netwerk werkt", -20, 30, 50]],
        numberFormat: "0.0",
      },
    ]);
    expect(plan.metadata!.charts).toEqual([chart]);
  });

  it("reads the table directly when it holds the plan's data in place", () => {
    const stacked = styleByGroupChartPlan({
      name: "NM_Chart_Items",
      title: "Items",
      table: "NM_Items",
      groupColumn: "label",
      styles: ["pctLow", "pctNeutral", "pctHigh"],
    });
    const clean: Report = {
      ...report,
      sheets: [
        { ...report.sheets[1], tables: [{ ...items, rows: [items.rows[0]] }], charts: [stacked] },
      ],
    };
    const [chart] = planPublish(clean, state([sheet("Antwoorden")]), options).sheets[0].charts;
    expect(chart.source).toEqual({
      headerRow: 2,
      rowCount: 1,
      categoryColumn: 0,
      firstSeriesColumn: 2,
      seriesCount: 3,
    });
  });
});

describe("sheetCells", () => {
  it("formats lines and headers as text, and text Excel would misread in a number column", () => {
    const plan = planPublish(report, state([sheet("Antwoorden")]), options);
    const cells = sheetCells(plan.sheets[1], false);
    expect(cells.rowCount).toBe(5);
    expect(cells.numberFormats[0][0]).toBe("@");
    expect(cells.numberFormats[2]).toEqual(["@", "@", "@", "@", "@"]);
    // "12" in a percent column: text that Excel would read as a number.
    expect(cells.numberFormats[4]).toEqual(["@", "0", "0.0", "0.0", "@"]);
    expect(cells.values[4]).toEqual(["=SUM(A1)", 9, null, null, "12"]);
    // With the chart data block (Office): the block's cells too.
    expect(sheetCells(plan.sheets[1], true).columnCount).toBe(20);
  });
});

describe("planPublish: ownership", () => {
  it("reuses its own sheets (by id, even renamed), deletes the ones no longer needed", () => {
    const plan = planPublish(
      report,
      state(
        [
          sheet("Antwoorden"),
          sheet("Overzicht", { tables: ["NM_Overzicht"], charts: [] }),
          sheet("Mijn items", { id: "id-Items", tables: ["NM_Items"], charts: ["NM_Chart_Items"] }),
          sheet("Items naar regio", { tables: ["NM_Items_REGIO"] }),
        ],
        metadataFor([
          { key: "Overzicht", name: "Overzicht", id: "id-Overzicht" },
          { key: "Items", name: "Items", id: "id-Items" },
          { key: "Items naar regio", name: "Items naar regio", id: "id-Items naar regio" },
        ])
      ),
      options
    );
    expect(plan.sheets.map((entry) => [entry.name, entry.target])).toEqual([
      ["Overzicht", { kind: "reuse", id: "id-Overzicht" }],
      ["Mijn items", { kind: "reuse", id: "id-Items" }],
    ]);
    expect(plan.deleteSheets).toEqual([{ name: "Items naar regio", id: "id-Items naar regio" }]);
    expect(plan.deleteTables).toEqual([
      { sheet: "Overzicht", name: "NM_Overzicht" },
      { sheet: "Mijn items", name: "NM_Items" },
    ]);
    expect(plan.deleteCharts).toEqual([{ sheet: "Mijn items", name: "NM_Chart_Items" }]);
    // Its own table names are free again.
    expect(plan.sheets[1].tables[0].name).toBe("NM_Items");
    expect(plan.renamed).toEqual([]);
  });

  it("never touches a user's sheet with an output's name, and says where the output went", () => {
    const plan = planPublish(
      report,
      state([sheet("Antwoorden"), sheet("overzicht"), sheet("Overzicht (Netwerkmeter)")]),
      options
    );
    expect(plan.sheets[0]).toMatchObject({
      name: "Overzicht (Netwerkmeter 2)",
      target: { kind: "create" },
    });
    expect(plan.renamed).toEqual([
      { key: "Overzicht", wanted: "Overzicht", used: "Overzicht (Netwerkmeter 2)" },
    ]);
    expect(plan.deleteSheets).toEqual([]);
  });

  it("cuts the name to fit 31 characters with the suffix", () => {
    const long: Report = {
      ...report,
      sheets: [{ name: "Participatie naar GROOTTE_KLASSE", tables: [], charts: [] }],
    };
    const plan = planPublish(
      long,
      state([sheet("Antwoorden"), sheet("Participatie naar GROOTTE_KLASS")]),
      options
    );
    expect(plan.sheets[0].name).toBe("Participatie naa (Netwerkmeter)");
    expect(plan.renamed[0].wanted).toBe("Participatie naar GROOTTE_KLASS");
    expect(plan.sheets[0].name.length).toBeLessThanOrEqual(31);
  });

  it("never owns the input or the codebook sheet, whatever the metadata says", () => {
    const ownership = resolveOwnership(
      state(
        [sheet("Antwoorden"), sheet("Codeboek"), sheet("Overzicht")],
        metadataFor([
          { key: "Overzicht", name: "Antwoorden" },
          { key: "Items", name: "Codeboek" },
          { key: "x", name: "Overzicht" },
        ])
      ),
      ["Antwoorden", "Codeboek"]
    );
    expect([...ownership.bySheet.keys()]).toEqual([2]);
  });

  it("does not take a sheet that has the recorded name but another id while other ids still match", () => {
    const ownership = resolveOwnership(
      state(
        [sheet("Overzicht"), sheet("Items", { id: "new-id" })],
        metadataFor([
          { key: "Overzicht", name: "Overzicht", id: "id-Overzicht" },
          { key: "Items", name: "Items", id: "old-id" },
        ])
      )
    );
    expect([...ownership.bySheet.keys()]).toEqual([0]);
  });

  it("takes its sheets by name when every id changed (the workbook was opened again)", () => {
    const ownership = resolveOwnership(
      state(
        [sheet("Antwoorden"), sheet("Items", { id: "new-1" }), sheet("Overzicht", { id: "new-2" })],
        metadataFor([
          { key: "Overzicht", name: "Overzicht", id: "old-1" },
          { key: "Items", name: "Items", id: "old-2" },
        ])
      ),
      ["Antwoorden"]
    );
    expect([...ownership.bySheet.entries()].map(([index, entry]) => [index, entry.key])).toEqual([
      [2, "Overzicht"],
      [1, "Items"],
    ]);
  });

  it("finds marked sheets first: renamed, with new ids, and never an unmarked namesake", () => {
    const ownership = resolveOwnership(
      state(
        [
          sheet("Items", { id: "new-1" }),
          sheet("Mijn overzicht", { id: "new-2", marker: "Overzicht" }),
          sheet("Mijn overzicht (2)", { id: "new-3", marker: "Overzicht" }),
        ],
        metadataFor([
          { key: "Overzicht", name: "Overzicht", id: "old-1" },
          { key: "Items", name: "Items", id: "old-2" },
        ])
      )
    );
    // The user's own "Items" (Netwerkmeter's was deleted) has no marker; a copy of the marked
    // sheet is not claimed twice.
    expect([...ownership.bySheet.entries()].map(([index, entry]) => [index, entry.key])).toEqual([
      [1, "Overzicht"],
    ]);
  });

  it("still finds unmarked sheets of an older run by name when only feedback sheets carry markers", () => {
    // Analysis sheets written before markers existed (new ids after reopening), then feedback
    // sheets (marked) added: those markers say nothing about the analysis's sheets.
    const ownership = resolveOwnership(
      state(
        [
          sheet("Overzicht", { id: "new-1" }),
          sheet("Items", { id: "new-2" }),
          sheet("Netwerk A", { id: "new-3", marker: "feedback:Netwerk A" }),
        ],
        metadataFor([
          { key: "Overzicht", name: "Overzicht", id: "old-1" },
          { key: "Items", name: "Items", id: "old-2" },
        ])
      )
    );
    expect([...ownership.bySheet.entries()].map(([index, entry]) => [index, entry.key])).toEqual([
      [0, "Overzicht"],
      [1, "Items"],
    ]);
  });

  it("prefers the marked sheet with the recorded id when a copy carries the same marker", () => {
    const ownership = resolveOwnership(
      state(
        [
          sheet("Overzicht (2)", { id: "copy", marker: "Overzicht" }),
          sheet("Overzicht", { id: "orig", marker: "Overzicht" }),
        ],
        metadataFor([{ key: "Overzicht", name: "Overzicht", id: "orig" }])
      )
    );
    expect([...ownership.bySheet.keys()]).toEqual([1]);
  });

  it("passes the sheet's marker on to the plan, so an unmarked reused sheet gets one", () => {
    const plan = planPublish(
      report,
      state(
        [sheet("Antwoorden"), sheet("Overzicht", { marker: "Overzicht" }), sheet("Items")],
        metadataFor([
          { key: "Overzicht", name: "Overzicht", id: "id-Overzicht" },
          { key: "Items", name: "Items", id: "id-Items" },
        ])
      ),
      options
    );
    expect(plan.sheets.map((entry) => entry.target)).toEqual([
      { kind: "reuse", id: "id-Overzicht", marker: "Overzicht" },
      { kind: "reuse", id: "id-Items" },
    ]);
  });

  it("a marked plan (feedback) owns exactly the sheets marked with its own keys, never deletes others", () => {
    // Feedback for "Overzicht" and "Items" (two networks so named): prefixed keys, so the analysis's
    // own "Overzicht" sheet is a user's sheet to this plan; another network's sheet stays.
    const plan = planPublish(
      report,
      state([
        sheet("Overzicht", { marker: "Overzicht" }),
        sheet("Items van A", { id: "a", marker: "feedback:Items" }),
        sheet("Netwerk B", { marker: "feedback:Netwerk B" }),
      ]),
      { language: "nl", protectedSheets: [], markedKeyPrefix: "feedback:" }
    );
    expect(plan.sheets.map(({ key, name, target }) => ({ key, name, target }))).toEqual([
      { key: "feedback:Overzicht", name: "Overzicht (Netwerkmeter)", target: { kind: "create" } },
      {
        key: "feedback:Items",
        name: "Items van A",
        target: { kind: "reuse", id: "a", marker: "feedback:Items" },
      },
    ]);
    expect(plan.deleteSheets).toEqual([]);
    expect(plan.markSheets).toBe(true);
    expect(plan.metadata).toBeUndefined();
  });

  it("makes table names unique against other tables and defined names", () => {
    const plan = planPublish(
      report,
      state([sheet("Antwoorden", { tables: ["nm_items"] })], null, ["NM_Overzicht"]),
      options
    );
    expect(plan.sheets.map((entry) => entry.tables[0].name)).toEqual([
      "NM_Overzicht_2",
      "NM_Items_2",
    ]);
  });
});

describe("planChartsOnly", () => {
  it("redraws the stored charts on the owned sheets that still exist", () => {
    const first = planPublish(report, state([sheet("Antwoorden")]), options);
    const metadata = {
      ...first.metadata!,
      ownedSheets: [{ key: "Items", name: "Items", id: "id-Items" }],
    };
    const plan = planChartsOnly(
      state(
        [sheet("Antwoorden"), sheet("Items", { charts: ["NM_Chart_Items", "Grafiek 1"] })],
        metadata
      )
    )!;
    expect(plan.mode).toBe("charts");
    expect(plan.sheets.map((entry) => entry.charts.map((chart) => chart.name))).toEqual([
      ["NM_Chart_Items"],
    ]);
    expect(plan.deleteCharts).toEqual([
      { sheet: "Items", name: "NM_Chart_Items" },
      { sheet: "Items", name: "Grafiek 1" },
    ]);
    expect(planChartsOnly(state([sheet("Antwoorden")]))).toBeNull();
  });
});

describe("planDataSheet", () => {
  it("adds a new input sheet with one table, never owned", () => {
    const plan = planDataSheet(state([sheet("Antwoorden", { tables: ["Antwoorden"] })]), {
      name: "Antwoorden",
      tableName: "Antwoorden",
      rows: [
        ["Bron", "Datum", "RESP_ID", "VIS_01"],
        ["a.xlsx", new Date("2026-03-01T00:00:00Z"), "=Netwerk", 4],
      ],
      language: "nl",
    });
    expect(plan.sheets[0]).toMatchObject({ name: "Antwoorden 2", target: { kind: "create" } });
    expect(plan.sheets[0].tables[0].name).toBe("Antwoorden_2");
    expect(plan.sheets[0].tables[0].rows).toEqual([["a.xlsx", "2026-03-01", "=Netwerk", 4]]);
    expect(plan.metadata).toBeUndefined();
  });
});
