/**
 * Reads a CSV file into one Grid with papaparse, in Node and in the browser (bytes or text in,
 * no file system).
 *
 * Made for what Excel writes: in a Belgian or Dutch locale "CSV (gescheiden door
 * lijstscheidingsteken)" is ANSI (windows-1252) text with `;` between fields and decimal commas;
 * "CSV UTF-8" starts with a byte order mark; "Unicode-tekst" is UTF-16LE with tabs. Every value
 * stays a string (an empty field becomes null): reading numbers with a decimal comma and
 * recognising labels is the job of ingest, which can report each cell it rejects.
 */
import * as Papa from "papaparse";
import type { CellValue, ColumnStore, Grid } from "../analysis/grid";
import { columnGrid, rowsOfStore } from "../analysis/columnGrid";
import { scanCsvColumns } from "./csvColumns";
import type { Language } from "../analysis/language";
import { InputError, MAX_INPUT_BYTES } from "../analysis/inputError";

/** Field separators recognised, in order of preference when a line holds as many of each. */
const CANDIDATE_DELIMITERS = [";", "\t", ","] as const;

/** How many lines detectDelimiter looks at for a line holding a separator. */
const DELIMITER_SCAN_LINES = 20;

/**
 * A Uint8Array view on the input without copying (`ArrayBuffer.isView` also recognises a Node
 * Buffer or a typed array from another realm). Kept here rather than imported from readXlsx so
 * that reading CSV does not pull ExcelJS into a browser bundle.
 */
