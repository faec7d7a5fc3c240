/**
 * The one-pass reading of usual rows and cells (src/xlsx/usualSheetXml.ts): what it reads (values
 * worked by hand from the bytes), what it leaves to the general scanner (-1), and that the sheet
 * reader gives exactly the same grid with it as without it. "Without it" is the same sheet with
 * every element prefixed (`<x:c>`): a prefixed name is never usual, so that sheet goes through
 * byteXmlScanner.ts tag by tag.
 */
import { strToU8, zipSync } from "fflate";
import { isRowEnd, readUsualCell, readUsualRow, UsualCell } from "../../../src/xlsx/usualSheetXml";
import { readWorkbook } from "../../../src/xlsx/xlsxReader";
import { workbookParts } from "../../fakes/craftXlsx";

function cellAt(xml: string): { after: number; cell: UsualCell } {
  const bytes = strToU8(xml);
  const cell = new UsualCell();
  return { after: readUsualCell(bytes, 0, bytes.length, cell), cell };
}

describe("readUsualCell", () => {
  it("reads address, type, style and the value's byte range of a usual cell", () => {
    // '<c r="AB12" s="3" t="s"><v>17</v></c>': AB = 1*26+2 = 28 → column 27; the value "17"
    // starts after the 24-byte tag and "<v>" (24 + 3 = 27) and ends at 29; the cell at 37.
    const { after, cell } = cellAt('<c r="AB12" s="3" t="s"><v>17</v></c>');
    expect(after).toBe(37);
    expect([cell.row, cell.column, cell.style, cell.typeStart, cell.typeEnd]).toEqual([
      11, 27, 3, 21, 22,
    ]);
    expect([cell.valueStart, cell.valueEnd, cell.selfClosing, cell.number]).toEqual([
      27,
      29,
      false,
      17,
    ]);
  });

  it("reads an empty self-closing cell, single quotes, no address and other attributes", () => {
    const empty = cellAt("<c r='XFD1048576' s='12'/>");
    expect(empty.after).toBe(26);
    expect([empty.cell.row, empty.cell.column, empty.cell.style]).toEqual([1048575, 16383, 12]);
    expect([empty.cell.valueStart, empty.cell.selfClosing]).toEqual([-1, true]);
    const bare = cellAt('<c xr:uid="{1}"><v>-2.5</v></c>');
    expect([bare.after, bare.cell.row, bare.cell.column, bare.cell.typeStart]).toEqual([
      31, -1, -1, -1,
    ]);
    expect([bare.cell.valueStart, bare.cell.valueEnd, bare.cell.number]).toEqual([19, 23, -1]);
    // Plain digits only: no leading zero, at most 15 of them (as byteXmlScanner.readDigits).
    expect(cellAt("<c><v>007</v></c>").cell.number).toBe(-1);
    expect(cellAt("<c><v>0</v></c>").cell.number).toBe(0);
    expect(cellAt("<c><v>123456789012345</v></c>").cell.number).toBe(123456789012345);
    expect(cellAt("<c><v>1234567890123456</v></c>").cell.number).toBe(-1);
    expect(cellAt("<c><v>1E3</v></c>").cell.number).toBe(-1);
  });

  it("leaves every unusual cell to the general scanner", () => {
    for (const xml of [
      '<c r="A1"><f>1+1</f><v>2</v></c>', // a formula
      '<c r="A1" t="inlineStr"><is><t>x</t></is></c>', // an inline string
      '<c r="A1"><v></v></c>', // an empty value
      '<c r="A1"></c>',
      '<c r="A1"> <v>1</v></c>', // text before the value
      '<c r="A1"><v>1</v> </c>',
      '<c r="A1"><v><![CDATA[1]]></v></c>',
      '<c r = "A1"><v>1</v></c>', // white space around "="
      "<c r=A1><v>1</v></c>",
      '<c r="A1" r="B1"><v>1</v></c>', // an attribute twice
      '<c s="1" s="2"><v>1</v></c>',
      '<c r="A0"><v>1</v></c>', // addresses: row 0, a leading zero, no row, past the edges
      '<c r="A01"><v>1</v></c>',
      '<c r="A"><v>1</v></c>',
      '<c r="1"><v>1</v></c>',
      '<c r="XFE1"><v>1</v></c>',
      '<c r="A1048577"><v>1</v></c>',
      '<c r="ABCDE1"><v>1</v></c>',
      '<c s="01"><v>1</v></c>', // a style with a leading zero or not digits
      '<c s="x"><v>1</v></c>',
      '<cx r="A1"><v>1</v></cx>', // another element
      '<c r="A1"/ >',
      '<c r="A1"><v>1</v></c', // cut off
      '<c r="A1"><v>1</v>',
      '<c r="A1',
    ])
      expect([xml, cellAt(xml).after]).toEqual([xml, -1]);
  });
});

