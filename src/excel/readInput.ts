/**
 * Reading inside Excel, in two syncs whatever the size of the data:
 *
 * 1. the workbook's shape: sheets (name, id, visibility), tables with their sheet, defined names,
 *    the stored metadata, the active sheet and the selection (plus, on ExcelApi 1.9, the tables
 *    under the selection);
 * 2. the data (an Excel table, a range or a sheet's used range), the codebook sheet's used range,
 *    and, when there is stored metadata, every sheet's ownership marker (a sheet-scoped name,
 *    sheetMarker.ts) and charts, so ownership is resolved by marker after this sync.
 *
 * A range or a selection is clipped to its sheet's used range (values only) first, with
 * Range.getIntersectionOrNullObject (ExcelApi 1.4): selecting whole columns reads the rows that
 * hold data, not 1,048,576 of them.
 *
 * Only when the data is too large for one response (Excel on the web: 5 MB,
 * ResponsePayloadSizeLimitExceeded; every platform: 5,000,000 cells per get, RangeExceedsLimit,
 * docs/excel/performance.md) is it read again in chunks of rows, one sync per chunk.
 */
import type { Grid } from "../analysis/grid";
import { isPercentFormat, percentCellKey } from "../analysis/grid";
import type { Language } from "../analysis/language";
import {
  findSheetName,
  gridFromValues,
  isCodebookSheetName,
  storedRequest,
} from "../workbook/inputs";
import type { MetadataReading, StoredInput } from "../workbook/metadata";
import { parseAddress, rectAddress, sheetKey } from "../report/names";
import type {
  InputRead,
  InputRequest,
  InputSource,
  ReadInputOptions,
  SheetInfo,
  WorkbookState,
} from "../workbook/port";
import { WorkbookError } from "../workbook/port";
import { resolveOwnership } from "../workbook/ownership";
import { metadataOf, queueReadMetadata } from "./settings";
import type { ExcelRun, IsSetSupported } from "./runtime";
import {
  errorCode,
  MAX_READ_CELLS,
  PAYLOAD_ERROR_CODES,
  READ_LIMIT_CODES,
  WHOLE_CALL_CODES,
} from "./runtime";
import { markerOf, queueReadMarker } from "./sheetMarker";

const TEXTS = {
  nl: {
    noData:
      "Geen gegevens gevonden: selecteer de antwoorden (of een cel in de tabel met antwoorden) en probeer opnieuw.",
    tableMissing: (table: string) => `De tabel '${table}' bestaat niet (meer) in deze werkmap.`,
    sheetMissing: (sheet: string) => `Het blad '${sheet}' bestaat niet (meer) in deze werkmap.`,
    noSelection: "Er is geen celbereik geselecteerd.",
  },
  en: {
    noData: "No data found: select the answers (or a cell in the table of answers) and try again.",
    tableMissing: (table: string) =>
      `The table '${table}' does not exist (any more) in this workbook.`,
    sheetMissing: (sheet: string) =>
      `The sheet '${sheet}' does not exist (any more) in this workbook.`,
    noSelection: "No cell range is selected.",
  },
};

/** What sync 1 gives. */
interface Shape {
  sheets: SheetInfo[];
  tables: { name: string; sheet: string }[];
  names: string[];
  metadata: MetadataReading;
  activeSheet?: string;
  selection?: { sheet: string; address: string; cells: number; tables: string[] };
}

/** The proxies sync 1 loads. */
interface ShapeProxies {
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
  names: Excel.NamedItemCollection;
  setting: Excel.Setting;
  active: Excel.Worksheet;
  selection: Excel.Range | null;
  selectionTables: Excel.TableScopedCollection | null;
}

