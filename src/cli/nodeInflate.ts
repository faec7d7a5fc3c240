/**
 * Node's zlib as the .xlsx reader's inflater on the command line: about three times faster than
 * fflate (pure JavaScript, which the browser keeps using). `maxOutputLength` makes zlib stop with a
 * RangeError at the limit, so a part never inflates beyond what the ZIP directory allows
 * (zipEntries.ts). The output buffer is the part's declared size (plus one byte, to notice a part
 * that inflates to more), so zlib fills one buffer instead of joining 64 KB pieces with a copy
 * (about half of zlib's time on a 27 MB sheet).
 *
 * Parts larger than zipEntries.WHOLE_PART_MAX_BYTES (a sheet of 600,000 rows is 121 MB) go through
 * zlib's streaming inflater instead (`nodeInflateRaw.stream`): 1 MB at a time, never the whole part
 * in memory, inflated on libuv's thread pool while the sheet is scanned. Node has no synchronous
 * streaming zlib (`_processChunk` without a callback closes the inflater after one call), hence a
 * Promise; fflate took three times as long for these parts.
 *
 * @example await readXlsx(bytes, "antwoorden.xlsx", "nl", { inflateRaw: nodeInflateRaw });
 */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import type { InflateRaw } from "../xlsx/zipEntries";

/** The largest output buffer allocated up front (zipEntries.ts inflates larger parts in a stream). */
const MAX_CHUNK_BYTES = 64 * 1024 * 1024;

/** The streaming inflater's output piece: one scanner push, and all a part holds in memory at once. */
const STREAM_CHUNK_BYTES = 128 * 1024;

/**
 * Raw deflate data through zlib's streaming inflater, each output piece to `onChunk` as it comes;
 * rejects with the first error (`onChunk`'s own, or zlib's) and then stops inflating.
 *
 * @example await inflateRawStream(data, (chunk) => scanner.push(chunk));
 */
export function inflateRawStream(
  data: Uint8Array,
  onChunk: (chunk: Uint8Array) => void
): Promise<void> {
  // Let go of the callback when done (`onChunk` itself is not named in the closures below): the
  // inflater lives on until its handle closes, which waits for the event loop, and the callback
  // holds the whole sheet being read (8 MB more live heap during the analysis of 100,000 rows).
  let deliver: ((chunk: Uint8Array) => void) | null = onChunk;
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: STREAM_CHUNK_BYTES });
    const fail = (error: unknown) => {
      if (deliver === null) return;
      deliver = null;
      inflater.destroy();
      reject(error);
    };
    inflater.on("data", (chunk: Buffer) => {
      if (deliver === null) return;
      try {
        deliver(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      } catch (error) {
        fail(error);
      }
    });
    inflater.on("error", fail);
    inflater.on("end", () => {
      if (deliver === null) return;
      deliver = null;
      resolve();
    });
    inflater.end(data);
  });
}

export const nodeInflateRaw: InflateRaw = Object.assign(
  (data: Uint8Array, maxOutputLength: number) => {
    const inflated = inflateRawSync(data, {
      maxOutputLength,
      chunkSize: Math.max(64 * 1024, Math.min(maxOutputLength, MAX_CHUNK_BYTES)),
    });
    return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
  },
  { stream: inflateRawStream }
);
