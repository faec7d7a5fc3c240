/**
 * Writes a TemplateSpec (src/template/templateSpec.ts) as an .xlsx workbook with ExcelJS, in Node
 * and in the browser: bytes out, no file system. Everything the spec describes is applied: values
 * and formulas, styles, column widths and row heights, merges, frozen header rows, print settings
 * (A4, one page wide), drop-down and number validations with input messages and error alerts,
 * protection without a password (only the cells the spec unlocks can change) and sheet states
 * (hidden, very hidden). No external links, no macros, no comments (legacy drawing parts).
 *
 * @example
 * const spec = buildTemplateSpec(findPreset("demos-coordinatoren")!, { language: "nl", presetId: "demos-coordinatoren" });
 * await writeFile("sjabloon.xlsx", await writeTemplateWorkbook(spec));
 */
import * as ExcelJS from "exceljs";
import type {
  TemplateCell,
  TemplateCellStyle,
  TemplateSheet,
  TemplateSpec,
  TemplateValidation,
} from "../template/templateSpec";

export interface WriteTemplateOptions {
  /** Fixed created/modified dates (reproducible output); default: now. */
  timestamp?: Date;
}

const COLORS = {
  navy: "FF1F3864",
  headingFill: "FFDDEBF7",
  inputFill: "FFFFF2CC",
  border: "FFA6A6A6",
  grey: "FF7F7F7F",
  noteGrey: "FF595959",
  white: "FFFFFFFF",
} as const;

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: COLORS.border } };
const BOX: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const solidFill = (argb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb },
});

interface CellLook {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}

/** What each style hint of the spec looks like. Every cell is aligned to the top of its row. */
const LOOKS: Record<TemplateCellStyle, CellLook> = {
  title: { font: { bold: true, size: 15, color: { argb: COLORS.navy } } },
  heading: {
    font: { bold: true, size: 12, color: { argb: COLORS.navy } },
    fill: solidFill(COLORS.headingFill),
  },
  subheading: { font: { bold: true, italic: true, color: { argb: COLORS.navy } } },
  header: {
    font: { bold: true, color: { argb: COLORS.white } },
    fill: solidFill(COLORS.navy),
    border: BOX,
  },
  label: { font: { bold: true } },
  input: { fill: solidFill(COLORS.inputFill), border: BOX },
  itemId: { font: { size: 9, color: { argb: COLORS.grey } } },
  statement: {},
  answer: { fill: solidFill(COLORS.inputFill), border: BOX },
  comment: { border: BOX },
  text: {},
  note: { font: { italic: true, size: 9, color: { argb: COLORS.noteGrey } } },
  plain: {},
};

