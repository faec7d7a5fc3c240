/**
 * Finding the survey sheet of a returned coordinator template: the sheet with the statements, item
 * ids in column A and answers in column C (layout.ts). It is looked up by its name first
 * (`Bevraging`/`Survey`, as Excel compares names); a coordinator may have renamed it ("Vragenlijst")
 * while every id and answer is still in place, so in a workbook that carries the template's marker
 * (the meta sheet) a sheet without that name is found by its content: the template's header row
 * (`item` in A, `antwoord` in C) or, given a codebook, the codebook's item ids in column A. (Only
 * there: in any other workbook a sheet with ids in column A may well be a long-format data table.) The template's other sheets (instructions, network, codebook,
 * lists, meta) are never taken for it, however much they resemble it (the `Codeboek` sheet lists
 * the same ids in column A).
 */
import type { Codebook } from "../analysis/codebook";
import type { CellValue, Grid } from "../analysis/grid";
import { columnIndex, gridCell, gridRowCount } from "../analysis/grid";
import type { Language } from "../analysis/language";
import { NormalizedLookup, normalizeText } from "../analysis/textMatch";
import { SURVEY_COLUMNS, SURVEY_HEADERS, TEMPLATE_SHEETS } from "./layout";

/** The survey sheet as found, and whether it was found by its content under another name. */
export interface FoundSurveySheet {
  grid: Grid;
  /** True when the sheet does not carry the template's name (it was renamed). */
  renamed: boolean;
}

/** Sheet name as Excel compares it: trimmed, NFC, case-folded. */
export function sheetKey(name: string): string {
  return name.trim().normalize("NFC").toLowerCase();
}

const ITEM_COLUMN = columnIndex(SURVEY_COLUMNS.item);
const ANSWER_COLUMN = columnIndex(SURVEY_COLUMNS.answer);

function cellText(grid: Grid, row: number, column: number): string {
  const relative = column - grid.originColumn;
  const value: CellValue = relative < 0 ? null : (gridCell(grid, row, relative) ?? null);
  if (value === null || value instanceof Date || typeof value === "boolean") return "";
  return String(value).trim();
}

/**
 * True when a row of the sheet is the template's survey header (`item` in A, `antwoord` or
 * `answer` in C).
 *
 * @example hasSurveyHeader(gridFromRows("Vragenlijst", [["item", "vraag", "antwoord"]])) // true
 */
export function hasSurveyHeader(grid: Grid): boolean {
  const items = [SURVEY_HEADERS.item.nl, SURVEY_HEADERS.item.en].map(normalizeText);
  const answers = [SURVEY_HEADERS.answer.nl, SURVEY_HEADERS.answer.en].map(normalizeText);
  for (let row = 0; row < gridRowCount(grid); row += 1) {
    if (
      items.includes(normalizeText(cellText(grid, row, ITEM_COLUMN))) &&
      answers.includes(normalizeText(cellText(grid, row, ANSWER_COLUMN)))
    )
      return true;
  }
  return false;
}

/**
 * True when column A holds enough of the codebook's item ids to be the survey sheet: at least
 * three (all of them for a smaller codebook).
 *
 * @example holdsItemIds(gridFromRows("Blad1", [["VIS_01"], ["VIS_02"], ["VIS_03"]]), preset) // true
 */
export function holdsItemIds(grid: Grid, codebook: Codebook): boolean {
  if (codebook.items.length === 0) return false;
  const ids = new NormalizedLookup<true>();
  for (const item of codebook.items) ids.add(item.id, true);
  let count = 0;
  for (let row = 0; row < gridRowCount(grid); row += 1)
    if (ids.get(cellText(grid, row, ITEM_COLUMN))) count += 1;
  return count >= Math.min(3, codebook.items.length);
}

/** The template's own names of the survey sheet, `first` language first. */
export function surveySheetNames(first: Language | null = null): string[] {
  const { nl, en } = TEMPLATE_SHEETS.survey;
  return first === "en" ? [en, nl] : [nl, en];
}

/** Names (both languages) of the template's sheets that are not the survey sheet. */
const OTHER_SHEETS = new Set(
  (["instructions", "network", "codebook", "lists", "meta"] as const).flatMap((key) =>
    [TEMPLATE_SHEETS[key].nl, TEMPLATE_SHEETS[key].en].map(sheetKey)
  )
);

/**
 * The survey sheet: by name (`Bevraging`/`Survey`, `language` first), else, when `byContent`
 * (a marked template), the first other sheet (not one of the template's other sheets) with the
 * survey header row, else the first with the codebook's item ids in column A. Null when there is
 * none.
 *
 * @example
 * findSurveySheet(grids, { language: "nl", codebook, byContent: true })
 * // { grid: <the "Vragenlijst" grid>, renamed: true }
 */
export function findSurveySheet(
  grids: readonly Grid[],
  options: { language?: Language | null; codebook?: Codebook; byContent?: boolean } = {}
): FoundSurveySheet | null {
  for (const name of surveySheetNames(options.language ?? null).map(sheetKey)) {
    const grid = grids.find((candidate) => sheetKey(candidate.sheet) === name);
    if (grid) return { grid, renamed: false };
  }
  if (!options.byContent) return null;
  const others = grids.filter((grid) => !OTHER_SHEETS.has(sheetKey(grid.sheet)));
  const byHeader = others.find(hasSurveyHeader);
  if (byHeader) return { grid: byHeader, renamed: true };
  const { codebook } = options;
  const byIds = codebook ? others.find((grid) => holdsItemIds(grid, codebook)) : undefined;
  return byIds ? { grid: byIds, renamed: true } : null;
}
