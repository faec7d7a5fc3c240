/**
 * Reading inside Excel, in two syncs whatever the size of the data:
 *
 * 1. the workbook's shape: sheets (name, id, visibility), tables with their sheet, defined names,
 *    the stored metadata, the active sheet and the selection (plus, on ExcelApi 1.9, the tables
 *    under the selection);
 * 2. the data (an Excel table, a range or a sheet's used range), the codebook sheet's used range
 *    and the charts on Netwerkmeter's own sheets.
 *
 * Only when the data is too large for one response (Excel on the web: 5 MB,
 * ResponsePayloadSizeLimitExceeded) is it read again in chunks of rows, one sync per chunk.
 */
import type { Grid } from "../analysis/grid";
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
import { resolveOwnership } from "../workbook/publish";
import { metadataOf, queueReadMetadata } from "./settings";
import type { ExcelRun, IsSetSupported } from "./runtime";
import { errorCode, PAYLOAD_ERROR_CODES } from "./runtime";

const TEXTS = {
  nl: {
    noData:
      "Geen gegevens gevonden: selecteer de antwoorden (of een cel in de tabel met antwoorden) en probeer opnieuw.",
    tableMissing: (table: string) => `De tabel '${table}' bestaat niet (meer) in dit werkboek.`,
    sheetMissing: (sheet: string) => `Het blad '${sheet}' bestaat niet (meer) in dit werkboek.`,
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
async function readShape(
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
    if (!withSelection || PAYLOAD_ERROR_CODES.has(errorCode(error) ?? "")) throw error;
    const retry = queueShape(context, false, isSetSupported);
    await context.sync();
    return shapeOf(retry, language);
  }
  return shapeOf(proxies, language);
}

/** The state for the planner (charts are filled in for owned sheets by the caller). */
function stateOf(shape: Shape): WorkbookState {
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

/** The range proxy for the chosen input. */
function inputRange(
  context: Excel.RequestContext,
  input: StoredInput | { kind: "selection" }
): Excel.Range {
  const workbook = context.workbook;
  switch (input.kind) {
    case "table":
      return workbook.tables.getItem(input.table).getRange();
    case "range":
      return workbook.worksheets.getItem(input.sheet).getRange(input.address);
    case "sheet":
      return workbook.worksheets.getItem(input.sheet).getUsedRange(true);
    default:
      return workbook.getSelectedRange();
  }
}

/** Queues the load of a sheet's used range (values only); a null object when the sheet is empty. */
function queueUsedRange(context: Excel.RequestContext, sheet: string): Excel.Range {
  const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
  range.load("address, values");
  return range;
}

/** Reads a large range in chunks of rows (only after a payload error). */
async function readInChunks(
  run: ExcelRun,
  input: StoredInput | { kind: "selection" },
  chunkCells: number
): Promise<{ address: string; values: unknown[][] }> {
  return run(async (context) => {
    const range = inputRange(context, input);
    range.load("address, rowCount, columnCount");
    await context.sync();
    const parsed = parseAddress(range.address);
    const sheet = context.workbook.worksheets.getItem(parsed.sheet ?? "");
    const values: unknown[][] = [];
    let rowsPerChunk = Math.max(1, Math.floor(chunkCells / Math.max(1, range.columnCount)));
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
        if (!PAYLOAD_ERROR_CODES.has(errorCode(error) ?? "") || rowsPerChunk === 1) throw error;
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

/** WorkbookPort.readState: sync 1, plus one sync for the charts on owned sheets when there are any. */
export async function readWorkbookState(options: ReadContext): Promise<WorkbookState> {
  return options.run(async (context) => {
    const shape = await readShape(context, false, options.isSetSupported, options.language);
    const state = stateOf(shape);
    const ownership = resolveOwnership(state);
    if (ownership.bySheet.size === 0) return state;
    const loaders = [...ownership.bySheet.keys()].map((index) => {
      const charts = context.workbook.worksheets.getItem(state.sheets[index].name).charts;
      charts.load("items/name");
      return { index, charts };
    });
    await context.sync();
    for (const { index, charts } of loaders)
      state.sheets[index].charts = charts.items.map((chart) => chart.name);
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

    const dataRange = inputRange(context, input);
    dataRange.load("address, values");
    const codebookName = findSheetName(
      shape.sheets.map((sheet) => sheet.name),
      codebookSheets
    );
    const codebookRange = codebookName === undefined ? null : queueUsedRange(context, codebookName);
    const ownership = resolveOwnership(state);
    const chartLoaders = [...ownership.bySheet.keys()].map((index) => {
      const charts = context.workbook.worksheets.getItem(state.sheets[index].name).charts;
      charts.load("items/name");
      return { index, charts };
    });
    try {
      await context.sync();
    } catch (error) {
      if (!PAYLOAD_ERROR_CODES.has(errorCode(error) ?? "")) throw error;
      tooLarge = input;
      return { shape, state, input, data: null, codebook: null };
    }
    for (const { index, charts } of chartLoaders)
      state.sheets[index].charts = charts.items.map((chart) => chart.name);
    let codebook: Grid | null = null;
    if (codebookRange && !codebookRange.isNullObject) {
      const parsed = parseAddress(codebookRange.address);
      codebook = gridFromValues(codebookName!, parsed.row, parsed.column, codebookRange.values);
    }
    return {
      shape,
      state,
      input,
      data: { address: dataRange.address, values: dataRange.values as unknown[][] },
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

/** After a chunked data read: the codebook and the owned sheets' charts, in one more sync. */
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
    const ownership = resolveOwnership(state);
    const chartLoaders = [...ownership.bySheet.keys()].map((index) => {
      const charts = context.workbook.worksheets.getItem(state.sheets[index].name).charts;
      charts.load("items/name");
      return { index, charts };
    });
    await context.sync();
    for (const { index, charts } of chartLoaders)
      state.sheets[index].charts = charts.items.map((chart) => chart.name);
    if (!codebookRange || codebookRange.isNullObject) return null;
    const parsed = parseAddress(codebookRange.address);
    return gridFromValues(codebookName!, parsed.row, parsed.column, codebookRange.values);
  });
}
