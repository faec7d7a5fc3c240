/**
 * The streaming .xlsx reader for INPUT: bytes in, one Grid per worksheet out, in Node and in the
 * browser. Reads only what an analysis needs: cell values (shared and inline strings, numbers,
 * booleans, error values, the cached value of formulas), which number formats are dates (and
 * which number cells show a percentage: Grid.percentCells), sheet
 * names and whether a sheet is hidden. Merged ranges, data validations and defined names are never
 * expanded into cells: a merge is applied to the cells that hold values, the others are only
 * measured (see {@link WorkbookShape}), so a 6 KB file that merges a whole sheet costs nothing.
 *
 * Written by hand (SAX-style over fflate-inflated XML, xmlScanner.ts) because no well-kept library
 * met the targets: ExcelJS's own streaming reader (ExcelJS.stream.xlsx.WorkbookReader) is Node-only
 * (the add-in's browser preview needs the same reader) and is slow: 100,000 × 45 took 10.6 s wall /
 * 11.8 s CPU and 20,000 × 45 3.6 s CPU, against 4.4 s and 1.5 s CPU for this reader on the same
 * files (measured 2026-12-02 on the shared 2-core machine); SheetJS is no longer published on npm.
 * ExcelJS stays the writer. Worksheets and the shared-string table are scanned as bytes
 * (byteXmlScanner.ts): with a string per tag the scanner and its handler took ~600 ms of CPU for
 * 20,000 × 45 cells, over bytes ~290 ms warm (measured the same day, bench/profileSummary.ts).
 * Rows and cells in their usual form are read in runs, one pass per cell (usualSheetXml.ts), the
 * rest tag by tag with the same result: the cold read of that file went from ~390 to ~220 ms of
 * CPU (minimum of 9 fresh processes each, 2026-12-02, load ≈ 5). The small parts
 * (relationships, workbook, styles: packageParts.ts) go through the string scanner.
 *
 * Memory is bounded before it is spent: the package's parts are inflated through the one guarded
 * directory (zipEntries.ts), each sheet streams through the scanner, and a cell budget
 * ({@link CELL_BUDGET}) stops a sheet that would hold more cells than any survey does.
 *
 * @example
 * const { grids } = await readWorkbook(bytes, "antwoorden.xlsx");
 */
import type { CellValue, Grid } from "../analysis/grid";
import { columnLetters, percentCellKey } from "../analysis/grid";
import type { Language } from "../analysis/language";
import { InputError } from "../analysis/inputError";
import type { InflateRaw, ZipPackage } from "./zipEntries";
import { openZipPackage } from "./zipEntries";
import type { ZipEntry, ZipLimits } from "./zipGuard";
import { ZIP_LIMITS } from "./zipGuard";
import { attribute, XmlError } from "./xmlScanner";
import { readNumberStyles, readRelationships, readSharedStrings, scanPart } from "./packageParts";
import type { ByteXmlHandler, ElementShortcut } from "./byteXmlScanner";
import {
  isRowEnd,
  MAX_COLUMNS,
  MAX_ROWS,
  readUsualCell,
  readUsualRow,
  UsualCell,
} from "./usualSheetXml";
import { area, parseRanges } from "./cellRanges";
import type { ChargeCells, StoredRow } from "./sheetColumns";
import { SheetColumns } from "./sheetColumns";
import { buildGrid, trimRow } from "./sheetRows";
import { columnGrid } from "../analysis/columnGrid";
import {
  AttributeCursor,
  byteAttribute,
  ByteXmlScanner,
  decodeText,
  readDigits,
} from "./byteXmlScanner";

export { isDateFormat } from "./packageParts";

/**
 * Most cells over all sheets of one workbook: the rows read plus the cells from each sheet's first
 * used column to each row's last value. 100,000 respondents × 45 items is 4.6 million; a
 * workbook of 10 million takes about 700 MB to analyse.
 */
export const CELL_BUDGET = 10_000_000;

/**
 * An Excel serial date as a JavaScript Date (UTC), as ExcelJS converts it.
 *
 * @example excelSerialToDate(45292, false).toISOString() // "2024-01-01T00:00:00.000Z"
 */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** What the reader measured but did not expand: cells covered by each kind of range. */
