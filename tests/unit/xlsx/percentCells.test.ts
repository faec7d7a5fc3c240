/**
 * Number cells formatted as a percentage (Grid.percentCells): the streaming reader, stored by
 * column and as rows, and the ExcelJS reader of the browser preview, on one ExcelJS-made workbook
 * (built-in "0%", custom "0.0%", a quoted "%" that is not one, a % formatted text cell).
 */
import * as ExcelJS from "exceljs";
import type { Grid } from "../../../src/analysis/grid";
import { isPercentCell, isPercentFormat } from "../../../src/analysis/grid";
import { worksheetGrid } from "../../../src/xlsx/exceljsPort";
import { readWorkbook } from "../../../src/xlsx/xlsxReader";

async function workbookBytes(): Promise<{ bytes: Uint8Array; workbook: ExcelJS.Workbook }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Indicatoren");
  sheet.addRow(["indicator", "basiswaarde", "doelwaarde", "noot", "tekst"]);
  const row = sheet.addRow(["P", 0.4, 0.605, 0.5, "40%"]);
  row.getCell(2).numFmt = "0%";
  row.getCell(3).numFmt = "0.0%";
  row.getCell(4).numFmt = '0" %"';
  row.getCell(5).numFmt = "0%";
  sheet.addRow(["Q", 40, 60]);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { bytes, workbook };
}

/** The grid's cells that are percent cells, as A1 addresses. */
function percentAddresses(grid: Grid): string[] {
  const found: string[] = [];
  grid.rows.forEach((cells, row) =>
    cells.forEach((_value, column) => {
      if (isPercentCell(grid, row, column))
        found.push(
          `${String.fromCharCode(65 + grid.originColumn + column)}${grid.originRow + row + 1}`
        );
    })
  );
  return found;
}

describe("isPercentFormat", () => {
  test.each([
    ["0%", true],
    ["0.0%", true],
    ["#,##0.00 %", true],
    ['0" %"', false],
    ["0\\%", false],
    ["[Red]0", false],
    ["General", false],
    ["dd/mm/yyyy", false],
  ])("%p → %p", (code, expected) => {
    expect(isPercentFormat(code)).toBe(expected);
  });
});

describe("Grid.percentCells", () => {
  test.each([true, false])(
    "the streaming reader (byColumn %p): B2 and C2, values as stored",
    async (byColumn) => {
      const { bytes } = await workbookBytes();
      const { grids } = await readWorkbook(bytes, "kader.xlsx", { byColumn });
      expect(Boolean(grids[0].columns)).toBe(byColumn);
      expect(percentAddresses(grids[0])).toEqual(["B2", "C2"]);
      expect(grids[0].rows[1]).toEqual(["P", 0.4, 0.605, 0.5, "40%"]);
    }
  );

  test("a sheet without percent formats has none", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").addRow([0.4, 1]);
    const { grids } = await readWorkbook(
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      "x.xlsx"
    );
    expect(grids[0].percentCells).toBeUndefined();
  });

  test("the ExcelJS reader (browser preview, loaded workbook): the same cells", async () => {
    const { bytes } = await workbookBytes();
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(
      percentAddresses(worksheetGrid(loaded.getWorksheet("Indicatoren")!, "kader.xlsx"))
    ).toEqual(["B2", "C2"]);
  });
});
