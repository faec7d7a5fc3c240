/**
 * A Dataset is what ingest makes of a Grid: respondents × items as numeric codes (column-major typed
 * arrays, fast for 100k respondents), with missing, don't-know and rejected answers kept apart,
 * background variables (size class, region, …) and the issues found on the way.
 */
import type { Codebook, CodebookItem } from "./codebook";
import type { Issue } from "./issue";

/** Per answer: what kind of answer it was. */
export const ANSWER_STATUS = { valid: 0, missing: 1, dontKnow: 2, invalid: 3 } as const;

export interface BackgroundColumn {
  /** Canonical id when the header matches a codebook background variable, else the header itself. */
  id: string;
  /** The header as written in the data. */
  header: string;
  /** Zero-based column in the grid. */
  column: number;
  /** One value per respondent; blank → null. Numbers and dates are turned into text. */
  values: (string | null)[];
  /** Order of the groups when it is not alphabetical (bands: lowest first). */
  order?: string[];
}

/** A free-text column (comments, open answers): kept for the comments sheet, never a group. */
export interface TextColumn extends BackgroundColumn {
  /** A1 address of each respondent's cell in this column. */
  cells: string[];
}

export interface ItemColumn {
  item: CodebookItem;
  /** The header as written in the data. */
  header: string;
  column: number;
  /** Code per respondent, NaN when the answer is not valid. */
  values: Float64Array;
  /** ANSWER_STATUS per respondent. */
  status: Uint8Array;
}

export interface Dataset {
  source: { file: string | null; sheet: string };
  codebook: Codebook;
  /** Items found in the data, in codebook order. */
  items: ItemColumn[];
  background: BackgroundColumn[];
  /**
   * Free-text columns (the template's comments, open answers), set apart from `background` so they
   * are never offered as group columns. Absent in datasets built before comments were gathered.
   */
  textColumns?: TextColumn[];
  /**
   * Headers of personal columns (names, e-mail, phone, INGEVULD_DOOR). Their values are dropped at
   * ingest: they are never grouped by and never written to a report.
   */
  personalColumns?: string[];
  respondentIds: string[];
  /** Zero-based sheet row of each respondent, for pointing at cells. */
  respondentRows: number[];
  /** Zero-based sheet row of the header. */
  headerRow: number;
  /** Zero-based sheet column of the grid's first column (a column's sheet column is this + its `column`). */
  originColumn?: number;
  /** Codebook items with no column in the data. */
  missingItems: CodebookItem[];
  issues: Issue[];
}

/** The item column for an id, or undefined. */
export function findItemColumn(dataset: Dataset, itemId: string): ItemColumn | undefined {
  return dataset.items.find((column) => column.item.id === itemId);
}
