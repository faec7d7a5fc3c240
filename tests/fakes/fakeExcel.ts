/**
 * An in-memory fake of the subset of the Excel JavaScript object model that Netwerkmeter's
 * Office.js adapter (src/excel) uses, written for tests (jest now, a browser page later: no Node
 * APIs in here).
 *
 * It behaves like Office.js where it matters for catching mistakes:
 * - Proxies and queues. Every write, method call and load is queued and runs at `context.sync()`,
 *   in order. Reading a property that was not loaded and synced throws PropertyNotLoaded, so a
 *   missing `load` or `sync` fails the test instead of returning a sentinel.
 * - Null objects. `*OrNullObject` proxies report `isNullObject` after a sync; methods on a null
 *   object fail at sync.
 * - Errors at sync as RichApi-like errors with Office's codes (ItemNotFound, ItemAlreadyExists,
 *   InvalidArgument, InvalidOperation, ApiNotFound, RequestPayloadSizeLimitExceeded,
 *   ResponsePayloadSizeLimitExceeded). Earlier commands of the failing batch stay applied, later
 *   ones are dropped, as in Excel; a batch over the request limit is rejected whole.
 * - Payload limits (5 MB each way by default, as Excel on the web), counted in UTF-8 bytes of the
 *   JSON with a per-command overhead; reads of more than 5,000,000 cells fail with RangeExceedsLimit.
 * - Platform behaviour that bit add-ins in the field, each rule citing its doc or issue where it
 *   is enforced: worksheet ids reassigned on reopen (`reopen()`), sheet references in validation
 *   sources and formulas resolved at sync, protected sheets refusing writes (AccessDenied), very
 *   hidden sheets that cannot be deleted, series names of at most 255 characters, chart and
 *   sheet names compared ignoring case, API calculation suspended until a recalculation, and
 *   injectable platform errors (`injectError`, `cellEditMode`, `inactive`).
 * - Cell typing: a value written to a cell that is not formatted as text is read the way Excel
 *   reads typed input: "=…" and other formula-like text becomes a formula, "12" a number,
 *   "1-6" a date. Those are recorded in `formulaWrites` and `coercions`, so tests can assert that
 *   text stays text.
 * - Excel's rules for sheet names (31 characters, no : \ / ? * [ ], unique ignoring case) and for
 *   table names (one namespace with defined names, not a cell reference, no overlap).
 * - Requirement sets: APIs above `apiVersion` fail with ApiNotFound; `isSetSupported` answers.
 *
 * It counts syncs and records what happened (`log`, `calls`, sheets, tables, charts, names,
 * settings), for assertions. `Excel.run` runs a last implicit sync when commands are still queued,
 * and that one counts too.
 */

/* ----------------------------------------------------------------------------------------------
 * Errors
 * -------------------------------------------------------------------------------------------- */

export class FakeRichApiError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

const fail = (code: string, message: string): never => {
  throw new FakeRichApiError(code, message);
};

/* ----------------------------------------------------------------------------------------------
 * Addresses
 * -------------------------------------------------------------------------------------------- */

export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export function letters(column: number): string {
  let text = "";
  let rest = column + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    text = String.fromCharCode(65 + digit) + text;
    rest = Math.floor((rest - 1) / 26);
  }
  return text;
}

