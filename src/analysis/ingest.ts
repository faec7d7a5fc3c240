/**
 * Ingest: turns a Grid (header row + one row per respondent) into a coded Dataset using a codebook.
 *
 * - Column headers match item ids or statement texts tolerantly (case, spaces, accents,
 *   "Dēmos"/"Demos"; "VIS_01 – Het netwerk …" also matches VIS_01).
 * - Answers may be codes or labels (see answer.ts). Blank is missing; don't-know answers are counted
 *   apart. Every rejected cell becomes an issue with its sheet and cell address and counts as
 *   missing: nothing is silently dropped or clamped.
 * - Columns not in the codebook are background variables (usable for grouping).
 * - Rows without a single answer are not respondents (reported as info); duplicate respondent ids
 *   are kept and flagged.
 */
import { AnswerReader, describeAllowedAnswers } from "./answer";
import type { Codebook, CodebookItem } from "./codebook";
import type { Dataset, ItemColumn } from "./dataset";
import { ANSWER_STATUS } from "./dataset";
import type { CellValue, Grid } from "./grid";
import { findGridRow, gridCell, gridCellAddress, gridRow, gridRowCount } from "./grid";
import { unnamedColumnIssues } from "./unnamedColumns";
import type { Issue } from "./issue";
import type { IngestMessage } from "./ingestMessages";
import { ingestMessage, respondentRowName } from "./ingestMessages";
import type { Language } from "./language";
import { NormalizedLookup, normalizeText } from "./textMatch";
import { isFreeTextDistinct } from "./comments";
import { decodeDistinct, encodeDistinct } from "./distinctValues";
import { isPersonalDistinct } from "./personalColumns";
import {
  codeCommonAnswers,
  codeCommonAnswersInStore,
  findRespondentRows,
  findRespondentRowsInStore,
  repeatedIds,
  respondentIdList,
} from "./ingestRows";

export interface IngestOptions {
  language?: Language;
  /**
   * Detailed issues per column and kind are capped at this number (default 200); the rest are
   * counted in one summary issue per kind (at the column header), so a wrongly coded column of
   * 100,000 rows stays readable.
   */
  maxIssuesPerColumn?: number;
  /**
   * Column mapping chosen by a person (the task pane's mapping review): header as written → item
   * id, or null to treat that column as a background column. Headers not listed are matched
   * automatically.
   */
  columnMapping?: Readonly<Record<string, string | null>>;
}

const HEADER_SEARCH_ROWS = 15;

function headerText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

function backgroundText(value: CellValue): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "ja" : "nee";
  const text = String(value).trim();
  return text === "" ? null : text;
}

/**
 * Group values typed by different people differ in case, accents and spacing ("Klein", "klein ",
 * "KLEIN"): they are one group, shown with its most common spelling (the template's drop-down value
 * "klein" over one coordinator's typed "Klein"); on a tie, the spelling seen first.
 *
 * @example unifySpellings(["Klein", "groot", "klein", "klein"]) // ["klein", "groot", "klein", "klein"]
 */
export function unifySpellings(values: readonly (string | null)[]): (string | null)[] {
  const distinct = encodeDistinct(values, (value) => value);
  return decodeDistinct(distinct, unifiedSpellings(distinct.values, distinct.counts));
}

/**
 * {@link unifySpellings} on distinct values in order of first appearance, with how many rows hold
 * each (`counts`, same index; all 1 when absent): the spelling each is shown with, the most common
 * of those that normalise alike, the first seen on a tie (each distinct spelling is normalised
 * once).
 *
 * @example unifiedSpellings(["Klein", "groot", "klein"], [1, 4, 3]) // ["klein", "groot", "klein"]
 */
export function unifiedSpellings(values: readonly string[], counts?: readonly number[]): string[] {
  // A value of punctuation only ("—", "?") normalises to nothing: it is only itself.
  const keys = values.map((value) => normalizeText(value) || `\u0000${value}`);
  const best = new Map<string, number>();
  keys.forEach((key, index) => {
    const leader = best.get(key);
    if (leader === undefined || (counts?.[index] ?? 1) > (counts?.[leader] ?? 1))
      best.set(key, index);
  });
  return keys.map((key) => values[best.get(key)!]);
}

/** Matches a header to a codebook item: by id, by statement text, or "ID – text". */
export class ItemMatcher {
  private readonly byKey = new NormalizedLookup<CodebookItem>();
  /** Normalised ids of 3 characters or more, each with the space a "ID – text" header follows it with. */
  private readonly ids: { prefix: string; item: CodebookItem }[] = [];

