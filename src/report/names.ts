/**
 * Names and addresses as Excel wants them, shared by every adapter (Office.js, ExcelJS): valid and
 * unique sheet names, table names (one namespace with defined names), table headers, and A1
 * addresses of ranges. Pure: no Office, no ExcelJS.
 */
import { columnIndex, columnLetters } from "../analysis/grid";
import type { Language } from "../analysis/language";

/** Excel's limits. */
export const MAX_SHEET_NAME_LENGTH = 31;
export const MAX_TABLE_NAME_LENGTH = 255;
export const MAX_CELL_TEXT_LENGTH = 32767;
/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

const TEXTS = {
  nl: { column: "Kolom", sheet: "Blad" },
  en: { column: "Column", sheet: "Sheet" },
} as const;

/** Cuts a string to at most `length` UTF-16 code units without splitting a surrogate pair. */
export function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Replaces control characters (line breaks, tabs, ...) by spaces. @example withoutControlCharacters("a\nb") // "a b" */
export function withoutControlCharacters(text: string): string {
  return Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? " " : character;
  }).join("");
}

/** Keeps `candidate` unless its case-folded form is taken, else tries `makeVariant(2)`, `(3)`, ... */
export function claimUnique(
  candidate: string,
  taken: Set<string>,
  makeVariant: (counter: number) => string
): string {
  let name = candidate;
  for (let counter = 2; taken.has(name.toLowerCase()); counter += 1) name = makeVariant(counter);
  taken.add(name.toLowerCase());
  return name;
}

/** Sheet names compare like this in Excel: case-insensitive (and NFC, as typed on any system). */
export function sheetKey(name: string): string {
  return name.trim().normalize("NFC").toLowerCase();
}

/**
 * One valid Excel sheet name close to `name`: the characters : \ / ? * [ ] become "-", control
 * characters become spaces, leading and trailing apostrophes and spaces go, at most 31
 * characters; an empty name becomes `fallback`.
 *
 * @example validSheetName("Rol/acties", "Blad 1") // "Rol-acties"
 */
export function validSheetName(name: string, fallback: string): string {
  const tidy = (text: string): string => text.replace(/^['\s]+/, "").replace(/['\s]+$/, "");
  let base = tidy(withoutControlCharacters(name.replace(/[:\\/?*[\]]/g, "-")));
  if (base === "") base = fallback;
  return tidy(truncate(base, MAX_SHEET_NAME_LENGTH));
}

/**
 * `base` with a suffix, cutting the base so the whole stays within 31 characters.
 *
 * @example sheetNameWithSuffix("Stijl naar GROOTTE_KLASSE", " (Netwerkmeter)") // "Stijl naar GROOT (Netwerkmeter)"
 */