export interface WorkbookShape {
  /** Cells covered by merged ranges, all sheets together. */
  mergedCells: number;
  /** Cells covered by data validations (sqref), all sheets together. */
  validatedCells: number;
  /** Cells covered by the ranges of defined names. */
  namedCells: number;
  /** The largest such range, e.g. 'Blad1!BA1:XFD1048576', for a message. */
  largestRange: string;
  largestRangeCells: number;
}

export interface ReadWorkbookOptions {
  language?: Language;
  cellBudget?: number;
  limits?: Readonly<ZipLimits>;
  /** A faster inflater where there is one (the command line passes Node's zlib). */
  inflateRaw?: InflateRaw;
  /**
   * Store a sheet by column where its rows come in order (sheetColumns.ts; the default), or
   * every sheet as rows (false: the tests compare the two stores on the same bytes).
   */
  byColumn?: boolean;
}

interface SheetContext {
  fileName: string;
  sheetName: string;
  language: Language;
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  /** For each cell style: does its number format show a percentage (Grid.percentCells)? */
  percentStyles: readonly boolean[];
  date1904: boolean;
  /** Cells still allowed in this workbook. */
  budget: { remaining: number; limit: number };
  shape: WorkbookShape;
  byColumn: boolean;
}

function measureRange(
  shape: WorkbookShape,
  kind: keyof WorkbookShape,
  sheet: string,
  text: string
) {
  for (const range of parseRanges(text)) {
    const cells = area(range);
    (shape[kind] as number) += cells;
    if (cells > shape.largestRangeCells) {
      shape.largestRangeCells = cells;
      shape.largestRange = sheet ? `${sheet}!${range.text}` : range.text;
    }
  }
}

function overBudget(context: SheetContext, cell?: string): InputError {
  return new InputError(
    "TOO_MANY_CELLS",
    {
      file: context.fileName,
      sheet: context.sheetName,
      cell,
      cellLimit: context.budget.limit,
    },
    context.language
  );
}

/** The value of one cell from its type, style and text. */
function cellValue(
  type: string | undefined,
  style: number,
  text: string,
  context: SheetContext
): CellValue {
  switch (type) {
    case "s": {
      const value = context.sharedStrings[Number(text)];
      return value === undefined || value === "" ? null : value;
    }
    case "str":
    case "inlineStr":
    case "e":
      return text === "" ? null : text;
    case "b":
      return text === "" ? null : Number(text) !== 0;
    case "d": {
      if (text === "") return null;
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      if (text === "") return null;
      const number = Number(text);
      if (Number.isNaN(number)) return text;
      return context.dateStyles[style] ? excelSerialToDate(number, context.date1904) : number;
    }
  }
}

/** The value of a cell whose text is the plain digits `digits` (as cellValue of its text). */
function digitsValue(
  type: string | undefined,
  style: number,
  digits: number,
  context: SheetContext
): CellValue {
  if (type === "s") {
    const value = context.sharedStrings[digits];
    return value === undefined || value === "" ? null : value;
  }
  if (type === undefined || type === "n")
    return context.dateStyles[style] ? excelSerialToDate(digits, context.date1904) : digits;
  return cellValue(type, style, String(digits), context);
}

/** "B12" → [11, 1] (row, column; zero-based), or null when it is not a cell reference. */
function parseReference(reference: string): [number, number] | null {
  let index = 0;
  let column = 0;
  for (; index < reference.length && index < 4; index += 1) {
    const code = reference.charCodeAt(index) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + code - 96;
  }
  const row = Number(reference.slice(index));
  if (index === 0 || index === reference.length || !Number.isInteger(row) || row < 1) return null;
  return [row - 1, column - 1];
}

/** Element names a worksheet reader looks at (ids 1… in the ByteXmlScanner). */
const SHEET_NAMES = ["sheetData", "row", "c", "v", "is", "rPh", "t", "mergeCell", "dataValidation"];
const [SHEET_DATA, ROW, CELL, VALUE, INLINE, PHONETIC, TEXT, MERGE_CELL, DATA_VALIDATION] =
  SHEET_NAMES.map((_name, index) => index + 1);