  constructor(codebook: Codebook) {
    for (const item of codebook.items) {
      this.byKey.add(item.id, item);
      const normalized = normalizeText(item.id);
      if (normalized.length >= 3) this.ids.push({ prefix: `${normalized} `, item });
    }
    for (const item of codebook.items) this.byKey.add(item.label, item);
  }

  match(header: string): CodebookItem | undefined {
    const exact = this.byKey.get(header);
    if (exact) return exact;
    const normalized = normalizeText(header);
    const prefixed = this.ids.find((entry) => normalized.startsWith(entry.prefix));
    return prefixed?.item;
  }
}

/** Finds the header row: the row (among the first few) where most headers match codebook items. */
function findHeaderRow(grid: Grid, matcher: Pick<ItemMatcher, "match">): number {
  let best = -1;
  let bestMatches = 0;
  // Answers repeat ("4", "Akkoord"): each different text is matched (normalised) once.
  const matched = new Map<string, boolean>();
  for (let row = 0; row < Math.min(gridRowCount(grid), HEADER_SEARCH_ROWS); row += 1) {
    let matches = 0;
    for (const value of gridRow(grid, row)) {
      if (value === null) continue;
      const text = headerText(value);
      let isItem = matched.get(text);
      if (isItem === undefined) {
        isItem = matcher.match(text) !== undefined;
        matched.set(text, isItem);
      }
      if (isItem) matches += 1;
    }
    if (matches > bestMatches) {
      best = row;
      bestMatches = matches;
    }
  }
  return best;
}

/**
 * Codes a grid with a codebook.
 *
 * @example
 * const grid = gridFromRows("Antwoorden", [["RESP_ID", "VIS_01"], ["Netwerk 1", "Akkoord"]]);
 * ingest(grid, demosCoordinatorenCodebook()).items[0].values[0] // 4
 */