/** Queues sync 1; read the results with shapeOf after the sync. */
function queueShape(
  context: Excel.RequestContext,
  withSelection: boolean,
  isSetSupported: IsSetSupported
): ShapeProxies {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name, items/id, items/visibility");
  const tables = workbook.tables;
  tables.load("items/name, items/worksheet/name");
  const names = workbook.names;
  names.load("items/name");
  const setting = queueReadMetadata(context);
  const active = workbook.worksheets.getActiveWorksheet();
  active.load("name");
  let selection: Excel.Range | null = null;
  let selectionTables: Excel.TableScopedCollection | null = null;
  if (withSelection) {
    selection = workbook.getSelectedRange();
    selection.load("address, rowCount, columnCount");
    if (isSetSupported("ExcelApi", "1.9")) {
      selectionTables = selection.getTables(false);
      selectionTables.load("items/name");
    }
  }
  return { sheets, tables, names, setting, active, selection, selectionTables };
}

/** What sync 1 loaded. */
function shapeOf(proxies: ShapeProxies, language: Language): Shape {
  const tableList = proxies.tables.items.map((table) => ({
    name: table.name,
    sheet: table.worksheet.name,
  }));
  const sheetInfos: SheetInfo[] = proxies.sheets.items.map((sheet) => ({
    name: sheet.name,
    id: sheet.id,
    visibility: sheet.visibility as SheetInfo["visibility"],
    tables: tableList
      .filter((table) => sheetKey(table.sheet) === sheetKey(sheet.name))
      .map((table) => table.name),
    charts: [],
  }));
  const activeSheet = proxies.active.name;
  let selected: Shape["selection"];
  if (proxies.selection) {
    const parsed = parseAddress(proxies.selection.address);
    selected = {
      sheet: parsed.sheet ?? activeSheet,
      address: rectAddress(parsed),
      cells: proxies.selection.rowCount * proxies.selection.columnCount,
      tables: proxies.selectionTables
        ? proxies.selectionTables.items.map((table) => table.name)
        : [],
    };
  }
  return {
    sheets: sheetInfos,
    tables: tableList,
    names: proxies.names.items.map((item) => item.name),
    metadata: metadataOf(proxies.setting, language),
    activeSheet,
    selection: selected,
  };
}

/** Sync 1 in its own Excel.run context; retried without the selection when it is not a range. */
export async function readShape(
  context: Excel.RequestContext,
  withSelection: boolean,
  isSetSupported: IsSetSupported,
  language: Language
): Promise<Shape> {
  const proxies = queueShape(context, withSelection, isSetSupported);
  try {
    await context.sync();
  } catch (error) {
    // A chart or shape is selected: getSelectedRange fails with InvalidSelection. Read without it.
    const code = errorCode(error) ?? "";
    if (!withSelection || PAYLOAD_ERROR_CODES.has(code) || WHOLE_CALL_CODES.has(code)) throw error;
    const retry = queueShape(context, false, isSetSupported);
    await context.sync();
    return shapeOf(retry, language);
  }
  return shapeOf(proxies, language);
}

/** The state for the planner (charts are filled in for owned sheets by the caller). */
export function stateOf(shape: Shape): WorkbookState {
  return {
    sheets: shape.sheets,
    names: shape.names,
    metadata: shape.metadata,
    activeSheet: shape.activeSheet,
  };
}

