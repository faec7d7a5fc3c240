/**
 * Inserts the coordinator template (a TemplateSpec, src/template/templateSpec.ts) into the open
 * workbook with Office.js, in two syncs: one to check the sheet names are free, one to write
 * every sheet (values, formulas, styles, widths, heights, merges, frozen rows, drop-down and
 * number validations, protection without a password, hidden and very hidden sheets, print setup).
 * The template's formulas and validations refer to its sheets by name, so the names must be free:
 * an existing sheet with one of them stops the insert with a message instead of renaming.
 *
 * Requirement sets: 1.1–1.2 values, formats, merges, protection; 1.7 freezePanes; guarded:
 * 1.8 dataValidation and showGridlines, 1.9 pageLayout (print settings).
 */
import type { Language } from "../analysis/language";
import type {
  TemplateCell,
  TemplateCellStyle,
  TemplateSheet,
  TemplateSpec,
} from "../template/templateSpec";
import { cellNumberFormat } from "../workbook/cells";
import { parseAddress, sheetKey } from "../report/names";
import { WorkbookError } from "../workbook/port";
import { columnWidthPoints } from "./charts";
import type { ExcelRun, IsSetSupported } from "./runtime";

const NAVY = "#1F3864";
const HEADING_FILL = "#DDEBF7";
const INPUT_FILL = "#FFF2CC";
const BORDER = "#A6A6A6";
const GREY = "#7F7F7F";
const NOTE_GREY = "#595959";

interface Look {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  border?: boolean;
}

/** The same looks as the .xlsx template (src/xlsx/writeTemplate.ts). */
const LOOKS: Record<TemplateCellStyle, Look> = {
  title: { bold: true, size: 15, color: NAVY },
  heading: { bold: true, size: 12, color: NAVY, fill: HEADING_FILL },
  subheading: { bold: true, italic: true, color: NAVY },
  header: { bold: true, color: "#FFFFFF", fill: NAVY, border: true },
  label: { bold: true },
  input: { fill: INPUT_FILL, border: true },
  itemId: { size: 9, color: GREY },
  statement: {},
  answer: { fill: INPUT_FILL, border: true },
  comment: { border: true },
  text: {},
  note: { italic: true, size: 9, color: NOTE_GREY },
  plain: {},
};

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

const TEXTS = {
  nl: {
    exists: (names: string[]) =>
      `Dit werkboek heeft al ${names.length === 1 ? "een blad" : "bladen"} ${names.map((name) => `'${name}'`).join(", ")}: voeg het sjabloon in een nieuw, leeg werkboek in.`,
  },
  en: {
    exists: (names: string[]) =>
      `This workbook already has ${names.length === 1 ? "a sheet" : "sheets"} ${names.map((name) => `'${name}'`).join(", ")}: insert the template into a new, empty workbook.`,
  },
};

/** Values, formulas and number formats of a sheet's cells, as three arrays over one rectangle. */
function cellArrays(cells: readonly TemplateCell[]) {
  const places = cells.map((cell) => ({ cell, at: parseAddress(cell.address) }));
  const top = Math.min(...places.map(({ at }) => at.row));
  const left = Math.min(...places.map(({ at }) => at.column));
  const bottom = Math.max(...places.map(({ at }) => at.row));
  const right = Math.max(...places.map(({ at }) => at.column));
  const make = () =>
    Array.from({ length: bottom - top + 1 }, () =>
      new Array<string | number | null>(right - left + 1).fill(null)
    );
  const values = make();
  const formulas = make();
  const formats = make();
  let hasFormula = false;
  for (const { cell, at } of places) {
    const row = at.row - top;
    const column = at.column - left;
    if (cell.formula !== undefined) {
      formulas[row][column] = `=${cell.formula}`;
      hasFormula = true;
    } else if (cell.value !== null) {
      values[row][column] = cell.value;
      formats[row][column] = cellNumberFormat(cell.value, cell.numberFormat ?? "General");
    }
    if (cell.numberFormat && cell.formula !== undefined) formats[row][column] = cell.numberFormat;
  }
  return { top, left, values, formulas, formats, hasFormula };
}

