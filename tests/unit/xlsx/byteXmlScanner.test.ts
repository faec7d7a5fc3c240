/**
 * The byte-level scanner for worksheets (src/xlsx/byteXmlScanner.ts) must see exactly what the
 * string scanner (xmlScanner.ts) sees, whatever the chunk boundaries: the same elements,
 * attributes and decoded text; and refuse what it refuses (DOCTYPE, a document ending in a tag,
 * a tag with a "<" inside). The workbook-level cases (cells, dates, merges) are in xlsxReader.test.ts
 * and readXlsx.test.ts, which go through this scanner for every sheet.
 */
import { strToU8 } from "fflate";
import {
  AttributeCursor,
  ByteXmlScanner,
  byteAttribute,
  decodeText,
  readDigits,
} from "../../../src/xlsx/byteXmlScanner";
import { XmlScanner } from "../../../src/xlsx/xmlScanner";

const NAMES = ["si", "t", "r", "c", "v"];

/** Events from the byte scanner, fed `bytes` in chunks of `size`. */
function byteEvents(bytes: Uint8Array, size: number): string[] {
  const seen: string[] = [];
  let text = false;
  const scanner = new ByteXmlScanner(NAMES, {
    open: (name, data, start, end, selfClosing) => {
      seen.push(
        `<${NAMES[name - 1] ?? "?"}${decodeText(data, start, end, true)}${selfClosing ? "/" : ""}>`
      );
      text = name === 2 || name === 5;
    },
    close: (name) => {
      seen.push(`</${NAMES[name - 1] ?? "?"}>`);
      text = false;
    },
    text: (data, start, end, cdata) => seen.push(`"${decodeText(data, start, end, cdata)}"`),
    wantsText: () => text,
  });
  for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
  scanner.end();
  return seen;
}

/** The same events from the string scanner (names outside NAMES shown as "?"). */
function stringEvents(xml: string): string[] {
  const seen: string[] = [];
  let text = false;
  new XmlScanner({
    open: (name, attributes, selfClosing) => {
      seen.push(`<${NAMES.includes(name) ? name : "?"}${attributes}${selfClosing ? "/" : ""}>`);
      text = name === "t" || name === "v";
    },
    close: (name) => {
      seen.push(`</${NAMES.includes(name) ? name : "?"}>`);
      text = false;
    },
    text: (value) => seen.push(`"${value}"`),
    wantsText: () => text,
  }).push(xml);
  return seen;
}

describe("ByteXmlScanner", () => {
  const xml =
    '<?xml version="1.0"?><!-- a > b --><x:si a="1 > 0"><x:t xml:space="preserve">a &amp; b &#x43; é€😀</x:t><r/><c r="B12" t="s"><v>42</v></c><t><![CDATA[<no tag> &amp;]]></t><other>x</other></x:si>';

  it("gives the string scanner's events whatever the chunk size (multi-byte characters split too)", () => {
    const bytes = strToU8(xml);
    const expected = stringEvents(xml);
    expect(byteEvents(bytes, bytes.length)).toEqual(expected);
    expect(expected).toContain('"a & b C é€😀"');
    expect(expected).toContain('"<no tag> &amp;"');
    for (let size = 1; size <= 40; size += 1) expect(byteEvents(bytes, size)).toEqual(expected);
  });

  it("gives the same events for pieces longer than the joined head (4096 bytes)", () => {
    const cells = Array.from(
      { length: 2000 },
      (_, index) => `<c r="A${index + 1}" t="s"><v>${index}</v></c>`
    ).join("");
    const long = `<t>${"x &amp; y ".repeat(600)}</t><!-- ${"> ".repeat(3000)} --><c a="${"q".repeat(5000)}"/>`;
    const big = `<si>${cells}${long}${cells}${long}</si>`;
    const expected = stringEvents(big);
    for (const size of [4095, 4096, 4097, 5000, 9001, 20000, big.length])
      expect(byteEvents(strToU8(big), size)).toEqual(expected);
  });

  it("refuses a DOCTYPE, a document ending inside a tag, and a '<' inside a tag", () => {
    const feed = (text: string, size: number) => () => byteEvents(strToU8(text), size);
    expect(feed('<!DOCTYPE lol [<!ENTITY a "aaaa">]><si><t>&a;</t></si>', 5)).toThrow(/DOCTYPE/);
    expect(feed('<si><c r="1', 3)).toThrow(/ends inside a tag/);
    expect(feed("<si><!-- never closed", 4)).toThrow(/ends inside a tag/);
    expect(feed('<si><c r="A1" <v>', 100)).toThrow(/unreadable tag/);
    expect(feed("<si><1c/></si>", 100)).toThrow(/unreadable tag/);
  });

  it("reads plain digits without a string, and leaves everything else to decoding", () => {
    const digits = (text: string) => readDigits(strToU8(text), 0, text.length);
    expect(digits("0")).toBe(0);
    expect(digits("1234")).toBe(1234);
    // Leading zeros, signs, decimals, spaces and long numbers are decoded and read by Number().
    for (const text of ["", "007", "-1", "1.5", " 3", "1e3", "1234567890123456"])
      expect(digits(text)).toBe(-1);
  });

  it("walks attributes without allocating and decodes a value on request", () => {
    const tag = strToU8(` r="B2"  t = 's' x:s="3" ref="A&amp;B"`);
    const cursor = new AttributeCursor();
    expect(byteAttribute(cursor, tag, 0, tag.length, "t")).toBe("s");
    expect(byteAttribute(cursor, tag, 0, tag.length, "ref")).toBe("A&B");
    // A prefixed name is another name, as in xmlScanner's attribute().
    expect(byteAttribute(cursor, tag, 0, tag.length, "s")).toBeUndefined();
    cursor.reset(tag, 0, tag.length);
    expect(cursor.next() && cursor.is(114)).toBe(true);
    expect(cursor.value()).toBe("B2");
  });
});