/** Decides which data to read. */
function chooseInput(
  request: InputRequest,
  shape: Shape,
  codebookSheets: readonly string[],
  language: Language
): { input: StoredInput | { kind: "selection" }; codebookSheets: readonly string[] } {
  const texts = TEXTS[language];
  const sheetExists = (name: string) =>
    shape.sheets.find((sheet) => sheetKey(sheet.name) === sheetKey(name));
  let chosen: StoredInput | { kind: "selection" };
  let codebooks = codebookSheets;
  if (request.kind === "stored") {
    const stored = storedRequest(shape.metadata, language);
    chosen = stored.input;
    codebooks = stored.codebookSheets;
  } else if (request.kind === "auto") {
    const ownership = resolveOwnership(stateOf(shape));
    const isOutput = (name: string) => {
      const index = shape.sheets.findIndex((sheet) => sheetKey(sheet.name) === sheetKey(name));
      return index >= 0 && ownership.bySheet.has(index);
    };
    const usable = (name: string | undefined): name is string =>
      name !== undefined &&
      !isOutput(name) &&
      !isCodebookSheetName(name) &&
      sheetExists(name)?.visibility === "Visible";
    const selection = shape.selection;
    const activeTables = shape.tables.filter(
      (table) =>
        shape.activeSheet !== undefined && sheetKey(table.sheet) === sheetKey(shape.activeSheet)
    );
    const stored = shape.metadata.metadata?.input;
    if (selection && selection.tables.length > 0 && usable(selection.sheet)) {
      const table = shape.tables.find((candidate) => candidate.name === selection.tables[0]);
      chosen = {
        kind: "table",
        table: selection.tables[0],
        sheet: table?.sheet ?? selection.sheet,
      };
    } else if (selection && selection.cells > 1 && usable(selection.sheet)) {
      chosen = { kind: "range", sheet: selection.sheet, address: selection.address };
    } else if (usable(shape.activeSheet) && activeTables.length === 1) {
      chosen = { kind: "table", table: activeTables[0].name, sheet: activeTables[0].sheet };
    } else if (usable(shape.activeSheet)) {
      chosen = { kind: "sheet", sheet: shape.activeSheet };
    } else if (stored && sheetExists(stored.sheet)) {
      chosen = stored;
    } else {
      const first = shape.sheets.find((sheet) => usable(sheet.name));
      if (!first) throw new WorkbookError(texts.noData, "NO_DATA");
      chosen = { kind: "sheet", sheet: first.name };
    }
  } else if (request.kind === "selection") {
    if (!shape.selection) throw new WorkbookError(texts.noSelection, "NO_SELECTION");
    chosen = { kind: "selection" };
  } else {
    chosen = request;
  }
  if (chosen.kind === "table") {
    const wanted = chosen.table;
    const table = shape.tables.find(
      (candidate) => candidate.name.toLowerCase() === wanted.toLowerCase()
    );
    if (!table) throw new WorkbookError(texts.tableMissing(wanted), "TABLE_NOT_FOUND");
    chosen = { kind: "table", table: table.name, sheet: table.sheet };
  } else if (chosen.kind === "range" || chosen.kind === "sheet") {
    const sheet = sheetExists(chosen.sheet);
    if (!sheet) throw new WorkbookError(texts.sheetMissing(chosen.sheet), "SHEET_NOT_FOUND");
    chosen = { ...chosen, sheet: sheet.name };
  }
  return { input: chosen, codebookSheets: codebooks };
}

/**
 * The range proxy for the chosen input; `nullable` when it is a range or selection clipped to the
 * used range (a null object when no cell of it holds a value).
 */
function inputRange(
  context: Excel.RequestContext,
  input: StoredInput | { kind: "selection" }
): { range: Excel.Range; nullable: boolean } {
  const workbook = context.workbook;
  switch (input.kind) {
    case "table":
      return { range: workbook.tables.getItem(input.table).getRange(), nullable: false };
    case "range": {
      const sheet = workbook.worksheets.getItem(input.sheet);
      return {
        range: sheet.getRange(input.address).getIntersectionOrNullObject(sheet.getUsedRange(true)),
        nullable: true,
      };
    }
    case "sheet":
      return {
        range: workbook.worksheets.getItem(input.sheet).getUsedRange(true),
        nullable: false,
      };
    default: {
      const selection = workbook.getSelectedRange();
      return {
        range: selection.getIntersectionOrNullObject(selection.worksheet.getUsedRange(true)),
        nullable: true,
      };
    }
  }
}

/**
 * Markers, charts and protection of every sheet, loaded in the caller's batch: with stored metadata
 * (then some of them are Netwerkmeter's, and a protected one must be said before any write, not
 * found out half-way), or `always` (feedback sheets are known by their markers alone).
 */
export function queueSheetDetails(
  context: Excel.RequestContext,
  state: WorkbookState,
  always = false
) {
  if (!always && !state.metadata.metadata) return [];
  return state.sheets.map((sheet, index) => {
    const worksheets = context.workbook.worksheets;
    const charts = worksheets.getItem(sheet.name).charts;
    charts.load("items/name");
    const protection = worksheets.getItem(sheet.name).protection;
    protection.load("protected");
    return { index, charts, protection, names: queueReadMarker(worksheets.getItem(sheet.name)) };
  });
}