describe("readUsualRow and isRowEnd", () => {
  it("reads a row's number from r, the first row without r, and refuses unusual rows", () => {
    const row = new UsualCell();
    const bytes = strToU8('<row r="3" spans="1:45" x14ac:dyDescent="0.25"></row><row>');
    expect(readUsualRow(bytes, 0, bytes.length, row)).toBe(47);
    expect(row.row).toBe(2);
    expect(isRowEnd(bytes, 47, bytes.length)).toBe(true);
    expect(isRowEnd(bytes, 47, 52)).toBe(false); // "</row" cut off
    expect(readUsualRow(bytes, 53, bytes.length, row)).toBe(58);
    expect(row.row).toBe(-1);
    for (const xml of ['<row r="03">', '<row r="1048577">', '<rows r="1">', '<row r="1" r="2">'])
      expect(readUsualRow(strToU8(xml), 0, xml.length, row)).toBe(-1);
  });
});

const SHARED = ["", "Netwerk", "a &amp; b", "Regio"];
const STYLES =
  '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>';
const RELATIONS =
  '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>';

async function read(sheetXml: string): Promise<string> {
  const parts = workbookParts([{ name: "Blad1", sheetDataXml: sheetXml }]);
  parts["xl/styles.xml"] = strToU8(STYLES);
  parts["xl/_rels/workbook.xml.rels"] = strToU8(RELATIONS);
  parts["xl/sharedStrings.xml"] = strToU8(
    `<sst>${SHARED.map((text) => `<si><t>${text}</t></si>`).join("")}</sst>`
  );
  try {
    const { grids } = await readWorkbook(zipSync(parts), "u.xlsx", { cellBudget: 500 });
    return JSON.stringify(grids[0]);
  } catch (error) {
    return `${(error as Error).message} / ${((error as Error).cause as Error)?.message}`;
  }
}

/** The same sheet with every element prefixed: read tag by tag by the general scanner. */
const prefixed = (xml: string) => xml.replace(/<(\/?)([a-zA-Z])/g, "<$1x:$2");

