/**
 * The CSV reader by column (src/xlsx/csvColumns.ts, src/analysis/columnGrid.ts): its records must
 * be exactly those papaparse makes of the text with its line ends made LF (tests/fakes/
 * quoteFreeCsv.ts), it must leave only the files it cannot store to papaparse, and a Grid over it
 * must behave as any Grid.
 */
import { columnGrid, rowsOfStore } from "../../../src/analysis/columnGrid";
import type { ColumnStore } from "../../../src/analysis/grid";
import { gridCell, gridRow, gridRowCount, gridRowLength } from "../../../src/analysis/grid";
import { InputError } from "../../../src/analysis/inputError";
import { scanCsvColumns } from "../../../src/xlsx/csvColumns";
import { readCsv } from "../../../src/xlsx/readCsv";
import { randomQuoteFreeTexts, viaPapaparse } from "../../fakes/quoteFreeCsv";

const SEMICOLON = 59;

describe("scanCsvColumns", () => {
  it("stores each column's distinct texts once and every cell as a code (the JSDoc example)", () => {
    const store = scanCsvColumns("id;V1\r\nN1;4\nN2;", SEMICOLON)!;
    expect(store.texts).toStrictEqual([
      [null, "id", "N1", "N2"],
      [null, "V1", "4"],
    ]);
    expect(Array.from(store.codes)).toEqual([1, 1, 2, 2, 3, 0]);
    expect(Array.from(store.rowLengths)).toEqual([2, 2, 2]);
    expect(store.codes).toBeInstanceOf(Uint16Array);
  });

  it("gives the records papaparse gives, for 3,000 random texts, or leaves the text to it", () => {
    let stored = 0;
    for (const { text, delimiter } of randomQuoteFreeTexts(3000)) {
      const rows = viaPapaparse(text, delimiter);
      const store = scanCsvColumns(text, delimiter.charCodeAt(0));
      const widest = Math.max(1, ...rows.map((record) => record.length));
      if (store === null) {
        // Left to papaparse only when a store as wide as the longest record is far larger than the text.
        expect(rows.length * widest).toBeGreaterThan(4 * text.length + 64);
        continue;
      }
      stored += 1;
      expect(store.width).toBe(text === "" ? 1 : widest);
      expect(rowsOfStore(store)).toStrictEqual(rows);
    }
    expect(stored).toBeGreaterThan(1000);
  });

  it("is as wide as the longest record: a title line above the header, a row with extra fields", () => {
    for (const text of ["Bevraging 2026\nid;V1;V2\nN1;4;5", "a;b\n1;2;3\n4;5"]) {
      const store = scanCsvColumns(text, SEMICOLON)!;
      expect(store.width).toBe(3);
      expect(rowsOfStore(store)).toStrictEqual(viaPapaparse(text, ";"));
    }
  });

  it("leaves one very long record among short ones to the row reader (readCsv keeps its fields)", () => {
    const text = `a;b\n${"1;2\n".repeat(50)}${"x;".repeat(500)}x`;
    expect(scanCsvColumns(text, SEMICOLON)).toBeNull();
    const grid = readCsv(text, "lang.csv");
    expect(grid.columns).toBeUndefined();
    expect(grid.rows[51]).toHaveLength(501);
  });

  it("leaves a very wide first line over many short lines to the row reader (no store of width × rows)", () => {
    const text = `${"k;".repeat(999)}k\n${"1\n".repeat(5000)}`;
    expect(scanCsvColumns(text, SEMICOLON)).toBeNull();
    expect(readCsv(text, "breed.csv").rows).toHaveLength(5001);
  });

  it("codes in a Uint32Array beyond 65,535 rows, where a column can hold more distinct texts", () => {
    const lines = ["id;V1"];
    for (let row = 0; row < 70_000; row += 1) lines.push(`N${row};${row % 5}`);
    const text = lines.join("\n");
    const store = scanCsvColumns(text, SEMICOLON)!;
    expect(store.codes).toBeInstanceOf(Uint32Array);
    expect(store.texts[0]).toHaveLength(70_002); // null, "id" and 70,000 ids
    expect(rowsOfStore(store)).toStrictEqual(viaPapaparse(text, ";"));
  });
});

describe("readCsv by column", () => {
  const text = "RESP_ID;regio;V1\r\nN1;Oost;4\r\nN2;;5\r\nN3\r\n\r\n;;\r\n";

  it("stores a file without quotes by column and drops the trailing empty lines", () => {
    const grid = readCsv(text, "data/antwoorden.csv");
    expect(grid.columns?.rowCount).toBe(4);
    expect(grid).toEqual({
      file: "data/antwoorden.csv",
      sheet: "antwoorden",
      originRow: 0,
      originColumn: 0,
      rows: [["RESP_ID", "regio", "V1"], ["N1", "Oost", "4"], ["N2", null, "5"], ["N3"]],
    });
  });

  it("answers the grid accessors from the store without building the rows", () => {
    const grid = readCsv(text, "antwoorden.csv");
    const rowsBuilt = jest.fn();
    Object.defineProperty(grid, "rows", { get: rowsBuilt });
    expect(gridRowCount(grid)).toBe(4);
    expect(gridRow(grid, 2)).toStrictEqual(["N2", null, "5"]);
    expect(gridRowLength(grid, 3)).toBe(1);
    expect(gridCell(grid, 1, 1)).toBe("Oost");
    expect(gridCell(grid, 2, 1)).toBeNull();
    expect(gridCell(grid, 3, 2)).toBeUndefined(); // past the end of a short row, as rows[3][2]
    expect(rowsBuilt).not.toHaveBeenCalled();
  });

  it("is copied as an ordinary grid, and assigning rows drops the store", () => {
    const grid = readCsv(text, "antwoorden.csv");
    const copy = { ...grid };
    expect(copy.columns).toBeUndefined();
    expect(copy.rows[1]).toStrictEqual(["N1", "Oost", "4"]);
    grid.rows = [["andere"]];
    expect(grid.columns).toBeUndefined();
    expect(gridRow(grid, 0)).toStrictEqual(["andere"]);
  });

  it("says NO_DATA for a file of empty fields only, as the row reader does", () => {
    let thrown: unknown;
    try {
      readCsv(";;\r\n;;\r\n", "leeg.csv");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).code).toBe("NO_DATA");
  });
});

describe("columnGrid", () => {
  it("builds its rows once, on first use, and then lets the store go", () => {
    const store: ColumnStore = {
      rowCount: 2,
      width: 2,
      codes: new Uint16Array([1, 1, 2, 0]),
      rowLengths: new Uint32Array([2, 1]),
      texts: [
        [null, "id", "N1"],
        [null, "V1"],
      ],
    };
    const grid = columnGrid("blad", store, "x.csv");
    expect(grid.columns).toBe(store);
    expect(grid.rows).toStrictEqual([["id", "V1"], ["N1"]]);
    expect(grid.rows).toBe(grid.rows);
    expect(grid.columns).toBeUndefined(); // the rows now stand for the cells; the store can go
    expect(gridRow(grid, 1)).toStrictEqual(["N1"]);
    expect(Object.keys(grid)).toEqual(["file", "sheet", "originRow", "originColumn", "rows"]);
  });
});
