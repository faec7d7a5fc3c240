/**
 * Reading a filled-in coordinator template (layout.ts) into one respondent: the answers (labels or
 * codes, kept as typed), the comments, and the network profile from the `Netwerk` sheet as
 * background variables. Pure: the input is the Grids that readXlsx gives (hidden sheets included),
 * so the command line and the task pane share it.
 *
 * - A template is recognised by its very hidden meta sheet (`_Netwerkmeter`, marker row), or else
 *   by a `Bevraging`/`Survey` sheet holding item ids in column A (then its version is unknown and a
 *   warning says so). In a marked template whose survey sheet was renamed, that sheet is found by
 *   its content (surveySheet.ts) and read, with the warning TEMPLATE_SHEET_RENAMED.
 * - Items are found by their id in column A on any row, so added, removed or reordered rows in an
 *   older or newer template are still read by id; an id the codebook does not know is a warning,
 *   a codebook item missing from the sheet is an info.
 * - Every answer is checked against its scale (answer.ts): one typed over the drop-down's
 *   validation becomes an issue at its own cell (file, `Bevraging`, `C<n>`); the value is kept, so
 *   the analysis reports it again and counts it as missing.
 * - The size class is the typed (or computed) value; when empty (a formula without a cached value,
 *   e.g. a file written by ExcelJS and never opened in Excel) it is derived from the inhabitants
 *   and the threshold row, exactly as the template's formula does.
 */
import { AnswerReader, describeAllowedAnswers } from "../analysis/answer";
import type { Codebook, CodebookItem } from "../analysis/codebook";
import type { CellValue, Grid } from "../analysis/grid";
import { a1Address, columnIndex } from "../analysis/grid";
import type { Issue } from "../analysis/issue";
import type { Language } from "../analysis/language";
import type { ReadTemplateMessage } from "./readTemplateMessages";
import { readTemplateMessage } from "./readTemplateMessages";
import { NormalizedLookup, normalizeText } from "../analysis/textMatch";
import {
  findSurveySheet,
  hasSurveyHeader,
  holdsItemIds,
  sheetKey,
  surveySheetNames,
} from "./surveySheet";
import {
  DEFAULT_SIZE_THRESHOLD,
  DONT_KNOW_CHOICE,
  KNOWN_TEMPLATE_VERSIONS,
  META_KEYS,
  META_MARKER_VALUE,
  NETWORK_FIELDS,
  SIZE_CLASSES,
  SIZE_THRESHOLD_LABEL,
  SURVEY_COLUMNS,
  SURVEY_HEADERS,
  TEMPLATE_SHEETS,
  TEMPLATE_VERSION,
} from "./layout";

/** A network profile variable: the `variable` of a NETWORK_FIELDS entry (RESP_ID, GEMEENTE, …). */
export type ProfileVariable = (typeof NETWORK_FIELDS)[number]["variable"];

/** What the meta sheet says, or null values when there is no (readable) meta sheet. */
export interface TemplateMeta {
  /** The marker row is present: this is a template written by Netwerkmeter. */
  marked: boolean;
  templateId: string | null;
  version: string | null;
  preset: string | null;
  language: Language | null;
  generated: string | null;
}

/** One filled-in template as one respondent. */
export interface TemplateRespondent {
  /** Item id → the answer as typed (label, code, "Weet niet"), null when blank. Codebook items and unknown ids. */
  values: Record<string, CellValue>;
  /** Item id → comment (column D), only where one was written. */
  comments: Record<string, string>;
  /** Profile variable → value (Netwerk column B); the size class derived when left empty. */
  profile: Partial<Record<ProfileVariable, CellValue>>;
  templateId: string | null;
  version: string | null;
  /** Language of the template (meta sheet, else the sheet names). */
  language: Language;
  /** Number of answered items (codebook items and unknown ids). */
  answered: number;
  /** Ids in column A that the codebook does not know, in sheet order. */
  unknownItems: string[];
  /** Where things are: item id → A1 address of the answer cell on the survey sheet. */
  answerCells: Record<string, string>;
  /** Profile variable → A1 address of the value cell on the network sheet. */
  profileCells: Partial<Record<ProfileVariable, string>>;
  /** Names of the survey and network sheets as found. */
  surveySheet: string;
  networkSheet: string | null;
}

