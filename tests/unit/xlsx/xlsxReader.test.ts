/**
 * The streaming .xlsx reader (src/xlsx/xlsxReader.ts) and its XML scanner on what ExcelJS does not
 * write but other writers (Excel, LibreOffice, Strict OOXML) do: 1904 dates, prefixed element
 * names, phonetic runs, cells without an address, entities; and what it refuses: a DOCTYPE (entity
 * bombs, external entities), two parts with one name. The ExcelJS-written cases (formulas, rich
 * text, dates, merges, errors) are in readXlsx.test.ts.
 */
import { strToU8, zipSync } from "fflate";
import type { XmlHandler } from "../../../src/xlsx/xmlScanner";
import { XmlScanner, attribute, decodeEntities } from "../../../src/xlsx/xmlScanner";
import { excelSerialToDate, isDateFormat, readWorkbook } from "../../../src/xlsx/xlsxReader";
import { rawZip, workbookParts } from "../../fakes/craftXlsx";

function events(xml: string, chunkSize: number): string[] {
  const seen: string[] = [];
  let text = false;
  const handler: XmlHandler = {
    open: (name, attributes, selfClosing) => {
      seen.push(`<${name}${attributes}${selfClosing ? "/" : ""}>`);
      text = name === "t";
    },
    close: (name) => {
      seen.push(`</${name}>`);
      text = false;
    },
    text: (value) => seen.push(`"${value}"`),
    wantsText: () => text,
  };
  const scanner = new XmlScanner(handler);
  for (let at = 0; at < xml.length; at += chunkSize) scanner.push(xml.slice(at, at + chunkSize));
  scanner.end();
  return seen;
}

describe("XmlScanner", () => {
  const xml =
    '<?xml version="1.0"?><!-- a > b --><x:si a="1 > 0"><x:t xml:space="preserve">a &amp; b &#x43;</x:t><r/><![CDATA[<no tag>]]></x:si>';

  it("gives the same events whatever the chunk size (a tag or text split anywhere)", () => {
    const whole = events(xml, xml.length);
    expect(whole).toEqual([
      '<si a="1 > 0">',
      '<t xml:space="preserve">',
      '"a & b C"',
      "</t>",
      "<r/>",
      "</r>",
      "</si>",
    ]);
    for (const size of [1, 2, 3, 7, 13]) expect(events(xml, size)).toEqual(whole);
  });

  it("gives the same events for chunks longer than the joined head (4096 characters)", () => {
    // Pieces that end far beyond the head of the next chunk: a 6,000-character text run and comment.
    const cells = Array.from(
      { length: 2000 },
      (_, index) => `<c r="A${index + 1}" t="s"><v>${index}</v></c>`
    ).join("");
    const long = `<t>${"x &amp; y ".repeat(600)}</t><!-- ${"> ".repeat(3000)} -->`;
    const big = `<sheetData>${cells}${long}${cells}${long}</sheetData>`;
    const whole = events(big, big.length);
    expect(whole.length).toBe(2 * (2000 * 4 + 3) + 2);
    for (const size of [4095, 4096, 4097, 5000, 9001, 20000])
      expect(events(big, size)).toEqual(whole);
  });

  it("refuses a DOCTYPE (where entity bombs and external entities live)", () => {
    expect(() =>
      events('<!DOCTYPE lol [<!ENTITY a "aaaa">]><sst><si><t>&a;</t></si></sst>', 5)
    ).toThrow(/DOCTYPE/);
  });

  it("refuses a document that ends inside a tag", () => {
    expect(() => events('<sst><si a="1', 100)).toThrow(/ends inside a tag/);
  });

  it("decodes the five entities and character references, and reads attributes", () => {
    expect(decodeEntities("&lt;&gt;&amp;&quot;&apos;&#233;&#x20AC;&unknown;")).toBe(
      "<>&\"'é€&unknown;"
    );
    expect(attribute(' r="B2" t="s" xr:uid="{1}"', "t")).toBe("s");
    expect(attribute(' rt="x" r="B2"', "t")).toBeUndefined();
    expect(attribute(" name='a &amp; b'", "name")).toBe("a & b");
  });
});

function workbook(
  sheetXml: string,
  extra: Record<string, string> = {},
  workbookPr = ""
): Uint8Array {
  const parts = workbookParts([{ name: "Blad1", sheetDataXml: sheetXml }]);
  if (workbookPr)
    parts["xl/workbook.xml"] = strToU8(
      new TextDecoder()
        .decode(parts["xl/workbook.xml"])
        .replace("<sheets>", `<workbookPr ${workbookPr}/><sheets>`)
    );
  for (const [name, text] of Object.entries(extra)) parts[name] = strToU8(text);
  return zipSync(parts);
}

