/**
 * Writes a monitoring template (src/template/monitoringTemplate.ts) as .xlsx with ExcelJS: sheet
 * protection without a password (only the answer cells unlocked), data validation per answer cell,
 * answer cells white with a border and the cells that do not apply grey, the template version in
 * the workbook's keywords. Printing as the survey template does (writeTemplate.ts): A4, one page
 * wide, the header row on every page, wrapped text in rows tall enough to show it, and a footer
 * with the unit, the template version and page numbers.
 *
 * @example const bytes = await writeMonitoringTemplate(spec, { timestamp: new Date("2026-12-01") });
 */
import * as ExcelJS from "exceljs";
import type { MonitoringTemplateSpec, MonitoringValidation } from "../template/monitoringTemplate";
import { a1Address } from "../analysis/grid";
import { expandRange } from "./writeTemplate";

interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

function excelValidation(validation: MonitoringValidation): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: true,
    prompt: validation.prompt,
    error: validation.prompt,
  };
  switch (validation.kind) {
    case "whole":
      return {
        ...common,
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [validation.min],
      };
    case "decimal":
      return { ...common, type: "decimal", operator: "greaterThanOrEqual", formulae: [-1e15] };
    case "date":
      return {
        ...common,
        type: "date",
        operator: "greaterThan",
        formulae: [new Date(Date.UTC(2000, 0, 1))],
      };
    case "custom":
      return { ...common, type: "custom", formulae: [validation.formula] };
  }
}

export async function writeMonitoringTemplate(
  spec: MonitoringTemplateSpec,
  options: { timestamp?: Date } = {}
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const when = options.timestamp ?? new Date();
  workbook.creator = "Netwerkmeter";
  workbook.created = when;
  workbook.modified = when;
  workbook.title = `Monitoring ${spec.unit}`;
  workbook.keywords = spec.version;
  for (const sheet of spec.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: "frozen", ySplit: sheet.headerRow ?? 0 }],
    });
    // Text that looks like a formula stays text: values are written as plain values only.
    for (const row of sheet.rows) worksheet.addRow(row);
    sheet.widths.forEach((width, index) => {
      worksheet.getColumn(index + 1).width = width;
    });
    if (sheet.headerRow) worksheet.getRow(sheet.headerRow).font = { bold: true };
    else worksheet.getRow(1).font = { bold: true, size: 14 };
    // Every cell at the top of its row (rows grow for wrapped text); the spec's columns wrap.
    sheet.widths.forEach((_width, index) => {
      const wrapText = sheet.wrapColumns.includes(index + 1);
      worksheet.getColumn(index + 1).eachCell({ includeEmpty: true }, (cell) => {
        cell.alignment = { vertical: "top", wrapText };
      });
    });
    for (const range of sheet.merges) {
      worksheet.mergeCells(range);
      worksheet.getCell(range.split(":")[0]).alignment = { vertical: "top", wrapText: true };
    }
    for (const [row, height] of Object.entries(sheet.rowHeights))
      worksheet.getRow(Number(row)).height = height;
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages tall as needed
      ...(sheet.print.repeatHeader && sheet.headerRow
        ? { printTitlesRow: `${sheet.headerRow}:${sheet.headerRow}` }
        : {}),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    // "&" starts a code in a header or footer: a unit name's own "&" is doubled.
    const footer = `Monitoring ${spec.unit} · ${spec.version}`.replace(/&/g, "&&");
    worksheet.headerFooter = { oddFooter: `&L&8${footer}&R&8&P / &N` };
    const open = new Set(sheet.unlocked.flatMap(expandRange));
    if (sheet.name === "Metingen") {
      for (let row = 2; row <= sheet.rows.length; row++)
        for (let column = 4; column <= 8; column++) {
          const cell = worksheet.getRow(row).getCell(column);
          if (open.has(a1Address(row - 1, column - 1))) {
            cell.protection = { locked: false };
            cell.border = {
              top: { style: "thin" },
              bottom: { style: "thin" },
              left: { style: "thin" },
              right: { style: "thin" },
            };
            if (column === 7) cell.numFmt = "dd/mm/yyyy";
          } else {
            cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
          }
        }
    }
    const validations = (worksheet as unknown as { dataValidations: RangeValidations })
      .dataValidations;
    for (const validation of sheet.validations)
      validations.add(validation.range, excelValidation(validation));
    if (sheet.protect)
      void worksheet.protect("", {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
      });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayLike<number>);
}
