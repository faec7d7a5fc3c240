/**
 * Status as a coloured cell (issue 8: "conditional formatting, with the word too, never colour
 * alone"): the report marks its status columns with ReportColumn.valueFills, the publish plan
 * carries them, the ExcelJS writer turns them into cellIs rules and the Office.js adapter into
 * CellValue conditional formats (against the fake object model), and every colour pair is
 * readable (WCAG 2.1 contrast ≥ 4.5:1).
 */
import * as ExcelJS from "exceljs";
import { statusFills } from "../../../src/report/indicatorTexts";
import { buildIndicatorsReport } from "../../../src/report/indicatorsReport";
import { planPublish } from "../../../src/workbook/publish";
import { writeReportWorkbook } from "../../../src/xlsx/writeReport";
import { FakeExcel, type FakeConditionalFormat } from "../../fakes/fakeExcel";
import { portOn } from "../excel/helpers";
import { MEASUREMENT_HEADER, run } from "./fixture";

const HEADER = [
  "indicator",
  "naam",
  "doel",
  "type",
  "basiswaarde",
  "basisperiode",
  "doelwaarde",
  "doelperiode",
];
const sheets = {
  indicators: [
    HEADER,
    ["A1", "Eerste", "Doel A", "aantal", 0, 2023, 100, 2026],
    ["A2", "Tweede", "Doel A", "aantal", null, null, null, null],
  ],
  measurements: [
    MEASUREMENT_HEADER,
    ["A1", "X", 2025, 40, null, null, null],
    ["A1", "Y", 2025, 10, null, null, null],
    ["A2", "X", 2025, 7, null, null, null],
  ],
};
const report = buildIndicatorsReport(run(sheets), {
  file: "kader.xlsx",
  language: "nl",
  minCell: 5,
});

/** WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((at) => {
      const c = parseInt(hex.slice(at, at + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe("status colours", () => {
  test("every status word has a fill and a text colour with contrast ≥ 4.5:1", () => {
    for (const language of ["nl", "en"] as const) {
      const fills = statusFills(language);
      expect(fills.map((fill) => fill.value)).toEqual(
        language === "nl"
          ? ["groen", "oranje", "rood", "onbepaald", "geen doel", "geen gegevens"]
          : ["green", "amber", "red", "undetermined", "no target", "no data"]
      );
      for (const fill of fills) expect(contrast(fill.fill, fill.font)).toBeGreaterThanOrEqual(4.5);
    }
    // by hand (WCAG formula): #C6EFCE on #006100 → 6.14; #FFEB9C on #9C5700 → 4.66
    expect(contrast("#C6EFCE", "#006100")).toBeCloseTo(6.14, 2);
    expect(contrast("#FFEB9C", "#9C5700")).toBeCloseTo(4.66, 2);
  });

  test("the report marks the status columns: overview, the unit × indicator grid, per unit", () => {
    const marked = report.sheets.flatMap((sheet) =>
      sheet.tables.flatMap((table) =>
        table.columns
          .filter((column) => column.valueFills)
          .map((column) => `${table.name}.${column.key}`)
      )
    );
    expect(marked).toEqual([
      "NM_IndOverzicht.status",
      "NM_IndStatusPerEenheid.ind1",
      "NM_IndStatusPerEenheid.ind2",
      "NM_IndPerEenheid.status",
    ]);
    const plan = planPublish(
      report,
      { sheets: [], names: [], metadata: { metadata: null } },
      { language: "nl", protectedSheets: [] }
    );
    const overview = plan.sheets[0].tables[0];
    expect(overview.valueFills?.map((entry) => entry.column)).toEqual([
      overview.headers.indexOf("Status"),
    ]);
  });

  test(".xlsx: one cellIs-equal rule per word over the status cells, the word stays", async () => {
    const bytes = await writeReportWorkbook(report, { language: "nl" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    type Formatting = {
      ref: string;
      rules: {
        type: string;
        operator: string;
        formulae: string[];
        style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string } } };
      }[];
    };
    const formats = (name: string) =>
      (workbook.getWorksheet(name) as unknown as { conditionalFormattings: Formatting[] })
        .conditionalFormattings;
    const overview = workbook.getWorksheet("Overzicht")!;
    const [rule] = formats("Overzicht");
    expect(formats("Overzicht")).toHaveLength(1);
    expect(rule.rules.map((entry) => entry.formulae[0])).toEqual([
      '"groen"',
      '"oranje"',
      '"rood"',
      '"onbepaald"',
      '"geen doel"',
      '"geen gegevens"',
    ]);
    expect(rule.rules[0]).toMatchObject({
      type: "cellIs",
      operator: "equal",
      style: { fill: { bgColor: { argb: "FFC6EFCE" } }, font: { color: { argb: "FF006100" } } },
    });
    // the range is the status column's data rows: every cell in it holds a status word
    const [first, last] = rule.ref.split(":");
    const words = new Set(statusFills("nl").map((fill) => fill.value));
    const column = overview.getCell(first).col;
    for (
      let row = Number(overview.getCell(first).row);
      row <= Number(overview.getCell(last).row);
      row += 1
    )
      expect(words.has(String(overview.getCell(row, column).value))).toBe(true);
    expect(overview.getCell(Number(overview.getCell(first).row) - 1, column).value).toBe("Status");
    // the grid: one formatting per indicator column, plus the per-unit status column
    expect(formats("Per eenheid").map((entry) => entry.ref)).toHaveLength(3);
  });

  test("Office.js: CellValue EqualTo formats in the same syncs, replaced (not stacked) at refresh", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1", [["x"]]);
    const port = portOn(fake);
    const publish = async () => {
      const state = await port.readState();
      const plan = planPublish(report, state, { language: "nl", protectedSheets: [] });
      const before = fake.syncCount;
      await port.applyPlan(plan);
      return fake.syncCount - before;
    };
    const syncs = await publish();
    const overview = fake.sheets.find((sheet) => sheet.name === "Overzicht")!;
    const table = fake.allTables().find((candidate) => candidate.name === "NM_IndOverzicht")!;
    const statusColumn = overview.values(table.rect)[0].indexOf("Status");
    const expectFormats = (formats: FakeConditionalFormat[]) => {
      expect(formats).toHaveLength(6);
      for (const format of formats)
        expect(format.rect).toEqual({
          row: table.rect.row + 1,
          column: table.rect.column + statusColumn,
          rowCount: table.rect.rowCount - 1,
          columnCount: 1,
        });
      expect(formats[2]).toMatchObject({
        type: "CellValue",
        rule: { formula1: '="rood"', operator: "EqualTo" },
        fillColor: "#FFC7CE",
        fontColor: "#9C0006",
      });
    };
    expectFormats(overview.conditionalFormats);
    // the grid has two indicator columns and the per-unit table one status column: 3 × 6 rules
    expect(
      fake.sheets.find((sheet) => sheet.name === "Per eenheid")!.conditionalFormats
    ).toHaveLength(18);
    // refresh: the sheets are reused and their old formats cleared first, in no extra sync
    expect(await publish()).toBe(syncs);
    expectFormats(fake.sheets.find((sheet) => sheet.name === "Overzicht")!.conditionalFormats);
  });
});
