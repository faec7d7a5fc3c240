/**
 * The shape of the coordinator template as data (TemplateSpec and its sheets, cells, validations
 * and print settings): what buildTemplateSpec (templateSpec.ts) produces and an adapter
 * (src/xlsx/writeTemplate.ts, src/excel/template.ts) writes. Pure types, no behaviour.
 */
import type { Language } from "../analysis/language";
import type { TEMPLATE_SHEETS } from "./layout";

/**
 * How a cell looks; the adapter maps each hint to fonts, fills and borders.
 * - `title`, `heading` (a domain on Bevraging, a section on Instructies), `subheading`;
 * - `header`: a column header row; `label`: a field name (Netwerk column A);
 * - `input`: a cell the coordinator fills in (Netwerk values): unlocked, light yellow, bordered;
 * - `itemId`, `statement` (wrapped), `answer` (unlocked, light yellow, bordered),
 *   `comment` (unlocked, bordered, wrapped);
 * - `text` (plain, wrapped), `note` (small grey help text), `plain` (no formatting: lists, meta).
 */
export type TemplateCellStyle =
  | "title"
  | "heading"
  | "subheading"
  | "header"
  | "label"
  | "input"
  | "itemId"
  | "statement"
  | "answer"
  | "comment"
  | "text"
  | "note"
  | "plain";

export interface TemplateCell {
  /** A1 address on its sheet, e.g. "C7". */
  address: string;
  /** The value; text is always written as text, never as a formula. */
  value: string | number | null;
  /** A formula without "=" (English function names, comma separators); its cached result is empty. */
  formula?: string;
  style: TemplateCellStyle;
  wrap?: boolean;
  bold?: boolean;
  /** Excel number format code, e.g. "#,##0" or "dd/mm/yyyy". */
  numberFormat?: string;
}

interface ValidationMessages {
  /** Range the validation applies to, e.g. "C6:C9". */
  range: string;
  allowBlank: boolean;
  /** Input message shown when the cell is selected (title ≤ 32, text ≤ 255 characters). */
  promptTitle: string;
  prompt: string;
  /** Error alert for a value that does not pass (title ≤ 32, text ≤ 225 characters). */
  errorStyle: "stop" | "warning" | "information";
  errorTitle: string;
  error: string;
}

/** A drop-down list whose choices are the cells of `source` (an absolute range on another sheet). */
export interface TemplateListValidation extends ValidationMessages {
  kind: "list";
  /** E.g. "Lijsten!$A$2:$A$7". */
  source: string;
}

export interface TemplateWholeNumberValidation extends ValidationMessages {
  kind: "whole";
  min: number;
  max: number;
}

export interface TemplateDateValidation extends ValidationMessages {
  kind: "date";
  /** Earliest date, ISO "YYYY-MM-DD". */
  min: string;
}

export type TemplateValidation =
  TemplateListValidation | TemplateWholeNumberValidation | TemplateDateValidation;

export interface TemplatePrintSettings {
  /** E.g. "A1:D62". */
  area: string;
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  /** Pages wide (1) and high (0 = as many as needed). */
  fitToWidth: number;
  fitToHeight: number;
  /** Rows repeated at the top of every printed page, e.g. "3:3". */
  repeatRows?: string;
  /** Text at the bottom left of every page (the adapter adds page numbers on the right). */
  footer?: string;
}

export type TemplateSheetKey = keyof typeof TEMPLATE_SHEETS;

export interface TemplateSheet {
  key: TemplateSheetKey;
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  cells: TemplateCell[];
  /** Merged ranges, e.g. "A2:D2" (the value sits in the top-left cell). */
  merges: string[];
  /** Widths in characters, by column letter. */
  columnWidths: Record<string, number>;
  /** Heights in points for rows whose wrapped text needs more than one line. */
  rowHeights: Record<number, number>;
  /** Rows frozen at the top (0 = none). */
  frozenRows: number;
  /** The cell selected when the sheet opens. */
  activeCell: string;
  showGridLines: boolean;
  print: TemplatePrintSettings | null;
  /** Null: not protected. Otherwise protected without a password; only these cells can change. */
  protection: { unlocked: string[] } | null;
  validations: TemplateValidation[];
}

/** Where one codebook item landed on the survey sheet. */
export interface TemplateItemPlacement {
  id: string;
  row: number;
  answerCell: string;
  commentCell: string;
  scaleId: string;
  /** The drop-down's choices: the scale labels in the template language, then "Weet niet". */
  choices: (string | number)[];
  /** The list source on the lists sheet, e.g. "Lijsten!$A$2:$A$7". */
  source: string;
}

export interface TemplateSpec {
  templateId: string;
  version: string;
  presetId: string;
  language: Language;
  generated: string;
  /** Workbook document properties. */
  properties: {
    title: string;
    subject: string;
    creator: string;
    company: string;
    keywords: string;
  };
  /** In workbook order; the first sheet is active when the file opens. */
  sheets: TemplateSheet[];
  /** Index in `sheets` of the sheet shown when the file opens (the instructions). */
  activeSheet: number;
  /** Workbook-level names (none are needed today). */
  definedNames: { name: string; range: string }[];
  /** One entry per codebook item, in survey order. */
  items: TemplateItemPlacement[];
}

export interface TemplateSpecOptions {
  language: Language;
  /** The preset the template is for (e.g. "demos-coordinatoren"): the template id. */
  presetId: string;
  /** Date the template was made, "YYYY-MM-DD" (stored in the meta sheet; empty when omitted). */
  generated?: string;
  /** The Dēmos contact shown on the instructions ("Contact: …" when omitted). */
  contact?: string;
  /** Inhabitants threshold for the size class (default DEFAULT_SIZE_THRESHOLD). */
  sizeThreshold?: number;
}