function columnNumber(text: string): number {
  let index = 0;
  for (const character of text) index = index * 26 + (character.charCodeAt(0) - 64);
  return index - 1;
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/** Parses "A1", "B2:D5", "A:C", "2:4" (no sheet). */
export function parseRect(address: string): Rect {
  const [a, b] = address.replace(/\$/g, "").toUpperCase().split(":");
  const part = (text: string) => {
    const match = /^([A-Z]*)(\d*)$/.exec(text);
    if (!match || (match[1] === "" && match[2] === ""))
      fail("InvalidArgument", `'${address}' is not a valid address`);
    return {
      column: match![1] === "" ? null : columnNumber(match![1]),
      row: match![2] === "" ? null : Number(match![2]) - 1,
    };
  };
  const start = part(a);
  const end = b === undefined ? start : part(b);
  const row = start.row ?? 0;
  const column = start.column ?? 0;
  const lastRow = end.row ?? MAX_ROWS - 1;
  const lastColumn = end.column ?? MAX_COLUMNS - 1;
  return { row, column, rowCount: lastRow - row + 1, columnCount: lastColumn - column + 1 };
}

export function rectText(rect: Rect): string {
  const first = `${letters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${letters(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/**
 * Bytes of a string in UTF-8, as it travels in the request body (not JavaScript's UTF-16 length:
 * "é" is 2 bytes, "€" 3). The 5 MB limit of Excel on the web is on the payload's bytes
 * (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * "Excel add-ins"; the error texts in specklesystems/speckle-excel#9).
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

const jsonLength = (value: unknown): number => {
  if (value === undefined) return 0;
  try {
    return utf8Bytes(JSON.stringify(value) ?? "");
  } catch {
    return 0;
  }
};

/**
 * Bytes every queued command adds to the request besides its arguments: the RichApi request is a
 * JSON list of actions, each with ids, an action type, a name and the object path it acts on
 * (the shape visible in debugInfo.surroundingStatements, office-js#1729). 64 bytes is a low
 * estimate, so the fake is, if anything, lenient.
 */
export const COMMAND_OVERHEAD_BYTES = 64;

/**
 * Largest range of a get (values, numberFormat, formulas): "On all platforms, a range is limited
 * to five million cells for get operations" (docs/excel/performance.md, office-js-docs-pr#5821).
 * Real Excel sometimes returns null instead of failing (office-js#4783, #6781); the fake always
 * fails with RangeExceedsLimit (Excel.ErrorCodes), so the adapter has to stay under the limit.
 */
export const MAX_READ_CELLS = 5000000;

/** Excel's limit on a chart series name (Excel specifications and limits: 255 characters). */
export const MAX_SERIES_NAME_LENGTH = 255;

/* ----------------------------------------------------------------------------------------------
 * The model (the "document")
 * -------------------------------------------------------------------------------------------- */

export type FakeCellValue = string | number | boolean;

export interface FakeCell {
  /** "" for an empty cell. */
  value: FakeCellValue;
  /** Set when Excel would have stored a formula. */
  formula?: string;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
  fillColor?: string;
  /** Border edges set ("EdgeTop", …). */
  borders?: string[];
  /** false when unlocked for a protected sheet. */
  locked?: boolean;
  /** Range.font.underline ("Single", …). */
  underline?: string;
  /** Range.hyperlink (ExcelApi 1.7): a link to a place in the workbook or an address. */
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

/**
 * A conditional format of type CellValue (Range.conditionalFormats.add("CellValue"), ExcelApi
 * 1.6): the range, the rule ({ formula1, operator }: Excel.ConditionalCellValueRule) and the
 * format's fill and font colour (ConditionalRangeFormat.fill.color, .font.color).
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)
 */
export interface FakeConditionalFormat {
  rect: Rect;
  type: string;
  rule?: { formula1: string; formula2?: string; operator: string };
  fillColor?: string;
  fontColor?: string;
}

export interface FakeTable {
  id: string;
  name: string;
  sheet: FakeSheet;
  rect: Rect;
  style: string;
  hasHeaders: boolean;
}

export interface FakeSeries {
  name: string;
  values: Rect;
  chartType?: string;
  fillColor?: string;
  lineColor?: string;
  lineStyle?: string;
  markerStyle?: string;
  markerColor?: string;
}

export interface FakeChart {
  id: string;
  name: string;
  type: string;
  sheet: FakeSheet;
  source: Rect;
  seriesBy: string;
  title: string;
  series: FakeSeries[];
  categoryNames?: { sheet: string; rect: Rect };
  categoryAxis: { reversePlotOrder?: boolean; title?: string };
  valueAxis: { minimum?: number; maximum?: number; numberFormat?: string; title?: string };
  legend: { position?: string; visible?: boolean };
  position?: { start: string; end?: string };
}

export class FakeSheet {
  readonly cells = new Map<number, Map<number, FakeCell>>();
  readonly tables: FakeTable[] = [];
  readonly charts: FakeChart[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly merges: string[] = [];
  readonly validations: {
    address: string;
    rule?: unknown;
    prompt?: unknown;
    errorAlert?: unknown;
    ignoreBlanks?: boolean;
  }[] = [];
  frozenRows = 0;
  showGridlines = true;
  protectedWith: unknown = null;
  readonly pageLayout: Record<string, unknown> = {};
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Sheet-scoped defined names (Worksheet.names, ExcelApi 1.4). */
  readonly names: { name: string; formula: string; comment?: string }[] = [];

  constructor(
    public id: string,
    public name: string
  ) {}

  /**
   * Protected sheets refuse changes to locked cells, and adding tables or charts, with
   * AccessDenied (Excel.ErrorCodes; WorksheetProtection: "a protected worksheet prevents changes
   * to locked cells"). Cells are locked unless unlocked with format.protection.locked = false.
   */
  assertWritable(rect: Rect | null, what: string): void {
    if (this.protectedWith === null) return;
    const refuse = () =>
      fail("AccessDenied", `${what}: the sheet '${this.name}' is protected (AccessDenied)`);
    if (rect === null || rect.rowCount * rect.columnCount > 100000) refuse();
    for (let row = rect!.row; row < rect!.row + rect!.rowCount; row += 1)
      for (let column = rect!.column; column < rect!.column + rect!.columnCount; column += 1)
        if (this.cell(row, column)?.locked !== false) refuse();
  }

  cell(row: number, column: number, create = false): FakeCell | undefined {
    let cells = this.cells.get(row);
    if (!cells) {
      if (!create) return undefined;
      cells = new Map();
      this.cells.set(row, cells);
    }
    let cell = cells.get(column);
    if (!cell && create) {
      cell = { value: "", numberFormat: "General" };
      cells.set(column, cell);
    }
    return cell;
  }

  /** Values of a rectangle ("" for empty cells), as Range.values returns them. */
  values(rect: Rect): FakeCellValue[][] {
    const out: FakeCellValue[][] = [];
    for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
      const cells = this.cells.get(row);
      const line: FakeCellValue[] = new Array(rect.columnCount);
      for (let offset = 0; offset < rect.columnCount; offset += 1)
        line[offset] = cells?.get(rect.column + offset)?.value ?? "";
      out.push(line);
    }
    return out;
  }

  numberFormats(rect: Rect): string[][] {
    const out: string[][] = [];
    for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
      const line: string[] = [];
      for (let column = rect.column; column < rect.column + rect.columnCount; column += 1)
        line.push(this.cell(row, column)?.numberFormat ?? "General");
      out.push(line);
    }
    return out;
  }

  /** The used range (null when nothing is used). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [row, cells] of this.cells) {
      for (const [column, cell] of cells) {
        const used =
          cell.value !== "" ||
          (!valuesOnly &&
            (cell.numberFormat !== "General" || cell.bold || cell.italic || cell.wrapText));
        if (!used) continue;
        top = Math.min(top, row);
        left = Math.min(left, column);
        bottom = Math.max(bottom, row);
        right = Math.max(right, column);
      }
    }
    if (bottom < 0) return null;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  clear(rect: Rect, applyTo: string): void {
    for (const [row, cells] of this.cells) {
      if (row < rect.row || row >= rect.row + rect.rowCount) continue;
      for (const [column, cell] of [...cells]) {
        if (column < rect.column || column >= rect.column + rect.columnCount) continue;
        if (applyTo === "All") cells.delete(column);
        else if (applyTo === "Contents") {
          cell.value = "";
          delete cell.formula;
        } else if (applyTo === "Formats") {
          cells.set(column, { value: cell.value, formula: cell.formula, numberFormat: "General" });
        }
      }
    }
  }
}

export interface FakeExcelOptions {
  /** Largest request per sync, in bytes (JSON length). Default 5 MB as Excel on the web. */
  requestLimitBytes?: number;
  /** Largest response per sync. Default 5 MB. */
  responseLimitBytes?: number;
  /** Highest ExcelApi requirement set supported. Default "1.17". */
  apiVersion?: string;
  /**
   * Answer a get of more than 5,000,000 cells with null values instead of RangeExceedsLimit, as
   * Excel for Mac 16.87 and spill ranges do (office-js#4783, #6781). Default false.
   */
  largeReadsReturnNull?: boolean;
}

/**
 * Errors real platforms raise for calls the reference allows (for `injectError`):
 * - web: ChartSeries.markerStyle → InvalidOperation "This operation is not permitted for the
 *   current object" (office-js#1729, errorLocation ChartSeries.markerStyle);
 * - iPad: markerStyle (office-js#1538) and axis calls: axis minimum and maximum, reversePlotOrder
 *   ("Charts functions issues on iPad - axis min/max, markers, ticks, second axis,
 *   reversePlotOrder", office-js#1688).
 */
export const PLATFORM_ERRORS: Record<"web" | "ipad", InjectedError[]> = {
  web: [{ command: "series.markerStyle=", code: "InvalidOperation" }],
  ipad: [
    { command: "series.markerStyle=", code: "InvalidOperation" },
    { command: /^categoryAxis\.reversePlotOrder=$/, code: "InvalidOperation" },
    { command: /^valueAxis\.(minimum|maximum)=$/, code: "InvalidOperation" },
  ],
};

/** A platform error to raise when a command runs (see FakeExcel.injectError). */
export interface InjectedError {
  /** Command label ("series.markerStyle=", "charts.add", …) or a pattern over it. */
  command: string | RegExp;
  /** Only when the command's detail (a chart's name or title, a sheet's name) matches. */
  detail?: RegExp;
  /** Office.js error code, e.g. "InvalidOperation" (markerStyle on the web, office-js#1729). */
  code: string;
  /** How often it fires; default: every time. */
  times?: number;
}

export interface SyncLogEntry {
  /** 1-based number of the sync over the fake's life. */
  index: number;
  /** Labels of the queued commands, in order. */
  commands: string[];
  requestBytes: number;
  responseBytes: number;
  error?: string;
}

const versionValue = (version: string) => {
  const [major, minor] = version.split(".").map(Number);
  return major * 1000 + (minor || 0);
};

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

/** The workbook ("document") plus counters; `run` is Excel.run. */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  readonly names: { name: string; formula: string }[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  /** Every context.sync (explicit or the implicit last one of run). */
  syncCount = 0;
  runCount = 0;
  readonly log: SyncLogEntry[] = [];
  /** Command label → how often it ran. */
  readonly calls = new Map<string, number>();
  /** Text that Excel would have turned into a formula. */
  readonly formulaWrites: { sheet: string; address: string; text: string }[] = [];
  /** Text that Excel would have turned into a number or date. */
  readonly coercions: { sheet: string; address: string; text: string }[] = [];
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  readonly apiVersion: string;
  readonly largeReadsReturnNull: boolean;
  /**
   * The user is typing in a cell: every sync fails with InvalidOperationInCellEditMode until they
   * press Enter (office-js#625, #3388: "Excel is in cell-editing mode").
   */
  cellEditMode = false;
  /** Another workbook took focus (Excel.ErrorCodes InactiveWorkbook): every sync fails. */
  inactive = false;
  /** Errors raised when a matching command runs (platform bugs the fake cannot know of). */
  readonly injected: InjectedError[] = [];
  /** Application.calculationMode ("Automatic", "AutomaticExceptTables", "Manual"). */
  calculationMode = "Automatic";
  /**
   * True when values were written while API calculation was suspended and no recalculation
   * followed: "once set, it is the developer's responsibility to re-calc the workbook"
   * (Application.suspendApiCalculationUntilNextSync, ExcelApi 1.6).
   */
  calculationPending = false;
  /** Application.calculate calls, by type. */
  readonly calculations: string[] = [];
  private nextId = 1;
  private sessions = 1;

  constructor(options: FakeExcelOptions = {}) {
    this.requestLimitBytes = options.requestLimitBytes ?? 5 * 1024 * 1024;
    this.responseLimitBytes = options.responseLimitBytes ?? 5 * 1024 * 1024;
    this.apiVersion = options.apiVersion ?? "1.17";
    this.largeReadsReturnNull = options.largeReadsReturnNull ?? false;
  }

  /** Excel.run. */
  run = async <T>(batch: (context: never) => Promise<T>): Promise<T> => {
    this.runCount += 1;
    const context = new FakeContext(this);
    const result = await batch(context as never);
    if (context.pending > 0) await context.sync();
    return result;
  };

  /** Office.context.requirements.isSetSupported. */
  isSetSupported = (name: string, version?: string): boolean =>
    name === "ExcelApi" && versionValue(version ?? "1.1") <= versionValue(this.apiVersion);

  newId(prefix: string): string {
    const id = `{${prefix}-${String(this.nextId).padStart(4, "0")}}`;
    this.nextId += 1;
    return id;
  }

  requireApi(version: string, what: string): void {
    if (versionValue(version) > versionValue(this.apiVersion))
      fail("ApiNotFound", `${what} needs ExcelApi ${version}`);
  }

  /** Raises `error.code` when a matching command runs (until `times` is used up). */
  injectError(error: InjectedError): void {
    this.injected.push({ ...error });
  }

  /** Throws an injected error for this command, if one matches. */
  checkInjected(label: string, detail: string | undefined): void {
    for (const rule of this.injected) {
      const matches =
        (typeof rule.command === "string" ? rule.command === label : rule.command.test(label)) &&
        (rule.detail === undefined || (detail !== undefined && rule.detail.test(detail)));
      if (!matches || rule.times === 0) continue;
      if (rule.times !== undefined) rule.times -= 1;
      fail(rule.code, `${label}${detail ? ` (${detail})` : ""}: injected platform error`);
    }
  }

  /**
   * Saves, closes and opens the workbook again: everything stays but the worksheet ids, which
   * "remain constant within a single session but will change between sessions"
   * (office-js-docs#297; across desktop and web office-js#1390), and on the web the first sheet
   * is always {00000000-0001-0000-0000-000000000000} (office-js#552).
   */
  reopen(): void {
    this.sessions += 1;
    const activeIndex = this.sheets.findIndex((sheet) => sheet.id === this.activeSheetId);
    const selectedIndex = this.sheets.findIndex((sheet) => sheet.id === this.selection?.sheetId);
    this.sheets.forEach((sheet, index) => {
      sheet.id = `{00000000-0001-0000-${String(index).padStart(4, "0")}-${String(this.sessions).padStart(12, "0")}}`;
    });
    this.activeSheetId = activeIndex >= 0 ? this.sheets[activeIndex].id : null;
    if (this.selection && selectedIndex >= 0)
      this.selection = { ...this.selection, sheetId: this.sheets[selectedIndex].id };
    this.cellEditMode = false;
    this.inactive = false;
  }

  /**
   * Fails with InvalidArgument when a formula or validation source refers to a sheet that does
   * not exist: Excel resolves the reference when the command runs (errorLocation
   * ListDataValidation.source, office-js#277 / office-js-docs-pr#492).
   */
  checkSheetReferences(formula: string, where: string): void {
    const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
    const pattern = /(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!/g;
    for (const match of withoutStrings.matchAll(pattern)) {
      const name = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
      if (!this.sheet(name))
        fail("InvalidArgument", `${where}: the sheet '${name}' in '${formula}' does not exist`);
    }
  }

  /* -- test helpers ---------------------------------------------------------------------------- */

  /** Adds a sheet directly (setup), optionally with values from `origin` (default A1). */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = [], origin = "A1"): FakeSheet {
    const sheet = this.createSheet(name);
    const start = parseRect(origin);
    rows.forEach((cells, rowOffset) =>
      cells.forEach((value, columnOffset) => {
        if (value === null || value === undefined || value === "") return;
        const cell = sheet.cell(start.row + rowOffset, start.column + columnOffset, true)!;
        cell.value =
          value instanceof Date
            ? Math.round(value.getTime() / 86400000 + 25569)
            : (value as FakeCellValue);
      })
    );
    return sheet;
  }

  /** Adds a table directly (setup). */
  addTable(sheetName: string, address: string, name: string): FakeTable {
    const sheet = this.sheet(sheetName)!;
    const table: FakeTable = {
      id: this.newId("T"),
      name,
      sheet,
      rect: parseRect(address),
      style: "TableStyleMedium2",
      hasHeaders: true,
    };
    sheet.tables.push(table);
    return table;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** Values of a sheet's range (default: its used range), "" for empty cells. */
  values(sheetName: string, address?: string): FakeCellValue[][] {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const rect = address ? parseRect(address) : sheet.usedRect(true);
    return rect ? sheet.values(rect) : [];
  }

  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName)!;
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, rect: parseRect(address) };
  }

  allTables(): FakeTable[] {
    return this.sheets.flatMap((sheet) => sheet.tables);
  }

  allCharts(): FakeChart[] {
    return this.sheets.flatMap((sheet) => sheet.charts);
  }

  /* -- model operations (run at sync) --------------------------------------------------------- */

  createSheet(name?: string): FakeSheet {
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    if (
      sheetName.trim() === "" ||
      sheetName.length > 31 ||
      INVALID_SHEET_CHARS.test(sheetName) ||
      sheetName.startsWith("'") ||
      sheetName.endsWith("'")
    )
      fail("InvalidArgument", `invalid sheet name '${sheetName}'`);
    if (sheetName.toLowerCase() === "history")
      fail("InvalidArgument", "'History' is a reserved sheet name");
    if (this.sheet(sheetName)) fail("ItemAlreadyExists", `a sheet '${sheetName}' exists`);
    const sheet = new FakeSheet(this.newId("S"), sheetName);
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) fail("ItemNotFound", "sheet already deleted");
    // "if you want to delete a very hidden [sheet] you need to change its visibility to either
    // hidden or visible and then delete it" (office-js#365; the Mac answered GeneralException).
    if (sheet.visibility === "VeryHidden")
      fail("GeneralException", `cannot delete the very hidden sheet '${sheet.name}'`);
    const visibleLeft = this.sheets.filter(
      (other) => other !== sheet && other.visibility === "Visible"
    );
    if (visibleLeft.length === 0) fail("InvalidOperation", "cannot delete the last visible sheet");
    this.sheets.splice(index, 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = visibleLeft[0].id;
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }

  nameTaken(name: string, except?: FakeTable): boolean {
    const key = name.toLowerCase();
    return (
      this.allTables().some((table) => table !== except && table.name.toLowerCase() === key) ||
      this.names.some((entry) => entry.name.toLowerCase() === key)
    );
  }

  checkTableName(name: string, except?: FakeTable): void {
    if (
      !/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$|^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name) ||
      name.length > 255
    )
      fail("InvalidArgument", `'${name}' is not a valid table name`);
    if (this.nameTaken(name, except))
      fail("InvalidArgument", `the name '${name}' is already in use`);
  }

  /** Writes values the way Excel reads them (see the module note). */
  writeValues(sheet: FakeSheet, rect: Rect, values: unknown): void {
    const grid = this.expand(values, rect, "values");
    sheet.assertWritable(rect, "range.values");
    grid.forEach((line, rowOffset) =>
      line.forEach((value, columnOffset) => {
        if (value === null || value === undefined) return;
        const row = rect.row + rowOffset;
        const column = rect.column + columnOffset;
        const cell = sheet.cell(row, column, true)!;
        delete cell.formula;
        const address = `${sheet.name}!${letters(column)}${row + 1}`;
        if (typeof value === "number") {
          if (!Number.isFinite(value)) fail("InvalidArgument", `${address}: ${value} is no number`);
          cell.value = value;
        } else if (typeof value === "boolean") cell.value = value;
        else if (typeof value === "string") {
          if (value === "") cell.value = "";
          else if (cell.numberFormat === "@") cell.value = value;
          else if (value.startsWith("'")) cell.value = value.slice(1);
          else if (/^[=+\-@]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value)) {
            this.formulaWrites.push({ sheet: sheet.name, address, text: value });
            cell.formula = value;
            cell.value = "#NAME?";
          } else if (/^[+-]?\d+([.,]\d+)?%?$/.test(value.trim())) {
            this.coercions.push({ sheet: sheet.name, address, text: value });
            cell.value = Number(value.trim().replace(",", ".").replace("%", ""));
          } else if (/^\d{1,4}\s*[-/]\s*\d{1,2}(\s*[-/]\s*\d{1,4})?$/.test(value.trim())) {
            this.coercions.push({ sheet: sheet.name, address, text: value });
            cell.value = 45000;
          } else cell.value = value;
        } else fail("InvalidArgument", `${address}: unsupported value ${String(value)}`);
      })
    );
  }

  writeNumberFormats(sheet: FakeSheet, rect: Rect, formats: unknown): void {
    const grid = this.expand(formats, rect, "numberFormat");
    sheet.assertWritable(rect, "range.numberFormat");
    grid.forEach((line, rowOffset) =>
      line.forEach((format, columnOffset) => {
        if (format === null || format === undefined) return;
        const cell = sheet.cell(rect.row + rowOffset, rect.column + columnOffset, true)!;
        cell.numberFormat = format === "" ? "General" : String(format);
      })
    );
  }

  /** A 2-D array of the range's size (a single value fills the range). */
  private expand(input: unknown, rect: Rect, what: string): unknown[][] {
    if (!Array.isArray(input)) {
      return Array.from({ length: rect.rowCount }, () => new Array(rect.columnCount).fill(input));
    }
    if (
      input.length !== rect.rowCount ||
      input.some((line) => !Array.isArray(line) || line.length !== rect.columnCount)
    )
      fail(
        "InvalidArgument",
        `${what}: the array's size does not match the range ${rectText(rect)} (${rect.rowCount}×${rect.columnCount})`
      );
    return input as unknown[][];
  }
}