export interface FilledTemplate {
  /** Null when the workbook is not a readable template (the issues say why). */
  respondent: TemplateRespondent | null;
  /**
   * The respondent as a Grid for ingest: a header row (profile variables, then item ids) and one
   * data row, with `addresses` pointing at the true cells (Bevraging!C<n>, Netwerk!B<n>).
   */
  grid: Grid | null;
  issues: Issue[];
}

export interface ReadTemplateOptions {
  /** File name, shown in issues. */
  file: string;
  codebook: Codebook;
  /** Language of the issue messages. Default "nl". */
  language?: Language;
  /**
   * Check every answer against its scale (default true). `analyze` on a filled template turns this
   * off: ingest checks the same cells and reports them itself.
   */
  validateAnswers?: boolean;
}

function findSheetByNames(grids: readonly Grid[], names: readonly string[]): Grid | undefined {
  const wanted = names.map(sheetKey);
  for (const name of wanted) {
    const found = grids.find((grid) => sheetKey(grid.sheet) === name);
    if (found) return found;
  }
  return undefined;
}

const sheetNames = (key: keyof typeof TEMPLATE_SHEETS, first: Language | null = null): string[] => {
  const { nl, en } = TEMPLATE_SHEETS[key];
  return first === "en" ? [en, nl] : [nl, en];
};

/** The value of the cell at sheet coordinates (zero-based) of a grid read by readXlsx. */
function cellAt(grid: Grid, row: number, column: number): CellValue {
  return grid.rows[row - grid.originRow]?.[column - grid.originColumn] ?? null;
}