/** Fills in what queueSheetDetails loaded (after the sync). */
export function applySheetDetails(
  state: WorkbookState,
  details: ReturnType<typeof queueSheetDetails>
): void {
  for (const { index, charts, protection, names } of details) {
    state.sheets[index].charts = charts.items.map((chart) => chart.name);
    if (protection.protected) state.sheets[index].protected = true;
    const marker = markerOf(names);
    if (marker !== undefined) state.sheets[index].marker = marker;
  }
}

/**
 * Queues the load of a sheet's used range (values, and with `withFormats` the number formats, for
 * Grid.percentCells); a null object when the sheet is empty.
 */
export function queueUsedRange(
  context: Excel.RequestContext,
  sheet: string,
  withFormats = false
): Excel.Range {
  const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  if (withFormats) range.load("address, values, numberFormat");
  else range.load("address, values");
  return range;
}

/** Syncs a read; false when the response is over a read limit (the caller reads in chunks). */
export async function syncRead(context: Excel.RequestContext): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (!READ_LIMIT_CODES.has(errorCode(error) ?? "")) throw error;
    return false;
  }
}

/**
 * The Grid of a loaded range (address and values) on the named sheet; given the range's number
 * formats (loaded by queueUsedRange with `withFormats`), its number cells formatted as a
 * percentage are the grid's percentCells.
 */
export function gridOfRange(
  sheet: string,
  range: { address: string; values: readonly (readonly unknown[])[] },
  formats?: readonly (readonly unknown[])[]
): Grid {
  const parsed = parseAddress(range.address);
  const grid = gridFromValues(sheet, parsed.row, parsed.column, range.values);
  if (formats) {
    const percentCells = new Set<number>();
    range.values.forEach((cells, row) =>
      cells.forEach((value, column) => {
        const format = formats[row]?.[column];
        if (typeof value === "number" && typeof format === "string" && isPercentFormat(format))
          percentCells.add(percentCellKey(parsed.row + row, parsed.column + column));
      })
    );
    if (percentCells.size > 0) grid.percentCells = percentCells;
  }
  return grid;
}

/** Reads a large range in chunks of rows (only after a payload error). */
export async function readInChunks(
  run: ExcelRun,
  input: StoredInput | { kind: "selection" },
  chunkCells: number
): Promise<{ address: string; values: unknown[][] } | null> {
  return run(async (context) => {
    const { range, nullable } = inputRange(context, input);
    range.load("address, rowCount, columnCount");
    await context.sync();
    if (nullable && range.isNullObject) return null;
    const parsed = parseAddress(range.address);
    const sheet = context.workbook.worksheets.getItem(parsed.sheet ?? "");
    const values: unknown[][] = [];
    const cellsPerChunk = Math.min(chunkCells, MAX_READ_CELLS);
    let rowsPerChunk = Math.max(1, Math.floor(cellsPerChunk / Math.max(1, range.columnCount)));
    let row = 0;
    while (row < range.rowCount) {
      const count = Math.min(rowsPerChunk, range.rowCount - row);
      const chunk = sheet.getRangeByIndexes(
        parsed.row + row,
        parsed.column,
        count,
        parsed.columnCount
      );
      chunk.load("values");
      try {
        // One sync per chunk is the point here: the whole range did not fit in one response.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (!READ_LIMIT_CODES.has(errorCode(error) ?? "") || rowsPerChunk === 1) throw error;
        rowsPerChunk = Math.max(1, Math.floor(rowsPerChunk / 2));
        continue;
      }
      for (const line of chunk.values) values.push(line);
      row += count;
    }
    return { address: range.address, values };
  });
}

export interface ReadContext {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  language: Language;
  readChunkCells: number;
}

/**
 * WorkbookPort.readState: sync 1, plus one sync for the sheets' markers and charts when there is
 * stored metadata or `sheetDetails` asks for them.
 */
export async function readWorkbookState(
  options: ReadContext,
  sheetDetails = false
): Promise<WorkbookState> {
  return options.run(async (context) => {
    const shape = await readShape(context, false, options.isSetSupported, options.language);
    const state = stateOf(shape);
    const details = queueSheetDetails(context, state, sheetDetails);
    if (details.length === 0) return state;
    await context.sync();
    applySheetDetails(state, details);
    return state;
  });
}

