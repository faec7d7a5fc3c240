/**
 * Guards against decompression bombs before ExcelJS sees an .xlsx package. An .xlsx file is a ZIP
 * archive; ExcelJS hands it to JSZip and then inflates every part into memory, so a 100 KB file
 * that unpacks to gigabytes would exhaust memory long before any "this is not a workbook" error.
 *
 * The ZIP central directory is read by hand (about a hundred lines, no dependency): jszip is only
 * ExcelJS's own dependency (not ours to import), and the check must run before ExcelJS (and so JSZip)
 * starts inflating anything. Two checks:
 *
 * 1. The central directory (`checkZipDirectory`, synchronous, no inflation): at most
 *    {@link ZIP_LIMITS}.maxEntries parts, at most maxUncompressedBytes declared in total, and no
 *    part of at least ratioMinBytes with a compression ratio above maxRatio.
 * 2. The declared sizes are true (`verifyInflatedSizes`), so a package that lies in its directory
 *    cannot get past check 1: deflate never expands more than 1032:1, so when even that worst case
 *    of every part together stays within maxUncompressedBytes (any package under about 480 KB, such
 *    as a filled-in template of 20 KB) there is nothing to verify; otherwise every deflated part is
 *    inflated once as a stream, counting bytes and discarding them, stopped as soon as it yields
 *    more than it declares. This uses the web platform's DecompressionStream (Node 18+, every
 *    current browser); where it is missing, only check 1 applies.
 *
 * Pure bytes in, InputError out (ZIP_BOMB, or CORRUPT when the directory cannot be read): works in
 * Node and in the browser.
 */
import type { Language } from "../analysis/language";
import { InputError } from "../analysis/inputError";

export interface ZipLimits {
  /** Most parts (files) in the package. A workbook has a few dozen; 10,000 is generous. */
  maxEntries: number;
  /** Most uncompressed bytes over all parts together. */
  maxUncompressedBytes: number;
  /** Highest compression ratio (uncompressed : compressed) of one large part. */
  maxRatio: number;
  /** Parts smaller than this (uncompressed) are never rejected for their ratio. */
  ratioMinBytes: number;
}

const MEBIBYTE = 1024 * 1024;

/**
 * The limits. Sheet XML compresses about 9–18:1 (measured on ExcelJS-written sheets: 100,000
 * respondents × 51 columns, 200,000 identical rows, 200,000 styled empty cells); a ratio above 200:1
 * on a part of at least 1 MB is a bomb. 500 MB unpacked is more than three times the sheet of
 * 100,000 respondents (142 MB), and more than ExcelJS can turn into cells in an ordinary machine's
 * memory.
 */
export const ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntries: 10_000,
  maxUncompressedBytes: 500 * MEBIBYTE,
  maxRatio: 200,
  ratioMinBytes: MEBIBYTE,
};

/** One part of a ZIP package as described by its central directory. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated (the only two an .xlsx uses). */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the part's local file header. */
  localHeaderOffset: number;
}

const SIGNATURE = {
  endOfCentralDirectory: 0x06054b50,
  zip64EndLocator: 0x07064b50,
  zip64End: 0x06064b50,
  centralFile: 0x02014b50,
  localFile: 0x04034b50,
} as const;
const END_RECORD_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const CENTRAL_HEADER_LENGTH = 46;
const LOCAL_HEADER_LENGTH = 30;
const ZIP64_EXTRA_ID = 0x0001;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** The most deflate can expand: one 258-byte match per 2 bits. */
const MAX_DEFLATE_RATIO = 1032;

/**
 * The compressed bytes of a part. They follow its local file header: 30 bytes, then the file name
 * and extra field whose lengths that header gives (they may differ from the central directory's).
 * "no local header" when none is at the recorded offset, "cut off" when the data runs past the
 * end. Shared by the bomb check here and the reader (zipEntries.ts), so both read the same bytes.
 *
 * @example
 * const data = entryData(bytes, view, entry);
 * if (typeof data === "string") throw new Error(`ZIP: ${entry.name}: ${data}`);
 */
export function entryData(
  bytes: Uint8Array,
  view: DataView,
  entry: ZipEntry
): Uint8Array | "no local header" | "cut off" {
  const header = entry.localHeaderOffset;
  if (
    header < 0 ||
    header + LOCAL_HEADER_LENGTH > bytes.byteLength ||
    view.getUint32(header, true) !== SIGNATURE.localFile
  )
    return "no local header";
  const start =
    header +
    LOCAL_HEADER_LENGTH +
    view.getUint16(header + 26, true) +
    view.getUint16(header + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.byteLength) return "cut off";
  return bytes.subarray(start, stop);
}

class DirectoryError extends Error {}