/* ----------------------------------------------------------------------------------------------
 * The request context and proxies
 * -------------------------------------------------------------------------------------------- */

interface Queued {
  label: string;
  requestBytes: number;
  run: () => void;
  /** What the command is about (a chart's name, a sheet's name), for injected errors. */
  detail?: string;
}

/** Commands that change cells, so formulas depending on them need a recalculation. */
const CELL_WRITES = new Set(["range.values=", "range.formulas=", "range.clear", "tables.add"]);

class FakeContext {
  readonly workbook: WorkbookProxy;
  private queue: Queued[] = [];
  /** Response bytes gathered by loads during the current sync. */
  responseBytes = 0;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** API calculation suspended for the rest of the running sync. */
  calculationSuspended = false;

  enqueue(label: string, run: () => void, requestBytes = 0, detail?: string): void {
    this.queue.push({
      label,
      run,
      requestBytes: requestBytes + utf8Bytes(label) + COMMAND_OVERHEAD_BYTES,
      detail,
    });
  }

  async sync(): Promise<void> {
    const excel = this.excel;
    excel.syncCount += 1;
    const batch = this.queue;
    this.queue = [];
    const entry: SyncLogEntry = {
      index: excel.syncCount,
      commands: batch.map((command) => command.label),
      requestBytes: batch.reduce((sum, command) => sum + command.requestBytes, 0),
      responseBytes: 0,
    };
    excel.log.push(entry);
    if (entry.requestBytes > excel.requestLimitBytes) {
      entry.error = "RequestPayloadSizeLimitExceeded";
      fail(
        "RequestPayloadSizeLimitExceeded",
        `the request payload (${entry.requestBytes} bytes) exceeds ${excel.requestLimitBytes} bytes`
      );
    }
    this.responseBytes = 0;
    this.calculationSuspended = false;
    const refuse = (code: string, message: string) => {
      entry.error = code;
      fail(code, message);
    };
    if (batch.length > 0 && excel.cellEditMode)
      refuse(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again."
      );
    if (batch.length > 0 && excel.inactive)
      refuse("InactiveWorkbook", "the workbook is not the active one");
    for (const command of batch) {
      excel.calls.set(command.label, (excel.calls.get(command.label) ?? 0) + 1);
      try {
        excel.checkInjected(command.label, command.detail);
        command.run();
        if (this.calculationSuspended && CELL_WRITES.has(command.label))
          excel.calculationPending = true;
      } catch (error) {
        entry.error = error instanceof Error ? error.message : String(error);
        throw error;
      }
    }
    entry.responseBytes = this.responseBytes;
    if (this.responseBytes > excel.responseLimitBytes) {
      entry.error = "ResponsePayloadSizeLimitExceeded";
      fail(
        "ResponsePayloadSizeLimitExceeded",
        `the response payload (${this.responseBytes} bytes) exceeds ${excel.responseLimitBytes} bytes`
      );
    }
  }
}

/** Resolves a model object once, at the first command that needs it. */
class Ref<T> {
  private resolved = false;
  private value: T | null = null;

  constructor(private readonly resolver: () => T | null) {}

  get(): T | null {
    if (!this.resolved) {
      this.value = this.resolver();
      this.resolved = true;
    }
    return this.value;
  }

