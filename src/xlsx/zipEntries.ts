/**
 * The parts of an .xlsx package, read from the one central directory that zipGuard.ts checked, and
 * inflated as a stream with the real number of bytes bounded while inflating. The guard and the
 * reader share this one view of the package, so the guard checks exactly the parts the reader
 * inflates (an earlier design let ExcelJS's JSZip find its own directory: a package with two
 * directories then passed the guard and inflated 0.9 MB into 450 MB).
 *
 * Inflation is fflate's streaming `Inflate` (pure JavaScript, Node and browsers), fed in small
 * slices so that one slice can never unpack to more than about 33 MB before the count is checked
 * (deflate expands at most 1032:1). Where the platform gives a faster inflater (InflateRaw: Node's
 * zlib on the command line), parts up to WHOLE_PART_MAX_BYTES are inflated in one go and larger
 * ones through its stream (inflateAsync), 1 MB at a time, counted the same way.
 *
 * @example
 * const zip = openZipPackage(bytes, "netwerk-017.xlsx");
 * zip.inflate("xl/workbook.xml", (chunk) => scanner.push(decoder.decode(chunk, { stream: true })));
 */
import { Inflate } from "fflate";
import type { Language } from "../analysis/language";
import { InputError } from "../analysis/inputError";
import type { ZipEntry, ZipLimits } from "./zipGuard";
import { checkZipDirectory, entryData, ZIP_LIMITS } from "./zipGuard";

/** Compressed bytes handed to the inflater at a time: at most ~33 MB of output per slice. */
const SLICE_BYTES = 32 * 1024;