/** Reads a little-endian 64-bit size as a number (exact up to 2^53, plenty for sizes). */
function uint64(view: DataView, offset: number): number {
  return view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32;
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let offset = last; offset >= first; offset -= 1)
    if (view.getUint32(offset, true) === SIGNATURE.endOfCentralDirectory) return offset;
  throw new DirectoryError("ZIP: end of central directory record not found (truncated file?)");
}

/** One line, at most 80 characters: an entry name may hold anything. */
function printableName(name: string): string {
  const oneLine = Array.from(name, (character) =>
    character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f ? "?" : character
  ).join("");
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

/**
 * The parts of a ZIP package from its central directory (ZIP64 included), without inflating
 * anything. Stops counting after `maxEntries + 1` parts.
 *
 * @throws Error when there is no readable central directory (a truncated or damaged file)
 */
export function readZipDirectory(
  bytes: Uint8Array,
  maxEntries: number = ZIP_LIMITS.maxEntries
): { entries: ZipEntry[]; declaredEntries: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < END_RECORD_LENGTH) throw new DirectoryError("ZIP: file too short");
  const end = findEndRecord(view);
  let declaredEntries = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  // Where the central directory ends: at the (ZIP64) end record.
  let directoryEnd = end;
  if (declaredEntries === MAX16 || directorySize === MAX32 || directoryOffset === MAX32) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== SIGNATURE.zip64EndLocator)
      throw new DirectoryError("ZIP64: end of central directory locator not found");
    let record = uint64(view, locator + 8);
    if (record + 56 > locator || view.getUint32(record, true) !== SIGNATURE.zip64End)
      record = locator - 56;
    if (record < 0 || view.getUint32(record, true) !== SIGNATURE.zip64End)
      throw new DirectoryError("ZIP64: end of central directory record not found");
    declaredEntries = uint64(view, record + 32);
    directorySize = uint64(view, record + 40);
    directoryOffset = uint64(view, record + 48);
    directoryEnd = record;
  }
  // The directory must end where the end record begins. When it does not, JSZip (inside ExcelJS)
  // takes the bytes in between as a prefix in front of the archive (a self-extractor) and shifts
  // every offset by them. A package that also holds a directory at the declared offset has two
  // directories, one for each reader: refused, so every reader sees the same parts.
  const isCentralHeader = (offset: number) =>
    offset >= 0 &&
    offset + 4 <= bytes.byteLength &&
    view.getUint32(offset, true) === SIGNATURE.centralFile;
  const extraBytes = directoryEnd - directorySize - directoryOffset;
  if (extraBytes < 0) throw new DirectoryError("ZIP: central directory overlaps its end record");
  let shift = 0;
  if (extraBytes > 0) {
    if (isCentralHeader(directoryOffset))
      throw new DirectoryError(
        "ZIP: two central directories (one at the declared offset, one before the end record)"
      );
    shift = extraBytes;
  }
  let position = directoryOffset + shift;
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  while (
    position + CENTRAL_HEADER_LENGTH <= bytes.byteLength &&
    view.getUint32(position, true) === SIGNATURE.centralFile
  ) {
    if (entries.length > maxEntries) break;
    const method = view.getUint16(position + 10, true);
    let compressedSize = view.getUint32(position + 20, true);
    let uncompressedSize = view.getUint32(position + 24, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    let localHeaderOffset = view.getUint32(position + 42, true);
    const nameStart = position + CENTRAL_HEADER_LENGTH;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.byteLength) throw new DirectoryError("ZIP: central directory is cut off");
    const name = decoder.decode(bytes.subarray(nameStart, extraStart));
    // ZIP64 extra field: the 64-bit values, in this order, of whichever fields are 0xFFFFFFFF.
    for (let extra = extraStart; extra + 4 <= extraStart + extraLength;) {
      const id = view.getUint16(extra, true);
      const size = view.getUint16(extra + 2, true);
      if (id === ZIP64_EXTRA_ID) {
        let field = extra + 4;
        const take = () => {
          const value = field + 8 <= extra + 4 + size ? uint64(view, field) : MAX32;
          field += 8;
          return value;
        };
        if (uncompressedSize === MAX32) uncompressedSize = take();
        if (compressedSize === MAX32) compressedSize = take();
        if (localHeaderOffset === MAX32) localHeaderOffset = take();
      }
      extra += 4 + size;
    }
    entries.push({
      name,
      method,
      compressedSize,
      uncompressedSize,
      localHeaderOffset: localHeaderOffset + shift,
    });
    position = next;
  }
  if (entries.length === 0 && declaredEntries > 0)
    throw new DirectoryError("ZIP: central directory not found where the end record says");
  return { entries, declaredEntries };
}

function corrupt(fileName: string, language: Language, cause: unknown): InputError {
  return new InputError("CORRUPT", { file: fileName }, language, { cause });
}