describe("readWorkbook", () => {
  it("reads cells without an address in order, booleans, errors and inline strings", async () => {
    const { grids } = await readWorkbook(
      workbook(
        '<row><c><v>1</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="inlineStr"><is><r><t>sterk </t></r><r><t>akkoord</t></r><rPh><t>X</t></rPh></is></c></row><row><c r="C2" t="str"><f>A1&amp;"x"</f><v>1x</v></c><c r="D2"><f>1/0</f></c></row>'
      ),
      "a.xlsx"
    );
    expect(grids[0].rows).toEqual([
      [1, true, "#N/A", "sterk akkoord"],
      [null, null, "1x"],
    ]);
  });

  it("gives every row exactly its cells, whatever the rows before it held (rows made with room)", async () => {
    // A wide row, narrow rows after it, a row written out of order and one cell added to an
    // earlier row: no row may keep room beyond its cells (no holes, no trailing slots).
    const wide = Array.from({ length: 40 }, (_, index) => `<c><v>${index}</v></c>`).join("");
    const { grids } = await readWorkbook(
      workbook(
        `<row r="1">${wide}</row><row r="2"><c r="A2"><v>1</v></c></row>` +
          '<row r="4"><c r="B4"><v>4</v></c><c r="D4"><v>5</v></c></row>' +
          '<row r="3"><c r="C3"><v>3</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>'
      ),
      "a.xlsx"
    );
    const rows = grids[0].rows;
    expect(rows[0]).toEqual(Array.from({ length: 40 }, (_, index) => index));
    expect(rows.slice(1)).toEqual([
      [1, 2],
      [null, null, 3],
      [null, 4, null, 5],
    ]);
    for (const row of rows) expect(Object.keys(row)).toHaveLength(row.length);
  });

  it("reads digits by cell type as the string reader did (byteXmlScanner's fast path)", async () => {
    const { grids } = await readWorkbook(
      workbook(
        '<row r="1"><c r="A1"><v>007</v></c><c r="B1" t="str"><v>007</v></c><c r="C1" t="str"><v>12</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="n"><v>45</v></c><c r="F1"><v>1</v><v>2</v></c><c r="G1"><v> 3 </v></c><c r="H1"><v>2.5</v></c></row>'
      ),
      "a.xlsx"
    );
    expect(grids[0].rows).toEqual([[7, "007", "12", false, 45, 12, 3, 2.5]]);
  });

  it("turns date-formatted numbers into dates, in the 1900 and 1904 systems", async () => {
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const rels =
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/></Relationships>';
    const sheet =
      '<row r="1"><c r="A1"><v>45292</v></c><c r="B1" s="1"><v>45292</v></c><c r="C1" s="2"><v>45292.5</v></c></row>';
    const extra = { "xl/styles.xml": styles, "xl/_rels/workbook.xml.rels": rels };
    const [grid1900] = (await readWorkbook(workbook(sheet, extra), "d.xlsx")).grids;
    expect(grid1900.rows[0][0]).toBe(45292);
    expect((grid1900.rows[0][1] as Date).toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect((grid1900.rows[0][2] as Date).toISOString()).toBe("2024-01-01T12:00:00.000Z");
    const [grid1904] = (await readWorkbook(workbook(sheet, extra, 'date1904="1"'), "d.xlsx")).grids;
    expect((grid1904.rows[0][1] as Date).toISOString()).toBe("2028-01-02T00:00:00.000Z");
    expect(excelSerialToDate(45292, false).toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(isDateFormat('0.0" dagen"')).toBe(false);
    expect(isDateFormat("[$-813]d mmmm yyyy")).toBe(true);
  });

  it("refuses two parts with one name (which one a reader takes is up to the reader)", async () => {
    const parts = workbookParts([{ name: "Blad1", rows: [["echt"]] }]);
    const entries = Object.entries(parts);
    const bytes = rawZip(entries);
    expect((await readWorkbook(bytes, "een.xlsx")).grids[0].rows).toEqual([["echt"]]);
    const other = workbookParts([{ name: "Blad1", rows: [["vals"]] }])["xl/worksheets/sheet1.xml"];
    const twice = rawZip([...entries, ["xl/worksheets/sheet1.xml", other]]);
    await expect(readWorkbook(twice, "dubbel.xlsx")).rejects.toThrow(
      "dubbel.xlsx: het bestand is beschadigd of onvolledig"
    );
  });

  it("measures merges, validations and names without expanding them", async () => {
    const parts = workbookParts(
      [
        {
          name: "Blad1",
          rows: [["a"]],
          afterXml:
            '<mergeCells><mergeCell ref="BA1:XFD1048576"/></mergeCells><dataValidations><dataValidation sqref="G2:O1048576"/></dataValidations>',
        },
      ],
      { definedNames: ["Blad1!$A:$B"] }
    );
    const { shape } = await readWorkbook(zipSync(parts), "m.xlsx");
    expect(shape.mergedCells).toBe((16384 - 52) * 1048576);
    expect(shape.validatedCells).toBe(9 * 1048575);
    expect(shape.namedCells).toBe(2 * 1048576);
    expect(shape.largestRange).toBe("Blad1!BA1:XFD1048576");
  });
});