function text(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

/** Sheet rows (zero-based) of a grid, top to bottom. */
function sheetRows(grid: Grid): number[] {
  return grid.rows.map((_, index) => grid.originRow + index);
}

/** A cell address qualified with its sheet, for cells outside the grid's own sheet. */
function qualified(sheet: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

/**
 * Reads the meta sheet (`_Netwerkmeter`: keys in column A, values in B, read by key).
 *
 * @example readTemplateMeta(grids).version // "2026.1"
 */
export function readTemplateMeta(grids: readonly Grid[]): TemplateMeta {
  const meta: TemplateMeta = {
    marked: false,
    templateId: null,
    version: null,
    preset: null,
    language: null,
    generated: null,
  };
  const sheet = findSheetByNames(grids, sheetNames("meta"));
  if (!sheet) return meta;
  const values = new Map<string, string>();
  for (const row of sheetRows(sheet)) {
    const key = text(cellAt(sheet, row, 0));
    if (key !== "" && !values.has(key.toLowerCase()))
      values.set(key.toLowerCase(), text(cellAt(sheet, row, 1)));
  }
  const get = (key: string): string | null => {
    const value = values.get(key.toLowerCase());
    return value === undefined || value === "" ? null : value;
  };
  meta.marked = normalizeText(get(META_KEYS.marker) ?? "") === normalizeText(META_MARKER_VALUE);
  meta.templateId = get(META_KEYS.templateId);
  meta.version = get(META_KEYS.version);
  meta.preset = get(META_KEYS.preset);
  const language = (get(META_KEYS.language) ?? "").toLowerCase();
  meta.language = language === "nl" || language === "en" ? language : null;
  meta.generated = get(META_KEYS.generated);
  return meta;
}

const ITEM_COLUMN = columnIndex(SURVEY_COLUMNS.item);
const QUESTION_COLUMN = columnIndex(SURVEY_COLUMNS.question);
const ANSWER_COLUMN = columnIndex(SURVEY_COLUMNS.answer);
const COMMENT_COLUMN = columnIndex(SURVEY_COLUMNS.comment);

/**
 * True when the workbook is a coordinator template: it has the meta sheet's marker, or a
 * `Bevraging`/`Survey` sheet with the template's header row or (given a codebook) at least three
 * of its item ids (all of them for a smaller codebook) in column A.
 *
 * @example isTemplateWorkbook(await readXlsx(bytes, "netwerk-017.xlsx")) // true
 */
export function isTemplateWorkbook(grids: readonly Grid[], codebook?: Codebook): boolean {
  const meta = readTemplateMeta(grids);
  if (meta.marked) return true;
  const found = findSurveySheet(grids);
  if (!found) return false;
  if (hasSurveyHeader(found.grid)) return true;
  return codebook !== undefined && holdsItemIds(found.grid, codebook);
}

/** An id as found in column A: one word of letters, digits, "_", "." or "-", with a digit or "_" or in capitals. */
function looksLikeItemId(value: string): boolean {
  if (value.length === 0 || value.length > 40 || !/^[\p{L}\p{N}_.-]+$/u.test(value)) return false;
  return /[\d_]/.test(value) || value === value.toUpperCase();
}

/**
 * A whole number as typed in a form: 12500, "12500", "12.500" or "12 500" (Belgian thousands),
 * "12,500". Returns undefined when it is not one, null when blank.
 *
 * @example readWholeNumber("12.500") // 12500
 */
export function readWholeNumber(value: CellValue): number | null | undefined {
  if (value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const compact = value.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return null;
  if (/^\d+$/.test(compact)) return Number(compact);
  if (/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(compact)) return Number(compact.replace(/[.,]/g, ""));
  return undefined;
}

/**
 * Reads one filled-in template. Never throws for the content of the file: everything that is
 * wrong is an issue (severity, code, message, file, sheet, cell).
 *
 * @example
 * const grids = await readXlsx(bytes, "netwerk-017.xlsx");
 * const { respondent, issues } = readFilledTemplate(grids, { file: "netwerk-017.xlsx", codebook });
 * respondent?.values.VIS_01 // "Akkoord"
 */
export function readFilledTemplate(
  grids: readonly Grid[],
  options: ReadTemplateOptions
): FilledTemplate {
  const { file, codebook } = options;
  const language = options.language ?? "nl";
  const say = (message: ReadTemplateMessage) => readTemplateMessage(language, message);
  const issues: Issue[] = [];
  const meta = readTemplateMeta(grids);
  const found = findSurveySheet(grids, {
    language: meta.language,
    codebook,
    byContent: meta.marked,
  });

  if (!found || (!meta.marked && !isTemplateWorkbook(grids, codebook))) {
    const surveyNames = surveySheetNames().join("/");
    issues.push(
      meta.marked
        ? {
            severity: "error",
            code: "TEMPLATE_SHEET_MISSING",
            message: say({
              code: "TEMPLATE_SHEET_MISSING",
              sheets: surveyNames,
              column: SURVEY_COLUMNS.item,
              found: grids.map((grid) => grid.sheet),
            }),
            file,
          }
        : {
            severity: "error",
            code: "NOT_A_TEMPLATE",
            message: say({
              code: "NOT_A_TEMPLATE",
              sheets: surveyNames,
              column: SURVEY_COLUMNS.item,
            }),
            file,
          }
    );
    return { respondent: null, grid: null, issues };
  }
  const survey = found.grid;
  if (found.renamed) {
    issues.push({
      severity: "warning",
      code: "TEMPLATE_SHEET_RENAMED",
      message: say({
        code: "TEMPLATE_SHEET_RENAMED",
        sheet: survey.sheet,
        sheets: surveySheetNames(meta.language).join("/"),
        column: SURVEY_COLUMNS.item,
      }),
      file,
      sheet: survey.sheet,
    });
  }

  const templateLanguage: Language =
    meta.language ?? (sheetKey(survey.sheet) === sheetKey(TEMPLATE_SHEETS.survey.en) ? "en" : "nl");
  const at = (row: number, column: number) => ({
    file,
    sheet: survey.sheet,
    cell: a1Address(row, column),
  });

  // Version.
  if (!meta.marked) {
    issues.push({
      severity: "warning",
      code: "TEMPLATE_NOT_MARKED",
      message: say({
        code: "TEMPLATE_NOT_MARKED",
        metaSheet: TEMPLATE_SHEETS.meta,
        column: SURVEY_COLUMNS.item,
      }),
      file,
    });
  } else if (meta.version !== TEMPLATE_VERSION) {
    const known = (KNOWN_TEMPLATE_VERSIONS as readonly string[]).includes(meta.version ?? "");
    issues.push({
      severity: "warning",
      code: known ? "TEMPLATE_VERSION_OLD" : "TEMPLATE_VERSION_UNKNOWN",
      message: known
        ? say({
            code: "TEMPLATE_VERSION_OLD",
            version: String(meta.version),
            current: TEMPLATE_VERSION,
          })
        : say({
            code: "TEMPLATE_VERSION_UNKNOWN",
            version: meta.version ?? "",
            known: KNOWN_TEMPLATE_VERSIONS,
          }),
      file,
      sheet: findSheetByNames(grids, sheetNames("meta"))?.sheet,
    });
  }

  // Items, by id in column A.
  const byId = new NormalizedLookup<CodebookItem>();
  for (const item of codebook.items) byId.add(item.id, item);
  const headerTexts = new Set(
    [SURVEY_HEADERS.item.nl, SURVEY_HEADERS.item.en].map((header) => normalizeText(header))
  );
  const values: Record<string, CellValue> = {};
  const comments: Record<string, string> = {};
  const answerCells: Record<string, string> = {};
  const rowOf = new Map<string, number>();
  const unknownItems: string[] = [];
  const unknownRows: number[] = [];
  const readers = new Map<string, AnswerReader>();
  const validate = options.validateAnswers ?? true;
  let answered = 0;
  for (const row of sheetRows(survey)) {
    const idText = text(cellAt(survey, row, ITEM_COLUMN));
    if (idText === "" || headerTexts.has(normalizeText(idText))) continue;
    const item = byId.get(idText);
    const answer = cellAt(survey, row, ANSWER_COLUMN);
    const statement = cellAt(survey, row, QUESTION_COLUMN);
    if (!item && !(looksLikeItemId(idText) && (statement !== null || answer !== null))) continue;
    const id = item ? item.id : idText;
    const firstRow = rowOf.get(normalizeText(id));
    if (firstRow !== undefined) {
      issues.push({
        severity: "warning",
        code: "DUPLICATE_ITEM_ROW",
        message: say({
          code: "DUPLICATE_ITEM_ROW",
          item: id,
          column: SURVEY_COLUMNS.item,
          firstRow: firstRow + 1,
        }),
        ...at(row, ITEM_COLUMN),
      });
      continue;
    }
    rowOf.set(normalizeText(id), row);
    const value = typeof answer === "string" && answer.trim() === "" ? null : answer;
    values[id] = value;
    answerCells[id] = a1Address(row, ANSWER_COLUMN);
    const comment = text(cellAt(survey, row, COMMENT_COLUMN));
    if (comment !== "") comments[id] = comment;
    if (value !== null) answered += 1;
    if (!item) {
      unknownItems.push(id);
      unknownRows.push(row);
      continue;
    }
    if (!validate || value === null) continue;
    let reader = readers.get(item.scale.id);
    if (!reader) {
      reader = new AnswerReader(item.scale);
      readers.set(item.scale.id, reader);
    }
    if (reader.quickCode(value) !== undefined) continue;
    const reading = reader.read(value);
    if (reading.kind !== "invalid") continue;
    const allowed = describeAllowedAnswers(item.scale, language);
    issues.push({
      severity: "error",
      code: reading.reason === "FORMULA_ERROR" ? "FORMULA_ERROR" : "ANSWER_NOT_IN_LIST",
      message:
        reading.reason === "FORMULA_ERROR"
          ? say({ code: "FORMULA_ERROR", shown: reading.shown, item: id })
          : say({
              code: "ANSWER_NOT_IN_LIST",
              shown: reading.shown,
              item: id,
              allowed,
              dontKnow: DONT_KNOW_CHOICE,
            }),
      ...at(row, ANSWER_COLUMN),
    });
  }

  if (unknownItems.length > 0) {
    // One warning per file (with the first cell): a codebook that lacks many of the template's
    // items would otherwise give dozens of warnings per file.
    const listed = unknownItems
      .map((id, index) => `${id} (${a1Address(unknownRows[index], ITEM_COLUMN)})`)
      .join(", ");
    issues.push({
      severity: "warning",
      code: "UNKNOWN_ITEM",
      message: say({
        code: "UNKNOWN_ITEM",
        count: unknownItems.length,
        listed,
        codebook: codebook.name,
      }),
      ...at(unknownRows[0], ITEM_COLUMN),
    });
  }

  const missing = codebook.items.filter((item) => !rowOf.has(normalizeText(item.id)));
  if (missing.length > 0 && rowOf.size > 0) {
    issues.push({
      severity: "info",
      code: "ITEM_NOT_IN_TEMPLATE",
      message: say({ code: "ITEM_NOT_IN_TEMPLATE", items: missing.map((item) => item.id) }),
      file,
      sheet: survey.sheet,
    });
  }

  // Profile, from the network sheet.
  const network = findSheetByNames(grids, sheetNames("network", meta.language));
  const profile: Partial<Record<ProfileVariable, CellValue>> = {};
  const profileCells: Partial<Record<ProfileVariable, string>> = {};
  if (!network) {
    issues.push({
      severity: "warning",
      code: "NETWORK_SHEET_MISSING",
      message: say({ code: "NETWORK_SHEET_MISSING", sheets: sheetNames("network").join("/") }),
      file,
    });
  } else {
    readProfile(network, { file, language, templateLanguage }, profile, profileCells, issues);
  }

  if (answered === 0) {
    issues.push({
      severity: "warning",
      code: "EMPTY_TEMPLATE",
      message: say({
        code: "EMPTY_TEMPLATE",
        column: SURVEY_COLUMNS.answer,
        sheet: survey.sheet,
      }),
      file,
      sheet: survey.sheet,
    });
  }

  const respondent: TemplateRespondent = {
    values,
    comments,
    profile,
    templateId: meta.templateId,
    version: meta.marked ? meta.version : null,
    language: templateLanguage,
    answered,
    unknownItems,
    answerCells,
    profileCells,
    surveySheet: survey.sheet,
    networkSheet: network?.sheet ?? null,
  };
  return { respondent, grid: respondentGrid(respondent, codebook, file), issues };
}

function readProfile(
  network: Grid,
  where: { file: string; language: Language; templateLanguage: Language },
  profile: Partial<Record<ProfileVariable, CellValue>>,
  profileCells: Partial<Record<ProfileVariable, string>>,
  issues: Issue[]
): void {
  const { file, templateLanguage } = where;
  const say = (message: ReadTemplateMessage) => readTemplateMessage(where.language, message);
  const labels = new NormalizedLookup<ProfileVariable | "threshold">();
  for (const field of NETWORK_FIELDS) {
    labels.add(field.label.nl, field.variable);
    labels.add(field.label.en, field.variable);
    labels.add(field.variable, field.variable);
  }
  labels.add(SIZE_THRESHOLD_LABEL.nl, "threshold");
  labels.add(SIZE_THRESHOLD_LABEL.en, "threshold");
  const rows = new Map<ProfileVariable | "threshold", number>();
  for (const row of sheetRows(network)) {
    const label = text(cellAt(network, row, 0));
    if (label === "") continue;
    const variable = labels.get(label);
    if (variable !== undefined && !rows.has(variable)) rows.set(variable, row);
  }
  const valueAt = (variable: ProfileVariable | "threshold"): CellValue => {
    const row = rows.get(variable);
    if (row === undefined) return null;
    const value = cellAt(network, row, 1);
    return typeof value === "string" && value.trim() === "" ? null : value;
  };
  const at = (variable: ProfileVariable | "threshold") => {
    const row = rows.get(variable);
    return row === undefined
      ? { file, sheet: network.sheet }
      : { file, sheet: network.sheet, cell: a1Address(row, 1) };
  };
  for (const field of NETWORK_FIELDS) {
    const row = rows.get(field.variable);
    if (row === undefined) continue;
    const value = valueAt(field.variable);
    profile[field.variable] = typeof value === "string" ? value.trim() : value;
    profileCells[field.variable] = a1Address(row, 1);
  }

  if (profile.RESP_ID === null || profile.RESP_ID === undefined) {
    const label = NETWORK_FIELDS[0].label;
    issues.push({
      severity: "warning",
      code: "NETWORK_NAME_MISSING",
      message: say({ code: "NETWORK_NAME_MISSING", label }),
      ...at("RESP_ID"),
    });
  }

  const inhabitants = readWholeNumber(valueAt("INWONERS"));
  if (inhabitants === undefined) {
    issues.push({
      severity: "warning",
      code: "INHABITANTS_NOT_A_NUMBER",
      message: say({ code: "INHABITANTS_NOT_A_NUMBER", value: text(valueAt("INWONERS")) }),
      ...at("INWONERS"),
    });
  } else if (inhabitants !== null) {
    profile.INWONERS = inhabitants;
  }
  // A typed (or Excel-computed) size class wins; else the template's formula, computed here.
  if ((profile.GROOTTE_KLASSE ?? null) === null && typeof inhabitants === "number") {
    const threshold = readWholeNumber(valueAt("threshold"));
    const limit =
      typeof threshold === "number" && threshold > 0 ? threshold : DEFAULT_SIZE_THRESHOLD;
    profile.GROOTTE_KLASSE =
      inhabitants < limit
        ? SIZE_CLASSES.small[templateLanguage]
        : SIZE_CLASSES.large[templateLanguage];
    if (profileCells.GROOTTE_KLASSE === undefined) {
      const row = rows.get("INWONERS");
      if (row !== undefined) profileCells.GROOTTE_KLASSE = a1Address(row, 1);
    }
  }
}

/** The profile variables in table order: NETWORK_FIELDS order (RESP_ID first). */
export const PROFILE_VARIABLES: readonly ProfileVariable[] = NETWORK_FIELDS.map(
  (field) => field.variable
);

/** A header row and one data row, with every cell's true address. */
function respondentGrid(respondent: TemplateRespondent, codebook: Codebook, file: string): Grid {
  const header: CellValue[] = [];
  const data: CellValue[] = [];
  const headerAddresses: (string | undefined)[] = [];
  const dataAddresses: (string | undefined)[] = [];
  const network = respondent.networkSheet;
  for (const variable of PROFILE_VARIABLES) {
    const cell = respondent.profileCells[variable];
    if (cell === undefined || network === null) continue;
    header.push(variable);
    data.push(respondent.profile[variable] ?? null);
    const row = Number(cell.replace(/^[A-Z]+/, ""));
    headerAddresses.push(qualified(network, `A${row}`));
    dataAddresses.push(qualified(network, cell));
  }
  const ids = [
    ...codebook.items.map((item) => item.id).filter((id) => id in respondent.values),
    ...respondent.unknownItems,
  ];
  for (const id of ids) {
    header.push(id);
    data.push(respondent.values[id]);
    const answerCell = respondent.answerCells[id];
    headerAddresses.push(`${SURVEY_COLUMNS.item}${answerCell.replace(/^[A-Z]+/, "")}`);
    dataAddresses.push(answerCell);
  }
  return {
    file,
    sheet: respondent.surveySheet,
    originRow: 0,
    originColumn: 0,
    rows: [header, data],
    addresses: [headerAddresses, dataAddresses],
  };
}
