/**
 * Reads an .xlsx workbook into Grids (one per worksheet), in Node and in the browser: the caller
 * supplies the bytes, this module never touches the file system.
 *
 * Before anything is parsed the bytes are checked, so a wrong file gives a clear one-line
 * InputError: empty, too large, an old .xls or password-protected workbook (both OLE2 compound
 * files), or not a ZIP package at all. The workbook is then read by the streaming reader
 * (xlsxReader.ts), which inflates only the parts it needs through the one guarded ZIP directory
 * (zipGuard.ts, zipEntries.ts) and stops at a cell budget. ExcelJS is not involved in reading.
 */
import type { CellValue, Grid } from "../analysis/grid";
import { findGridRow } from "../analysis/grid";
import type { Language } from "../analysis/language";
import { InputError, MAX_INPUT_BYTES } from "../analysis/inputError";
import { readWorkbook } from "./xlsxReader";
import type { InflateRaw } from "./zipEntries";
import { guardZipPackage } from "./zipGuard";

export { MAX_INPUT_BYTES };

/** "D0 CF 11 E0 A1 B1 1A E1": an OLE2 compound file (.xls, or an encrypted .xlsx). */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "PK\x03\x04": the first local file header of a ZIP package (every .xlsx starts with it). */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * A password-protected .xlsx is a compound file holding the streams "EncryptionInfo" and
 * "EncryptedPackage"; directory entry names are stored as UTF-16LE.
 */
const ENCRYPTION_INFO_NAME = utf16LittleEndian("EncryptionInfo");

function utf16LittleEndian(text: string): number[] {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes.push(code & 0xff, code >> 8);
  }
  return bytes;
}

/**
 * A Uint8Array view on the input without copying. `ArrayBuffer.isView` (not `instanceof`) also
 * recognises a Node Buffer or a typed array from another realm (e.g. a Jest sandbox).
 */
export function asByteView(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

function containsBytes(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  const lastStart = bytes.length - needle.length;
  for (
    let start = bytes.indexOf(first);
    start !== -1 && start <= lastStart;
    start = bytes.indexOf(first, start + 1)
  ) {
    let matches = true;
    for (let offset = 1; offset < needle.length; offset += 1) {
      if (bytes[start + offset] !== needle[offset]) {
        matches = false;
        break;
      }
    }
    if (matches) return true;
  }
  return false;
}

/**
 * Throws the InputError for bytes that cannot be an .xlsx workbook. What is checked: the size
 * (0 bytes, more than MAX_INPUT_BYTES) and the file signature (OLE2 compound file: encrypted
 * workbook or legacy .xls; anything but a ZIP local file header). The uncompressed size of the
 * ZIP package is checked next, while it is read (xlsxReader.ts, zipEntries.ts).
 */
function checkWorkbookBytes(bytes: Uint8Array, fileName: string, language: Language): void {
  if (bytes.length === 0) throw new InputError("EMPTY_FILE", { file: fileName }, language);
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(
      "TOO_LARGE",
      { file: fileName, sizeBytes: bytes.length, limitBytes: MAX_INPUT_BYTES },
      language
    );
  }
  if (startsWithBytes(bytes, COMPOUND_FILE_SIGNATURE)) {
    const code = containsBytes(bytes, ENCRYPTION_INFO_NAME) ? "ENCRYPTED" : "LEGACY_XLS";
    throw new InputError(code, { file: fileName }, language);
  }
  if (!startsWithBytes(bytes, ZIP_SIGNATURE))
    throw new InputError("NOT_XLSX", { file: fileName }, language);
}

function isDate(value: unknown): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * The raw value of an ExcelJS cell value: formulas (also shared and array formulas) give their
 * cached result (null when the file holds none), rich text and hyperlinks give their plain text,
 * error values give their text ("#N/A"), and an empty string counts as an empty cell.
 *
 * @example plainCellValue({ formula: "A1*2", result: 4 }) // 4
 * @example plainCellValue({ richText: [{ text: "sterk " }, { text: "akkoord" }] }) // "sterk akkoord"
 * @example plainCellValue({ error: "#N/A" }) // "#N/A"
 */
export function plainCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value;
  if (isDate(value)) return value;
  if (typeof value !== "object") return null;
  const record = value as Record<string, unknown>;
  if (typeof record.error === "string") return record.error;
  if (Array.isArray(record.richText)) {
    const text = record.richText
      .map((run: { text?: unknown }) => (typeof run.text === "string" ? run.text : ""))
      .join("");
    return text === "" ? null : text;
  }
  if ("formula" in record || "sharedFormula" in record) return plainCellValue(record.result);
  if ("hyperlink" in record || "text" in record) return plainCellValue(record.text);
  return null;
}

/** True when at least one cell of the grid holds a value. */
function hasData(grid: Grid): boolean {
  return findGridRow(grid, (cells) => cells.some((value) => value !== null)) >= 0;
}

