/**
 * Ingest's walks over the grid rows (src/analysis/ingestRows.ts): the respondent rows and the
 * first coding pass must give what ingest gave before they were taken out of it, i.e. what
 * AnswerReader.read says of each cell, with the cells it cannot code quickly left PENDING.
 */
import { AnswerReader } from "../../src/analysis/answer";
import { ANSWER_STATUS } from "../../src/analysis/dataset";
import type { CellValue, ColumnStore } from "../../src/analysis/grid";
import {
  PENDING,
  codeCommonAnswers,
  codeCommonAnswersInStore,
  findRespondentRows,
  findRespondentRowsInStore,
  repeatedIds,
  respondentIdList,
} from "../../src/analysis/ingestRows";
import { BUILT_IN_SCALES } from "../../src/analysis/scale";

/** The ColumnStore of rows (each column's distinct values by first appearance, null as code 0). */
function storeOf(rows: readonly (readonly CellValue[])[]): ColumnStore {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const texts: CellValue[][] = Array.from({ length: width }, () => [null]);
  const codes = new Uint16Array(rows.length * width);
  rows.forEach((row, index) =>
    row.forEach((cell, column) => {
      if (cell === null || cell === undefined) return;
      let code = texts[column].findIndex((value, at) => at > 0 && Object.is(value, cell));
      if (code < 0) code = texts[column].push(cell) - 1;
      codes[index * width + column] = code;
    })
  );
  return {
    rowCount: rows.length,
    width,
    codes,
    rowLengths: Uint32Array.from(rows, (row) => row.length),
    texts,
  };
}

describe("findRespondentRows", () => {
  it("keeps rows with an answer in an item column and takes their background cells", () => {
    const rows: CellValue[][] = [
      ["titel"],
      ["id", "V1", "regio", "V2"],
      ["a", "4", "Oost", null],
      ["b", null, "West", "  "], // white space only is no answer
      ["c", null, null, 3],
      [],
      ["d", "x"], // any value is an answer here; ingest judges it later
      [null, null, "Zuid"],
    ];
    const backgroundCells: CellValue[][] = [[], []];
    const found = findRespondentRows(rows, 1, [1, 3], [0, 2], backgroundCells);
    expect(found).toEqual({ respondents: [2, 4, 6], unanswered: [3, 5, 7] });
    expect(backgroundCells).toEqual([
      ["a", "c", "d"],
      ["Oost", null, null], // the ragged row "d" has no third cell: null
    ]);
  });
  it("finds the same rows and background cells in a column store", () => {
    const rows: CellValue[][] = [
      ["titel"],
      ["id", "V1", "regio", "V2"],
      ["a", "4", "Oost", null],
      ["b", null, "West", "  "],
      ["c", null, null, 3],
      [],
      ["d", "x"],
      [null, null, "Zuid"],
    ];
    const fromRows: CellValue[][] = [[], []];
    const fromStore: CellValue[][] = [[], []];
    expect(findRespondentRowsInStore(storeOf(rows), 1, [1, 3], [0, 2], fromStore)).toEqual(
      findRespondentRows(rows, 1, [1, 3], [0, 2], fromRows)
    );
    expect(fromStore).toEqual(fromRows);
  });
  it("finds no respondent without item columns", () => {
    const backgroundCells: CellValue[][] = [[]];
    expect(findRespondentRows([["id"], ["a"], ["b"]], 0, [], [0], backgroundCells)).toEqual({
      respondents: [],
      unanswered: [1, 2],
    });
    expect(backgroundCells).toEqual([[]]);
  });
});