export function ingest(grid: Grid, codebook: Codebook, options: IngestOptions = {}): Dataset {
  const language = options.language ?? "nl";
  const maxIssues = options.maxIssuesPerColumn ?? 200;
  const say = (message: IngestMessage) => ingestMessage(language, message);
  const issues: Issue[] = [];
  const at = (row: number, column: number) => ({
    file: grid.file,
    sheet: grid.sheet,
    cell: gridCellAddress(grid, row, column),
  });
  const automatic = new ItemMatcher(codebook);
  const chosen = new NormalizedLookup<string | null>();
  for (const [header, itemId] of Object.entries(options.columnMapping ?? {}))
    chosen.add(header, itemId);
  const byId = new Map(codebook.items.map((item) => [item.id, item]));
  const matcher = {
    match(header: string): CodebookItem | undefined {
      const choice = chosen.get(header);
      if (choice === undefined) return automatic.match(header);
      return choice === null ? undefined : byId.get(choice);
    },
  };
  const dataset: Dataset = {
    source: { file: grid.file ?? null, sheet: grid.sheet },
    codebook,
    items: [],
    background: [],
    respondentIds: [],
    respondentRows: [],
    headerRow: 0,
    missingItems: [],
    issues,
  };

  const nonEmptyRow = findGridRow(grid, (cells) =>
    cells.some((value) => backgroundText(value ?? null) !== null)
  );
  if (nonEmptyRow < 0) {
    issues.push({
      severity: "error",
      code: "EMPTY_INPUT",
      message: say({ code: "EMPTY_INPUT", sheet: grid.sheet }),
      file: grid.file,
      sheet: grid.sheet,
    });
    dataset.missingItems = [...codebook.items];
    return dataset;
  }
  const matchedHeaderRow = findHeaderRow(grid, matcher);
  const headerRow = matchedHeaderRow >= 0 ? matchedHeaderRow : nonEmptyRow;
  dataset.headerRow = grid.originRow + headerRow;
  if (matchedHeaderRow < 0) {
    issues.push({
      severity: "error",
      code: "NO_ITEMS_RECOGNISED",
      message: say({
        code: "NO_ITEMS_RECOGNISED",
        sheet: grid.sheet,
        codebook: codebook.name,
        example: codebook.items[0]?.id ?? "VIS_01",
      }),
      ...at(headerRow, 0),
    });
  }

  // Map columns to items or background variables.
  const headers = gridRow(grid, headerRow).map((value) => headerText(value ?? null));
  const background = new NormalizedLookup<string>();
  for (const variable of codebook.background) {
    background.add(variable.id, variable.id);
    for (const alias of variable.aliases) background.add(alias, variable.id);
  }
  const itemColumns = new Map<string, { item: CodebookItem; column: number; header: string }>();
  const backgroundColumns: { id: string; header: string; column: number }[] = [];
  headers.forEach((header, column) => {
    if (header === "") return;
    const item = matcher.match(header);
    if (item) {
      const first = itemColumns.get(item.id);
      if (first) {
        issues.push({
          severity: "error",
          code: "DUPLICATE_COLUMN",
          message: say({
            code: "DUPLICATE_COLUMN",
            header,
            item: item.id,
            firstCell: gridCellAddress(grid, headerRow, first.column),
          }),
          ...at(headerRow, column),
        });
        return;
      }
      itemColumns.set(item.id, { item, column, header });
      return;
    }
    const id = background.get(header) ?? header;
    if (backgroundColumns.some((existing) => existing.id === id)) {
      backgroundColumns.push({
        id: `${header} (${gridCellAddress(grid, headerRow, column)})`,
        header,
        column,
      });
    } else {
      backgroundColumns.push({ id, header, column });
    }
  });

  issues.push(...unnamedColumnIssues(grid, headerRow, headers, language));

  const orderedItems = codebook.items
    .filter((item) => itemColumns.has(item.id))
    .map((item) => itemColumns.get(item.id)!);
  dataset.missingItems = codebook.items.filter((item) => !itemColumns.has(item.id));
  if (orderedItems.length > 0 && dataset.missingItems.length > 0) {
    issues.push({
      severity: "info",
      code: "ITEM_NOT_IN_DATA",
      message: say({
        code: "ITEM_NOT_IN_DATA",
        items: dataset.missingItems.map((item) => item.id),
      }),
      file: grid.file,
      sheet: grid.sheet,
    });
  }

  // Respondent rows: after the header, with at least one answer to an item.
  const itemColumnIndexes = orderedItems.map((entry) => entry.column);
  const backgroundCells = backgroundColumns.map((): CellValue[] => []);
  const backgroundColumnIndexes = backgroundColumns.map((entry) => entry.column);
  const rowWalk = [headerRow, itemColumnIndexes, backgroundColumnIndexes, backgroundCells] as const;
  const { respondents: respondentGridRows, unanswered } = grid.columns
    ? findRespondentRowsInStore(grid.columns, ...rowWalk)
    : findRespondentRows(grid.rows, ...rowWalk);
  for (const row of unanswered) {
    const hasAnything = gridRow(grid, row).some((value) => backgroundText(value ?? null) !== null);
    // Without a single recognised item column no row can have answers: NO_ITEMS_RECOGNISED says so
    // once, instead of one EMPTY_ROW per row.
    if (hasAnything && orderedItems.length > 0) {
      issues.push({
        severity: "info",
        code: "EMPTY_ROW",
        message: say({ code: "EMPTY_ROW", row: grid.originRow + row + 1 }),
        ...at(row, 0),
      });
    }
  }
  const count = respondentGridRows.length;
  dataset.respondentRows = respondentGridRows.map((row) => grid.originRow + row);
  dataset.originColumn = grid.originColumn;

  // Background variables; personal columns are dropped, free-text columns set apart (comments).
  dataset.textColumns = [];
  dataset.personalColumns = [];
  const knownIds = new Set(codebook.background.map((variable) => variable.id));
  for (let position = 0; position < backgroundColumns.length; position += 1) {
    const { id, header, column } = backgroundColumns[position];
    const cells = backgroundCells[position];
    if (id === "RESP_ID") {
      dataset.background.push({ id, header, column, values: cells.map(backgroundText) });
      continue;
    }
    // One pass over the cells; the checks below look at each different value once.
    const distinct = encodeDistinct(cells, backgroundText);
    if (isPersonalDistinct(header, distinct)) {
      dataset.personalColumns.push(header);
    } else if (isFreeTextDistinct(header, distinct, knownIds.has(id))) {
      const addresses = respondentGridRows.map((row) => gridCellAddress(grid, row, column));
      dataset.textColumns.push({
        id,
        header,
        column,
        values: decodeDistinct(distinct),
        cells: addresses,
      });
    } else {
      dataset.background.push({
        id,
        header,
        column,
        values: decodeDistinct(distinct, unifiedSpellings(distinct.values, distinct.counts)),
      });
    }
  }

  // Respondent ids (the RESP_ID column when present), duplicates flagged and kept.
  const idColumn = dataset.background.find((column) => column.id === "RESP_ID");
  const ids = respondentIdList(idColumn?.values, count, (index) =>
    respondentRowName(language, grid.originRow + respondentGridRows[index] + 1)
  );
  const repeats = repeatedIds(ids);
  // Every row of each repeated id (sheet rows, one-based), so a message can count them all.
  const sheetRowOf = (index: number) => grid.originRow + respondentGridRows[index] + 1;
  const rowsOf = new Map<number, number[]>();
  for (let pair = 0; pair < repeats.length; pair += 2) {
    const first = repeats[pair + 1];
    if (!rowsOf.has(first)) rowsOf.set(first, [sheetRowOf(first)]);
    rowsOf.get(first)!.push(sheetRowOf(repeats[pair]));
  }
  for (let pair = 0; pair < repeats.length; pair += 2) {
    const index = repeats[pair];
    const row = respondentGridRows[index];
    const id = ids[index];
    const rows = rowsOf.get(repeats[pair + 1])!;
    issues.push({
      severity: "warning",
      code: "DUPLICATE_RESPONDENT",
      message: say({
        code: "DUPLICATE_RESPONDENT",
        respondent: id,
        times: rows.length,
        otherRows: rows.filter((other) => other !== sheetRowOf(index)),
      }),
      ...at(row, idColumn!.column),
      context: {
        respondent: id,
        column: idColumn!.header,
        value: id,
        row: grid.originRow + row + 1,
      },
    });
    ids[index] = respondentRowName(language, grid.originRow + row + 1, id);
  }
  dataset.respondentIds = ids;

  // Code the answers. First pass row by row (ingestRows.ts): blanks and the common valid codes;
  // every other cell is left PENDING and coded by the second pass, column by column, so the issues
  // keep their order (by column, then row).
  const readers = new Map<string, AnswerReader>();
  const columnReaders = orderedItems.map((entry) => {
    const scale = entry.item.scale;
    let reader = readers.get(scale.id);
    if (!reader) {
      reader = new AnswerReader(scale);
      readers.set(scale.id, reader);
    }
    return reader;
  });
  const allValues = orderedItems.map(() => new Float64Array(count));
  const allStatus = orderedItems.map(() => new Uint8Array(count));
  // The respondents (indexes) each column left for the second pass, in row order.
  const allPending = orderedItems.map((): number[] => []);
  const firstPass = [
    respondentGridRows,
    itemColumnIndexes,
    columnReaders.map((reader) => reader.validDigit),
    columnReaders,
    allValues,
    allStatus,
    allPending,
  ] as const;
  // A grid stored by column (CSV, .xlsx in row order) is coded from its store, its rows unbuilt.
  if (grid.columns) codeCommonAnswersInStore(grid.columns, ...firstPass);
  else codeCommonAnswers(grid.rows, ...firstPass);
  orderedItems.forEach((entry, position) => {
    const scale = entry.item.scale;
    const reader = columnReaders[position];
    const values = allValues[position];
    const status = allStatus[position];
    // Capped per kind of problem, so the summary issue carries the right code.
    const reported = { OUT_OF_RANGE: 0, UNKNOWN_LABEL: 0, FORMULA_ERROR: 0 };
    const unreported = { OUT_OF_RANGE: 0, UNKNOWN_LABEL: 0, FORMULA_ERROR: 0 };
    for (const index of allPending[position]) {
      const row = respondentGridRows[index];
      const cell = gridCell(grid, row, entry.column) ?? null;
      const reading = reader.read(cell);
      switch (reading.kind) {
        case "valid":
          values[index] = reading.code;
          status[index] = ANSWER_STATUS.valid;
          break;
        case "missing":
          values[index] = NaN;
          status[index] = ANSWER_STATUS.missing;
          break;
        case "dontKnow":
          values[index] = NaN;
          status[index] = ANSWER_STATUS.dontKnow;
          break;
        case "invalid": {
          values[index] = NaN;
          status[index] = ANSWER_STATUS.invalid;
          if (reported[reading.reason] >= maxIssues) {
            unreported[reading.reason] += 1;
            break;
          }
          reported[reading.reason] += 1;
          const allowed = describeAllowedAnswers(scale, language);
          issues.push({
            severity: "error",
            code: reading.reason,
            message: say({
              code: reading.reason,
              shown: reading.shown,
              scale: scale.id,
              allowed,
              item: entry.item.id,
            }),
            ...at(row, entry.column),
            context: {
              respondent: dataset.respondentIds[index],
              item: entry.item.id,
              statement: entry.item.label,
              column: entry.header,
              value: reading.shown,
              allowed,
              row: grid.originRow + row + 1,
            },
          });
          break;
        }
      }
    }
    for (const code of Object.keys(unreported) as (keyof typeof unreported)[]) {
      const more = unreported[code];
      if (more === 0) continue;
      issues.push({
        severity: "error",
        code,
        message: say({ code, unlisted: more, column: entry.header, item: entry.item.id }),
        ...at(headerRow, entry.column),
      });
    }
    dataset.items.push({
      item: entry.item,
      header: entry.header,
      column: entry.column,
      values,
      status,
    } satisfies ItemColumn);
  });
  return dataset;
}