/**
 * Reads every worksheet of an .xlsx workbook, in workbook order (hidden sheets included; chart
 * sheets are not worksheets and are left out).
 *
 * Checked before parsing (InputError): 0 bytes → EMPTY_FILE; more than MAX_INPUT_BYTES (200 MB)
 * → TOO_LARGE; an OLE2 compound file with an "EncryptionInfo" stream → ENCRYPTED, any other → LEGACY_XLS;
 * no ZIP signature → NOT_XLSX; a package beyond the limits of zipGuard.ts (10,000 parts, 500 MB
 * unpacked, 200:1 on a large part, more bytes than declared) → ZIP_BOMB, and no readable ZIP
 * directory (or two of them) → CORRUPT. Then: unreadable XML → CORRUPT; a package without
 * worksheets (e.g. a renamed .docx) → NOT_XLSX; more cells than CELL_BUDGET (xlsxReader.ts)
 * → TOO_MANY_CELLS; every sheet empty → NO_DATA. Hidden sheets are marked `hidden`.
 *
 * @param bytes the file contents
 * @param fileName the name shown in messages and stored in each Grid's `file`
 * @param language language of the InputError messages
 * @param options.inflateRaw a faster inflater where the platform has one (zipEntries.ts)
 * @example
 * const grids = await readXlsx(await file.arrayBuffer(), file.name);
 * const data = findSheet(grids, "Antwoorden");
 */
export async function readXlsx(
  bytes: Uint8Array | ArrayBuffer,
  fileName: string,
  language: Language = "nl",
  options: { inflateRaw?: InflateRaw } = {}
): Promise<Grid[]> {
  const view = asByteView(bytes);
  checkWorkbookBytes(view, fileName, language);
  const { grids } = await readWorkbook(view, fileName, {
    language,
    inflateRaw: options.inflateRaw,
  });
  if (!grids.some(hasData)) throw new InputError("NO_DATA", { file: fileName }, language);
  return grids;
}

/**
 * Most cells that merged ranges, data validations and defined names may cover together in a
 * workbook that ExcelJS loads whole (the browser preview): ExcelJS expands each into per-cell
 * objects, so one `<mergeCell ref="BA1:XFD1048576"/>` (a 6.5 KB file) exhausts memory and
 * `sqref="G2:O1048576"` takes minutes. A million is far beyond any survey workbook.
 */
export const EXPANDED_CELLS_LIMIT = 1_000_000;

/**
 * readXlsx, plus the checks needed before ExcelJS loads the same bytes as an editable workbook
 * (the browser preview): no ranges that ExcelJS would expand beyond EXPANDED_CELLS_LIMIT, and every
 * part (not only those this reader inflates: JSZip inflates them all) true to its declared size.
 *
 * @throws InputError as readXlsx, and RANGE_TOO_LARGE
 * @example await readXlsxForEditing(bytes, "antwoorden.xlsx"); await workbook.xlsx.load(bytes);
 */
export async function readXlsxForEditing(
  bytes: Uint8Array | ArrayBuffer,
  fileName: string,
  language: Language = "nl"
): Promise<Grid[]> {
  const view = asByteView(bytes);
  checkWorkbookBytes(view, fileName, language);
  const { grids, shape } = await readWorkbook(view, fileName, { language });
  const expanded = shape.mergedCells + shape.validatedCells + shape.namedCells;
  if (expanded > EXPANDED_CELLS_LIMIT)
    throw new InputError(
      "RANGE_TOO_LARGE",
      { file: fileName, range: shape.largestRange, rangeCells: expanded },
      language
    );
  await guardZipPackage(view, fileName, language);
  if (!grids.some(hasData)) throw new InputError("NO_DATA", { file: fileName }, language);
  return grids;
}

/**
 * The first grid holding at least one value, e.g. the data sheet of a one-sheet export.
 *
 * @throws InputError NO_DATA when every grid is empty
 * @example const data = firstSheetWithData(await readXlsx(bytes, "antwoorden.xlsx"));
 */
export function firstSheetWithData(grids: readonly Grid[], language: Language = "nl"): Grid {
  const found = grids.find(hasData);
  if (!found) throw new InputError("NO_DATA", { file: grids[0]?.file ?? "" }, language);
  return found;
}

/** Sheet name as compared by findSheet: trimmed, NFC (macOS terminals type NFD), case-folded. */
function sheetKey(name: string): string {
  return name.trim().normalize("NFC").toLowerCase();
}

/**
 * The grid of the sheet with this name, ignoring case and surrounding spaces, as Excel does.
 *
 * @throws InputError SHEET_NOT_FOUND listing the available sheet names
 * @example findSheet(grids, " antwoorden ") // the grid of sheet "Antwoorden"
 */
export function findSheet(grids: readonly Grid[], name: string, language: Language = "nl"): Grid {
  const wanted = sheetKey(name);
  const found = grids.find((grid) => sheetKey(grid.sheet) === wanted);
  if (found) return found;
  throw new InputError(
    "SHEET_NOT_FOUND",
    {
      file: grids[0]?.file ?? "",
      sheet: name.trim(),
      availableSheets: grids.map((grid) => grid.sheet),
    },
    language
  );
}