function asByteView(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

/** Windows-1252 characters for bytes 0x80–0x9F (the rest equals ISO-8859-1 / Unicode). */
const WINDOWS_1252_HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Decodes windows-1252 ("ANSI" in Western European Windows) as the WHATWG Encoding standard does.
 * Written out because a TextDecoder for windows-1252 is missing from Node builds without full ICU.
 *
 * @example decodeWindows1252(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // "café"
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const chunkSize = 8192;
  for (let start = 0; start < bytes.length; start += chunkSize) {
    const codes = Array.from(bytes.subarray(start, start + chunkSize), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH_CONTROLS[byte - 0x80] : byte
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

/** A text that is not valid in the encoding its bytes show (readCsv turns it into BAD_ENCODING). */
export class CsvEncodingError extends Error {
  constructor(readonly encoding: string) {
    super(`not valid ${encoding}`);
    this.name = "CsvEncodingError";
  }
}

/**
 * UTF-16 without a byte order mark, recognised by its zero bytes: text in a Latin script has a
 * zero in every other byte (the high byte), odd positions for little-endian, even for big-endian.
 * Looks at the first 4 KB; null when the bytes do not look like UTF-16.
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

function decodeStrict(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be" | "utf-8"): string {
  if (encoding !== "utf-8" && bytes.length % 2 !== 0) throw new CsvEncodingError("UTF-16");
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new CsvEncodingError(encoding === "utf-8" ? "UTF-8" : "UTF-16");
  }
}

/**
 * The text of a CSV file: UTF-16 (little- or big-endian) when it starts with a byte order mark or
 * its zero bytes show it; otherwise UTF-8 (byte order mark removed) when the bytes are valid
 * UTF-8, else windows-1252. UTF-16 that is not valid (an odd number of bytes, a lone surrogate)
 * and text holding NUL characters (a binary file) throw CsvEncodingError.
 *
 * @example decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // "a"
 * @example decodeCsvBytes(new Uint8Array([0x00, 0x61, 0x00, 0x3b, 0x00, 0x62])) // "a;b" (UTF-16BE)
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    text = decodeStrict(bytes, "utf-16le");
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    text = decodeStrict(bytes, "utf-16be");
  else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) text = decodeStrict(bytes, utf16);
    else {
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        text = decodeWindows1252(bytes);
      }
    }
  }
  if (text.includes("\u0000")) throw new CsvEncodingError(sniffUtf16(bytes) ? "UTF-16" : "UTF-8");
  return text;
}

/**
 * Counts each candidate separator in one line, ignoring what is between double quotes.
 * Returns the counts and the index where the next line starts (-1 at the end of the text).
 */
function countDelimitersInLine(
  text: string,
  start: number
): { counts: Map<string, number>; next: number } {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((delimiter) => [delimiter, 0]));
  let insideQuotes = false;
  for (let index = start; index < text.length; index += 1) {
    const character = text[index];
    if (character === '"') {
      insideQuotes = !insideQuotes;
    } else if (!insideQuotes && (character === "\n" || character === "\r")) {
      const next = character === "\r" && text[index + 1] === "\n" ? index + 2 : index + 1;
      return { counts, next: next < text.length ? next : -1 };
    } else if (!insideQuotes && counts.has(character)) {
      counts.set(character, (counts.get(character) ?? 0) + 1);
    }
  }
  return { counts, next: -1 };
}

/**
 * The field separator: the candidate (`;`, tab, `,`) found most often outside quotes in the first
 * line that holds any; on a tie `;` wins over tab, tab over `,`, so the header
 * `item;vraag, met komma` gives `;`. A file without any separator is one column; `;` is returned.
 *
 * @example detectDelimiter("id;score\n1;3,5") // ";"
 * @example detectDelimiter('id,"vraag; met puntkomma"\n1,2') // ","
 */
export function detectDelimiter(text: string): string {
  let start = 0;
  for (let line = 0; line < DELIMITER_SCAN_LINES && start !== -1; line += 1) {
    const { counts, next } = countDelimitersInLine(text, start);
    let best: string | undefined;
    for (const delimiter of CANDIDATE_DELIMITERS) {
      const count = counts.get(delimiter) ?? 0;
      if (count > 0 && (best === undefined || count > (counts.get(best) ?? 0))) best = delimiter;
    }
    if (best !== undefined) return best;
    start = next;
  }
  return ";";
}

/** The file name without folders and without its last extension. @example sheetNameForFile("data/antwoorden.csv") // "antwoorden" */
function sheetNameForFile(fileName: string): string {
  const baseName = fileName.slice(
    Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1
  );
  const dot = baseName.lastIndexOf(".");
  return dot > 0 ? baseName.slice(0, dot) : baseName;
}

/**
 * True when the text holds a carriage return that is not followed by a line feed (a classic Mac
 * line end), which papaparse does not take for a line end when told that lines end in LF.
 *
 * @example hasLoneCarriageReturn("a\r\nb") // false
 * @example hasLoneCarriageReturn("a\rb") // true
 */
export function hasLoneCarriageReturn(text: string): boolean {
  for (let index = text.indexOf("\r"); index >= 0; index = text.indexOf("\r", index + 1))
    if (text.charCodeAt(index + 1) !== 10) return true;
  return false;
}

/**
 * The records of a text without double quotes, with empty fields as null, CRLF, LF and a lone CR
 * (a classic Mac line end) each one line end: by column (a ColumnStore, csvColumns.ts), or as rows
 * by papaparse (line ends made LF) when a store as wide as the longest record would be several
 * times the text (one very long line among short ones). readCsv takes the store as it is.
 *
 * @param delimiter the separator: one UTF-16 code unit, not CR or LF (what readCsv finds)
 */
function quoteFreeRecords(text: string, delimiter: string): ColumnStore | CellValue[][] {
  if (delimiter.length !== 1 || delimiter === "\n" || delimiter === "\r")
    throw new Error(
      `splitQuoteFree needs a one-character separator, got ${JSON.stringify(delimiter)}`
    );
  return (
    scanCsvColumns(text, delimiter.charCodeAt(0)) ??
    parseRecords(text.replace(/\r\n?/g, "\n"), delimiter).rows
  );
}

/**
 * The records of a text without double quotes as rows (quoteFreeRecords, the store's rows built):
 * what papaparse makes of such text once its line ends are made LF, with empty fields as null.
 *
 * @param delimiter the separator: one UTF-16 code unit, not CR or LF (what readCsv finds)
 * @example splitQuoteFree("id;score\r\n1;\r2;3", ";") // [["id", "score"], ["1", null], ["2", "3"]]
 */
export function splitQuoteFree(text: string, delimiter: string): CellValue[][] {
  const records = quoteFreeRecords(text, delimiter);
  return Array.isArray(records) ? records : rowsOfStore(records);
}

/**
 * Text split by papaparse at `delimiter` and LF (no header, no typing), empty fields made null in
 * place (a copy of 4.5 million cells would double the garbage), with the record where a quoted
 * field is never closed, if any.
 */
function parseRecords(
  text: string,
  delimiter: string
): { rows: CellValue[][]; unclosedQuoteRow?: number } {
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const rows = parsed.data as CellValue[][];
  for (const record of rows) {
    for (let column = 0; column < record.length; column += 1)
      if (record[column] === "") record[column] = null;
  }
  const unclosedQuote = parsed.errors.find((error) => error.code === "MissingQuotes");
  return unclosedQuote ? { rows, unclosedQuoteRow: unclosedQuote.row ?? 0 } : { rows };
}

/**
 * Excel's "sep=;" first line, which tells Excel the separator and is not shown as a row. Its line
 * end may be CRLF, LF or CR (text without quotes keeps its line ends).
 */
const SEPARATOR_HINT = /^sep=(.)(?:\r\n|\r|\n)/i;

/**
 * Reads a CSV file as one Grid with origin A1; the first line stays the first row (no header
 * mode). Rows are records, so a quoted field with line breaks stays in one cell and addresses match
 * what Excel shows when it opens the file. Empty fields become null; trailing empty lines are
 * dropped; Excel's "sep=;" hint line is used and dropped.
 *
 * Line ends may be CRLF, LF or CR, mixed in one file. Fields beyond the header are kept in the
 * grid (ingest reports them per row). Text without quotes (what Excel writes when no field holds
 * a separator) gives a grid stored by column (csvColumns.ts, analysis/columnGrid.ts): the same
 * rows, built only when something asks for `rows`.
 *
 * InputError: 0 bytes or nothing but a byte order mark → EMPTY_FILE; more than MAX_INPUT_BYTES
 * → TOO_LARGE; UTF-16 that is not valid, or NUL characters (a binary file) → BAD_ENCODING; a quoted field that is never closed → CSV_UNCLOSED_QUOTE; only empty fields →
 * NO_DATA.
 *
 * @param input file bytes (any encoding described in decodeCsvBytes) or already decoded text
 * @param fileName shown in messages; without extension it is the grid's sheet name
 * @param language language of the InputError messages
 * @example
 * readCsv("id;score\n1;3,5", "antwoorden.csv")
 * // { file: "antwoorden.csv", sheet: "antwoorden", originRow: 0, originColumn: 0, rows: [["id", "score"], ["1", "3,5"]] }
 */
export function readCsv(
  input: Uint8Array | ArrayBuffer | string,
  fileName: string,
  language: Language = "nl"
): Grid {
  let text: string;
  if (typeof input === "string") {
    text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  } else {
    const bytes = asByteView(input);
    if (bytes.length > MAX_INPUT_BYTES) {
      throw new InputError(
        "TOO_LARGE",
        { file: fileName, sizeBytes: bytes.length, limitBytes: MAX_INPUT_BYTES },
        language
      );
    }
    try {
      text = decodeCsvBytes(bytes);
    } catch (error) {
      if (!(error instanceof CsvEncodingError)) throw error;
      throw new InputError("BAD_ENCODING", { file: fileName, encoding: error.encoding }, language, {
        cause: error,
      });
    }
  }
  // One kind of line end: papaparse guesses the line end from the first lines, so a file that
  // starts with CRLF and goes on with LF would lose the LF lines into fields (30 → 10 rows).
  // Without quotes, csvColumns.ts takes every kind of line end itself (no copy of the text).
  const quoteFree = !text.includes('"');
  if (!quoteFree && text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (text === "") throw new InputError("EMPTY_FILE", { file: fileName }, language);

  const beforeHint = text;
  let delimiter: string;
  const hint = SEPARATOR_HINT.exec(text);
  if (hint) {
    delimiter = hint[1];
    text = text.slice(hint[0].length);
  } else {
    delimiter = detectDelimiter(text);
  }

  let rows: CellValue[][];
  const sheet = sheetNameForFile(fileName);
  // papaparse guesses the separator itself when given a byte order mark ("sep=\uFEFF").
  if (quoteFree && delimiter !== "\uFEFF") {
    // By column (csvColumns.ts), unless one very long line would make the store far too wide.
    const records = quoteFreeRecords(text, delimiter);
    if (!Array.isArray(records)) {
      records.rowCount = withoutTrailingEmptyRows(records);
      if (records.rowCount === 0) throw new InputError("NO_DATA", { file: fileName }, language);
      return columnGrid(sheet, records, fileName);
    }
    rows = records;
  } else {
    // Text without quotes but with "sep=" and a byte order mark: its line ends are made LF when it
    // holds a lone CR, as before the quote-free reader took lone CRs (papaparse keeps the CR of a
    // CRLF).
    if (quoteFree && hasLoneCarriageReturn(beforeHint)) text = text.replace(/\r\n?/g, "\n");
    const parsed = parseRecords(text, delimiter);
    if (parsed.unclosedQuoteRow !== undefined) {
      throw new InputError(
        "CSV_UNCLOSED_QUOTE",
        { file: fileName, rowNumber: parsed.unclosedQuoteRow + 1 },
        language
      );
    }
    rows = parsed.rows;
  }
  while (rows.length > 0 && rows[rows.length - 1].every((value) => value === null)) rows.pop();
  if (rows.length === 0) throw new InputError("NO_DATA", { file: fileName }, language);

  return { file: fileName, sheet, originRow: 0, originColumn: 0, rows };
}

/** The number of rows of a store once its trailing rows without any value are left off. */
function withoutTrailingEmptyRows(store: ColumnStore): number {
  let rowCount = store.rowCount;
  for (; rowCount > 0; rowCount -= 1) {
    const base = (rowCount - 1) * store.width;
    const length = store.rowLengths[rowCount - 1];
    let empty = true;
    for (let column = 0; column < length && empty; column += 1)
      if (store.codes[base + column] !== 0) empty = false;
    if (!empty) break;
  }
  return rowCount;
}
