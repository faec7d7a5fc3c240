import * as ExcelJS from "exceljs";
import { gridCellAddress, type Grid } from "../../../src/analysis/grid";
import { InputError, type InputErrorCode } from "../../../src/analysis/inputError";
import {
  findSheet,
  firstSheetWithData,
  MAX_INPUT_BYTES,
  plainCellValue,
  readXlsx,
} from "../../../src/xlsx/readXlsx";
import { storedZip } from "./storedZip";

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function inputErrorOf(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A compound file header followed by directory entry names in UTF-16LE. */
function compoundFile(entryNames: string[]): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(COMPOUND_FILE_SIGNATURE, 0);
  let offset = 1024;
  for (const name of entryNames) {
    for (let index = 0; index < name.length; index += 1) {
      bytes[offset] = name.charCodeAt(index);
      bytes[offset + 1] = 0;
      offset += 2;
    }
    offset += 128 - ((offset - 1024) % 128);
  }
  return bytes;
}

function cellAt(grid: Grid, address: string): unknown {
  for (let row = 0; row < grid.rows.length; row += 1) {
    for (let column = 0; column < grid.rows[row].length; column += 1) {
      if (gridCellAddress(grid, row, column) === address) return grid.rows[row][column];
    }
  }
  return null;
}

describe("readXlsx", () => {
  let grids: Grid[];

  beforeAll(async () => {
    const bytes = await workbookBytes((workbook) => {
      const empty = workbook.addWorksheet("Leeg");
      empty.getCell("B2").numFmt = "0.0"; // formatted but without a value
      const data = workbook.addWorksheet("Antwoorden");
      data.getCell("C3").value = "id";
      data.getCell("D3").value = "V1";
      data.getCell("E3").value = "Opmerking";
      data.getCell("C4").value = 1;
      data.getCell("D4").value = { formula: "2+2", result: 4 };
      data.getCell("E4").value = {
        richText: [{ text: "sterk ", font: { bold: true } }, { text: "akkoord" }],
      };
      data.getCell("C5").value = 2;
      data.getCell("D5").value = { formula: "NA()", result: { error: "#N/A" } };
      data.getCell("E5").value = new Date(Date.UTC(2024, 0, 15));
      data.getCell("C6").value = 3;
      data.getCell("D6").value = { formula: "1+2" } as ExcelJS.CellFormulaValue; // no cached result
      data.getCell("E6").value = { text: "website", hyperlink: "https://example.org" };
      data.getCell("C7").value = "samengevoegd";
      data.mergeCells("C7:E8");
      data.getCell("C9").value = 10;
      data.getCell("D9").value = { formula: "C9*2", result: 20 };
      data.getCell("C10").value = 11;
      data.getCell("D10").value = { sharedFormula: "D9", result: 22 };
      data.getCell("E10").value = true;
      data.getCell("F11").value = "";
      const second = workbook.addWorksheet("Codeboek");
      second.getCell("A1").value = "item";
    });
    grids = await readXlsx(bytes, "antwoorden.xlsx");
  });

  it("returns one grid per worksheet in workbook order, with file and sheet names", () => {
    expect(grids.map((grid) => grid.sheet)).toEqual(["Leeg", "Antwoorden", "Codeboek"]);
    expect(grids.every((grid) => grid.file === "antwoorden.xlsx")).toBe(true);
  });

  it("gives an empty sheet no rows (formatting alone is no data)", () => {
    expect(grids[0]).toMatchObject({ originRow: 0, originColumn: 0, rows: [] });
  });

  it("starts the grid at the first used cell and keeps true addresses", () => {
    const data = grids[1];
    expect(data.originRow).toBe(2);
    expect(data.originColumn).toBe(2);
    expect(gridCellAddress(data, 0, 0)).toBe("C3");
    expect(data.rows[0]).toEqual(["id", "V1", "Opmerking"]);
    expect(cellAt(data, "C4")).toBe(1);
  });

  it("reads formula cells as their cached result, or null without one", () => {
    expect(cellAt(grids[1], "D4")).toBe(4);
    expect(cellAt(grids[1], "D6")).toBeNull();
  });

  it("reads shared formulas as their cached results", () => {
    expect(cellAt(grids[1], "D9")).toBe(20);
    expect(cellAt(grids[1], "D10")).toBe(22);
  });

  it("reads rich text and hyperlinks as plain text", () => {
    expect(cellAt(grids[1], "E4")).toBe("sterk akkoord");
    expect(cellAt(grids[1], "E6")).toBe("website");
  });

  it("reads error values as their text", () => {
    expect(cellAt(grids[1], "D5")).toBe("#N/A");
  });

  it("keeps dates and booleans", () => {
    const date = cellAt(grids[1], "E5");
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe("2024-01-15T00:00:00.000Z");
    expect(cellAt(grids[1], "E10")).toBe(true);
  });

  it("puts a merged range's value only in its top-left cell", () => {
    const data = grids[1];
    expect(cellAt(data, "C7")).toBe("samengevoegd");
    expect(data.rows[4]).toEqual(["samengevoegd"]);
    expect(data.rows[5]).toEqual([]);
  });

  it("treats empty strings as empty cells (F11 does not widen the grid)", () => {
    expect(grids[1].rows).toHaveLength(8);
    expect(Math.max(...grids[1].rows.map((row) => row.length))).toBe(3);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet("Blad1").getCell("A1").value = 5;
    });
    const copy = bytes.slice().buffer;
    const fromArrayBuffer = await readXlsx(copy, "a.xlsx");
    expect(fromArrayBuffer[0].rows).toEqual([[5]]);
  });
});