/** WorkbookPort.readInput: two syncs (plus chunked re-reads for data over the response limit). */
export async function readWorkbookInput(
  request: InputRequest,
  readOptions: ReadInputOptions,
  options: ReadContext
): Promise<InputRead> {
  const language = options.language;
  const withSelection = request.kind === "auto" || request.kind === "selection";
  let tooLarge: StoredInput | { kind: "selection" } | null = null;
  const first = await options.run(async (context) => {
    const shape = await readShape(context, withSelection, options.isSetSupported, language);
    const state = stateOf(shape);
    const { input, codebookSheets } = chooseInput(
      request,
      shape,
      readOptions.codebookSheets,
      language
    );

    const { range: dataRange, nullable } = inputRange(context, input);
    dataRange.load("address, values");
    const codebookName = findSheetName(
      shape.sheets.map((sheet) => sheet.name),
      codebookSheets
    );
    const codebookRange = codebookName === undefined ? null : queueUsedRange(context, codebookName);
    const details = queueSheetDetails(context, state);
    if (!(await syncRead(context))) {
      tooLarge = input;
      return { shape, state, input, data: null, codebook: null };
    }
    // Over 5,000,000 cells some builds answer null values instead of failing (office-js#4783,
    // #6781): read it in chunks like a payload error.
    if (!(nullable && dataRange.isNullObject) && dataRange.values === null) {
      tooLarge = input;
      return { shape, state, input, data: null, codebook: null };
    }
    applySheetDetails(state, details);
    const codebook: Grid | null =
      codebookRange && !codebookRange.isNullObject
        ? gridOfRange(codebookName!, codebookRange)
        : null;
    return {
      shape,
      state,
      input,
      data:
        nullable && dataRange.isNullObject
          ? null
          : { address: dataRange.address, values: dataRange.values as unknown[][] },
      codebook,
    };
  });

  let data = first.data;
  let codebook = first.codebook;
  if (tooLarge) {
    data = await readInChunks(options.run, tooLarge, options.readChunkCells);
    if (codebook === null) {
      const reread = await readCodebookAndCharts(options, first.state, readOptions, request);
      codebook = reread;
    }
  }
  if (!data) throw new WorkbookError(TEXTS[language].noData, "NO_DATA");

  const parsed = parseAddress(data.address);
  const sheet = parsed.sheet ?? first.shape.activeSheet ?? "";
  const grid = gridFromValues(sheet, parsed.row, parsed.column, data.values);
  const address = rectAddress(parsed);
  const input = first.input;
  let source: InputSource;
  let stored: StoredInput;
  if (input.kind === "table") {
    source = { kind: "table", sheet, address, table: input.table };
    stored = input;
  } else if (input.kind === "sheet") {
    source = { kind: "sheet", sheet, address };
    stored = input;
  } else {
    source = { kind: "selection", sheet, address };
    stored = { kind: "range", sheet, address };
  }
  return {
    data: grid,
    ...(codebook ? { codebook } : {}),
    source,
    stored,
    state: first.state,
  };
}

/** After a chunked data read: the codebook and the sheets' markers and charts, in one more sync. */
async function readCodebookAndCharts(
  options: ReadContext,
  state: WorkbookState,
  readOptions: ReadInputOptions,
  request: InputRequest
): Promise<Grid | null> {
  return options.run(async (context) => {
    const codebookSheets =
      request.kind === "stored"
        ? storedRequest(state.metadata, options.language).codebookSheets
        : readOptions.codebookSheets;
    const codebookName = findSheetName(
      state.sheets.map((sheet) => sheet.name),
      codebookSheets
    );
    const codebookRange = codebookName === undefined ? null : queueUsedRange(context, codebookName);
    const details = queueSheetDetails(context, state);
    await context.sync();
    applySheetDetails(state, details);
    if (!codebookRange || codebookRange.isNullObject) return null;
    return gridOfRange(codebookName!, codebookRange);
  });
}
