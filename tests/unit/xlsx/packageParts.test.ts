/**
 * The shared-string table (src/xlsx/packageParts.ts): usual items read in one pass each
 * (readUsualItems, values worked by hand), and the same strings as the scanner's tag-by-tag path,
 * which a prefixed table (`<x:si>`) always takes.
 */
import { strToU8, zipSync } from "fflate";
import { readSharedStrings, readUsualItems } from "../../../src/xlsx/packageParts";
import { openZipPackage } from "../../../src/xlsx/zipEntries";

describe("readUsualItems", () => {
  it("reads usual items one after another and stops at the first other one", () => {
    const xml =
      '<si><t>a &amp; b</t></si><si><t xml:space="preserve"> c </t></si><si><t></t></si><si><r><t>d</t></r></si>';
    const seen: string[] = [];
    // 25 + 40 + 16 = 81 bytes: where the rich-text item starts.
    expect(readUsualItems(strToU8(xml), 0, xml.length, (text) => seen.push(text))).toBe(81);
    expect(seen).toEqual(["a & b", " c ", ""]);
  });

  it("reads nothing (-1) from an item that is cut off or not usual", () => {
    for (const xml of [
      "<si><t>a</t></si",
      "<si><t>a</t>",
      "<si><rPh><t>x</t></rPh></si>",
      "<sst>",
      "<si><t/></si>",
    ])
      expect([xml, readUsualItems(strToU8(xml), 0, xml.length, () => undefined)]).toEqual([
        xml,
        -1,
      ]);
  });
});

function sharedStrings(xml: string): string[] {
  const zip = openZipPackage(zipSync({ "xl/sharedStrings.xml": strToU8(xml) }), "s.xlsx");
  return readSharedStrings(zip, zip.find("xl/sharedStrings.xml")!);
}

describe("readSharedStrings", () => {
  it("gives the same strings with and without the one-pass reading, over chunk boundaries", () => {
    const items = [
      "<si><t>Netwerk</t></si>",
      '<si><t xml:space="preserve">a &lt; b </t></si>',
      "<si><t></t></si>",
      "<si><r><t>sterk </t></r><r><rPr><b/></rPr><t>akkoord</t></r></si>",
      '<si><t>ka</t><rPh sb="0" eb="1"><t>カ</t></rPh></si>',
      "<si><t>é€</t></si>",
      "<si><t><![CDATA[a<1]]></t></si>",
      "<si><t/></si>",
    ];
    const xml = `<sst count="9">${Array.from({ length: 4000 }, (_, index) => items[index % items.length]).join("")}</sst>`;
    const strings = sharedStrings(xml);
    expect(strings.length).toBe(4000);
    expect(strings.slice(0, 8)).toEqual([
      "Netwerk",
      "a < b ",
      "",
      "sterk akkoord",
      "ka",
      "é€",
      "a<1",
      "",
    ]);
    expect(sharedStrings(xml.replace(/<(\/?)([a-zA-Z])/g, "<$1x:$2"))).toEqual(strings);
  });

  it("leaves the reader's state as the tag-by-tag path does (a stray </si> repeats the last item)", () => {
    const xml = "<sst><si><t>z</t></si></si><si><t></t></si></si></sst>";
    expect(sharedStrings(xml)).toEqual(["z", "z", "", ""]);
    expect(sharedStrings(xml.replace(/<(\/?)([a-zA-Z])/g, "<$1x:$2"))).toEqual(["z", "z", "", ""]);
  });
});
