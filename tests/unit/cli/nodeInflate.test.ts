/**
 * Node's zlib as the reader's inflater (src/cli/nodeInflate.ts): whole parts bounded by
 * maxOutputLength, and large parts as a stream of pieces (inflateRawStream).
 */
import { deflateRawSync } from "zlib";
import { inflateRawStream, nodeInflateRaw } from "../../../src/cli/nodeInflate";

// 300,000 bytes: "0123456789" 30,000 times.
const TEXT = Buffer.from("0123456789".repeat(30_000));
const DEFLATED = new Uint8Array(deflateRawSync(TEXT));

describe("nodeInflateRaw", () => {
  it("inflates a whole part, and stops past maxOutputLength (ERR_BUFFER_TOO_LARGE)", () => {
    expect(Buffer.from(nodeInflateRaw(DEFLATED, 300_001)).equals(TEXT)).toBe(true);
    expect(() => nodeInflateRaw(DEFLATED, 1000)).toThrow(
      "Cannot create a Buffer larger than 1000 bytes"
    );
  });
});

describe("inflateRawStream", () => {
  it("hands the bytes on in pieces of at most 128 KB, in order", async () => {
    const pieces: Buffer[] = [];
    await inflateRawStream(DEFLATED, (chunk) => pieces.push(Buffer.from(chunk)));
    // 300,000 bytes in 128 KB (131,072-byte) pieces: 3 pieces.
    expect(pieces.map((piece) => piece.length)).toEqual([131_072, 131_072, 37_856]);
    expect(Buffer.concat(pieces).equals(TEXT)).toBe(true);
  });

  it("rejects with the callback's error and stops; rejects on bad or cut-off data", async () => {
    const stop = new Error("stop");
    let calls = 0;
    await expect(
      inflateRawStream(DEFLATED, () => {
        calls += 1;
        throw stop;
      })
    ).rejects.toBe(stop);
    expect(calls).toBe(1);
    await expect(
      inflateRawStream(new Uint8Array([255, 255, 255, 1]), () => undefined)
    ).rejects.toThrow();
    await expect(inflateRawStream(DEFLATED.subarray(0, 100), () => undefined)).rejects.toThrow(
      /unexpected end of file/
    );
  });
});