/** Reads one worksheet part into a Grid (over bytes: byteXmlScanner.ts says why). */
async function readSheet(zip: ZipPackage, entry: ZipEntry, context: SheetContext): Promise<Grid> {
  // By column while the rows come in order (sheetColumns.ts), else as rows from the first cell
  // the column store leaves on.
  const chargeCells: ChargeCells = (cells, row, column) => {
    context.budget.remaining -= cells;
    if (context.budget.remaining < 0)
      throw overBudget(
        context,
        row === undefined || column === undefined ? undefined : `${columnLetters(column)}${row + 1}`
      );
  };
  const columns = new SheetColumns(chargeCells, context.byColumn);
  let rows = new Map<number, StoredRow>();
  const merges: string[] = [];
  // Number cells formatted as a percentage, by percentCellKey (sheet coordinates: the same in the
  // column store and the row store).
  const percentCells = new Set<number>();
  const cursor = new AttributeCursor();
  let inSheetData = false;
  let rowIndex = -1;
  let nextColumn = 0;
  let cellRow = 0;
  let cellColumn = 0;
  let cellType: string | undefined;
  let cellStyle = 0;
  // The cell's text: `digits` when it came as one run of plain digits (no string made), else `text`.
  let text = "";
  let digits = -1;
  let segments = 0;
  let hasText = false;
  let capturing = false;
  let inInline = false;
  let phonetic = 0;

  const corrupt = (reason: string) => new XmlError(`${context.sheetName}: ${reason}`);

  // The row cells are being stored in (cells come row by row: one Map lookup per row, not per cell).
  let lastRow: StoredRow | undefined;
  let lastRowIndex = -1;
  // A new row gets room for as many cells as the row left before it: rows of a data sheet are
  // alike, and an array grown by push was copied three or four times per row (20,000 rows: ~20 MB
  // of young garbage for the collector). The row left is trimmed to its cells then, so only one
  // row ever has room to spare and memory stays bounded by the cells stored (the budget).
  let lastRowLength = 0;

  function store(cellRow: number, cellColumn: number, value: CellValue) {
    if (columns.active) {
      if (columns.put(cellRow, cellColumn, value)) return;
      rows = columns.storedRows();
    }
    let row = cellRow === lastRowIndex ? lastRow : rows.get(cellRow);
    if (row !== lastRow && lastRow) {
      lastRowLength = lastRow.length;
      trimRow(lastRow);
    }
    if (!row) {
      row = { start: cellColumn, cells: new Array<CellValue>(lastRowLength), length: 0 };
      rows.set(cellRow, row);
      context.budget.remaining -= 1;
    }
    lastRow = row;
    lastRowIndex = cellRow;
    const offset = cellColumn - row.start;
    // Charge the budget before growing the row, so a far-away cell costs nothing to refuse.
    const added = offset < 0 ? -offset : Math.max(0, offset - row.length + 1);
    context.budget.remaining -= added;
    if (context.budget.remaining < 0)
      throw overBudget(context, `${columnLetters(cellColumn)}${cellRow + 1}`);
    if (offset < 0) {
      row.cells = new Array<CellValue>(-offset).fill(null).concat(row.cells.slice(0, row.length));
      row.length = row.cells.length;
      row.start = cellColumn;
      row.cells[0] = value;
    } else if (offset < row.length) row.cells[offset] = value;
    else {
      const { cells } = row;
      let length = row.length;
      while (length < offset) cells[length++] = null;
      cells[length++] = value;
      row.length = length;
    }
  }

  /** The cell tag's r, t and s attributes, read from bytes. */
  function openCell(bytes: Uint8Array, start: number, end: number) {
    cellRow = rowIndex;
    cellColumn = nextColumn;
    cellType = undefined;
    cellStyle = 0;
    cursor.reset(bytes, start, end);
    while (cursor.next()) {
      if (cursor.is(114 /* r */)) {
        // "B12" → column 1, row 11, straight from the bytes; anything unusual by parseReference.
        let index = cursor.valueStart;
        let column = 0;
        for (; index < cursor.valueEnd && index < cursor.valueStart + 4; index += 1) {
          const code = bytes[index] | 0x20;
          if (code < 97 || code > 122) break;
          column = column * 26 + code - 96;
        }
        const row = index > cursor.valueStart ? readDigits(bytes, index, cursor.valueEnd) : -1;
        if (row >= 1) {
          cellColumn = column - 1;
          cellRow = row - 1;
        } else {
          const reference = cursor.value();
          const parsed = parseReference(reference);
          if (!parsed) throw corrupt(`cell reference "${reference.slice(0, 20)}" is not valid`);
          [cellRow, cellColumn] = parsed;
        }
        if (cellColumn >= MAX_COLUMNS || cellRow < 0 || cellRow >= MAX_ROWS)
          throw corrupt(`cell ${cursor.value().slice(0, 20)} is outside the sheet`);
      } else if (cursor.is(116 /* t */)) {
        cellType =
          cursor.valueEnd - cursor.valueStart === 1 && bytes[cursor.valueStart] === 115
            ? "s"
            : cursor.value();
      } else if (cursor.is(115 /* s */)) {
        const style = readDigits(bytes, cursor.valueStart, cursor.valueEnd);
        cellStyle = style >= 0 ? style : Number(cursor.value());
      }
    }
    if (cellColumn >= MAX_COLUMNS || cellRow < 0 || cellRow >= MAX_ROWS)
      throw corrupt(`cell ${columnLetters(cellColumn)}${cellRow + 1} is outside the sheet`);
    nextColumn = cellColumn + 1;
    text = "";
    digits = -1;
    segments = 0;
    hasText = false;
  }

  /** The value of the cell just closed. */
  function closeCell(): CellValue {
    const type = inInline ? "inlineStr" : cellType;
    if (segments === 1 && digits >= 0) return digitsValue(type, cellStyle, digits, context);
    return cellValue(type, cellStyle, text, context);
  }

  const handler: ByteXmlHandler = {
    open(name, bytes, start, end, selfClosing) {
      switch (name) {
        case SHEET_DATA:
          inSheetData = !selfClosing;
          return;
        case ROW: {
          if (!inSheetData) return;
          const r = byteAttribute(cursor, bytes, start, end, "r");
          rowIndex = r === undefined ? rowIndex + 1 : Number(r) - 1;
          if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= MAX_ROWS)
            throw corrupt(`row number ${r} out of range`);
          nextColumn = 0;
          return;
        }
        case CELL:
          if (inSheetData) openCell(bytes, start, end);
          return;
        case VALUE:
          if (inSheetData && !inInline) {
            capturing = !selfClosing;
            hasText = true;
          }
          return;
        case INLINE:
          inInline = !selfClosing;
          if (inInline) hasText = true;
          return;
        case PHONETIC:
          phonetic += 1;
          return;
        case TEXT:
          if (inInline && phonetic === 0) capturing = !selfClosing;
          return;
        case MERGE_CELL: {
          const ref = byteAttribute(cursor, bytes, start, end, "ref");
          if (ref !== undefined) {
            merges.push(ref);
            measureRange(context.shape, "mergedCells", context.sheetName, ref);
          }
          return;
        }
        case DATA_VALIDATION: {
          const sqref = byteAttribute(cursor, bytes, start, end, "sqref");
          if (sqref !== undefined)
            measureRange(context.shape, "validatedCells", context.sheetName, sqref);
          return;
        }
        default:
          return;
      }
    },
    close(name) {
      switch (name) {
        case VALUE:
        case TEXT:
          capturing = false;
          return;
        case INLINE:
          inInline = false;
          return;
        case PHONETIC:
          phonetic -= 1;
          return;
        case SHEET_DATA:
          inSheetData = false;
          return;
        case CELL: {
          if (!inSheetData || !hasText) return;
          const value = closeCell();
          if (value !== null) {
            store(cellRow, cellColumn, value);
            if (typeof value === "number" && context.percentStyles[cellStyle])
              percentCells.add(percentCellKey(cellRow, cellColumn));
          }
          return;
        }
        default:
          return;
      }
    },
    text(bytes, start, end, cdata) {
      segments += 1;
      if (segments === 1) {
        digits = cdata ? -1 : readDigits(bytes, start, end);
        text = digits >= 0 ? "" : decodeText(bytes, start, end, cdata);
        return;
      }
      if (digits >= 0) text = String(digits);
      digits = -1;
      text += decodeText(bytes, start, end, cdata);
    },
    wantsText: () => capturing,
  };
  // Runs of usual rows and cells in one loop (usualSheetXml.ts), each with the same effect as the
  // handler's calls for its tags; the reader's state is written back as the handler leaves it.
  const usual = new UsualCell();
  const typeOf = (bytes: Uint8Array, start: number, end: number): string | undefined =>
    start === -1
      ? undefined
      : end - start === 1 && bytes[start] === 115 /* s */
        ? "s"
        : decodeText(bytes, start, end);
  // Where a run ended: the row and next column, and the last cell read (its start, row, column).
  const run = { row: 0, column: 0, last: -1, lastCellRow: 0, lastCellColumn: 0 };
  /**
   * One run of usual rows and cells from bytes[lt]; returns where it ends (lt: none read). The
   * state goes into `run` as it changes, so nothing new runs after the loop (V8 would throw its
   * optimised loop away at the first code it has not seen run).
   */
  function readRun(bytes: Uint8Array, lt: number, end: number): number {
    let position = lt;
    while (position < end && bytes[position] === 60 /* < */) {
      const next = position + 1 < end ? bytes[position + 1] : -1;
      if (next === 99 /* c */) {
        const after = readUsualCell(bytes, position, end, usual);
        if (after === -1) break;
        let cellRowHere = usual.row;
        let cellColumnHere = usual.column;
        if (cellRowHere === -1) {
          if (run.row < 0 || run.column >= MAX_COLUMNS) break;
          cellRowHere = run.row;
          cellColumnHere = run.column;
        }
        run.column = cellColumnHere + 1;
        if (usual.valueStart !== -1) {
          const type = typeOf(bytes, usual.typeStart, usual.typeEnd);
          const number = usual.number;
          const value =
            number >= 0
              ? digitsValue(type, usual.style, number, context)
              : cellValue(
                  type,
                  usual.style,
                  decodeText(bytes, usual.valueStart, usual.valueEnd),
                  context
                );
          if (value !== null) {
            store(cellRowHere, cellColumnHere, value);
            if (typeof value === "number" && context.percentStyles[usual.style])
              percentCells.add(percentCellKey(cellRowHere, cellColumnHere));
          }
        }
        run.last = position;
        run.lastCellRow = cellRowHere;
        run.lastCellColumn = cellColumnHere;
        position = after;
      } else if (next === 47 /* / */ && isRowEnd(bytes, position, end)) {
        position += 6;
      } else if (next === 114 /* r */) {
        const after = readUsualRow(bytes, position, end, usual);
        if (after === -1) break;
        const number = usual.row === -1 ? run.row + 1 : usual.row;
        if (number < 0 || number >= MAX_ROWS) break;
        run.row = number;
        run.column = 0;
        position = after;
      } else break;
    }
    return position;
  }
  const cellRun: ElementShortcut = {
    first: 99 /* c */,
    read(bytes, lt, end) {
      if (!inSheetData || inInline || capturing) return -1;
      run.row = rowIndex;
      run.column = nextColumn;
      run.last = -1;
      const position = readRun(bytes, lt, end);
      if (position === lt) return -1;
      rowIndex = run.row;
      nextColumn = run.column;
      if (run.last !== -1) {
        // The reader's cell state as the handler leaves it after the last cell read.
        readUsualCell(bytes, run.last, end, usual);
        cellRow = run.lastCellRow;
        cellColumn = run.lastCellColumn;
        cellType = typeOf(bytes, usual.typeStart, usual.typeEnd);
        cellStyle = usual.style;
        text = "";
        digits = -1;
        segments = 0;
        hasText = usual.valueStart !== -1;
        if (hasText) handler.text(bytes, usual.valueStart, usual.valueEnd, false);
      }
      return position;
    },
  };
  const scanner = new ByteXmlScanner(SHEET_NAMES, handler, cellRun);
  await zip.inflateAsync(entry, (chunk) => scanner.push(chunk));
  scanner.end();
  const stored = columns.finish(merges.flatMap((merge) => parseRanges(merge)));
  let grid: Grid;
  if (stored)
    grid = columnGrid(context.sheetName, stored.store, context.fileName, stored.originRow, 0);
  else {
    if (columns.active) rows = columns.storedRows();
    grid = buildGrid(rows, merges, {
      file: context.fileName,
      sheet: context.sheetName,
      charge: chargeCells,
    });
  }
  if (percentCells.size > 0) grid.percentCells = percentCells;
  return grid;
}

