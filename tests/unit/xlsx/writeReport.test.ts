import * as ExcelJS from "exceljs";
import type { Report, ReportTable } from "../../../src/report/reportModel";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import {
  excelSheetNames,
  excelTableName,
  tableHeaders,
  writeReportWorkbook,
} from "../../../src/xlsx/writeReport";

const itemsTable: ReportTable = {
  name: "NM_Items",
  title: "Indicatoren per stelling",
  columns: [
    { key: "label", header: "Stelling", format: "text" },
    { key: "n", header: "n", format: "integer" },
    { key: "pctHigh", header: "% (helemaal) akkoord", format: "percent1" },
    { key: "mean", header: "Gemiddelde", format: "decimal2" },
  ],
  rows: [
    ["=SUM(A1:A2)", 12, 58.3333, 3.456],
    ["+32 470 12 34 56", 10, null, 2],
    ["-niet akkoord", 9, 44.4, Number.NaN],
    ["@rol", 8, 12.5, 1.25],
  ],
  notes: ["n = 12 respondenten; basis: geldige antwoorden.", "Percentages afgerond op 1 decimaal."],
};

const emptyTable: ReportTable = {
  name: "NM_Groepen",
  title: "Per groep",
  columns: [
    { key: "group", header: "Groep", format: "text" },
    { key: "n", header: "n", format: "integer" },
  ],
  rows: [],
  notes: ["n = 0."],
};

const duplicateHeaderTable: ReportTable = {
  name: "NM Rol/acties",
  title: "Rol",
  columns: [
    { key: "role", header: "Rol", format: "text" },
    { key: "a", header: "Score", format: "decimal1" },
    { key: "b", header: "score", format: "decimal1" },
    { key: "c", header: "", format: "decimal3" },
  ],
  rows: [["Coördinator", 1.25, 2.5, 0.1234]],
  notes: [],
};

const report: Report = {
  title: "Netwerkmeter — rapport",
  summary: ["Bron: antwoorden.xlsx", "Respondenten: 12"],
  sheets: [
    { name: "Overzicht", tables: [itemsTable, emptyTable], charts: [] },
    {
      name: "Rol: acties / [netwerk]?",
      tables: [duplicateHeaderTable],
      charts: [
        {
          name: "NM_Chart_Rol",
          kind: "bar",
          orientation: "vertical",
          stacking: "none",
          title: "Rol",
          table: "NM Rol/acties",
          categoryColumn: "role",
          series: [{ column: "a", color: "#4472C4" }],
          valueAxis: { numberFormat: "0.0" },
          size: { columns: 9, rows: 18 },
        },
      ],
    },
    { name: "rol- acties - -netwerk--", tables: [{ ...itemsTable, name: "NM_Items" }], charts: [] },
  ],
};

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Table names of a worksheet (ExcelJS types getTables() wrongly as [Table, void][]). */
function tableNames(worksheet: ExcelJS.Worksheet): string[] {
  return (worksheet.getTables() as unknown as { name: string }[]).map((table) => table.name);
}

/** The row number holding `text` in column A. */
function rowOf(worksheet: ExcelJS.Worksheet, text: string): number {
  for (let row = 1; row <= worksheet.rowCount; row += 1) {
    if (worksheet.getCell(row, 1).value === text) return row;
  }
  throw new Error(`"${text}" not found in column A`);
}

