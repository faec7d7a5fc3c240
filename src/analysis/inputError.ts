/**
 * InputError: a problem with an input file that stops reading it altogether (an empty file, an old
 * .xls workbook, a password-protected workbook, a missing sheet, ...). It is a user error, not a
 * bug: the command line shows `error.message` as one line and exits with code 1, never a stack
 * trace; the add-in shows the same line in its task pane.
 *
 * Problems inside a readable file (a bad cell, an unknown label) are not InputErrors but Issues
 * (see ../analysis/issue.ts): they are reported and the analysis goes on.
 *
 * The message names the file (and the sheet and cell when known) and says what to do, in Dutch by
 * default or in English when the thrower was given `language: "en"`.
 */
import type { Language } from "./language";

/** Largest input file accepted by readXlsx and readCsv (200 MB); larger ones give TOO_LARGE. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** Stable machine-readable codes for input errors (part of the CLI's JSON error output). */
export type InputErrorCode =
  /** The file has 0 bytes (or, for text, nothing after the byte order mark). */
  | "EMPTY_FILE"
  /** The file is larger than the reader accepts. */
  | "TOO_LARGE"
  /** The bytes are not a ZIP package, or the package holds no workbook (e.g. a renamed .docx). */
  | "NOT_XLSX"
  /** An Excel 97-2003 workbook (.xls, an OLE2 compound file). */
  | "LEGACY_XLS"
  /** A password-protected workbook (Excel stores those in an OLE2 compound file). */
  | "ENCRYPTED"
  /** A ZIP package that cannot be read as a workbook (truncated download, damaged file). */
  | "CORRUPT"
  /**
   * A ZIP package that would unpack to an absurd size (too many parts, too many megabytes, an
   * implausible compression ratio, or more bytes than it declares): a decompression bomb, not a
   * workbook. See zipGuard.ts for the limits.
   */
  | "ZIP_BOMB"
  /** A quoted CSV field that is never closed, so the rest of the file would end up in one cell. */
  | "CSV_UNCLOSED_QUOTE"
  /** A workbook holding more cells than the reader's budget (xlsxReader.ts CELL_BUDGET). */
  | "TOO_MANY_CELLS"
  /**
   * A workbook whose merged ranges, data validations or defined names cover so many cells that
   * ExcelJS (the browser preview's workbook) would expand them into memory.
   */
  | "RANGE_TOO_LARGE"
  /** A text file in an encoding that cannot be read (e.g. UTF-16 that is not valid). */
  | "BAD_ENCODING"
  /** Every sheet (or the whole CSV file) is empty. */
  | "NO_DATA"
  /** The requested sheet does not exist. */
  | "SHEET_NOT_FOUND";

/** Where the error is and the facts some messages mention. */
export interface InputErrorDetails {
  /** File name as the user knows it (shown at the start of the message). */
  file: string;
  /** Sheet name, when the error concerns one sheet (for SHEET_NOT_FOUND: the requested name). */
  sheet?: string;
  /** A1 address of the cell, when the error concerns one cell. */
  cell?: string;
  /** For SHEET_NOT_FOUND: the sheet names that do exist, in workbook order. */
  availableSheets?: readonly string[];
  /** For TOO_LARGE: the file size and the limit in bytes. */
  sizeBytes?: number;
  limitBytes?: number;
  /** For CSV_UNCLOSED_QUOTE: the one-based record (row) number where the quoted field starts. */
  rowNumber?: number;
  /**
   * For ZIP_BOMB: which limit was exceeded. `sizeBytes`/`limitBytes` then hold the (declared)
   * uncompressed size and its limit, `entryCount`/`entryLimit` the number of parts and its limit,
   * `entryName` and `ratio`/`ratioLimit` the offending part and its compression ratio.
   */
  zipLimit?: "entries" | "uncompressed" | "ratio" | "inflated";
  entryName?: string;
  entryCount?: number;
  entryLimit?: number;
  ratio?: number;
  ratioLimit?: number;
  /** For TOO_MANY_CELLS: the budget (cells over the whole workbook). */
  cellLimit?: number;
  /** For RANGE_TOO_LARGE: the largest range ("Blad1!BA1:XFD1048576") and the cells covered. */
  range?: string;
  rangeCells?: number;
  /** For BAD_ENCODING: the encoding found (e.g. "UTF-16"). */
  encoding?: string;
}

type MessageBuilder = (details: InputErrorDetails) => string;

const MEGABYTE = 1024 * 1024;

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? "?" : String(Math.ceil(bytes / MEGABYTE));
}