  /** The object, failing (at sync) when it is a null object. */
  must(what: string): T {
    const value = this.get();
    if (value === null) fail("ItemNotFound", `${what}: the object does not exist (null object)`);
    return value as T;
  }
}

type Scalars = Record<string, () => unknown>;

/** Base of every proxy: loads into a cache, reads only what was loaded and synced. */
abstract class FakeProxy {
  private cache = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    protected readonly nullable = false
  ) {
    if (nullable)
      context.enqueue("isNullObject", () => {
        this.nullState = this.isMissing();
      });
  }

  /** True when this proxy's object does not exist (for OrNullObject proxies). */
  protected isMissing(): boolean {
    return false;
  }

  /** Scalar properties that can be loaded. */
  protected abstract scalars(): Scalars;

  /** Navigation properties usable in load paths ("worksheet/name"). */
  protected navigation(): Record<string, () => FakeProxy> {
    return {};
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw new Error(
        "PropertyNotLoaded: isNullObject is only known after context.sync() (and only for *OrNullObject proxies)"
      );
    return this.nullState;
  }

  load(properties?: string | string[]): this {
    const paths =
      properties === undefined
        ? Object.keys(this.scalars())
        : (Array.isArray(properties) ? properties : properties.split(","))
            .map((path) => path.trim())
            .filter((path) => path !== "");
    this.context.enqueue(`load ${this.constructor.name}(${paths.join(",")})`, () =>
      this.snapshot(paths)
    );
    return this;
  }

  /** Runs at sync: copies the loaded values into the cache. */
  snapshot(paths: string[]): void {
    const missing = this.nullable && this.isMissing();
    const scalars = this.scalars();
    const navigation = this.navigation();
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length > 0) {
        nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
        continue;
      }
      if (!(head in scalars) && !(head in navigation))
        fail("InvalidArgument", `cannot load '${head}' on ${this.constructor.name}`);
      if (head in navigation) {
        navigation[head]().snapshot(Object.keys((navigation[head]() as FakeProxy).scalars()));
        continue;
      }
      const value = missing ? null : scalars[head]();
      this.context.responseBytes += jsonLength(value) + head.length + 4;
      this.cache.set(head, value);
    }
    for (const [head, rest] of nested) {
      if (!(head in navigation))
        fail(
          "InvalidArgument",
          `'${head}' is not a navigation property of ${this.constructor.name}`
        );
      navigation[head]().snapshot(rest);
    }
  }

  protected read<T>(name: string): T {
    if (!this.cache.has(name))
      throw new Error(
        `PropertyNotLoaded: The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    return this.cache.get(name) as T;
  }

  protected write(label: string, run: () => void, bytes = 0, detail?: string): void {
    this.context.enqueue(label, run, bytes, detail);
  }
}

/* -- collections ------------------------------------------------------------------------------ */

abstract class CollectionProxy<M, P extends FakeProxy> extends FakeProxy {
  private loadedItems: P[] | undefined;

  protected abstract models(): M[];
  protected abstract proxyFor(model: M): P;

  protected scalars(): Scalars {
    return { count: () => this.models().length };
  }

  get items(): P[] {
    if (!this.loadedItems)
      throw new Error(
        "PropertyNotLoaded: The property 'items' is not available. Load 'items' (e.g. load(\"items/name\")) and sync first."
      );
    return this.loadedItems;
  }

  get count(): number {
    return this.read<number>("count");
  }

  snapshot(paths: string[]): void {
    const itemPaths: string[] = [];
    const own: string[] = [];
    for (const path of paths) {
      if (path === "items") itemPaths.push("*");
      else if (path.startsWith("items/")) itemPaths.push(path.slice("items/".length));
      else own.push(path);
    }
    super.snapshot(own);
    if (itemPaths.length > 0) {
      this.loadedItems = this.models().map((model) => {
        const proxy = this.proxyFor(model);
        const scalarPaths = itemPaths.includes("*")
          ? Object.keys((proxy as unknown as { scalars(): Scalars }).scalars())
          : itemPaths;
        proxy.snapshot(scalarPaths.filter((path) => path !== "*"));
        return proxy;
      });
    }
  }
}

/* -- workbook --------------------------------------------------------------------------------- */

class WorkbookProxy extends FakeProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: WorkbookTableCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly application: ApplicationProxy;

  constructor(context: FakeContext) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new WorkbookTableCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context);
    this.settings = new SettingCollectionProxy(context);
    this.application = new ApplicationProxy(context);
  }

  protected scalars(): Scalars {
    return { name: () => "Fake.xlsx" };
  }

  getSelectedRange(): RangeProxy {
    const excel = this.context.excel;
    return new RangeProxy(
      this.context,
      new Ref(() => {
        if (!excel.selection) fail("InvalidSelection", "nothing is selected");
        const sheet = excel.sheets.find((candidate) => candidate.id === excel.selection!.sheetId);
        return { sheet: sheet!, rect: excel.selection!.rect };
      })
    );
  }
}

class ApplicationProxy extends FakeProxy {
  protected scalars(): Scalars {
    return { calculationMode: () => this.context.excel.calculationMode };
  }

  get calculationMode(): string {
    return this.read("calculationMode");
  }

  /** Application.calculate (ExcelApi 1.1): clears what a suspended calculation left pending. */
  calculate(calculationType: string): void {
    this.write("application.calculate", () => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
        fail("InvalidArgument", `calculationType ${calculationType}`);
      this.context.excel.calculations.push(calculationType);
      this.context.excel.calculationPending = false;
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.write("application.suspendApiCalculationUntilNextSync", () => {
      this.context.excel.requireApi("1.6", "suspendApiCalculationUntilNextSync");
      this.context.calculationSuspended = true;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.write("application.suspendScreenUpdatingUntilNextSync", () =>
      this.context.excel.requireApi("1.9", "suspendScreenUpdatingUntilNextSync")
    );
  }
}

/* -- settings and names ----------------------------------------------------------------------- */

class SettingProxy extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly settingKey: string,
    nullable: boolean
  ) {
    super(context, nullable);
  }

  protected isMissing(): boolean {
    return !this.context.excel.settings.has(this.settingKey);
  }

  protected scalars(): Scalars {
    return {
      key: () => this.settingKey,
      value: () => this.context.excel.settings.get(this.settingKey),
    };
  }

  get value(): unknown {
    return this.read("value");
  }

  get key(): string {
    return this.read("key");
  }

  delete(): void {
    this.write("setting.delete", () => {
      if (!this.context.excel.settings.delete(this.settingKey))
        fail("ItemNotFound", `no setting '${this.settingKey}'`);
    });
  }
}

class SettingCollectionProxy extends CollectionProxy<string, SettingProxy> {
  protected models(): string[] {
    return [...this.context.excel.settings.keys()];
  }

  protected proxyFor(key: string): SettingProxy {
    return new SettingProxy(this.context, key, false);
  }

  add(key: string, value: unknown): SettingProxy {
    this.context.excel.requireApi("1.4", "settings.add");
    this.write(
      "settings.add",
      () => {
        // Excel stores settings as JSON: what comes back is a copy.
        this.context.excel.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
      },
      jsonLength(value)
    );
    return new SettingProxy(this.context, key, false);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, key, true);
  }
}

type NameEntry = { name: string; formula: string; comment?: string };

class NamedItemProxy extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly ref: Ref<NameEntry>,
    private readonly list: () => NameEntry[],
    nullable = false
  ) {
    super(context, nullable);
  }

  protected isMissing(): boolean {
    return this.ref.get() === null;
  }

  protected scalars(): Scalars {
    const entry = () => this.ref.must("namedItem");
    return {
      name: () => entry().name,
      formula: () => {
        this.context.excel.requireApi("1.7", "NamedItem.formula");
        return entry().formula;
      },
      comment: () => entry().comment ?? "",
      // A constant ="text" reads back as its text (NamedItem.value).
      value: () =>
        /^="((?:[^"]|"")*)"$/.exec(entry().formula)?.[1].replace(/""/g, '"') ?? entry().formula,
    };
  }

  get name(): string {
    return this.read("name");
  }

  get formula(): string {
    return this.read("formula");
  }

  get value(): unknown {
    return this.read("value");
  }

  delete(): void {
    this.write("namedItem.delete", () => {
      const entry = this.ref.must("namedItem.delete");
      const list = this.list();
      list.splice(list.indexOf(entry), 1);
    });
  }
}

/**
 * Workbook names (workbook.names) or a sheet's own names (worksheet.names, ExcelApi 1.4:
 * "NamedItemCollection ... part of the workbook or worksheet, depending on how it was reached").
 * A sheet-scoped name may repeat on other sheets; a workbook name shares the table namespace.
 */
class NamedItemCollectionProxy extends CollectionProxy<NameEntry, NamedItemProxy> {
  constructor(
    context: FakeContext,
    private readonly sheet: WorksheetProxy | null = null
  ) {
    super(context);
  }

  protected models(): NameEntry[] {
    return this.sheet ? this.sheet.ref.must("worksheet.names").names : this.context.excel.names;
  }

  protected proxyFor(entry: NameEntry): NamedItemProxy {
    return new NamedItemProxy(this.context, new Ref(() => entry), () => this.models());
  }

  private find(name: string): NameEntry | null {
    return this.models().find((entry) => entry.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  add(name: string, reference: string, comment?: string): NamedItemProxy {
    let created: NameEntry | null = null;
    this.write(
      "names.add",
      () => {
        this.context.excel.requireApi("1.4", "names.add");
        if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
          fail("InvalidArgument", `'${name}' is not a valid name`);
        const taken = this.sheet ? this.find(name) !== null : this.context.excel.nameTaken(name);
        if (taken) fail("ItemAlreadyExists", `the name '${name}' is in use`);
        if (typeof reference === "string" && reference.startsWith("="))
          this.context.excel.checkSheetReferences(reference, "names.add");
        created = { name, formula: reference, ...(comment ? { comment } : {}) };
        this.models().push(created);
      },
      jsonLength(reference)
    );
    return new NamedItemProxy(
      this.context,
      new Ref(() => created ?? fail("ItemNotFound", "the name was not added")),
      () => this.models()
    );
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      new Ref(() => this.find(name) ?? fail("ItemNotFound", `no name '${name}'`)),
      () => this.models()
    );
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      new Ref(() => this.find(name)),
      () => this.models(),
      true
    );
  }
}

/* -- worksheets ------------------------------------------------------------------------------- */

class WorksheetCollectionProxy extends CollectionProxy<FakeSheet, WorksheetProxy> {
  protected models(): FakeSheet[] {
    return this.context.excel.sheets;
  }

  protected proxyFor(sheet: FakeSheet): WorksheetProxy {
    return new WorksheetProxy(this.context, new Ref(() => sheet));
  }

  add(name?: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.write(`worksheets.add`, () => {
      created = this.context.excel.createSheet(name);
    });
    return new WorksheetProxy(
      this.context,
      new Ref(() => created ?? fail("ItemNotFound", `worksheets.add(${name}) did not run`))
    );
  }

  private find(key: string): FakeSheet | null {
    return (
      this.context.excel.sheets.find(
        (sheet) => sheet.name.toLowerCase() === key.toLowerCase() || sheet.id === key
      ) ?? null
    );
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      new Ref(() => this.find(key) ?? fail("ItemNotFound", `no sheet '${key}'`))
    );
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, new Ref(() => this.find(key)), true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      new Ref(
        () =>
          this.context.excel.sheets.find(
            (sheet) => sheet.id === this.context.excel.activeSheetId
          ) ?? fail("ItemNotFound", "no active sheet")
      )
    );
  }
}

class WorksheetProxy extends FakeProxy {
  readonly tables: WorksheetTableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly names: NamedItemCollectionProxy;

  constructor(
    context: FakeContext,
    readonly ref: Ref<FakeSheet>,
    nullable = false
  ) {
    super(context, nullable);
    this.tables = new WorksheetTableCollectionProxy(context, this);
    this.charts = new ChartCollectionProxy(context, this);
    this.names = new NamedItemCollectionProxy(context, this);
  }

  protected isMissing(): boolean {
    return this.ref.get() === null;
  }

  protected scalars(): Scalars {
    const sheet = () => this.ref.must("worksheet");
    return {
      name: () => sheet().name,
      id: () => sheet().id,
      visibility: () => sheet().visibility,
      position: () => this.context.excel.sheets.indexOf(sheet()),
    };
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.write("worksheet.name=", () => {
      const sheet = this.ref.must("worksheet");
      const other = this.context.excel.sheet(value);
      if (other && other !== sheet) fail("ItemAlreadyExists", `a sheet '${value}' exists`);
      sheet.name = value;
    });
  }

  get id(): string {
    return this.read("id");
  }

  get visibility(): string {
    return this.read("visibility");
  }

  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.write("worksheet.visibility=", () => {
      this.ref.must("worksheet").visibility = value;
    });
  }

  get position(): number {
    return this.read("position");
  }

  delete(): void {
    this.write("worksheet.delete", () =>
      this.context.excel.deleteSheet(this.ref.must("worksheet.delete"))
    );
  }

  activate(): void {
    this.write("worksheet.activate", () => {
      this.context.excel.activeSheetId = this.ref.must("worksheet.activate").id;
    });
  }

  get freezePanes(): { freezeRows(count: number): void; unfreeze(): void } {
    return {
      freezeRows: (count: number) =>
        this.write("freezePanes.freezeRows", () => {
          this.context.excel.requireApi("1.7", "freezePanes");
          this.ref.must("freezePanes").frozenRows = count;
        }),
      unfreeze: () =>
        this.write("freezePanes.unfreeze", () => {
          this.context.excel.requireApi("1.7", "freezePanes");
          this.ref.must("freezePanes").frozenRows = 0;
        }),
    };
  }

  set showGridlines(value: boolean) {
    this.write("worksheet.showGridlines=", () => {
      this.context.excel.requireApi("1.8", "showGridlines");
      this.ref.must("showGridlines").showGridlines = value;
    });
  }

  private protectionProxy: WorksheetProtectionProxy | undefined;

  get protection(): WorksheetProtectionProxy {
    this.protectionProxy ??= new WorksheetProtectionProxy(this.context, this);
    return this.protectionProxy;
  }

  get pageLayout(): Record<string, unknown> {
    const record = (key: string, value: unknown) =>
      this.write(`pageLayout.${key}`, () => {
        this.context.excel.requireApi("1.9", "pageLayout");
        this.ref.must("pageLayout").pageLayout[key] = value;
      });
    return {
      set orientation(value: string) {
        record("orientation", value);
      },
      set paperSize(value: string) {
        record("paperSize", value);
      },
      set zoom(value: unknown) {
        record("zoom", value);
      },
      setPrintArea: (area: string) => record("printArea", area),
      setPrintTitleRows: (rows: string) => record("printTitleRows", rows),
      headersFooters: {
        defaultForAllPages: {
          set leftFooter(value: string) {
            record("leftFooter", value);
          },
          set rightFooter(value: string) {
            record("rightFooter", value);
          },
        },
      },
    };
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.context,
      new Ref(() => {
        const sheet = this.ref.must("worksheet.getRange");
        if (address === undefined)
          return {
            sheet,
            rect: { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS },
          };
        const bang = address.lastIndexOf("!");
        if (bang >= 0)
          fail("InvalidArgument", "worksheet.getRange takes an address without a sheet");
        return { sheet, rect: parseRect(address) };
      })
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      new Ref(() => {
        this.context.excel.requireApi("1.7", "getRangeByIndexes");
        if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0)
          fail("InvalidArgument", "getRangeByIndexes: bad size");
        return {
          sheet: this.ref.must("worksheet.getRangeByIndexes"),
          rect: { row: startRow, column: startColumn, rowCount, columnCount },
        };
      })
    );
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      new Ref(() => {
        const sheet = this.ref.must("worksheet.getUsedRange");
        return {
          sheet,
          rect: sheet.usedRect(valuesOnly === true) ?? {
            row: 0,
            column: 0,
            rowCount: 1,
            columnCount: 1,
          },
        };
      })
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      new Ref(() => {
        this.context.excel.requireApi("1.4", "getUsedRangeOrNullObject");
        const sheet = this.ref.get();
        if (!sheet) return null;
        const rect = sheet.usedRect(valuesOnly === true);
        return rect ? { sheet, rect } : null;
      }),
      true
    );
  }
}

/** Worksheet.protection (ExcelApi 1.2): `protected` can be loaded; protect() queues. */
class WorksheetProtectionProxy extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy
  ) {
    super(context);
  }

  protected scalars(): Scalars {
    return {
      protected: () => {
        this.context.excel.requireApi("1.2", "protection.protected");
        return this.worksheet.ref.must("protection").protectedWith !== null;
      },
    };
  }

  get protected(): boolean {
    return this.read("protected");
  }

  protect(options?: unknown): void {
    this.write("protection.protect", () => {
      this.context.excel.requireApi("1.2", "protection.protect");
      this.worksheet.ref.must("protection").protectedWith = options ?? {};
    });
  }
}

/* -- ranges ----------------------------------------------------------------------------------- */

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

class RangeProxy extends FakeProxy {
  readonly format: RangeFormatProxy;

  constructor(
    context: FakeContext,
    readonly ref: Ref<RangeTarget>,
    nullable = false
  ) {
    super(context, nullable);
    this.format = new RangeFormatProxy(context, this);
  }

  /** Range.conditionalFormats (ExcelApi 1.6): add("CellValue") and clearAll() only. */
  get conditionalFormats(): {
    add(type: string): {
      cellValue: {
        format: { fill: { color: string }; font: { color: string } };
        rule: { formula1: string; formula2?: string; operator: string };
      };
    };
    clearAll(): void;
  } {
    const range = { context: this.context, target: (what: string) => this.target(what) };
    const write = (label: string, run: () => void, bytes = 0) =>
      this.context.enqueue(label, run, bytes);
    return {
      add(type: string) {
        range.context.excel.requireApi("1.6", "conditionalFormats.add");
        if (type !== "CellValue")
          throw new Error(`the fake models only CellValue conditional formats, not ${type}`);
        let model: FakeConditionalFormat | undefined;
        const target = () => model ?? fail("InvalidArgument", "conditional format not added");
        write("conditionalFormats.add", () => {
          const { sheet, rect } = range.target("conditionalFormats.add");
          sheet.assertWritable(rect, "conditionalFormats.add");
          model = { rect: { ...rect }, type };
          sheet.conditionalFormats.push(model);
        });
        return {
          cellValue: {
            format: {
              fill: {
                set color(value: string) {
                  write(
                    "conditionalFormat.fill.color=",
                    () => {
                      target().fillColor = value;
                    },
                    utf8Bytes(value)
                  );
                },
                get color(): string {
                  throw new Error("PropertyNotLoaded: conditionalFormat fill.color");
                },
              },
              font: {
                set color(value: string) {
                  write(
                    "conditionalFormat.font.color=",
                    () => {
                      target().fontColor = value;
                    },
                    utf8Bytes(value)
                  );
                },
                get color(): string {
                  throw new Error("PropertyNotLoaded: conditionalFormat font.color");
                },
              },
            },
            set rule(value: { formula1: string; formula2?: string; operator: string }) {
              write(
                "conditionalFormat.rule=",
                () => {
                  target().rule = { ...value };
                },
                utf8Bytes(JSON.stringify(value))
              );
            },
            get rule(): { formula1: string; formula2?: string; operator: string } {
              throw new Error("PropertyNotLoaded: conditionalFormat rule");
            },
          },
        };
      },
      clearAll() {
        range.context.excel.requireApi("1.6", "conditionalFormats.clearAll");
        write("conditionalFormats.clearAll", () => {
          const { sheet, rect } = range.target("conditionalFormats.clearAll");
          const inside = (other: Rect) =>
            other.row < rect.row + rect.rowCount &&
            other.row + other.rowCount > rect.row &&
            other.column < rect.column + rect.columnCount &&
            other.column + other.columnCount > rect.column;
          for (let index = sheet.conditionalFormats.length - 1; index >= 0; index -= 1)
            if (inside(sheet.conditionalFormats[index].rect))
              sheet.conditionalFormats.splice(index, 1);
        });
      },
    };
  }

  protected isMissing(): boolean {
    return this.ref.get() === null;
  }

  target(what: string): RangeTarget {
    return this.ref.must(what);
  }

  protected scalars(): Scalars {
    const t = () => this.target("range");
    /** A get of cells: at most MAX_READ_CELLS (RangeExceedsLimit). */
    const tooLarge = () => {
      const target = t();
      return target.rect.rowCount * target.rect.columnCount > MAX_READ_CELLS;
    };
    const cells = () => {
      const target = t();
      if (tooLarge())
        fail(
          "RangeExceedsLimit",
          `reading ${target.rect.rowCount * target.rect.columnCount} cells of ${rectText(target.rect)} exceeds the limit of ${MAX_READ_CELLS} cells`
        );
      return target;
    };
    return {
      address: () => `${quoteSheet(t().sheet.name)}!${rectText(t().rect)}`,
      addressLocal: () => `${quoteSheet(t().sheet.name)}!${rectText(t().rect)}`,
      values: () =>
        this.context.excel.largeReadsReturnNull && tooLarge()
          ? null
          : cells().sheet.values(t().rect),
      numberFormat: () => cells().sheet.numberFormats(t().rect),
      formulas: () =>
        cells()
          .sheet.values(t().rect)
          .map((line, rowOffset) =>
            line.map(
              (value, columnOffset) =>
                t().sheet.cell(t().rect.row + rowOffset, t().rect.column + columnOffset)?.formula ??
                value
            )
          ),
      rowCount: () => t().rect.rowCount,
      columnCount: () => t().rect.columnCount,
      rowIndex: () => t().rect.row,
      columnIndex: () => t().rect.column,
    };
  }

  protected navigation(): Record<string, () => FakeProxy> {
    return {
      worksheet: () => this.worksheet,
    };
  }

  private worksheetProxy: WorksheetProxy | undefined;

  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(
      this.context,
      new Ref(() => this.target("range.worksheet").sheet)
    );
    return this.worksheetProxy;
  }

  get address(): string {
    return this.read("address");
  }

  get values(): FakeCellValue[][] {
    return this.read("values");
  }

  set values(values: unknown[][]) {
    this.write(
      "range.values=",
      () => {
        const { sheet, rect } = this.target("range.values");
        this.context.excel.writeValues(sheet, rect, values);
      },
      jsonLength(values)
    );
  }

  /** Range.hyperlink (ExcelApi 1.7); textToDisplay becomes the cell's value. */
  set hyperlink(value: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.write("range.hyperlink=", () => {
      this.context.excel.requireApi("1.7", "hyperlink");
      const { sheet, rect } = this.target("range.hyperlink");
      sheet.assertWritable(rect, "range.hyperlink");
      for (let row = rect.row; row < rect.row + rect.rowCount; row += 1)
        for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) {
          const cell = sheet.cell(row, column, true)!;
          cell.hyperlink = { ...value };
          if (value.textToDisplay !== undefined) cell.value = value.textToDisplay;
        }
    });
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(formats: unknown[][]) {
    this.write(
      "range.numberFormat=",
      () => {
        const { sheet, rect } = this.target("range.numberFormat");
        this.context.excel.writeNumberFormats(sheet, rect, formats);
      },
      jsonLength(formats)
    );
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }

  set formulas(formulas: unknown[][]) {
    this.write(
      "range.formulas=",
      () => {
        const { sheet, rect } = this.target("range.formulas");
        sheet.assertWritable(rect, "range.formulas");
        formulas.forEach((line, rowOffset) =>
          line.forEach((formula, columnOffset) => {
            if (formula === null || formula === undefined) return;
            const cell = sheet.cell(rect.row + rowOffset, rect.column + columnOffset, true)!;
            if (typeof formula === "string" && formula.startsWith("=")) {
              this.context.excel.checkSheetReferences(formula, "range.formulas");
              cell.formula = formula;
              cell.value = "";
            } else cell.value = formula as FakeCellValue;
          })
        );
      },
      jsonLength(formulas)
    );
  }

  merge(across = false): void {
    this.write("range.merge", () => {
      this.context.excel.requireApi("1.2", "range.merge");
      const { sheet, rect } = this.target("range.merge");
      sheet.assertWritable(rect, "range.merge");
      sheet.merges.push(`${rectText(rect)}${across ? " (across)" : ""}`);
    });
  }

  get dataValidation(): Record<string, unknown> {
    const set = (key: string, value: unknown) =>
      this.write(`dataValidation.${key}=`, () => {
        this.context.excel.requireApi("1.8", "dataValidation");
        const { sheet, rect } = this.target("dataValidation");
        const source = (value as { list?: { source?: unknown } } | undefined)?.list?.source;
        if (key === "rule" && typeof source === "string" && source.startsWith("="))
          this.context.excel.checkSheetReferences(source, "ListDataValidation.source");
        const address = rectText(rect);
        let entry = sheet.validations.find((candidate) => candidate.address === address);
        if (!entry) {
          entry = { address };
          sheet.validations.push(entry);
        }
        (entry as Record<string, unknown>)[key] = value;
      });
    return {
      set ignoreBlanks(value: boolean) {
        set("ignoreBlanks", value);
      },
      set rule(value: unknown) {
        set("rule", value);
      },
      set prompt(value: unknown) {
        set("prompt", value);
      },
      set errorAlert(value: unknown) {
        set("errorAlert", value);
      },
    };
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.write("range.clear", () => {
      const { sheet, rect } = this.target("range.clear");
      sheet.assertWritable(rect, "range.clear");
      sheet.clear(rect, applyTo);
    });
  }

  select(): void {
    this.write("range.select", () => {
      const { sheet, rect } = this.target("range.select");
      this.context.excel.activeSheetId = sheet.id;
      this.context.excel.selection = { sheetId: sheet.id, rect };
    });
  }

  /**
   * Range.getIntersectionOrNullObject (ExcelApi 1.4): the rectangle both ranges cover, a null
   * object when they do not meet (or lie on different sheets).
   */
  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    return new RangeProxy(
      this.context,
      new Ref(() => {
        this.context.excel.requireApi("1.4", "getIntersectionOrNullObject");
        const a = this.target("getIntersectionOrNullObject");
        const b = other.ref.get();
        if (!b || b.sheet !== a.sheet || !overlaps(a.rect, b.rect)) return null;
        const row = Math.max(a.rect.row, b.rect.row);
        const column = Math.max(a.rect.column, b.rect.column);
        return {
          sheet: a.sheet,
          rect: {
            row,
            column,
            rowCount: Math.min(a.rect.row + a.rect.rowCount, b.rect.row + b.rect.rowCount) - row,
            columnCount:
              Math.min(a.rect.column + a.rect.columnCount, b.rect.column + b.rect.columnCount) -
              column,
          },
        };
      }),
      true
    );
  }

  getTables(fullyContained?: boolean): TableScopedCollectionProxy {
    return new TableScopedCollectionProxy(this.context, () => {
      this.context.excel.requireApi("1.9", "Range.getTables");
      const { sheet, rect } = this.target("range.getTables");
      return sheet.tables.filter((table) =>
        fullyContained
          ? table.rect.row >= rect.row &&
            table.rect.column >= rect.column &&
            table.rect.row + table.rect.rowCount <= rect.row + rect.rowCount &&
            table.rect.column + table.rect.columnCount <= rect.column + rect.columnCount
          : overlaps(table.rect, rect)
      );
    });
  }
}

class RangeFormatProxy extends FakeProxy {
  readonly font: RangeFontProxy;

  constructor(
    context: FakeContext,
    private readonly range: RangeProxy
  ) {
    super(context);
    this.font = new RangeFontProxy(context, range);
  }

  protected scalars(): Scalars {
    return {};
  }

  private each(label: string, apply: (cell: FakeCell) => void): void {
    this.write(label, () => {
      const { sheet, rect } = this.range.target(label);
      if (label !== "format.protection.locked=") sheet.assertWritable(rect, label);
      for (let row = rect.row; row < rect.row + rect.rowCount; row += 1)
        for (let column = rect.column; column < rect.column + rect.columnCount; column += 1)
          apply(sheet.cell(row, column, true)!);
    });
  }

  set wrapText(value: boolean) {
    this.each("format.wrapText=", (cell) => {
      cell.wrapText = value;
    });
  }

  set verticalAlignment(value: string) {
    this.each("format.verticalAlignment=", (cell) => {
      cell.verticalAlignment = value;
    });
  }

  set columnWidth(points: number) {
    this.write("format.columnWidth=", () => {
      const { sheet, rect } = this.range.target("format.columnWidth");
      for (let column = rect.column; column < rect.column + rect.columnCount; column += 1)
        sheet.columnWidths.set(column, points);
    });
  }

  autofitColumns(): void {
    this.write("format.autofitColumns", () => this.range.target("format.autofitColumns"));
  }

  set rowHeight(points: number) {
    this.write("format.rowHeight=", () => {
      const { sheet, rect } = this.range.target("format.rowHeight");
      for (let row = rect.row; row < rect.row + rect.rowCount; row += 1)
        sheet.rowHeights.set(row, points);
    });
  }

  get fill(): { color: string } {
    const each = (label: string, apply: (cell: FakeCell) => void) => this.each(label, apply);
    return {
      set color(value: string) {
        each("fill.color=", (cell) => {
          cell.fillColor = value;
        });
      },
      get color(): string {
        throw new Error("PropertyNotLoaded: fill.color");
      },
    };
  }

  get borders(): { getItem(edge: string): { style: string; color: string } } {
    const each = (label: string, apply: (cell: FakeCell) => void) => this.each(label, apply);
    return {
      getItem: (edge: string) => ({
        set style(_value: string) {
          each("border.style=", (cell) => {
            cell.borders = [...new Set([...(cell.borders ?? []), edge])];
          });
        },
        get style(): string {
          throw new Error("PropertyNotLoaded: border.style");
        },
        set color(_value: string) {
          each("border.color=", () => undefined);
        },
        get color(): string {
          throw new Error("PropertyNotLoaded: border.color");
        },
      }),
    };
  }

  get protection(): { locked: boolean } {
    const each = (label: string, apply: (cell: FakeCell) => void) => this.each(label, apply);
    return {
      set locked(value: boolean) {
        each("format.protection.locked=", (cell) => {
          cell.locked = value;
        });
      },
      get locked(): boolean {
        throw new Error("PropertyNotLoaded: protection.locked");
      },
    };
  }
}

class RangeFontProxy extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly range: RangeProxy
  ) {
    super(context);
  }

  protected scalars(): Scalars {
    return {};
  }

  private each(label: string, apply: (cell: FakeCell) => void): void {
    this.write(label, () => {
      const { sheet, rect } = this.range.target(label);
      if (label !== "format.protection.locked=") sheet.assertWritable(rect, label);
      for (let row = rect.row; row < rect.row + rect.rowCount; row += 1)
        for (let column = rect.column; column < rect.column + rect.columnCount; column += 1)
          apply(sheet.cell(row, column, true)!);
    });
  }

  set bold(value: boolean) {
    this.each("font.bold=", (cell) => {
      cell.bold = value;
    });
  }

  set italic(value: boolean) {
    this.each("font.italic=", (cell) => {
      cell.italic = value;
    });
  }

  set size(value: number) {
    this.each("font.size=", (cell) => {
      cell.fontSize = value;
    });
  }

  set color(value: string) {
    this.each("font.color=", (cell) => {
      cell.fontColor = value;
    });
  }

  set underline(value: string) {
    this.each("font.underline=", (cell) => {
      cell.underline = value;
    });
  }
}

/* -- tables ----------------------------------------------------------------------------------- */

class TableProxy extends FakeProxy {
  constructor(
    context: FakeContext,
    readonly ref: Ref<FakeTable>,
    nullable = false
  ) {
    super(context, nullable);
  }

  protected isMissing(): boolean {
    return this.ref.get() === null;
  }

  protected scalars(): Scalars {
    const table = () => this.ref.must("table");
    return {
      name: () => table().name,
      id: () => table().id,
      style: () => table().style,
      showHeaders: () => table().hasHeaders,
    };
  }

  protected navigation(): Record<string, () => FakeProxy> {
    return { worksheet: () => this.worksheet };
  }

  private worksheetProxy: WorksheetProxy | undefined;

  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(
      this.context,
      new Ref(() => this.ref.must("table.worksheet").sheet)
    );
    return this.worksheetProxy;
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.write("table.name=", () => {
      const table = this.ref.must("table.name");
      this.context.excel.checkTableName(value, table);
      table.name = value;
    });
  }

  set style(value: string) {
    this.write("table.style=", () => {
      this.ref.must("table.style").style = value;
    });
  }

  delete(): void {
    this.write("table.delete", () => {
      const table = this.ref.must("table.delete");
      const list = table.sheet.tables;
      list.splice(list.indexOf(table), 1);
    });
  }

  getRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      new Ref(() => {
        const table = this.ref.must("table.getRange");
        return { sheet: table.sheet, rect: table.rect };
      })
    );
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      new Ref(() => {
        const table = this.ref.must("table.getDataBodyRange");
        const { rect } = table;
        return {
          sheet: table.sheet,
          rect: { ...rect, row: rect.row + 1, rowCount: rect.rowCount - 1 },
        };
      })
    );
  }
}

class TableScopedCollectionProxy extends CollectionProxy<FakeTable, TableProxy> {
  constructor(
    context: FakeContext,
    private readonly list: () => FakeTable[]
  ) {
    super(context);
  }

  protected models(): FakeTable[] {
    return this.list();
  }

  protected proxyFor(table: FakeTable): TableProxy {
    return new TableProxy(this.context, new Ref(() => table));
  }
}

class WorkbookTableCollectionProxy extends CollectionProxy<FakeTable, TableProxy> {
  protected models(): FakeTable[] {
    return this.context.excel.allTables();
  }

  protected proxyFor(table: FakeTable): TableProxy {
    return new TableProxy(this.context, new Ref(() => table));
  }

  getItem(name: string): TableProxy {
    return new TableProxy(
      this.context,
      new Ref(
        () =>
          this.context.excel
            .allTables()
            .find((table) => table.name.toLowerCase() === name.toLowerCase()) ??
          fail("ItemNotFound", `no table '${name}'`)
      )
    );
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(
      this.context,
      new Ref(
        () =>
          this.context.excel
            .allTables()
            .find((table) => table.name.toLowerCase() === name.toLowerCase()) ?? null
      ),
      true
    );
  }
}

class WorksheetTableCollectionProxy extends CollectionProxy<FakeTable, TableProxy> {
  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy
  ) {
    super(context);
  }

  protected models(): FakeTable[] {
    return this.worksheet.ref.must("worksheet.tables").tables;
  }

  protected proxyFor(table: FakeTable): TableProxy {
    return new TableProxy(this.context, new Ref(() => table));
  }

  add(source: RangeProxy | string, hasHeaders: boolean): TableProxy {
    let created: FakeTable | null = null;
    this.write("tables.add", () => {
      const excel = this.context.excel;
      const sheet = this.worksheet.ref.must("tables.add");
      sheet.assertWritable(null, "tables.add");
      let rect: Rect;
      if (typeof source === "string") {
        if (source.includes("!")) fail("InvalidArgument", "use a Range for another sheet");
        rect = parseRect(source);
      } else {
        excel.requireApi("1.3", "tables.add(Range)");
        const target = source.target("tables.add");
        if (target.sheet !== sheet) fail("InvalidArgument", "the range is not on this worksheet");
        rect = target.rect;
      }
      if (sheet.tables.some((table) => overlaps(table.rect, rect)))
        fail("InvalidArgument", `the range ${rectText(rect)} overlaps a table`);
      if (hasHeaders) {
        // Excel makes headers text, non-empty and unique.
        const seen = new Set<string>();
        for (let offset = 0; offset < rect.columnCount; offset += 1) {
          const cell = sheet.cell(rect.row, rect.column + offset, true)!;
          let header = String(cell.value);
          if (header === "") header = `Column${offset + 1}`;
          let unique = header;
          for (let counter = 2; seen.has(unique.toLowerCase()); counter += 1)
            unique = `${header}${counter}`;
          seen.add(unique.toLowerCase());
          cell.value = unique;
        }
        if (rect.rowCount === 1) rect = { ...rect, rowCount: 2 };
      }
      let counter = excel.allTables().length + 1;
      while (excel.nameTaken(`Table${counter}`)) counter += 1;
      created = {
        id: excel.newId("T"),
        name: `Table${counter}`,
        sheet,
        rect,
        style: "TableStyleMedium2",
        hasHeaders,
      };
      sheet.tables.push(created);
    });
    return new TableProxy(
      this.context,
      new Ref(() => created ?? fail("ItemNotFound", "table was not created"))
    );
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(
      this.context,
      new Ref(
        () =>
          this.worksheet.ref
            .must("tables.getItemOrNullObject")
            .tables.find((table) => table.name.toLowerCase() === name.toLowerCase()) ?? null
      ),
      true
    );
  }

  getItem(name: string): TableProxy {
    return new TableProxy(
      this.context,
      new Ref(
        () =>
          this.worksheet.ref
            .must("tables.getItem")
            .tables.find((table) => table.name.toLowerCase() === name.toLowerCase()) ??
          fail("ItemNotFound", `no table '${name}' on the sheet`)
      )
    );
  }
}

/* -- charts ----------------------------------------------------------------------------------- */

const CHART_TYPES = new Set([
  "BarStacked",
  "ColumnStacked",
  "BarStacked100",
  "ColumnClustered",
  "ColumnStacked100",
  "BarClustered",
  "Line",
  "LineMarkers",
]);

class ChartCollectionProxy extends CollectionProxy<FakeChart, ChartProxy> {
  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy
  ) {
    super(context);
  }

  protected models(): FakeChart[] {
    return this.worksheet.ref.must("worksheet.charts").charts;
  }

  protected proxyFor(chart: FakeChart): ChartProxy {
    return new ChartProxy(this.context, new Ref(() => chart));
  }

  add(type: string, source: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    let created: FakeChart | null = null;
    this.write("charts.add", () => {
      const excel = this.context.excel;
      const sheet = this.worksheet.ref.must("charts.add");
      sheet.assertWritable(null, "charts.add");
      if (!CHART_TYPES.has(type)) fail("InvalidArgument", `chart type ${type}`);
      const { sheet: dataSheet, rect } = source.target("charts.add");
      const firstRow = dataSheet.values({ ...rect, rowCount: 1 })[0];
      const hasNames = firstRow.some((value) => typeof value === "string" && value !== "");
      const series: FakeSeries[] = [];
      for (let offset = 0; offset < rect.columnCount; offset += 1) {
        const values: Rect = hasNames
          ? {
              row: rect.row + 1,
              column: rect.column + offset,
              rowCount: rect.rowCount - 1,
              columnCount: 1,
            }
          : {
              row: rect.row,
              column: rect.column + offset,
              rowCount: rect.rowCount,
              columnCount: 1,
            };
        const numbers = dataSheet
          .values(values)
          .flat()
          .filter((value) => typeof value === "number");
        if (numbers.length === 0) fail("EmptyChartSeries", `series ${offset + 1} has no values`);
        series.push({
          name: hasNames ? String(firstRow[offset]) : `Series${offset + 1}`,
          values,
        });
      }
      created = {
        id: excel.newId("C"),
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        sheet,
        source: rect,
        seriesBy,
        title: "",
        series,
        categoryAxis: {},
        valueAxis: {},
        legend: {},
      };
      sheet.charts.push(created);
    });
    return new ChartProxy(
      this.context,
      new Ref(() => created ?? fail("ItemNotFound", "chart was not created"))
    );
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(
      this.context,
      new Ref(
        () =>
          this.worksheet.ref
            .must("charts.getItemOrNullObject")
            .charts.find((chart) => chart.name.toLowerCase() === name.toLowerCase()) ?? null
      ),
      true
    );
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(
      this.context,
      new Ref(
        () =>
          this.worksheet.ref
            .must("charts.getItem")
            .charts.find((chart) => chart.name.toLowerCase() === name.toLowerCase()) ??
          fail("ItemNotFound", `no chart '${name}'`)
      )
    );
  }
}

class ChartProxy extends FakeProxy {
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };
  readonly axes: {
    categoryAxis: {
      reversePlotOrder: boolean;
      setCategoryNames(range: RangeProxy): void;
      title: { text: string };
    };
    valueAxis: { minimum: number; maximum: number; numberFormat: string; title: { text: string } };
  };
  readonly series: ChartSeriesCollectionProxy;

  constructor(
    context: FakeContext,
    readonly ref: Ref<FakeChart>,
    nullable = false
  ) {
    super(context, nullable);
    const set = (label: string, apply: (chart: FakeChart) => void, detail?: string) =>
      this.write(label, () => apply(this.ref.must(label)), 0, detail);
    this.title = {
      set text(value: string) {
        set(
          "chart.title.text=",
          (chart) => {
            chart.title = value;
          },
          value
        );
      },
      get text(): string {
        throw new Error("PropertyNotLoaded: chart.title.text (not modelled for reading)");
      },
    };
    this.legend = {
      set position(value: string) {
        set("chart.legend.position=", (chart) => {
          chart.legend.position = value;
        });
      },
      get position(): string {
        throw new Error("PropertyNotLoaded: legend.position");
      },
      set visible(value: boolean) {
        set("chart.legend.visible=", (chart) => {
          chart.legend.visible = value;
        });
      },
      get visible(): boolean {
        throw new Error("PropertyNotLoaded: legend.visible");
      },
    };
    const requireApi = (version: string, what: string) =>
      this.context.excel.requireApi(version, what);
    this.axes = {
      categoryAxis: {
        set reversePlotOrder(value: boolean) {
          set("categoryAxis.reversePlotOrder=", (chart) => {
            requireApi("1.7", "reversePlotOrder");
            chart.categoryAxis.reversePlotOrder = value;
          });
        },
        get reversePlotOrder(): boolean {
          throw new Error("PropertyNotLoaded: reversePlotOrder");
        },
        setCategoryNames(range: RangeProxy) {
          set("categoryAxis.setCategoryNames", (chart) => {
            requireApi("1.7", "setCategoryNames");
            const target = range.target("setCategoryNames");
            chart.categoryNames = { sheet: target.sheet.name, rect: target.rect };
          });
        },
        title: {
          set text(value: string) {
            set("categoryAxis.title.text=", (chart) => {
              chart.categoryAxis.title = value;
            });
          },
          get text(): string {
            throw new Error("PropertyNotLoaded: categoryAxis.title.text");
          },
        },
      },
      valueAxis: {
        set minimum(value: number) {
          set("valueAxis.minimum=", (chart) => {
            chart.valueAxis.minimum = value;
          });
        },
        get minimum(): number {
          throw new Error("PropertyNotLoaded: valueAxis.minimum");
        },
        set maximum(value: number) {
          set("valueAxis.maximum=", (chart) => {
            chart.valueAxis.maximum = value;
          });
        },
        get maximum(): number {
          throw new Error("PropertyNotLoaded: valueAxis.maximum");
        },
        set numberFormat(value: string) {
          set("valueAxis.numberFormat=", (chart) => {
            requireApi("1.8", "valueAxis.numberFormat");
            chart.valueAxis.numberFormat = value;
          });
        },
        get numberFormat(): string {
          throw new Error("PropertyNotLoaded: valueAxis.numberFormat");
        },
        title: {
          set text(value: string) {
            set("valueAxis.title.text=", (chart) => {
              chart.valueAxis.title = value;
            });
          },
          get text(): string {
            throw new Error("PropertyNotLoaded: valueAxis.title.text");
          },
        },
      },
    };
    this.series = new ChartSeriesCollectionProxy(context, this);
  }

  protected isMissing(): boolean {
    return this.ref.get() === null;
  }

  protected scalars(): Scalars {
    const chart = () => this.ref.must("chart");
    return { name: () => chart().name, id: () => chart().id, chartType: () => chart().type };
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.write(
      "chart.name=",
      () => {
        this.ref.must("chart.name").name = value;
      },
      0,
      value
    );
  }

  delete(): void {
    this.write("chart.delete", () => {
      const chart = this.ref.must("chart.delete");
      const list = chart.sheet.charts;
      list.splice(list.indexOf(chart), 1);
    });
  }

  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this.write("chart.setPosition", () => {
      const chart = this.ref.must("chart.setPosition");
      const text = (cell: RangeProxy | string | undefined) =>
        cell === undefined
          ? undefined
          : typeof cell === "string"
            ? (parseRect(cell), cell)
            : rectText(cell.target("setPosition").rect);
      chart.position = { start: text(startCell)!, end: text(endCell) };
    });
  }
}

class ChartSeriesCollectionProxy extends CollectionProxy<FakeSeries, ChartSeriesProxy> {
  constructor(
    context: FakeContext,
    private readonly chart: ChartProxy
  ) {
    super(context);
  }

  protected models(): FakeSeries[] {
    return this.chart.ref.must("chart.series").series;
  }

  protected proxyFor(series: FakeSeries): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, new Ref(() => series));
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(
      this.context,
      new Ref(
        () =>
          this.chart.ref.must("series.getItemAt").series[index] ??
          fail("ItemNotFound", `no series ${index}`)
      )
    );
  }
}

class ChartSeriesProxy extends FakeProxy {
  readonly format: {
    fill: { setSolidColor(color: string): void };
    line: { color: string; lineStyle: string };
  };

  constructor(
    context: FakeContext,
    readonly ref: Ref<FakeSeries>
  ) {
    super(context);
    const set = (label: string, apply: (series: FakeSeries) => void) =>
      this.write(label, () => apply(this.ref.must(label)));
    this.format = {
      fill: {
        setSolidColor(color: string) {
          set("series.fill.setSolidColor", (series) => {
            series.fillColor = color;
          });
        },
      },
      line: {
        set color(value: string) {
          set("series.line.color=", (series) => {
            series.lineColor = value;
          });
        },
        get color(): string {
          throw new Error("PropertyNotLoaded: series.format.line.color");
        },
        set lineStyle(value: string) {
          set("series.line.lineStyle=", (series) => {
            series.lineStyle = value;
          });
        },
        get lineStyle(): string {
          throw new Error("PropertyNotLoaded: series.format.line.lineStyle");
        },
      },
    };
  }

  protected scalars(): Scalars {
    const series = () => this.ref.must("series");
    return { name: () => series().name, chartType: () => series().chartType ?? "" };
  }

  get name(): string {
    return this.read("name");
  }

  set chartType(value: string) {
    this.write("series.chartType=", () => {
      this.context.excel.requireApi("1.7", "series.chartType");
      if (!CHART_TYPES.has(value)) fail("InvalidArgument", `series chart type ${value}`);
      this.ref.must("series.chartType").chartType = value;
    });
  }

  set name(value: string) {
    this.write("series.name=", () => {
      if (value.length > MAX_SERIES_NAME_LENGTH)
        fail(
          "InvalidArgument",
          `series.name: ${value.length} characters, more than ${MAX_SERIES_NAME_LENGTH}`
        );
      this.ref.must("series.name").name = value;
    });
  }

  set markerBackgroundColor(value: string) {
    this.write("series.markerBackgroundColor=", () => {
      this.context.excel.requireApi("1.7", "series.markerBackgroundColor");
      this.ref.must("series.markerBackgroundColor").markerColor = value;
    });
  }

  set markerForegroundColor(value: string) {
    this.write("series.markerForegroundColor=", () => {
      this.context.excel.requireApi("1.7", "series.markerForegroundColor");
      this.ref.must("series.markerForegroundColor").markerColor ??= value;
    });
  }

  set markerStyle(value: string) {
    this.write("series.markerStyle=", () => {
      this.context.excel.requireApi("1.7", "series.markerStyle");
      this.ref.must("series.markerStyle").markerStyle = value;
    });
  }
}
