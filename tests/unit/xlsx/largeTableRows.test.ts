/**
 * Large tables written as sheet XML (src/xlsx/largeTableRows.ts) give the same workbook as ExcelJS
 * writing every cell: each report is written twice — every table through ExcelJS, and every table
 * of 3 rows or more through the sheet-XML path — and the two files must agree cell by cell (value,
 * number format, alignment, font), row by row (height), in their tables' ranges, conditional
 * formats and sheet dimensions, and in what Netwerkmeter's own reader reads. Every part of the
 * second file is well-formed XML.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import * as ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { computeIndicators } from "../../../src/indicators/computeIndicators";
import { readKader } from "../../../src/indicators/readKader";
import { buildIndicatorsReport } from "../../../src/report/indicatorsReport";
import type { Report } from "../../../src/report/reportModel";
import { planPublish } from "../../../src/workbook/publish";
import { largeTablesOf } from "../../../src/xlsx/largeTableRows";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { writeReportWorkbook } from "../../../src/xlsx/writeReport";

const EVERY_TABLE_VIA_EXCELJS = Number.POSITIVE_INFINITY;

/** Everything a reader sees of a workbook, as plain data. */
async function workbookContents(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const parts = unzipSync(bytes);
  const tableRanges = Object.entries(parts)
    .filter(([name]) => name.startsWith("xl/tables/"))
    .map(([, data]) => {
      const xml = strFromU8(data);
      return [
        /displayName="([^"]*)"/.exec(xml)?.[1],
        /<table\b[^>]*\sref="([^"]*)"/.exec(xml)?.[1],
        /<autoFilter ref="([^"]*)"/.exec(xml)?.[1],
      ];
    })
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const dimensions = Object.entries(parts)
    .filter(([name]) => name.startsWith("xl/worksheets/sheet"))
    .map(([name, data]) => [name, /<dimension ref="([^"]*)"/.exec(strFromU8(data))?.[1]]);
  const sheets = workbook.worksheets.map((worksheet) => {
    const rows: unknown[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell) =>
        cells.push([cell.address, cell.value, cell.numFmt, cell.alignment, cell.font, cell.fill])
      );
      rows.push([row.number, row.height, cells]);
    });
    const { conditionalFormattings } = worksheet as unknown as {
      conditionalFormattings: { ref: string; rules: unknown[] }[];
    };
    const conditional = conditionalFormattings.map((format) => ({
      ref: format.ref,
      rules: format.rules.map((rule) => JSON.stringify(rule)),
    }));
    return { name: worksheet.name, rows, conditional };
  });
  return { sheets, tableRanges, dimensions };
}

function expectWellFormed(bytes: Uint8Array): void {
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(`${name}: ${message}`);
      },
    }).parseFromString(strFromU8(data), "text/xml");
  }
}

async function expectSameWorkbook(report: Report): Promise<Uint8Array> {
  const viaExcelJs = await writeReportWorkbook(report, {
    largeTableMinRows: EVERY_TABLE_VIA_EXCELJS,
  });
  const viaSheetXml = await writeReportWorkbook(report, { largeTableMinRows: 3 });
  expectWellFormed(viaSheetXml);
  expect(await workbookContents(viaSheetXml)).toEqual(await workbookContents(viaExcelJs));
  expect(await readXlsx(viaSheetXml, "r.xlsx")).toEqual(await readXlsx(viaExcelJs, "r.xlsx"));
  return viaSheetXml;
}

const EMPTY_WORKBOOK = { sheets: [], names: [], metadata: { metadata: null } };

describe("rows of large tables written as sheet XML", () => {
  test("the indicator report of the example framework is the same workbook", async () => {
    const file = path.join(__dirname, "../../../examples/monitoring-wijdoenmee.xlsx");
    const kader = readKader(await readXlsx(fs.readFileSync(file), "monitoring-wijdoenmee.xlsx"), {
      language: "nl",
    });
    const run = computeIndicators(kader, { groupBy: ["regio"], minCell: 5, language: "nl" });
    const report = buildIndicatorsReport(run, {
      file: "monitoring-wijdoenmee.xlsx",
      language: "nl",
      minCell: 5,
      groupBy: ["regio"],
    });
    const plan = planPublish(report, EMPTY_WORKBOOK, {
      language: "nl",
      protectedSheets: [],
      charts: true,
    });
    // The path under test is taken: tables with status colours, and charts in the workbook.
    const large = largeTablesOf(plan, 3);
    expect(large).toContain("NM_IndPerEenheid");
    expect(large).toContain("NM_IndStatusPerEenheid");
    const bytes = await expectSameWorkbook(report);
    expect(Object.keys(unzipSync(bytes)).some((name) => name.startsWith("xl/charts/"))).toBe(true);
  });

  test("text that XML, Excel or a spreadsheet would mangle stays as it was", async () => {
    const label =
      "Aantal deelnemers dat binnen zes maanden na de start werk vond (voltijds of deeltijds)";
    const report: Report = {
      title: "Grote tabel",
      summary: [],
      sheets: [
        {
          name: "Per eenheid",
          charts: [],
          tables: [
            {
              name: "NM_Groot",
              title: "Per eenheid",
              notes: ["n = 9."],
              columns: [
                { key: "label", header: "Indicator", format: "text" },
                { key: "unit", header: "Eenheid", format: "text" },
                { key: "value", header: "Waarde", format: "decimal1" },
                {
                  key: "status",
                  header: "Status",
                  format: "text",
                  valueFills: [{ value: "rood", fill: "#F4CCCC", font: "#660000" }],
                },
              ],
              rows: [
                ["Bereik", "Gent", 1.25, "rood"],
                [label, " Aalst ", -3, "groen"],
                ["A & B <c> \"d\" 'e'", "Brugge\nOost", 1e-7, null],
                ["=SUM(A1:A2)", "+32 470", 1e21, "rood"],
                ["Bel\u0001l", "", null, ""],
                ["@rol", "Gent", Number.NaN, "rood"],
                [null, null, null, null],
                [label, "Gent", 0, "rood"],
                ["Bereik", "Gent", 12345.678, "oranje"],
              ],
            },
            {
              name: "NM_Eronder",
              title: "Eronder",
              notes: [],
              columns: [{ key: "label", header: "Regio", format: "text" }],
              rows: [["Oost"], ["West"]],
            },
          ],
        },
      ],
    };
    const bytes = await expectSameWorkbook(report);
    const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    // The long label wraps: its rows got a height, as ExcelJS gives the rows it writes.
    expect(sheet).toMatch(/<row r="\d+" ht="\d+" customHeight="1"/);
  });

  test("a table with something else in its rows stays with ExcelJS", () => {
    const report: Report = {
      title: "t",
      summary: [],
      sheets: [
        {
          name: "Blad",
          charts: [],
          tables: [
            {
              name: "NM_A",
              title: "A",
              notes: [],
              columns: [{ key: "x", header: "x", format: "integer" }],
              rows: Array.from({ length: 10 }, (_unused, index) => [index]),
            },
          ],
        },
      ],
    };
    const plan = planPublish(report, EMPTY_WORKBOOK, {
      language: "nl",
      protectedSheets: [],
      charts: true,
    });
    expect(largeTablesOf(plan, 3)).toEqual(new Set(["NM_A"]));
    expect(largeTablesOf(plan, 11)).toEqual(new Set());
    const sheet = plan.sheets[0];
    sheet.lines.push({ row: sheet.tables[0].row + 5, text: "in de weg", style: "note" });
    expect(largeTablesOf(plan, 3)).toEqual(new Set());
  });
});