/** A size for a message: "3 MB", "12 KB", "1000 bytes". */
function sizeText(bytes: number | undefined): string {
  if (bytes === undefined) return "?";
  if (bytes >= MEGABYTE) return `${megabytes(bytes)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** 10000000 → "10.000.000" (Dutch) or "10,000,000" (English). */
function thousands(value: number | undefined, separator: string): string {
  return String(value ?? "?").replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function quotedList(names: readonly string[] | undefined): string {
  return (names ?? []).map((name) => `"${name}"`).join(", ");
}

const MESSAGES: Record<Language, Record<InputErrorCode, MessageBuilder>> = {
  nl: {
    EMPTY_FILE: () => "het bestand is leeg.",
    TOO_LARGE: (details) =>
      `het bestand is te groot (${megabytes(details.sizeBytes)} MB, maximaal ${megabytes(details.limitBytes)} MB).`,
    NOT_XLSX: () =>
      "dit is geen Excel-werkmap; sla het in Excel op als .xlsx (Excel-werkmap) of als CSV.",
    LEGACY_XLS: () =>
      "dit is een ouder .xls-bestand; sla het in Excel op als .xlsx (Excel-werkmap).",
    ENCRYPTED: () =>
      "de werkmap is beveiligd met een wachtwoord; verwijder het wachtwoord in Excel (Bestand > Info > Werkmap beveiligen) en sla opnieuw op.",
    CORRUPT: () =>
      "het bestand is beschadigd of onvolledig en kan niet gelezen worden; open het in Excel en sla het opnieuw op als .xlsx.",
    CSV_UNCLOSED_QUOTE: (details) =>
      `het aanhalingsteken (") dat in rij ${details.rowNumber ?? "?"} begint, wordt nooit gesloten; controleer het bestand.`,
    ZIP_BOMB: (details) => {
      const advice = "dit is geen gewone Excel-werkmap en wordt niet gelezen.";
      switch (details.zipLimit) {
        case "entries":
          return `het bestand bevat ${details.entryCount ?? "?"} onderdelen (maximaal ${details.entryLimit ?? "?"}); ${advice}`;
        case "ratio":
          return `onderdeel "${details.entryName ?? "?"}" is verdacht sterk gecomprimeerd (${details.ratio ?? "?"}:1, maximaal ${details.ratioLimit ?? "?"}:1); ${advice}`;
        case "inflated":
          return `onderdeel "${details.entryName ?? "?"}" pakt uit tot meer dan de ${sizeText(details.sizeBytes)} die het opgeeft; ${advice}`;
        default:
          return `het bestand pakt uit tot ${megabytes(details.sizeBytes)} MB (maximaal ${megabytes(details.limitBytes)} MB); ${advice}`;
      }
    },
    TOO_MANY_CELLS: (details) =>
      `de werkmap bevat meer dan ${thousands(details.cellLimit, ".")} cellen en wordt niet gelezen; verwijder lege of overbodige rijen en kolommen (of een verre cel), of sla de antwoorden op als CSV.`,
    RANGE_TOO_LARGE: (details) =>
      `samengevoegde cellen, gegevensvalidatie of namen beslaan ${thousands(details.rangeCells, ".")} cellen (grootste bereik: ${details.range ?? "?"}); de werkmap in de browser kan dat niet openen. Beperk die bereiken in Excel, of gebruik netwerkmeter op de opdrachtregel.`,
    BAD_ENCODING: (details) =>
      `de tekst is niet leesbaar als ${details.encoding ?? "UTF-8"}; sla het bestand op als CSV UTF-8 (Excel: Opslaan als > CSV UTF-8).`,
    NO_DATA: () => "het bestand bevat geen gegevens; alle cellen zijn leeg.",
    SHEET_NOT_FOUND: (details) =>
      `blad "${details.sheet ?? ""}" niet gevonden; beschikbare bladen: ${quotedList(details.availableSheets)}.`,
  },
  en: {
    EMPTY_FILE: () => "the file is empty.",
    TOO_LARGE: (details) =>
      `the file is too large (${megabytes(details.sizeBytes)} MB, at most ${megabytes(details.limitBytes)} MB).`,
    NOT_XLSX: () =>
      "this is not an Excel workbook; save it in Excel as .xlsx (Excel Workbook) or as CSV.",
    LEGACY_XLS: () => "this is an older .xls file; save it in Excel as .xlsx (Excel Workbook).",
    ENCRYPTED: () =>
      "the workbook is password-protected; remove the password in Excel (File > Info > Protect Workbook) and save again.",
    CORRUPT: () =>
      "the file is damaged or incomplete and cannot be read; open it in Excel and save it again as .xlsx.",
    CSV_UNCLOSED_QUOTE: (details) =>
      `the quote (") that starts in row ${details.rowNumber ?? "?"} is never closed; check the file.`,
    ZIP_BOMB: (details) => {
      const advice = "this is not an ordinary Excel workbook and is not read.";
      switch (details.zipLimit) {
        case "entries":
          return `the file holds ${details.entryCount ?? "?"} parts (at most ${details.entryLimit ?? "?"}); ${advice}`;
        case "ratio":
          return `part "${details.entryName ?? "?"}" is suspiciously highly compressed (${details.ratio ?? "?"}:1, at most ${details.ratioLimit ?? "?"}:1); ${advice}`;
        case "inflated":
          return `part "${details.entryName ?? "?"}" unpacks to more than the ${sizeText(details.sizeBytes)} it declares; ${advice}`;
        default:
          return `the file unpacks to ${megabytes(details.sizeBytes)} MB (at most ${megabytes(details.limitBytes)} MB); ${advice}`;
      }
    },
    TOO_MANY_CELLS: (details) =>
      `the workbook holds more than ${thousands(details.cellLimit, ",")} cells and is not read; delete empty or superfluous rows and columns (or a far-away cell), or save the answers as CSV.`,
    RANGE_TOO_LARGE: (details) =>
      `merged cells, data validation or names cover ${thousands(details.rangeCells, ",")} cells (largest range: ${details.range ?? "?"}); the workbook in the browser cannot open that. Limit those ranges in Excel, or use netwerkmeter on the command line.`,
    BAD_ENCODING: (details) =>
      `the text cannot be read as ${details.encoding ?? "UTF-8"}; save the file as CSV UTF-8 (Excel: Save As > CSV UTF-8).`,
    NO_DATA: () => "the file contains no data; every cell is empty.",
    SHEET_NOT_FOUND: (details) =>
      `sheet "${details.sheet ?? ""}" not found; available sheets: ${quotedList(details.availableSheets)}.`,
  },
};