describe("codeCommonAnswers", () => {
  const akk5 = new AnswerReader(BUILT_IN_SCALES.AKK5);
  const jn = new AnswerReader(BUILT_IN_SCALES.JN);
  const cells: (CellValue | undefined)[] = [
    "4",
    4,
    "1",
    5,
    "0",
    0,
    "6",
    9,
    "9",
    4.5,
    10,
    -1,
    " 4",
    "4 ",
    "04",
    "4,0",
    "",
    "  ",
    null,
    undefined,
    "x",
    "Akkoord",
    "weet niet",
    true,
    false,
    new Date(Date.UTC(2024, 0, 2)),
    "#N/A",
    "é",
    "€",
    "4 - Akkoord",
  ];

  function code(reader: AnswerReader) {
    // One respondent per cell, two item columns (the cell and the same cell once more).
    const rows = cells.map((cell) => (cell === undefined ? ["r"] : ["r", cell, cell]));
    const values = [new Float64Array(rows.length), new Float64Array(rows.length)];
    const status = [new Uint8Array(rows.length), new Uint8Array(rows.length)];
    const pending: number[][] = [[], []];
    codeCommonAnswers(
      rows,
      rows.map((_, index) => index),
      [1, 2],
      [reader.validDigit, reader.validDigit],
      [reader, reader],
      values,
      status,
      pending
    );
    return { values, status, pending };
  }

  it.each([
    ["AKK5", akk5],
    ["JN", jn],
  ])(
    "codes each cell as AnswerReader.read does, or leaves it for the second pass (%s)",
    (_, reader) => {
      const { values, status, pending } = code(reader);
      cells.forEach((cell, index) => {
        const reading = reader.read(cell ?? null);
        for (const position of [0, 1]) {
          const got = status[position][index];
          if (got === PENDING) {
            expect(pending[position]).toContain(index);
            continue;
          }
          expect(pending[position]).not.toContain(index);
          if (got === ANSWER_STATUS.valid)
            expect(reading).toEqual({ kind: "valid", code: values[position][index] });
          else {
            expect(got).toBe(ANSWER_STATUS.missing);
            expect(reading).toEqual({ kind: "missing" });
            expect(values[position][index]).toBeNaN();
          }
        }
      });
      // The pending lists are in row order and the same for both columns.
      expect(pending[0]).toEqual([...pending[0]].sort((a, b) => a - b));
      expect(pending[1]).toEqual(pending[0]);
    }
  );

  it.each([
    ["AKK5", akk5],
    ["JN", jn],
  ])(
    "gives the same values, statuses and pending lists from a column store as from rows (%s)",
    (_, reader) => {
      const rows = cells.map((cell) => (cell === undefined ? ["r"] : ["r", cell, cell]));
      const store = storeOf(rows);
      // Each column's distinct values are coded once: fewer values than cells.
      expect(store.texts[1].length).toBeLessThan(rows.length + 1);
      const run = (fromStore: boolean) => {
        const values = [new Float64Array(rows.length), new Float64Array(rows.length)];
        const status = [new Uint8Array(rows.length), new Uint8Array(rows.length)];
        const pending: number[][] = [[], []];
        const respondents = rows.map((__, index) => index);
        const args = [
          respondents,
          [1, 2],
          [reader.validDigit, reader.validDigit],
          [reader, reader],
          values,
          status,
          pending,
        ] as const;
        if (fromStore) codeCommonAnswersInStore(store, ...args);
        else codeCommonAnswers(rows, ...args);
        return { values, status, pending };
      };
      expect(run(true)).toEqual(run(false));
    }
  );

  it("codes the common cells in the first pass: digits on the scale, blanks, quick codes", () => {
    const { values, status, pending } = code(akk5);
    const pendingCells = pending[0].map((index) => cells[index]);
    // The blanks and the codes 1–5 as numbers, one-character texts or with spaces are done.
    expect(status[0].slice(0, 4)).toEqual(new Uint8Array(4).fill(ANSWER_STATUS.valid));
    expect([...values[0].slice(0, 4)]).toEqual([4, 4, 1, 5]);
    expect(status[0][cells.indexOf(" 4")]).toBe(ANSWER_STATUS.valid);
    expect(status[0][cells.indexOf(null)]).toBe(ANSWER_STATUS.missing);
    expect(status[0][cells.indexOf(undefined)]).toBe(ANSWER_STATUS.missing);
    // Everything else is left to AnswerReader.read, which reports it with its reason.
    expect(pendingCells).toEqual([
      "0",
      0,
      "6",
      9,
      "9",
      4.5,
      10,
      -1,
      "04",
      "4,0",
      "",
      "  ",
      "x",
      "Akkoord",
      "weet niet",
      true,
      false,
      new Date(Date.UTC(2024, 0, 2)),
      "#N/A",
      "é",
      "€",
      "4 - Akkoord",
    ]);
  });
});

describe("respondent ids", () => {
  it("takes the given id, or the name made for a respondent without one", () => {
    const named: number[] = [];
    const nameOf = (index: number) => {
      named.push(index);
      return `Rij ${index + 2}`;
    };
    expect(respondentIdList(["N1", null, "N3"], 3, nameOf)).toEqual(["N1", "Rij 3", "N3"]);
    expect(named).toEqual([1]);
    expect(respondentIdList(undefined, 2, nameOf)).toEqual(["Rij 2", "Rij 3"]);
  });
  it("pairs each repeated id with the first respondent that has it, in order", () => {
    expect(repeatedIds(["a", "b", "a", "c", "b", "a"])).toEqual([2, 0, 4, 1, 5, 0]);
    expect(repeatedIds(["a", "b", "c"])).toEqual([]);
    expect(repeatedIds([])).toEqual([]);
    // A made-up row name that equals a given id is a repeat too (as ingest flagged it before).
    expect(repeatedIds(["Rij 3", "Rij 3"])).toEqual([1, 0]);
  });
});