describe("the sheet reader with and without the one-pass reading", () => {
  const cases = [
    // shared strings (index 0 is empty: no value), numbers, a date style, a self-closing cell
    '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>2</v></c><c r="D1"><v>12</v></c><c r="E1" s="1"><v>45292</v></c><c r="F1" s="2"/><c s="2"><v>45292.5</v></c></row>',
    // cells and rows without an address, after a self-closing cell; rows skipped
    '<row><c><v>1</v></c><c r="C1" s="1"/><c><v>2</v></c></row><row r="4"><c><v>3</v></c></row><row><c t="n"><v>4</v></c></row>',
    // every type and value form; digits that are not plain; entities; a missing shared string
    '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2" t="str"><v>007</v></c><c r="D2"><v>007</v></c><c r="E2"><v>-2.5</v></c><c r="F2"><v>1E-3</v></c><c r="G2"><v>1234567890123456</v></c><c r="H2" t="str"><v>a &lt; b</v></c><c r="I2" t="d"><v>2024-01-01</v></c><c r="J2" t="s"><v>99</v></c><c r="K2" t="s"><v>2</v></c><c r="L2" t="b"><v>0</v></c></row>',
    // usual and unusual cells mixed: formulas, inline strings, an empty value, white space
    '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><v>3</v></c><c r="C1" t="inlineStr"><is><t>in</t></is></c><c><v>4</v></c><c r="E1" t="s"><v></v></c><c>\n<v>5</v></c><c r="G1" s="007"><v>6</v></c><c r="H1" r="I1"><v>7</v></c></row>\n<row r="3" spans="1:2"><c r = "A3"><v>8</v></c><c r="B3"><v>9</v></c></row>',
    // cells that overwrite and come before earlier ones in their row; a row given twice
    '<row r="1"><c r="C1"><v>1</v></c><c r="A1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="1"><c r="B1"><v>4</v></c></row>',
    // a value outside a cell, then a stray closing tag (the handler's state after a run)
    '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><v>9</v></c>',
    // refusals: a cell outside the sheet, a row out of range, a cell without a row, the budget
    '<row r="1"><c r="A1"><v>1</v></c><c r="A1048577"><v>2</v></c></row>',
    '<row r="1048577"><c><v>1</v></c></row>',
    "<c><v>1</v></c>",
    `<row r="1"><c r="A1"><v>1</v></c><c r="ZZ1"><v>2</v></c></row><row r="9"><c r="A9"><v>1</v></c><c r="DA9"><v>2</v></c></row>`,
  ];

  it.each(cases.map((xml, index) => [index, xml]))("case %i", async (_index, xml) => {
    const usual = await read(xml as string);
    expect(usual).toBe(await read(prefixed(xml as string)));
  });

  it("gives the values worked by hand for the first case", async () => {
    const grid = JSON.parse(await read(cases[0]));
    // B1 is shared string 0 (""): no value; E1 and G1 are dates (styles 1 and 2), F1 is empty.
    expect(grid.rows).toEqual([
      ["Netwerk", null, "a & b", 12, "2024-01-01T00:00:00.000Z", null, "2024-01-01T12:00:00.000Z"],
    ]);
  });

  it("is the same across chunk boundaries (a sheet of ~900 KB read in fflate's pieces)", async () => {
    const row = (r: number) =>
      `<row r="${r}" spans="1:6"><c r="A${r}" t="s"><v>${r % 4}</v></c><c r="B${r}"><v>${r}</v></c><c r="C${r}" s="1"><v>${40000 + r}</v></c><c r="D${r}"><f>B${r}*2</f><v>${2 * r}</v></c><c r="E${r}" s="2"/><c><v>${r}.5</v></c></row>`;
    const xml = Array.from({ length: 4000 }, (_, index) => row(index + 1)).join("");
    const parts = workbookParts([{ name: "Blad1", sheetDataXml: xml }]);
    parts["xl/styles.xml"] = strToU8(STYLES);
    parts["xl/_rels/workbook.xml.rels"] = strToU8(RELATIONS);
    parts["xl/sharedStrings.xml"] = strToU8(
      `<sst>${SHARED.map((text) => `<si><t>${text}</t></si>`).join("")}</sst>`
    );
    const grid = (await readWorkbook(zipSync(parts), "u.xlsx")).grids[0];
    expect(grid.rows.length).toBe(4000);
    // Row 4000: 4000 % 4 = 0 → shared string "" (no value); 44000 in style 1 is a date.
    const last = grid.rows[3999];
    expect([last[0], last[1], last[3], last[4], last[5]]).toEqual([null, 4000, 8000, null, 4000.5]);
    expect((last[2] as Date).toISOString()).toBe("2020-06-18T00:00:00.000Z");
    expect(grid.rows[0]).toEqual([
      "Netwerk",
      1,
      new Date("2009-07-07T00:00:00.000Z"),
      2,
      null,
      1.5,
    ]);
  });
});
