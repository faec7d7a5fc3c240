/**
 * The decompression-bomb guard (src/xlsx/zipGuard.ts): crafted ZIP packages whose central
 * directory declares absurd sizes, too many parts or implausible ratios, or that lie about their
 * sizes, are refused with ZIP_BOMB before ExcelJS inflates anything; real workbooks pass.
 */
import { deflateRawSync } from "zlib";
import * as ExcelJS from "exceljs";
import { mulberry32 } from "../../../scripts/exampleData";
import { InputError } from "../../../src/analysis/inputError";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import {
  ZIP_LIMITS,
  checkZipDirectory,
  guardZipPackage,
  readZipDirectory,
} from "../../../src/xlsx/zipGuard";

interface CraftedEntry {
  name: string;
  /** The bytes stored in the archive (already deflated when method is 8). */
  data?: Uint8Array;
  method?: 0 | 8;
  /** Sizes written in the central directory (default: the real ones). */
  compressedSize?: number;
  uncompressedSize?: number;
  /** Write the sizes as 0xFFFFFFFF plus a ZIP64 extra field. */
  zip64Sizes?: boolean;
}

/** A ZIP archive written field by field, so the directory can say anything. */
function craftZip(
  entries: CraftedEntry[],
  options: { zip64End?: boolean; prefix?: number } = {}
): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = options.prefix ?? 0;
  if (options.prefix) parts.push(new Uint8Array(options.prefix).fill(0x20));
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = entry.data ?? new Uint8Array(0);
    const compressed = entry.compressedSize ?? data.length;
    const uncompressed = entry.uncompressedSize ?? data.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, entry.method ?? 0, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, uncompressed > 0xffffffff ? 0xffffffff : uncompressed, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const extra = entry.zip64Sizes ? new Uint8Array(20) : new Uint8Array(0);
    if (entry.zip64Sizes) {
      const ev = new DataView(extra.buffer);
      ev.setUint16(0, 0x0001, true);
      ev.setUint16(2, 16, true);
      ev.setUint32(4, uncompressed % 2 ** 32, true);
      ev.setUint32(8, Math.floor(uncompressed / 2 ** 32), true);
      ev.setUint32(12, compressed % 2 ** 32, true);
      ev.setUint32(16, Math.floor(compressed / 2 ** 32), true);
    }
    const header = new Uint8Array(46 + name.length + extra.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 45, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, entry.method ?? 0, true);
    cv.setUint32(20, entry.zip64Sizes ? 0xffffffff : compressed, true);
    cv.setUint32(24, entry.zip64Sizes ? 0xffffffff : uncompressed, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint32(42, offset - (options.prefix ?? 0), true);
    header.set(name, 46);
    header.set(extra, 46 + name.length);
    parts.push(local, data);
    central.push(header);
    offset += local.length + data.length;
  }
  const directoryOffset = offset - (options.prefix ?? 0);
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  parts.push(...central);
  if (options.zip64End) {
    const record = new Uint8Array(56);
    const rv = new DataView(record.buffer);
    rv.setUint32(0, 0x06064b50, true);
    rv.setUint32(4, 44, true);
    rv.setUint32(24, entries.length, true);
    rv.setUint32(32, entries.length, true);
    rv.setUint32(40, directorySize, true);
    rv.setUint32(48, directoryOffset, true);
    const locator = new Uint8Array(20);
    const locv = new DataView(locator.buffer);
    locv.setUint32(0, 0x07064b50, true);
    locv.setUint32(8, directoryOffset + directorySize, true);
    locv.setUint32(16, 1, true);
    parts.push(record, locator);
  }
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  const count = options.zip64End ? 0xffff : Math.min(entries.length, 0xffff);
  endView.setUint16(8, count, true);
  endView.setUint16(10, count, true);
  endView.setUint32(12, options.zip64End ? 0xffffffff : directorySize, true);
  endView.setUint32(16, options.zip64End ? 0xffffffff : directoryOffset, true);
  parts.push(end);
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let position = 0;
  for (const part of parts) {
    result.set(part, position);
    position += part.length;
  }
  return result;
}

