/**
 * compressStoredParts (src/xlsx/charts/zipRewrite.ts): a package built uncompressed comes out with
 * every part deflated, the same bytes inside (read back by fflate and by JSZip, the reader ExcelJS
 * uses), CRC-32, names and attributes kept, and parts that were already compressed copied.
 */
import { deflateSync, strToU8, unzipSync, zipSync } from "fflate";
import { compressStoredParts } from "../../../src/xlsx/charts/zipRewrite";

// JSZip comes with ExcelJS; only the tests open a package with it.
const JSZip = require("jszip");

const deflate = (data: Uint8Array) => deflateSync(data, { level: 3 });

const files = {
  "[Content_Types].xml": strToU8(`<?xml version="1.0"?><Types>${"<Default/>".repeat(200)}</Types>`),
  "xl/worksheets/sheet1.xml": strToU8('<row r="1"/>'.repeat(5000)),
  "xl/empty.xml": new Uint8Array(0),
  "xl/média/€.txt": strToU8("Één tekst met é en €"),
};

/** [name, method] of every entry in central directory order. */
function methods(bytes: Uint8Array): [string, number][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  let at = view.getUint32(end + 16, true);
  const found: [string, number][] = [];
  for (let index = 0; index < view.getUint16(end + 10, true); index += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    found.push([name, view.getUint16(at + 10, true)]);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return found;
}

describe("compressStoredParts", () => {
  test("deflates every stored part; the contents read back the same", async () => {
    const stored = zipSync(files, { level: 0 });
    expect(methods(stored).map(([, method]) => method)).toEqual([0, 0, 0, 0]);
    const compressed = compressStoredParts(stored, deflate);
    expect(methods(compressed)).toEqual([
      ["[Content_Types].xml", 8],
      ["xl/worksheets/sheet1.xml", 8],
      ["xl/empty.xml", 0],
      ["xl/média/€.txt", 8],
    ]);
    expect(compressed.length).toBeLessThan(stored.length / 5);
    // fflate checks each part's CRC-32 and size against what it inflates.
    expect(unzipSync(compressed)).toEqual(files);
    const zip = await JSZip.loadAsync(compressed, { checkCRC32: true });
    for (const [name, data] of Object.entries(files))
      expect(new Uint8Array(await zip.file(name).async("uint8array"))).toEqual(data);
  });

  test("copies parts that are already compressed", () => {
    const mixed = zipSync({
      "a.xml": [files["xl/worksheets/sheet1.xml"], { level: 6 }],
      "b.xml": [files["[Content_Types].xml"], { level: 0 }],
    });
    const deflated: number[] = [];
    const compressed = compressStoredParts(mixed, (data) => {
      deflated.push(data.length);
      return deflate(data);
    });
    // Only the stored part went through the deflater.
    expect(deflated).toEqual([files["[Content_Types].xml"].length]);
    expect(methods(compressed)).toEqual([
      ["a.xml", 8],
      ["b.xml", 8],
    ]);
    expect(unzipSync(compressed)).toEqual({
      "a.xml": files["xl/worksheets/sheet1.xml"],
      "b.xml": files["[Content_Types].xml"],
    });
  });
});