/**
 * The location prefix of a message: the file, then sheet and cell when known.
 *
 * @example describeLocation({ file: "a.xlsx", sheet: "Data", cell: "C3" }, "nl") // 'a.xlsx, blad "Data", cel C3'
 */
function describeLocation(
  details: InputErrorDetails,
  code: InputErrorCode,
  language: Language
): string {
  const parts = [details.file];
  // SHEET_NOT_FOUND names the requested sheet in its own text.
  if (details.sheet !== undefined && code !== "SHEET_NOT_FOUND") {
    parts.push(language === "nl" ? `blad "${details.sheet}"` : `sheet "${details.sheet}"`);
  }
  if (details.cell !== undefined)
    parts.push(language === "nl" ? `cel ${details.cell}` : `cell ${details.cell}`);
  return parts.join(", ");
}

/**
 * The one-line user-facing message for an input error.
 *
 * @example
 * inputErrorMessage("LEGACY_XLS", { file: "antwoorden.xlsx" })
 * // "antwoorden.xlsx: dit is een ouder .xls-bestand; sla het in Excel op als .xlsx (Excel-werkmap)."
 */
export function inputErrorMessage(
  code: InputErrorCode,
  details: InputErrorDetails,
  language: Language = "nl"
): string {
  return `${describeLocation(details, code, language)}: ${MESSAGES[language][code](details)}`;
}

/**
 * A user error in an input file, with a one-line message naming the file.
 *
 * @example
 * try {
 *   grids = await readXlsx(bytes, "antwoorden.xlsx");
 * } catch (error) {
 *   if (error instanceof InputError) { console.error(error.message); process.exitCode = 1; }
 *   else throw error;
 * }
 */
export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly file: string;
  readonly sheet?: string;
  readonly cell?: string;

  constructor(
    code: InputErrorCode,
    details: InputErrorDetails,
    language: Language = "nl",
    options?: { cause?: unknown }
  ) {
    super(inputErrorMessage(code, details, language), options);
    this.name = "InputError";
    this.code = code;
    this.file = details.file;
    if (details.sheet !== undefined) this.sheet = details.sheet;
    if (details.cell !== undefined) this.cell = details.cell;
  }
}

/**
 * True for an InputError, also when it comes from another copy of this module (e.g. a second
 * bundle), where `instanceof` fails.
 *
 * @example if (isInputError(error)) console.error(error.message);
 */
export function isInputError(value: unknown): value is InputError {
  return (
    value instanceof InputError ||
    (value instanceof Error &&
      value.name === "InputError" &&
      typeof (value as InputError).code === "string")
  );
}