export function sheetNameWithSuffix(base: string, suffix: string): string {
  const room = MAX_SHEET_NAME_LENGTH - suffix.length;
  return (
    truncate(base, room)
      .replace(/^['\s]+/, "")
      .replace(/['\s]+$/, "") + suffix
  );
}

/**
 * Valid, unique Excel sheet names for the given names, in the same order: see validSheetName;
 * unique ignoring case (a " (2)" suffix), never the reserved "History"; an empty name becomes
 * "Blad 1", "Blad 2", ...
 *
 * @example excelSheetNames(["Rol/acties", "rol-acties", ""]) // ["Rol-acties", "rol-acties (2)", "Blad 3"]
 */
export function excelSheetNames(names: readonly string[], language: Language = "nl"): string[] {
  const taken = new Set<string>(["history"]);
  return names.map((name, index) => {
    const base = validSheetName(name, `${TEXTS[language].sheet} ${index + 1}`);
    return claimUnique(base, taken, (counter) => sheetNameWithSuffix(base, ` (${counter})`));
  });
}

/** True when `name` reads as a cell reference (A1, XFD1048576, R1C1, R, C), which Excel forbids as a name. */
export function looksLikeCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$|^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name);
}

/**
 * A valid Excel table name close to `name`: letters, digits, "_", "." and "\" only (others
 * become "_"), starting with a letter or "_", not readable as a cell reference (A1, R1C1, R, C),
 * at most 255 characters. Valid names are returned unchanged.
 *
 * @example excelTableName("NM_Items") // "NM_Items"
 * @example excelTableName("2e meting") // "T_2e_meting"
 */
export function excelTableName(name: string): string {
  let cleaned = name.trim().replace(/[^\p{L}\p{N}_.\\]/gu, "_");
  if (cleaned === "" || !/^[\p{L}_\\]/u.test(cleaned) || looksLikeCellReference(cleaned))
    cleaned = `T_${cleaned}`;
  return truncate(cleaned, MAX_TABLE_NAME_LENGTH);
}

/**
 * `name` made unique in `taken` (case-insensitive) with "_2", "_3", ... ; adds it to `taken`.
 *
 * @example claimTableName("NM_Items", new Set(["nm_items"])) // "NM_Items_2"
 */
export function claimTableName(name: string, taken: Set<string>): string {
  return claimUnique(
    name,
    taken,
    (counter) => `${truncate(name, MAX_TABLE_NAME_LENGTH - String(counter).length - 1)}_${counter}`
  );
}

/**
 * Table headers as Excel requires them: non-empty, on one line, unique ignoring case
 * (a " (2)" suffix); an empty header becomes "Kolom 3" (its column number).
 *
 * @example tableHeaders(["Item", "n", "N", ""]) // ["Item", "n", "N (2)", "Kolom 4"]
 */
export function tableHeaders(headers: readonly string[], language: Language = "nl"): string[] {
  const taken = new Set<string>();
  return headers.map((header, index) => {
    const oneLine = withoutControlCharacters(String(header ?? ""))
      .replace(/ {2,}/g, " ")
      .trim();
    const base = oneLine === "" ? `${TEXTS[language].column} ${index + 1}` : oneLine;
    return claimUnique(base, taken, (counter) => `${base} (${counter})`);
  });
}

/** A rectangle of cells on a sheet, zero-based and inclusive. */
export interface CellRect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/**
 * A1 address (without sheet) of a rectangle; one cell gives "B3".
 *
 * @example rectAddress({ row: 8, column: 0, rowCount: 5, columnCount: 4 }) // "A9:D13"
 */
export function rectAddress(rect: CellRect): string {
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${columnLetters(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

/**
 * A sheet name as written in a reference: quoted when it holds anything but letters, digits and
 * "_" or starts with a digit; an apostrophe inside is doubled.
 *
 * @example quoteSheetName("Rol acties") // "'Rol acties'"
 */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeCellReference(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** A parsed A1 address: the sheet (when given) and the rectangle. */
export interface ParsedAddress extends CellRect {
  sheet?: string;
}

/**
 * Parses an A1 address as Excel returns it ("'Mijn blad'!A1:D5", "Blad1!B2", "C3", "A:C", "2:4").
 *
 * @throws Error when the text is not an A1 address
 * @example parseAddress("'Rol acties'!B2:C4") // { sheet: "Rol acties", row: 1, column: 1, rowCount: 3, columnCount: 2 }
 */
export function parseAddress(address: string): ParsedAddress {
  let sheet: string | undefined;
  let rest = address.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const sheetPart = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    sheet =
      sheetPart.startsWith("'") && sheetPart.endsWith("'")
        ? sheetPart.slice(1, -1).replace(/''/g, "'")
        : sheetPart;
  }
  const [startText, endText] = rest.replace(/\$/g, "").toUpperCase().split(":");
  const part = (text: string | undefined) => {
    const match = /^([A-Z]*)(\d*)$/.exec(text ?? "");
    if (!match || (match[1] === "" && match[2] === ""))
      throw new Error(`"${address}" is not an A1 address`);
    return {
      column: match[1] === "" ? null : columnIndex(match[1]),
      row: match[2] === "" ? null : Number(match[2]) - 1,
    };
  };
  const start = part(startText);
  const end = endText === undefined ? start : part(endText);
  const row = start.row ?? 0;
  const column = start.column ?? 0;
  const lastRow = end.row ?? MAX_ROWS - 1;
  const lastColumn = end.column ?? MAX_COLUMNS - 1;
  return {
    sheet,
    row,
    column,
    rowCount: lastRow - row + 1,
    columnCount: lastColumn - column + 1,
  };
}

// The report's own names (buildReport): readable sheet names that are never cut with "…", and NM_
// table names.

/**
 * Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. A longer name is never cut
 * mid-word with "…": the first of `shorter` that fits is used (e.g. "B02 Doelstellingen" for
 * "B02 Beleidsthema – doelstellingen"), else whole words up to 31 characters. The full title
 * stays above the table and in the overview's table of contents.
 *
 * @example sheetName("B02 Beleidsthema – doelstellingen", "B02 Doelstellingen") // "B02 Doelstellingen"
 */
export function sheetName(text: string, ...shorter: string[]): string {
  const clean = (value: string) =>
    value
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  for (const candidate of [text, ...shorter].map(clean))
    if (candidate.length > 0 && candidate.length <= MAX_SHEET_NAME_LENGTH) return candidate;
  let name = "";
  for (const word of clean(text).split(" ")) {
    if (`${name} ${word}`.trim().length > MAX_SHEET_NAME_LENGTH) break;
    name = `${name} ${word}`.trim();
  }
  return name.length > 0 ? name : clean(text).slice(0, MAX_SHEET_NAME_LENGTH);
}

/** Excel table names: letters, digits and underscores, starting with a letter, not a cell reference. */
export function tableName(...parts: string[]): string {
  const joined = parts
    .join("_")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "");
  return `NM_${joined}`.slice(0, 250);
}

/**
 * Gives the sheets, tables and charts of one report unique names. Excel compares them ignoring
 * case; long group column names can collide after cutting to 31 characters, and tableName() maps
 * different headers ("Regio's", "Regio s") to the same name, so later duplicates get a numbered
 * suffix: " (2)" for sheets, "_2" for tables and charts (one namespace for tables and names).
 *
 * @example
 * const book = reportNameBook();
 * book.claimSheet("Items"); book.claimSheet("items") // "items (2)"
 */
export function reportNameBook(): {
  claimSheet(name: string, ...shorter: string[]): string;
  claimName(name: string): string;
} {
  const takenSheets = new Set<string>();
  const takenNames = new Set<string>();
  return {
    claimName(name) {
      let unique = name;
      for (let counter = 2; takenNames.has(unique.toLowerCase()); counter += 1)
        unique = `${name}_${counter}`;
      takenNames.add(unique.toLowerCase());
      return unique;
    },
    claimSheet(name, ...shorter) {
      const base = sheetName(name, ...shorter);
      let unique = base;
      for (let counter = 2; takenSheets.has(unique.toLowerCase()); counter += 1) {
        const suffix = ` (${counter})`;
        unique = sheetName(`${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`);
      }
      takenSheets.add(unique.toLowerCase());
      return unique;
    },
  };
}