/** One line, at most 80 characters: an entry name may hold anything. */
function printableName(name: string): string {
  const oneLine = Array.from(name, (character) =>
    character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f ? "?" : character
  ).join("");
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

/**
 * A faster inflater where the platform has one (Node's zlib.inflateRawSync, about three times
 * fflate's speed): raw deflate data in, at most `maxOutputLength` bytes out, throwing a RangeError
 * when there would be more. Used for parts up to WHOLE_PART_MAX_BYTES. The browser has none that
 * is synchronous: there fflate inflates.
 */
export interface InflateRaw {
  (data: Uint8Array, maxOutputLength: number): Uint8Array;
  /**
   * The same inflater as a stream, for parts larger than WHOLE_PART_MAX_BYTES (Node: zlib's
   * streaming inflater, which works off the main thread): the bytes go to `onChunk` as they come
   * and are never all in memory; it rejects with what `onChunk` threw, or with the inflater's error.
   */
  stream?: (data: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;
}

/** Bytes handed to the callback at a time when a part was inflated in one go. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Largest part inflated in one go by an InflateRaw; larger ones stream through fflate, so their
 * bytes are never all in memory at once (a sheet of 100,000 × 45 is 140 MB).
 */
export const WHOLE_PART_MAX_BYTES = 64 * 1024 * 1024;

/** Thrown by a chunk callback to stop inflating early (not an error). */
export class StopInflating extends Error {}

export interface ZipPackage {
  /** Part names as in the directory (case kept). */
  readonly names: readonly string[];
  /** The entry with this name, compared case-insensitively as OPC does; undefined when absent. */
  find(name: string): ZipEntry | undefined;
  /**
   * Inflates one part, handing its bytes to `onChunk` as they come. Never yields more than the
   * part declares, nor more than the package's limit over all parts inflated so far.
   *
   * @throws InputError ZIP_BOMB (more bytes than declared or allowed) or CORRUPT (bad data)
   */
  inflate(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void;
  /**
   * inflate, with a part larger than WHOLE_PART_MAX_BYTES streamed through InflateRaw.stream where
   * there is one (the same limits, checked as the bytes come); otherwise inflate itself.
   */
  inflateAsync(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): Promise<void>;
}

/**
 * Opens a package: checks its directory (zipGuard.ts: parts, declared sizes, ratios, a single
 * directory) and returns the parts with a bounded inflater. `wholePartMaxBytes`: the largest part
 * an InflateRaw inflates in one go (larger ones stream).
 *
 * @throws InputError ZIP_BOMB or CORRUPT
 */
export function openZipPackage(
  bytes: Uint8Array,
  fileName: string,
  language: Language = "nl",
  limits: Readonly<ZipLimits> = ZIP_LIMITS,
  inflateRaw?: InflateRaw,
  wholePartMaxBytes = WHOLE_PART_MAX_BYTES
): ZipPackage {
  const entries = checkZipDirectory(bytes, fileName, language, limits);
  const corrupt = (reason: string) =>
    new InputError("CORRUPT", { file: fileName }, language, { cause: new Error(reason) });
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const key = entry.name.replace(/^\//, "").toLowerCase();
    // Two parts with one name: which one a reader takes is up to the reader. Refused.
    if (byName.has(key)) throw corrupt(`ZIP: part ${printableName(entry.name)} appears twice`);
    byName.set(key, entry);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let inflatedTotal = 0;

  const tooMuch = (entry: ZipEntry, declared: number) =>
    new InputError(
      "ZIP_BOMB",
      {
        file: fileName,
        zipLimit: declared === entry.uncompressedSize ? "inflated" : "uncompressed",
        entryName: printableName(entry.name),
        sizeBytes: declared,
        limitBytes: limits.maxUncompressedBytes,
      },
      language
    );

  /** The part's stored bytes. */
  function partData(entry: ZipEntry): Uint8Array {
    const data = entryData(bytes, view, entry);
    if (data === "no local header")
      throw corrupt(`ZIP: no local header for ${printableName(entry.name)}`);
    if (data === "cut off") throw corrupt(`ZIP: ${printableName(entry.name)} is cut off`);
    return data;
  }

  /** Counts a part's inflated bytes against its declared size and the package's limit. */
  function counter(entry: ZipEntry) {
    const count = {
      produced: 0,
      add(length: number) {
        count.produced += length;
        inflatedTotal += length;
        if (count.produced > entry.uncompressedSize) throw tooMuch(entry, entry.uncompressedSize);
        if (inflatedTotal > limits.maxUncompressedBytes) throw tooMuch(entry, inflatedTotal);
      },
      /** A part that inflates to fewer bytes than it declares is damaged. */
      complete() {
        if (count.produced !== entry.uncompressedSize)
          throw corrupt(
            `ZIP: ${printableName(entry.name)} inflates to ${count.produced} bytes, not the ${entry.uncompressedSize} it declares`
          );
      },
    };
    return count;
  }

  /** An error while inflating: a callback's own (an InputError, StopInflating) passes, else CORRUPT. */
  function inflateError(error: unknown): Error {
    if (error instanceof InputError || error instanceof StopInflating) return error;
    // A callback's own InputError (a sheet over budget, from another copy of the class) passes.
    if ((error as Error)?.name === "InputError") return error as Error;
    return new InputError("CORRUPT", { file: fileName }, language, { cause: error });
  }

  function inflate(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
    const data = partData(entry);
    const count = counter(entry);
    const account = count.add;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize)
        throw corrupt(`ZIP: stored part ${printableName(entry.name)} has two sizes`);
      for (let offset = 0; offset < data.length; offset += SLICE_BYTES) {
        const chunk = data.subarray(offset, offset + SLICE_BYTES);
        account(chunk.length);
        onChunk(chunk);
      }
      return;
    }
    if (entry.method !== 8)
      throw corrupt(`ZIP: ${printableName(entry.name)} uses compression method ${entry.method}`);
    if (inflateRaw && entry.uncompressedSize <= wholePartMaxBytes) {
      // Never more than the part declares, nor than the package may still unpack: the inflater
      // stops at that length (a RangeError), so a lying part costs at most its declared size.
      const room = Math.min(entry.uncompressedSize, limits.maxUncompressedBytes - inflatedTotal);
      let inflated: Uint8Array;
      try {
        inflated = inflateRaw(data, room + 1);
      } catch (error) {
        if (
          error instanceof RangeError ||
          (error as { code?: string })?.code === "ERR_BUFFER_TOO_LARGE"
        )
          throw tooMuch(
            entry,
            room === entry.uncompressedSize ? entry.uncompressedSize : inflatedTotal + room + 1
          );
        throw new InputError("CORRUPT", { file: fileName }, language, { cause: error });
      }
      for (let offset = 0; offset < inflated.length; offset += CHUNK_BYTES) {
        const chunk = inflated.subarray(offset, offset + CHUNK_BYTES);
        account(chunk.length);
        onChunk(chunk);
      }
      count.complete();
      return;
    }
    const inflater = new Inflate((chunk) => {
      account(chunk.length);
      onChunk(chunk);
    });
    try {
      if (data.length === 0) inflater.push(data, true);
      for (let offset = 0; offset < data.length; offset += SLICE_BYTES) {
        const end = Math.min(offset + SLICE_BYTES, data.length);
        inflater.push(data.subarray(offset, end), end === data.length);
      }
    } catch (error) {
      throw inflateError(error);
    }
    count.complete();
  }

  async function inflateAsync(
    entry: ZipEntry,
    onChunk: (chunk: Uint8Array) => void
  ): Promise<void> {
    const stream = inflateRaw?.stream;
    if (!stream || entry.method !== 8 || entry.uncompressedSize <= wholePartMaxBytes)
      return inflate(entry, onChunk);
    const data = partData(entry);
    const count = counter(entry);
    try {
      await stream(data, (chunk) => {
        count.add(chunk.length);
        onChunk(chunk);
      });
    } catch (error) {
      throw inflateError(error);
    }
    count.complete();
  }

  return {
    names: entries.map((entry) => entry.name),
    find: (name) => byName.get(name.replace(/^\//, "").toLowerCase()),
    inflate,
    inflateAsync,
  };
}