/**
 * Check 1: the central directory against the limits, without inflating anything. Returns the
 * parts for {@link verifyInflatedSizes}.
 *
 * @throws InputError ZIP_BOMB (a limit exceeded) or CORRUPT (no readable central directory)
 * @example checkZipDirectory(bytes, "netwerk-017.xlsx") // the parts, or throws
 */
export function checkZipDirectory(
  bytes: Uint8Array,
  fileName: string,
  language: Language = "nl",
  limits: Readonly<ZipLimits> = ZIP_LIMITS
): ZipEntry[] {
  let directory: { entries: ZipEntry[]; declaredEntries: number };
  try {
    directory = readZipDirectory(bytes, limits.maxEntries);
  } catch (error) {
    if (error instanceof DirectoryError || error instanceof RangeError)
      throw corrupt(fileName, language, error);
    throw error;
  }
  const count = Math.max(directory.declaredEntries, directory.entries.length);
  if (count > limits.maxEntries) {
    throw new InputError(
      "ZIP_BOMB",
      { file: fileName, zipLimit: "entries", entryCount: count, entryLimit: limits.maxEntries },
      language
    );
  }
  let total = 0;
  for (const entry of directory.entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= limits.ratioMinBytes && ratio > limits.maxRatio) {
      throw new InputError(
        "ZIP_BOMB",
        {
          file: fileName,
          zipLimit: "ratio",
          entryName: printableName(entry.name),
          ratio: Math.round(ratio),
          ratioLimit: limits.maxRatio,
        },
        language
      );
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw new InputError(
      "ZIP_BOMB",
      {
        file: fileName,
        zipLimit: "uncompressed",
        sizeBytes: total,
        limitBytes: limits.maxUncompressedBytes,
      },
      language
    );
  }
  return directory.entries;
}

function canInflate(): boolean {
  if (typeof DecompressionStream === "undefined" || typeof ReadableStream === "undefined")
    return false;
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

/**
 * How many bytes `compressed` inflates to, counting up to `stopAfter` + 1 and then stopping; null
 * when the data is not valid deflate (left to the workbook reader to report as CORRUPT).
 */
async function inflatedLength(compressed: Uint8Array, stopAfter: number): Promise<number | null> {
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      // A view on the input, not a copy (BufferSource's typing excludes shared buffers).
      controller.enqueue(compressed as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return length;
      length += value.byteLength;
      if (length > stopAfter) {
        await reader.cancel().catch(() => undefined);
        return length;
      }
    }
  } catch {
    return null;
  }
}

/**
 * Check 2: every deflated part inflates to no more than it declares (streamed, nothing kept), so
 * the limits of check 1 hold for what the workbook reader will really unpack. Skipped when the
 * package is too small to exceed the limit even at deflate's maximum ratio. A part that is not
 * valid deflate data is skipped here: the workbook reader reports the file as damaged.
 *
 * @throws InputError ZIP_BOMB (zipLimit "inflated") or CORRUPT (a part outside the file)
 */
export async function verifyInflatedSizes(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  fileName: string,
  language: Language = "nl",
  limits: Readonly<ZipLimits> = ZIP_LIMITS
): Promise<void> {
  // A stored part holds its own bytes; a deflated one unpacks to at most 1032 times its size.
  const worstCase = entries.reduce(
    (total, entry) => total + (entry.method === 8 ? MAX_DEFLATE_RATIO : 1) * entry.compressedSize,
    0
  );
  if (worstCase <= limits.maxUncompressedBytes || !canInflate()) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    if (entry.method !== 8) continue;
    const data = entryData(bytes, view, entry);
    if (data === "no local header")
      throw corrupt(fileName, language, new Error(`ZIP: no local header for ${entry.name}`));
    if (data === "cut off")
      throw corrupt(fileName, language, new Error(`ZIP: ${entry.name} is cut off`));
    const length = await inflatedLength(data, entry.uncompressedSize);
    if (length !== null && length > entry.uncompressedSize) {
      throw new InputError(
        "ZIP_BOMB",
        {
          file: fileName,
          zipLimit: "inflated",
          entryName: printableName(entry.name),
          sizeBytes: entry.uncompressedSize,
        },
        language
      );
    }
  }
}

/**
 * Both checks: call before handing ZIP bytes to ExcelJS.
 *
 * @throws InputError ZIP_BOMB or CORRUPT
 * @example await guardZipPackage(bytes, "netwerk-017.xlsx");
 */
export async function guardZipPackage(
  bytes: Uint8Array,
  fileName: string,
  language: Language = "nl",
  limits: Readonly<ZipLimits> = ZIP_LIMITS
): Promise<void> {
  const entries = checkZipDirectory(bytes, fileName, language, limits);
  await verifyInflatedSizes(bytes, entries, fileName, language, limits);
}