function thrown(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

async function rejected(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

const MB = 1024 * 1024;

describe("zip guard", () => {
  let workbook: Uint8Array;

  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Antwoorden");
    sheet.addRow(["RESP_ID", "VIS_01"]);
    for (let row = 0; row < 2000; row += 1) sheet.addRow([`N${row}`, (row % 5) + 1]);
    workbook = new Uint8Array(await book.xlsx.writeBuffer());
  });

  it("lets an ordinary workbook through and lists its parts", async () => {
    const { entries } = readZipDirectory(workbook);
    expect(entries.map((entry) => entry.name)).toContain("xl/workbook.xml");
    const sheet = entries.find((entry) => entry.name === "xl/worksheets/sheet1.xml")!;
    expect(sheet.method).toBe(8);
    expect(sheet.uncompressedSize).toBeGreaterThan(sheet.compressedSize);
    await expect(guardZipPackage(workbook, "antwoorden.xlsx")).resolves.toBeUndefined();
    const grids = await readXlsx(workbook, "antwoorden.xlsx");
    expect(grids[0].rows).toHaveLength(2001);
  });

  it("refuses a part that declares a huge uncompressed size", async () => {
    const bomb = craftZip([
      { name: "[Content_Types].xml", data: new Uint8Array(100) },
      {
        name: "xl/worksheets/sheet1.xml",
        data: new Uint8Array(1000),
        method: 8,
        uncompressedSize: 0xfffffff0,
      },
    ]);
    const error = await rejected(readXlsx(bomb, "bom.xlsx"));
    expect(error.code).toBe("ZIP_BOMB");
    expect(error.message).toBe(
      'bom.xlsx: onderdeel "xl/worksheets/sheet1.xml" is verdacht sterk gecomprimeerd (4294967:1, maximaal 200:1); dit is geen gewone Excel-werkmap en wordt niet gelezen.'
    );
  });

  it("refuses a package whose parts add up to more than 500 MB", () => {
    // Each part has a plausible ratio (100:1); together they declare 600 MB.
    const entries = [1, 2, 3].map((index) => ({
      name: `xl/worksheets/sheet${index}.xml`,
      method: 8 as const,
      compressedSize: 2 * MB,
      uncompressedSize: 200 * MB,
    }));
    const error = thrown(() => checkZipDirectory(craftZip(entries), "groot.xlsx", "en"));
    expect(error.code).toBe("ZIP_BOMB");
    expect(error.message).toBe(
      "groot.xlsx: the file unpacks to 600 MB (at most 500 MB); this is not an ordinary Excel workbook and is not read."
    );
  });

  it("refuses more than 10,000 parts", () => {
    const entries = Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, index) => ({
      name: `p${index}`,
    }));
    const error = thrown(() => checkZipDirectory(craftZip(entries), "veel.xlsx"));
    expect(error.code).toBe("ZIP_BOMB");
    expect(error.message).toBe(
      "veel.xlsx: het bestand bevat 10001 onderdelen (maximaal 10000); dit is geen gewone Excel-werkmap en wordt niet gelezen."
    );
    // Limits can be set per call.
    const few = craftZip([{ name: "a" }, { name: "b" }, { name: "c" }]);
    expect(() => checkZipDirectory(few, "f.xlsx", "nl", { ...ZIP_LIMITS, maxEntries: 2 })).toThrow(
      /3 onderdelen \(maximaal 2\)/
    );
  });

  it("refuses a part that inflates to more than it declares (a lying directory)", async () => {
    // 600 KB that hardly compresses: the reader inflates it (streaming, counting) and finds that
    // it holds more than the 1,000 bytes declared before it has read much more.
    const uniform = mulberry32(7);
    const random = Uint8Array.from({ length: 600 * 1024 }, () => Math.floor(uniform() * 256));
    const text = (value: string) => new TextEncoder().encode(value);
    const liar = craftZip([
      { name: "[Content_Types].xml", data: new Uint8Array(10) },
      {
        name: "xl/workbook.xml",
        data: text('<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>'),
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        data: text(
          '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
      },
      {
        name: "xl/worksheets/sheet1.xml",
        data: new Uint8Array(deflateRawSync(random)),
        method: 8,
        uncompressedSize: 1000,
      },
    ]);
    expect(() => checkZipDirectory(liar, "x.xlsx")).not.toThrow();
    const error = await rejected(readXlsx(liar, "leugen.xlsx"));
    expect(error.code).toBe("ZIP_BOMB");
    expect(error.message).toBe(
      'leugen.xlsx: onderdeel "xl/worksheets/sheet1.xml" pakt uit tot meer dan de 1000 bytes die het opgeeft; dit is geen gewone Excel-werkmap en wordt niet gelezen.'
    );
  });

  it("inflates only when the worst case of deflate could exceed the limit", async () => {
    const zeros = new Uint8Array(deflateRawSync(Buffer.alloc(5 * MB)));
    const liar = craftZip([{ name: "a.xml", data: zeros, method: 8, uncompressedSize: 1000 }]);
    // 5 KB of deflate can never unpack beyond 5 MB: nothing to verify under the 500 MB limit…
    await expect(guardZipPackage(liar, "x.xlsx")).resolves.toBeUndefined();
    // …but under a 1 MB limit it is verified, and the lie found.
    const strict = { ...ZIP_LIMITS, maxUncompressedBytes: MB };
    expect((await rejected(guardZipPackage(liar, "x.xlsx", "en", strict))).message).toBe(
      'x.xlsx: part "a.xml" unpacks to more than the 1000 bytes it declares; this is not an ordinary Excel workbook and is not read.'
    );
    // Honest about its size, the same data passes check 2 (and check 1 refuses the ratio).
    const honest = craftZip([{ name: "a.xml", data: zeros, method: 8, uncompressedSize: 5 * MB }]);
    expect(() => checkZipDirectory(honest, "x.xlsx")).toThrow(/verdacht sterk gecomprimeerd/);
    await expect(
      guardZipPackage(honest, "x.xlsx", "nl", {
        ...strict,
        maxUncompressedBytes: 10 * MB,
        maxRatio: 10_000,
      })
    ).resolves.toBeUndefined();
  });

  it("calls a truncated package damaged, keeping the reason", async () => {
    const error = await rejected(
      guardZipPackage(workbook.slice(0, workbook.length - 100), "half.xlsx")
    );
    expect(error.code).toBe("CORRUPT");
    expect(String((error as Error & { cause?: unknown }).cause)).toMatch(/ZIP/);
  });

  it("reads ZIP64 directories and sizes", () => {
    const zip = craftZip(
      [
        { name: "a.xml", data: new Uint8Array(50) },
        {
          name: "b.xml",
          method: 8,
          data: new Uint8Array(10),
          compressedSize: 10,
          uncompressedSize: 6 * 2 ** 32,
          zip64Sizes: true,
        },
      ],
      { zip64End: true }
    );
    const { entries, declaredEntries } = readZipDirectory(zip);
    expect(declaredEntries).toBe(2);
    expect(entries.map((entry) => [entry.name, entry.uncompressedSize])).toEqual([
      ["a.xml", 50],
      ["b.xml", 6 * 2 ** 32],
    ]);
    expect(thrown(() => checkZipDirectory(zip, "z.xlsx")).code).toBe("ZIP_BOMB");
  });

  it("allows for bytes in front of the archive, as JSZip does", () => {
    const zip = craftZip([{ name: "a.xml", data: new Uint8Array(5) }], { prefix: 64 });
    const { entries } = readZipDirectory(zip);
    expect(entries).toEqual([
      { name: "a.xml", method: 0, compressedSize: 5, uncompressedSize: 5, localHeaderOffset: 64 },
    ]);
  });
});