describe("writeReportWorkbook", () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    bytes = await writeReportWorkbook(report);
    workbook = await loadWorkbook(bytes);
  });

  it("returns a plain Uint8Array holding a ZIP package", () => {
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("writes one worksheet per report sheet with valid, unique names", () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      "Overzicht",
      "Rol- acties - -netwerk--",
      "rol- acties - -netwerk-- (2)",
    ]);
  });

  it("writes each table as an Excel table with unique names and its headers", () => {
    const overview = workbook.worksheets[0];
    expect(tableNames(overview)).toEqual(["NM_Items", "NM_Groepen"]);
    expect(tableNames(workbook.worksheets[1])).toEqual(["NM_Rol_acties"]);
    expect(tableNames(workbook.worksheets[2])).toEqual(["NM_Items_2"]);

    const headerRow = rowOf(overview, "Stelling");
    expect([1, 2, 3, 4].map((column) => overview.getCell(headerRow, column).value)).toEqual([
      "Stelling",
      "n",
      "% (helemaal) akkoord",
      "Gemiddelde",
    ]);
    const roles = workbook.worksheets[1];
    const roleHeader = rowOf(roles, "Rol");
    expect([1, 2, 3, 4].map((column) => roles.getCell(roleHeader + 1, column).value)).toEqual([
      "Rol",
      "Score",
      "score (2)",
      "Kolom 4",
    ]);
  });

  it("puts the report title and summary on top of an overview sheet, then titles and notes", () => {
    const overview = workbook.worksheets[0];
    expect(overview.getCell("A1").value).toBe("Netwerkmeter — rapport");
    expect(overview.getCell("A2").value).toMatch(/^Datum: \d{1,2} [a-z]+ \d{4}$/);
    expect(overview.getCell("A3").value).toBe("Bron: antwoorden.xlsx");
    expect(overview.getCell("A4").value).toBe("Respondenten: 12");
    // A blank row, the table of contents: one cell hyperlink per other sheet (no formula).
    expect(overview.getCell("A6").value).toBe("Inhoud (klik om naar het blad te gaan)");
    const entries = [7, 8].map((row) => overview.getCell(row, 1));
    expect(entries.map((cell) => cell.value)).toEqual([
      {
        text: `${workbook.worksheets[1].name}: Rol`,
        hyperlink: `#'${workbook.worksheets[1].name}'!A1`,
      },
      {
        text: `${workbook.worksheets[2].name}: Indicatoren per stelling`,
        hyperlink: `#'${workbook.worksheets[2].name}'!A1`,
      },
    ]);
    for (const cell of entries) expect(cell.formula).toBeUndefined();
    expect(overview.getCell("A11").value).toBe("Indicatoren per stelling");
    expect(overview.getCell("A11").font?.bold).toBe(true);
    expect(overview.getCell("A12").value).toBe("n = 12 respondenten; basis: geldige antwoorden.");
    expect(overview.getCell("A12").font?.italic).toBe(true);
    expect(overview.getCell("A14").value).toBe("Stelling");
    // four data rows (A15:A18), two blank rows, then the next title
    expect(overview.getCell("A21").value).toBe("Per groep");
  });

  it("applies the number format of each column and leaves null cells empty", () => {
    const overview = workbook.worksheets[0];
    const firstDataRow = rowOf(overview, "Stelling") + 1;
    expect(overview.getCell(firstDataRow, 1).numFmt).toBe("@");
    expect(overview.getCell(firstDataRow, 2).numFmt).toBe("0");
    expect(overview.getCell(firstDataRow, 3).numFmt).toBe("0.0");
    expect(overview.getCell(firstDataRow, 4).numFmt).toBe("0.00");
    expect(overview.getCell(firstDataRow, 3).value).toBeCloseTo(58.3333, 6);
    expect(overview.getCell(firstDataRow + 1, 3).value).toBeNull();
    // NaN cannot be stored in a cell: it is written as an empty cell
    expect(overview.getCell(firstDataRow + 2, 4).value).toBeNull();
    const roles = workbook.worksheets[1];
    const roleData = rowOf(roles, "Coördinator");
    expect(roles.getCell(roleData, 2).numFmt).toBe("0.0");
    expect(roles.getCell(roleData, 4).numFmt).toBe("0.000");
  });

  it("keeps formula-like text as text, never as a formula", () => {
    const overview = workbook.worksheets[0];
    const firstDataRow = rowOf(overview, "Stelling") + 1;
    const texts = ["=SUM(A1:A2)", "+32 470 12 34 56", "-niet akkoord", "@rol"];
    texts.forEach((text, offset) => {
      const { type, value, formula } = overview.getCell(firstDataRow + offset, 1);
      expect(type).toBe(ExcelJS.ValueType.String);
      expect(value).toBe(text);
      expect(formula).toBeUndefined();
    });
  });

  it("writes an empty table as a header with one empty row and the note 'Geen gegevens.'", () => {
    const overview = workbook.worksheets[0];
    const table = overview.getTable("NM_Groepen") as unknown as { table: { tableRef: string } };
    const titleRow = rowOf(overview, "Per groep");
    expect(overview.getCell(titleRow + 1, 1).value).toBe("n = 0.");
    expect(overview.getCell(titleRow + 2, 1).value).toBe("Geen gegevens.");
    expect(overview.getCell(titleRow + 3, 1).value).toBe("Groep");
    expect(table.table.tableRef).toBe(`A${titleRow + 3}:B${titleRow + 4}`);
    expect(overview.getCell(titleRow + 4, 1).value).toBeNull();
  });

  it("fits column widths to the content: short texts stay narrow and do not wrap", () => {
    const overview = workbook.worksheets[0];
    // "+32 470 12 34 56" (16 characters) + 2
    expect(overview.getColumn(1).width).toBe(18);
    expect(overview.getColumn(2).width).toBe(10);
    // "% (helemaal) akkoord" + 2, at most 20 for a number column
    expect(overview.getColumn(3).width).toBe(20);
    expect(overview.getCell(rowOf(overview, "Stelling") + 1, 1).alignment?.wrapText).toBeFalsy();
  });

  it("freezes the header row, repeats it on printed pages and numbers the pages", () => {
    const roles = workbook.worksheets[1];
    const header = rowOf(roles, "Coördinator") - 1;
    expect(roles.views[0]).toMatchObject({ state: "frozen", ySplit: header });
    expect(roles.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(roles.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(roles.headerFooter.oddFooter).toBe("&L&A&RPagina &P van &N");
  });

  it("sets the workbook properties", () => {
    expect(workbook.creator).toBe("Netwerkmeter");
    expect(workbook.created).toBeInstanceOf(Date);
    expect(workbook.title).toBe("Netwerkmeter — rapport");
  });

  it("produces a file readXlsx reads back", async () => {
    const grids = await readXlsx(bytes, "rapport.xlsx");
    expect(grids.map((grid) => grid.sheet)).toEqual(
      workbook.worksheets.map((worksheet) => worksheet.name)
    );
    expect(grids[0].rows[0]).toEqual(["Netwerkmeter — rapport"]);
  });

  it("writes a report without sheets as one overview sheet, in English on request", async () => {
    const reloaded = await loadWorkbook(
      await writeReportWorkbook(
        { title: "Report", summary: ["Source: x"], sheets: [] },
        { language: "en", creator: "CI" }
      )
    );
    expect(reloaded.worksheets.map((worksheet) => worksheet.name)).toEqual(["Overview"]);
    expect(reloaded.worksheets[0].getCell("A2").value).toMatch(/^Date: \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(reloaded.worksheets[0].getCell("A3").value).toBe("Source: x");
    expect(reloaded.creator).toBe("CI");
  });

  it("writes 'No data.' for an empty table and tables without columns reload", async () => {
    const reloaded = await loadWorkbook(
      await writeReportWorkbook(
        {
          title: "R",
          summary: [],
          sheets: [
            {
              name: "Data",
              tables: [
                emptyTable,
                { name: "NM_Leeg", title: "Leeg", columns: [], rows: [], notes: [] },
              ],
              charts: [],
            },
          ],
        },
        { language: "en" }
      )
    );
    const sheet = reloaded.worksheets[0];
    expect(sheet.getCell("A3").value).toBe("No data.");
    expect(tableNames(sheet)).toEqual(["NM_Groepen"]);
    expect(sheet.getCell(rowOf(sheet, "Leeg") + 1, 1).value).toBe("No data.");
  });
});

describe("excelSheetNames", () => {
  it("replaces forbidden characters, trims apostrophes and keeps names unique ignoring case", () => {
    expect(
      excelSheetNames(["Rol/acties", "rol-acties", "", "'Data'", "History", "a:b\\c?d*e[f]g"])
    ).toEqual(["Rol-acties", "rol-acties (2)", "Blad 3", "Data", "History (2)", "a-b-c-d-e-f-g"]);
  });

  it("cuts names to 31 characters, also with a suffix", () => {
    const long = "Governance en participatie per netwerkrol";
    const names = excelSheetNames([long, long]);
    // cut at 31, then the trailing space goes
    expect(names[0]).toBe("Governance en participatie per");
    expect(names[1]).toBe("Governance en participatie (2)");
    expect(names.every((name) => name.length <= 31)).toBe(true);
  });
});

describe("excelTableName", () => {
  it.each([
    ["NM_Items", "NM_Items"],
    ["NM Rol/acties", "NM_Rol_acties"],
    ["2e meting", "T_2e_meting"],
    ["A1", "T_A1"],
    ["R1C1", "T_R1C1"],
    ["c", "T_c"],
    ["Coördinatie", "Coördinatie"],
    ["", "T_"],
  ])("%j → %j", (name, expected) => {
    expect(excelTableName(name)).toBe(expected);
  });
});

describe("tableHeaders", () => {
  it("fills empty headers, flattens line breaks and makes headers unique ignoring case", () => {
    expect(tableHeaders(["Item", "n", "N", "", "Score\n(%)"])).toEqual([
      "Item",
      "n",
      "N (2)",
      "Kolom 4",
      "Score (%)",
    ]);
    expect(tableHeaders([""], "en")).toEqual(["Column 1"]);
  });
});