/** ExcelJS's worksheet.dataValidations (present in 4.4, missing from its type declarations). */
interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/** "C6:C9" → ["C6", "C7", "C8", "C9"]; "B4" → ["B4"]. */
export function expandRange(range: string): string[] {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
  if (!match) throw new Error(`Not an A1 range: ${range}`);
  const toIndex = (letters: string) =>
    [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  const toLetters = (index: number): string => {
    let letters = "";
    for (let rest = index; rest > 0; rest = Math.floor((rest - 1) / 26))
      letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
    return letters;
  };
  const [firstColumn, firstRow] = [toIndex(match[1]), Number(match[2])];
  const [lastColumn, lastRow] = match[3]
    ? [toIndex(match[3]), Number(match[4])]
    : [firstColumn, firstRow];
  const cells: string[] = [];
  for (let row = firstRow; row <= lastRow; row += 1)
    for (let column = firstColumn; column <= lastColumn; column += 1)
      cells.push(`${toLetters(column)}${row}`);
  return cells;
}

function applyCell(worksheet: ExcelJS.Worksheet, spec: TemplateCell): void {
  const cell = worksheet.getCell(spec.address);
  if (spec.formula !== undefined) {
    // No cached result: Excel and LibreOffice compute it when the file opens.
    cell.value = { formula: spec.formula } as ExcelJS.CellFormulaValue;
  } else if (spec.value !== null) {
    cell.value = spec.value;
  }
  const look = LOOKS[spec.style];
  const font = { ...look.font, ...(spec.bold ? { bold: true } : {}) };
  if (Object.keys(font).length > 0) cell.font = font;
  if (look.fill) cell.fill = look.fill;
  if (look.border) cell.border = look.border;
  cell.alignment = { vertical: "top", wrapText: spec.wrap === true, ...look.alignment };
  if (spec.numberFormat) cell.numFmt = spec.numberFormat;
}

function excelValidation(validation: TemplateValidation): ExcelJS.DataValidation {
  const messages = {
    allowBlank: validation.allowBlank,
    showInputMessage: true,
    promptTitle: validation.promptTitle,
    prompt: validation.prompt,
    showErrorMessage: true,
    errorStyle: validation.errorStyle,
    errorTitle: validation.errorTitle,
    error: validation.error,
  };
  switch (validation.kind) {
    case "list":
      return { type: "list", formulae: [validation.source], ...messages };
    case "whole":
      return {
        type: "whole",
        operator: "between",
        formulae: [validation.min, validation.max],
        ...messages,
      };
    case "date":
      return {
        type: "date",
        operator: "greaterThanOrEqual",
        formulae: [new Date(`${validation.min}T00:00:00Z`)],
        ...messages,
      };
  }
}

/**
 * ExcelJS writes the print area as `'Sheet'!$` + each corner, so "A1:D9" would become the
 * half-relative "$A1:$D9"; giving it "A$1:D$9" yields the absolute "$A$1:$D$9" Excel writes.
 */
function absolutePrintArea(range: string): string {
  return range.replace(/([A-Z]+)\$?(\d+)/g, "$1$$$2");
}

/** Escapes "&" for an Excel header/footer string (where "&" starts a code). */
const footerText = (text: string): string => text.replace(/&/g, "&&");

function applySheet(workbook: ExcelJS.Workbook, sheet: TemplateSheet, active: boolean): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.state,
    views: [
      {
        state: sheet.frozenRows > 0 ? "frozen" : "normal",
        ...(sheet.frozenRows > 0 ? { xSplit: 0, ySplit: sheet.frozenRows } : {}),
        activeCell: sheet.activeCell,
        showGridLines: sheet.showGridLines,
        tabSelected: active,
      } as Partial<ExcelJS.WorksheetView>,
    ],
  });

  for (const [letter, width] of Object.entries(sheet.columnWidths))
    worksheet.getColumn(letter).width = width;
  for (const cell of sheet.cells) applyCell(worksheet, cell);
  for (const [row, height] of Object.entries(sheet.rowHeights))
    worksheet.getRow(Number(row)).height = height;
  for (const range of sheet.merges) worksheet.mergeCells(range);

  // Added by range, not cell by cell: ExcelJS 4.4 merges per-cell validations into ranges after
  // sorting the addresses as text ("C10" before "C9"), which yields overlapping ranges (C10:C12
  // and C8:C12) for a run that crosses a power of ten; Excel repairs such a file.
  const validations = (worksheet as unknown as { dataValidations: RangeValidations })
    .dataValidations;
  for (const validation of sheet.validations)
    validations.add(validation.range, excelValidation(validation));

  if (sheet.print) {
    const print = sheet.print;
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      paperSize: 9, // A4
      orientation: print.orientation,
      fitToPage: true,
      fitToWidth: print.fitToWidth,
      fitToHeight: print.fitToHeight,
      printArea: absolutePrintArea(print.area),
      ...(print.repeatRows ? { printTitlesRow: print.repeatRows } : {}),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    if (print.footer)
      worksheet.headerFooter = {
        oddFooter: `&L&8${footerText(print.footer)}&R&8&P / &N`,
      };
  }

  if (sheet.protection) {
    for (const range of sheet.protection.unlocked)
      for (const address of expandRange(range))
        worksheet.getCell(address).protection = { locked: false };
    // No password (ExcelJS writes no hash for an empty one): protection guards against accidents;
    // anyone may lift it via Review › Unprotect Sheet. Resizing columns and rows stays allowed.
    void worksheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

/**
 * The template as .xlsx bytes. Sheets in spec order; the spec's active sheet is selected and
 * shown first. Document properties: title, subject, keywords from the spec, creator
 * "Netwerkmeter", company "Dēmos". Formulas are recalculated when the file opens.
 *
 * @example const bytes = await writeTemplateWorkbook(spec, { timestamp: new Date("2026-03-01") });
 */
export async function writeTemplateWorkbook(
  spec: TemplateSpec,
  options: WriteTemplateOptions = {}
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const timestamp = options.timestamp ?? new Date();
  workbook.creator = spec.properties.creator;
  workbook.lastModifiedBy = spec.properties.creator;
  workbook.company = spec.properties.company;
  workbook.title = spec.properties.title;
  workbook.subject = spec.properties.subject;
  workbook.keywords = spec.properties.keywords;
  workbook.created = timestamp;
  workbook.modified = timestamp;
  workbook.calcProperties.fullCalcOnLoad = true;

  spec.sheets.forEach((sheet, index) => applySheet(workbook, sheet, index === spec.activeSheet));
  for (const name of spec.definedNames) workbook.definedNames.add(name.range, name.name);
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: spec.activeSheet,
      visibility: "visible",
    },
  ];

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