/**
 * Reads every worksheet of a workbook package into Grids, in workbook order (hidden sheets included
 * and marked `hidden`; chart sheets are not worksheets and are left out).
 *
 * @throws InputError NOT_XLSX (no workbook part or no worksheet), CORRUPT (unreadable XML or ZIP),
 *   ZIP_BOMB (zipGuard.ts limits, checked while inflating), TOO_MANY_CELLS (over the cell budget)
 * @example
 * const { grids, shape } = await readWorkbook(bytes, "antwoorden.xlsx");
 */
export async function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: ReadWorkbookOptions = {}
): Promise<{ grids: Grid[]; shape: WorkbookShape }> {
  const language = options.language ?? "nl";
  const zip = openZipPackage(
    bytes,
    fileName,
    language,
    options.limits ?? ZIP_LIMITS,
    options.inflateRaw
  );
  try {
    const root = readRelationships(zip, "");
    const officeDocument = [...root.values()].find((relation) =>
      relation.type.endsWith("/officeDocument")
    );
    const workbookPath = officeDocument?.target ?? "xl/workbook.xml";
    const workbookEntry = zip.find(workbookPath);
    if (!workbookEntry) throw new InputError("NOT_XLSX", { file: fileName }, language);

    const sheets: { name: string; hidden: boolean; id: string | undefined }[] = [];
    let isWorkbook = false;
    let date1904 = false;
    const names: string[] = [];
    let capturingName = false;
    let nameText = "";
    scanPart(zip, workbookEntry, {
      open(name, attributes) {
        if (name === "workbook") isWorkbook = true;
        else if (name === "workbookPr") {
          const value = attribute(attributes, "date1904");
          date1904 = value === "1" || value === "true";
        } else if (name === "sheet") {
          const id = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(` ${attributes}`)?.[1];
          const state = attribute(attributes, "state");
          sheets.push({
            name: attribute(attributes, "name") ?? "",
            hidden: state === "hidden" || state === "veryHidden",
            id,
          });
        } else if (name === "definedName") {
          capturingName = true;
          nameText = "";
        }
      },
      close(name) {
        if (name === "definedName") {
          capturingName = false;
          names.push(nameText);
        }
      },
      text(text) {
        nameText += text;
      },
      wantsText: () => capturingName,
    });
    if (!isWorkbook) throw new InputError("NOT_XLSX", { file: fileName }, language);

    const relations = readRelationships(zip, workbookPath);
    const ofType = (suffix: string) =>
      [...relations.values()].find((relation) => relation.type.endsWith(suffix));
    const sharedStringsPart = ofType("/sharedStrings");
    const stylesPart = ofType("/styles");
    const sharedEntry = sharedStringsPart && zip.find(sharedStringsPart.target);
    const stylesEntry = stylesPart && zip.find(stylesPart.target);
    const shape: WorkbookShape = {
      mergedCells: 0,
      validatedCells: 0,
      namedCells: 0,
      largestRange: "",
      largestRangeCells: 0,
    };
    for (const text of names) measureRange(shape, "namedCells", "", text.replace(/'[^']*'/g, ""));
    const sharedStrings = sharedEntry ? readSharedStrings(zip, sharedEntry) : [];
    const styles = stylesEntry ? readNumberStyles(zip, stylesEntry) : { date: [], percent: [] };
    const limit = options.cellBudget ?? CELL_BUDGET;
    const budget = { remaining: limit, limit };

    const grids: Grid[] = [];
    for (const sheet of sheets) {
      const relation = sheet.id === undefined ? undefined : relations.get(sheet.id);
      if (!relation || !relation.type.endsWith("/worksheet")) continue;
      const entry = zip.find(relation.target);
      if (!entry) throw new XmlError(`worksheet ${relation.target} is missing`);
      const grid = await readSheet(zip, entry, {
        fileName,
        sheetName: sheet.name,
        language,
        sharedStrings,
        dateStyles: styles.date,
        percentStyles: styles.percent,
        date1904,
        budget,
        shape,
        byColumn: options.byColumn ?? true,
      });
      if (sheet.hidden) grid.hidden = true;
      grids.push(grid);
    }
    if (grids.length === 0) throw new InputError("NOT_XLSX", { file: fileName }, language);
    return { grids, shape };
  } catch (error) {
    if (error instanceof XmlError || error instanceof RangeError)
      throw new InputError("CORRUPT", { file: fileName }, language, { cause: error });
    throw error;
  }
}
