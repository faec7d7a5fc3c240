/**
 * Inserts the coordinator template (a TemplateSpec, src/template/templateSpec.ts) into the open
 * workbook with Office.js, in three syncs:
 * 1. check the sheet names are free. The template's formulas and validations refer to its sheets
 *    by name, so an existing sheet with one of them stops the insert with a message instead of
 *    renaming;
 * 2. add every sheet, empty. Excel resolves a sheet reference when the command runs: a list
 *    validation pointing at `Lijsten!…` queued before `Lijsten` exists fails with InvalidArgument
 *    at ListDataValidation.source (office-js#277), so nothing refers to a sheet before all exist;
 * 3. fill every sheet (values, formulas, number formats, also of empty input cells, styles,
 *    widths, heights, merges, frozen rows, drop-down and number validations, protection without a
 *    password, hidden and very hidden sheets, print setup with the .xlsx template's footer).
 * When 2 or 3 fails, the sheets it added are deleted again (a very hidden sheet is made visible
 * first: Excel refuses to delete it otherwise, office-js#365), so a second try starts clean.
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
import { friendlyWorkbookError, withFriendlyErrors } from "./errors";
import type { ExcelRun, IsSetSupported } from "./runtime";
import { errorCode } from "./runtime";

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
      `Deze werkmap heeft al ${names.length === 1 ? "een blad" : "bladen"} ${names.map((name) => `'${name}'`).join(", ")}: voeg het sjabloon in een nieuwe, lege werkmap in.`,
    failed: (reason: string) =>
      `Het sjabloon kon niet ingevoegd worden (${reason}); de toegevoegde bladen zijn weer verwijderd.`,
    leftOver: (reason: string, names: string[]) =>
      `Het sjabloon kon niet ingevoegd worden (${reason}), en de toegevoegde bladen ${names.map((name) => `'${name}'`).join(", ")} konden niet verwijderd worden: verwijder ze zelf en probeer opnieuw.`,
  },
  en: {
    exists: (names: string[]) =>
      `This workbook already has ${names.length === 1 ? "a sheet" : "sheets"} ${names.map((name) => `'${name}'`).join(", ")}: insert the template into a new, empty workbook.`,
    failed: (reason: string) =>
      `The template could not be inserted (${reason}); the sheets it added were removed again.`,
    leftOver: (reason: string, names: string[]) =>
      `The template could not be inserted (${reason}), and the sheets it added, ${names.map((name) => `'${name}'`).join(", ")}, could not be removed: remove them and try again.`,
  },
};

/** The Excel page-number code of the .xlsx template's footer (src/xlsx/writeTemplate.ts). */
const PAGE_NUMBER_FOOTER = "&8&P / &N";

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
    } else if (cell.numberFormat) {
      // An empty input cell: the format is for what the coordinator types (#,##0, dd/mm/yyyy).
      formats[row][column] = cell.numberFormat;
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
    if (sheet.print.footer) {
      // As the .xlsx template: the text small on the left, "page / pages" on the right.
      const footers = layout.headersFooters.defaultForAllPages;
      footers.leftFooter = `&8${sheet.print.footer.replace(/&/g, "&&")}`;
      footers.rightFooter = PAGE_NUMBER_FOOTER;
    }
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
 * @throws WorkbookError TEMPLATE_SHEETS_EXIST when a sheet with one of the names exists;
 *   TEMPLATE_FAILED when Excel refused a step (the added sheets are removed again)
 */
export async function insertTemplateSheets(
  spec: TemplateSpec,
  options: { run: ExcelRun; isSetSupported: IsSetSupported; language: Language }
): Promise<string[]> {
  const texts = TEXTS[options.language];
  return withFriendlyErrors(options.language, () =>
    options.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const existing = new Set(worksheets.items.map((sheet) => sheetKey(sheet.name)));
      const clashes = spec.sheets
        .map((sheet) => sheet.name)
        .filter((name) => existing.has(sheetKey(name)));
      if (clashes.length > 0)
        throw new WorkbookError(texts.exists(clashes), "TEMPLATE_SHEETS_EXIST");

      // Sync 2: every sheet exists before anything refers to one.
      const added = spec.sheets.map((sheet) => worksheets.add(sheet.name));
      try {
        await context.sync();
        // Sync 3: fill them.
        spec.sheets.forEach((sheet, index) =>
          queueSheet(added[index], sheet, options.isSetSupported)
        );
        const active = spec.sheets[spec.activeSheet];
        if (active) {
          added[spec.activeSheet].activate();
          added[spec.activeSheet].getRange(active.activeCell).select();
        }
        await context.sync();
      } catch (error) {
        const friendly = friendlyWorkbookError(error, options.language);
        if (friendly instanceof WorkbookError && friendly.code === "CELL_EDIT_MODE") throw friendly;
        const reason =
          friendly instanceof WorkbookError
            ? friendly.message
            : (errorCode(error) ?? (error instanceof Error ? error.message : String(error)));
        // Roll back: delete what this insert added (those that exist: sync 2 may have failed half-way).
        const left = spec.sheets.map((sheet) => worksheets.getItemOrNullObject(sheet.name));
        try {
          await context.sync();
          for (const sheet of left) {
            if (sheet.isNullObject) continue;
            sheet.visibility = "Visible";
            sheet.delete();
          }
          await context.sync();
        } catch {
          throw new WorkbookError(
            texts.leftOver(
              reason,
              spec.sheets.map((sheet) => sheet.name)
            ),
            "TEMPLATE_FAILED",
            { cause: error }
          );
        }
        throw new WorkbookError(texts.failed(reason), "TEMPLATE_FAILED", { cause: error });
      }
      // Hidden sheets (Lijsten, _Netwerkmeter) are not news for the person who inserted them.
      return spec.sheets.filter((sheet) => sheet.state === "visible").map((sheet) => sheet.name);
    })
  );
}
