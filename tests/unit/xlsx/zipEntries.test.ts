/**
 * Inflating a package's parts (src/xlsx/zipEntries.ts) through a platform's streaming inflater
 * (InflateRaw.stream, Node's zlib on the command line): the same bytes as fflate, the same limits
 * (a part that holds more than it declares, or less; the package's total), and a callback's own
 * error passed on. The part size above which the stream is used is lowered to 1,000 bytes here.
 */
import { strToU8, zipSync } from "fflate";
import { nodeInflateRaw } from "../../../src/cli/nodeInflate";
import { ZIP_LIMITS } from "../../../src/xlsx/zipGuard";
import { openZipPackage } from "../../../src/xlsx/zipEntries";

/** 200,000 bytes of sheet-like XML: "<c><v>0</v></c><c><v>1</v></c>…" (digits 0 to 9 in turn). */
const PART = strToU8(
  Array.from({ length: 200_000 / 15 + 1 }, (_, index) => `<c><v>${index % 10}</v></c>`)
    .join("")
    .slice(0, 200_000)
);

/** The package with the part's declared (uncompressed) size overwritten in its central directory. */
function declaring(size: number): Uint8Array {
  const bytes = zipSync({ "a.xml": PART });
  const view = new DataView(bytes.buffer);
  for (let at = bytes.length - 22; at >= 0; at -= 1)
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, size, true);
      return bytes;
    }
  throw new Error("no central directory");
}

async function inflated(bytes: Uint8Array, limits = ZIP_LIMITS): Promise<Uint8Array[]> {
  const zip = openZipPackage(bytes, "p.xlsx", "en", limits, nodeInflateRaw, 1000);
  const chunks: Uint8Array[] = [];
  await zip.inflateAsync(zip.find("a.xml")!, (chunk) => chunks.push(chunk.slice()));
  return chunks;
}

describe("ZipPackage.inflateAsync with a streaming inflater", () => {
  it("gives the part's bytes", async () => {
    const chunks = await inflated(zipSync({ "a.xml": PART }));
    expect(chunks.reduce((sum, chunk) => sum + chunk.length, 0)).toBe(200_000);
    expect(Buffer.concat(chunks).equals(Buffer.from(PART))).toBe(true);
  });

  it("refuses a part that holds more than it declares, or less", async () => {
    await expect(inflated(declaring(150_000))).rejects.toThrow(
      'p.xlsx: part "a.xml" unpacks to more than the 147 KB it declares; this is not an ordinary Excel workbook and is not read.'
    );
    const short = await inflated(declaring(250_000)).catch((error: Error) => error);
    expect((short as Error).message).toMatch(/^p\.xlsx: the file is damaged/);
    expect(String((short as Error).cause)).toBe(
      "Error: ZIP: a.xml inflates to 200000 bytes, not the 250000 it declares"
    );
  });

  it("stops at the package's limit on inflated bytes", async () => {
    const limits = { ...ZIP_LIMITS, maxUncompressedBytes: 100_000 };
    const error = await inflated(zipSync({ "a.xml": PART }), limits).catch((caught) => caught);
    expect((error as Error).name).toBe("InputError");
    expect((error as { code?: string }).code).toBe("ZIP_BOMB");
  });

  it("passes a callback's own error on, and calls bad deflate data damaged", async () => {
    const zip = openZipPackage(
      zipSync({ "a.xml": PART }),
      "p.xlsx",
      "en",
      ZIP_LIMITS,
      nodeInflateRaw,
      1000
    );
    // An InputError of the callback (a sheet over its cell budget) as it is; anything else thrown
    // while inflating makes the part damaged.
    const own = Object.assign(new Error("over budget"), { name: "InputError" });
    const fail = (error: Error) => () => {
      throw error;
    };
    await expect(zip.inflateAsync(zip.find("a.xml")!, fail(own))).rejects.toBe(own);
    await expect(zip.inflateAsync(zip.find("a.xml")!, fail(new RangeError("x")))).rejects.toThrow(
      /damaged/
    );
    const bytes = zipSync({ "a.xml": PART });
    // Flip bytes in the middle of the deflate data (the local header is 30 + 5 bytes).
    for (let at = 100; at < 140; at += 1) bytes[at] ^= 0xff;
    const error = await inflated(bytes).catch((caught) => caught);
    expect((error as { code?: string }).code).toBe("CORRUPT");
  });
});
