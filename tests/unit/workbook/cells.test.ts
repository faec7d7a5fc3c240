import { cellNumberFormat, needsTextProtection, writtenCell } from "../../../src/workbook/cells";
import { gridFromValues, storedRequest } from "../../../src/workbook/inputs";
import {
  excelTableName,
  parseAddress,
  quoteSheetName,
  rectAddress,
  sheetNameWithSuffix,
} from "../../../src/report/names";
import { WorkbookError } from "../../../src/workbook/port";

describe("needsTextProtection", () => {
  it.each([
    ["=SUM(A1)", true],
    ["+32 470 12 34 56", true],
    ["-", true],
    ["-niet akkoord", true],
    ["@rol", true],
    ["'quoted", true],
    ["12", true],
    ["1,5", true],
    ["50%", true],
    ["1-6", true],
    ["1 / 0 / 2", true],
    ["2026-03-01", true],
    ["10:30", true],
    ["1 jan", true],
    ["jan 2026", true],
    ["maart-26", true],
    ["Juni", false],
    ["TRUE", true],
    ["Netwerk 001", false],
    ["Akkoord", false],
    ["Visie", false],
    ["", false],
    ["n = 77 respondenten", false],
  ])("%j → %j", (text, expected) => {
    expect(needsTextProtection(text)).toBe(expected);
  });

  it("gives such text the text format, everything else the column's format", () => {
    expect(cellNumberFormat("=x", "0.0")).toBe("@");
    expect(cellNumberFormat("Visie", "0.0")).toBe("0.0");
    expect(cellNumberFormat(12, "0.0")).toBe("0.0");
    expect(cellNumberFormat(null, "0")).toBe("0");
  });
});

describe("writtenCell", () => {
  it("drops numbers Excel cannot store and cuts long text", () => {
    expect(writtenCell(Number.NaN)).toBeNull();
    expect(writtenCell(Number.POSITIVE_INFINITY)).toBeNull();
    expect(writtenCell(undefined)).toBeNull();
    expect(writtenCell(1.5)).toBe(1.5);
    expect((writtenCell("x".repeat(40000)) as string).length).toBe(32767);
  });
});

describe("addresses and names", () => {
  it("parses Excel's addresses, quoted sheets included", () => {
    expect(parseAddress("'Rol acties'!B2:C4")).toEqual({
      sheet: "Rol acties",
      row: 1,
      column: 1,
      rowCount: 3,
      columnCount: 2,
    });
    expect(parseAddress("Blad1!$A$1")).toEqual({
      sheet: "Blad1",
      row: 0,
      column: 0,
      rowCount: 1,
      columnCount: 1,
    });
    expect(parseAddress("'It''s'!A1:AY78")).toMatchObject({
      sheet: "It's",
      rowCount: 78,
      columnCount: 51,
    });
    expect(parseAddress("A:C")).toMatchObject({ row: 0, rowCount: 1048576, columnCount: 3 });
    expect(() => parseAddress("not an address")).toThrow(/A1 address/);
  });

  it("writes rectangles and quotes sheet names for references", () => {
    expect(rectAddress({ row: 8, column: 0, rowCount: 5, columnCount: 4 })).toBe("A9:D13");
    expect(rectAddress({ row: 2, column: 1, rowCount: 1, columnCount: 1 })).toBe("B3");
    expect(quoteSheetName("Antwoorden")).toBe("Antwoorden");
    expect(quoteSheetName("Rol acties")).toBe("'Rol acties'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(quoteSheetName("A1")).toBe("'A1'");
  });

  it("keeps suffixed sheet names within 31 characters", () => {
    expect(sheetNameWithSuffix("Stijl naar GROOTTE_KLASSE", " (Netwerkmeter)")).toBe(
      "Stijl naar GROOT (Netwerkmeter)"
    );
    expect(excelTableName("R1C1")).toBe("T_R1C1");
  });
});

describe("gridFromValues", () => {
  it("turns a host's values into a grid: empty strings are empty cells, trailing ones dropped", () => {
    expect(
      gridFromValues(
        "Blad1",
        2,
        1,
        [
          ["a", "", ""],
          ["", 2, true],
        ],
        "x.xlsx"
      )
    ).toEqual({
      file: "x.xlsx",
      sheet: "Blad1",
      originRow: 2,
      originColumn: 1,
      rows: [["a"], [null, 2, true]],
    });
  });
});

describe("storedRequest", () => {
  it("fails with NO_STORED_RUN without metadata, or with the metadata's problem", () => {
    expect(() => storedRequest({ metadata: null }, "nl")).toThrow(WorkbookError);
    expect(() => storedRequest({ metadata: null, problem: "kapot" }, "nl")).toThrow("kapot");
  });
});