function queueSheet(
  worksheet: Excel.Worksheet,
  sheet: TemplateSheet,
  isSetSupported: IsSetSupported
): void {
  if (sheet.cells.length > 0) {
    const { top, left, values, formulas, formats, hasFormula } = cellArrays(sheet.cells);
    const range = worksheet.getRangeByIndexes(top, left, values.length, values[0].length);
    // Formats first, so text that looks like a formula or number stays text (cells.ts).
    range.numberFormat = formats;
    range.values = values;
    if (hasFormula) range.formulas = formulas;
  }
  for (const cell of sheet.cells) {
    const look = LOOKS[cell.style];
    const format = worksheet.getRange(cell.address).format;
    format.verticalAlignment = "Top";
    if (cell.wrap) format.wrapText = true;
    if (look.bold || cell.bold) format.font.bold = true;
    if (look.italic) format.font.italic = true;
    if (look.size) format.font.size = look.size;
    if (look.color) format.font.color = look.color;
    if (look.fill) format.fill.color = look.fill;
    if (look.border)
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
        const border = format.borders.getItem(edge);
        border.style = "Continuous";
        border.color = BORDER;
      }
  }
  for (const [letter, width] of Object.entries(sheet.columnWidths))
    worksheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(width);
  for (const [row, height] of Object.entries(sheet.rowHeights))
    worksheet.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const merge of sheet.merges) worksheet.getRange(merge).merge(false);
  if (sheet.frozenRows > 0) worksheet.freezePanes.freezeRows(sheet.frozenRows);
  if (!sheet.showGridLines && isSetSupported("ExcelApi", "1.8")) worksheet.showGridlines = false;

  if (isSetSupported("ExcelApi", "1.8")) {
    for (const validation of sheet.validations) {
      const target = worksheet.getRange(validation.range).dataValidation;
      target.ignoreBlanks = validation.allowBlank;
      if (validation.kind === "list")
        target.rule = { list: { inCellDropDown: true, source: `=${validation.source}` } };
      else if (validation.kind === "whole")
        target.rule = {
          wholeNumber: {
            formula1: validation.min,
            formula2: validation.max,
            operator: "Between",
          },
        };
      else
        target.rule = {
          date: { formula1: validation.min, operator: "GreaterThanOrEqualTo" },
        };
      target.prompt = {
        showPrompt: true,
        title: validation.promptTitle,
        message: validation.prompt,
      };
      target.errorAlert = {
        showAlert: true,
        style:
          validation.errorStyle === "stop"
            ? "Stop"
            : validation.errorStyle === "warning"
              ? "Warning"
              : "Information",
        title: validation.errorTitle,
        message: validation.error,
      };
    }
  }

  if (sheet.print && isSetSupported("ExcelApi", "1.9")) {
    const layout = worksheet.pageLayout;
    layout.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    layout.zoom = {
      horizontalFitToPages: sheet.print.fitToWidth,
      verticalFitToPages: sheet.print.fitToHeight,
    };
    layout.setPrintArea(sheet.print.area);
    if (sheet.print.repeatRows) layout.setPrintTitleRows(sheet.print.repeatRows);
    if (sheet.print.footer)
      layout.headersFooters.defaultForAllPages.leftFooter = sheet.print.footer.replace(/&/g, "&&");
  }

  if (sheet.protection) {
    for (const range of sheet.protection.unlocked)
      worksheet.getRange(range).format.protection.locked = false;
    worksheet.protection.protect({
      allowFormatColumns: true,
      allowFormatRows: true,
    });
  }
  worksheet.visibility = VISIBILITY[sheet.state];
}

/**
 * Writes the template's sheets into the workbook; returns their names.
 *
 * @throws WorkbookError TEMPLATE_SHEETS_EXIST when a sheet with one of the names exists
 */
export async function insertTemplateSheets(
  spec: TemplateSpec,
  options: { run: ExcelRun; isSetSupported: IsSetSupported; language: Language }
): Promise<string[]> {
  return options.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const existing = new Set(worksheets.items.map((sheet) => sheetKey(sheet.name)));
    const clashes = spec.sheets
      .map((sheet) => sheet.name)
      .filter((name) => existing.has(sheetKey(name)));
    if (clashes.length > 0)
      throw new WorkbookError(TEXTS[options.language].exists(clashes), "TEMPLATE_SHEETS_EXIST");
    const added = spec.sheets.map((sheet) => {
      const worksheet = worksheets.add(sheet.name);
      queueSheet(worksheet, sheet, options.isSetSupported);
      return worksheet;
    });
    const active = spec.sheets[spec.activeSheet];
    if (active) {
      added[spec.activeSheet].activate();
      added[spec.activeSheet].getRange(active.activeCell).select();
    }
    await context.sync();
    return spec.sheets.map((sheet) => sheet.name);
  });
}