describe("readXlsx input errors", () => {
  const cases: [string, () => Promise<Uint8Array>, InputErrorCode][] = [
    ["an empty file", async () => new Uint8Array(0), "EMPTY_FILE"],
    [
      "random bytes",
      async () => Uint8Array.from({ length: 300 }, (_value, index) => (index * 37 + 11) % 251),
      "NOT_XLSX",
    ],
    [
      "a password-protected workbook",
      async () => compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]),
      "ENCRYPTED",
    ],
    [
      "an old .xls workbook",
      async () => compoundFile(["Root Entry", "Workbook", "SummaryInformation"]),
      "LEGACY_XLS",
    ],
    [
      "a truncated download",
      async () => {
        const bytes = await workbookBytes((workbook) => {
          workbook.addWorksheet("Blad1").getCell("A1").value = "x";
        });
        return bytes.slice(0, Math.floor(bytes.length / 2));
      },
      "CORRUPT",
    ],
    [
      "a ZIP package without workbook (renamed .docx)",
      async () => storedZip({ "word/document.xml": "<w:document/>" }),
      "NOT_XLSX",
    ],
    [
      "a workbook whose sheets are all empty",
      async () =>
        workbookBytes((workbook) => {
          workbook.addWorksheet("Blad1");
          workbook.addWorksheet("Blad2");
        }),
      "NO_DATA",
    ],
  ];

  it.each(cases)("rejects %s", async (_description, makeBytes, code) => {
    const error = await inputErrorOf(readXlsx(await makeBytes(), "antwoorden.xlsx"));
    expect(error.code).toBe(code);
    expect(error.file).toBe("antwoorden.xlsx");
    expect(error.message.startsWith("antwoorden.xlsx: ")).toBe(true);
    expect(error.message).not.toContain("\n");
  });

  it("says in Dutch what to do with an old .xls file, or in English on request", async () => {
    const bytes = compoundFile(["Root Entry", "Workbook"]);
    const dutch = await inputErrorOf(readXlsx(bytes, "antwoorden.xlsx"));
    expect(dutch.message).toBe(
      "antwoorden.xlsx: dit is een ouder .xls-bestand; sla het in Excel op als .xlsx (Excel-werkmap)."
    );
    const english = await inputErrorOf(readXlsx(bytes, "antwoorden.xlsx", "en"));
    expect(english.message).toBe(
      "antwoorden.xlsx: this is an older .xls file; save it in Excel as .xlsx (Excel Workbook)."
    );
  });

  it("keeps the ExcelJS failure as the cause of CORRUPT", async () => {
    const error = await inputErrorOf(
      readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "kapot.xlsx")
    );
    expect(error.code).toBe("CORRUPT");
    expect(error.cause).toBeDefined();
  });

  it("rejects inputs larger than 200 MB before reading them", async () => {
    const huge = new Uint8Array(MAX_INPUT_BYTES + 1);
    const error = await inputErrorOf(readXlsx(huge, "groot.xlsx"));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toBe("groot.xlsx: het bestand is te groot (201 MB, maximaal 200 MB).");
  });
});

describe("plainCellValue", () => {
  it("unwraps nested values", () => {
    expect(plainCellValue({ formula: "A1", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(
      plainCellValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })
    ).toBe("ab");
    expect(plainCellValue({ richText: [] })).toBeNull();
    expect(plainCellValue(undefined)).toBeNull();
  });
});

describe("firstSheetWithData and findSheet", () => {
  const grids: Grid[] = [
    { file: "w.xlsx", sheet: "Leeg", originRow: 0, originColumn: 0, rows: [] },
    { file: "w.xlsx", sheet: "Antwoorden", originRow: 0, originColumn: 0, rows: [[null], ["x"]] },
    { file: "w.xlsx", sheet: "Coördinator", originRow: 0, originColumn: 0, rows: [["y"]] },
  ];

  it("finds the first sheet holding a value", () => {
    expect(firstSheetWithData(grids).sheet).toBe("Antwoorden");
  });

  it("throws NO_DATA when every sheet is empty", () => {
    expect(() => firstSheetWithData([grids[0]])).toThrow(InputError);
    expect(() => firstSheetWithData([grids[0]])).toThrow("w.xlsx: het bestand bevat geen gegevens");
  });

  it("finds a sheet ignoring case, surrounding spaces and Unicode normalisation", () => {
    expect(findSheet(grids, "  antwoorden ").sheet).toBe("Antwoorden");
    expect(findSheet(grids, "coo\u0308rdinator").sheet).toBe("Coördinator");
  });

  it("lists the available sheets when the sheet does not exist", () => {
    let error: unknown;
    try {
      findSheet(grids, "Data");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("SHEET_NOT_FOUND");
    expect((error as InputError).sheet).toBe("Data");
    expect((error as InputError).message).toBe(
      'w.xlsx: blad "Data" niet gevonden; beschikbare bladen: "Leeg", "Antwoorden", "Coördinator".'
    );
    expect(() => findSheet(grids, "Data", "en")).toThrow(
      'w.xlsx: sheet "Data" not found; available sheets: "Leeg", "Antwoorden", "Coördinator".'
    );
  });
});
