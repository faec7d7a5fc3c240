/**
 * The JSON report written in pieces (src/cli/jsonReport.ts) is exactly JSON.stringify(value, null,
 * 2) plus a line end, for every kind of member JSON knows or leaves out, and writeOutput writes
 * pieces as their UTF-8 bytes (src/cli/writeOutput.ts: one reused buffer, slice by slice).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { analyze } from "../../../src/analysis/analyze";
import { gridFromRows } from "../../../src/analysis/grid";
import { ingest } from "../../../src/analysis/ingest";
import { demosCoordinatorenCodebook } from "../../../src/presets/demosCoordinatoren";
import { analyseGrid, chooseCodebook } from "../../../src/app/analyse";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { jsonReportPieces } from "../../../src/cli/jsonReport";
import { writeOutput } from "../../../src/cli/writeOutput";
import { CliError } from "../../../src/cli/loadInput";

const EXAMPLE = path.join(__dirname, "..", "..", "..", "examples", "coordinatoren-demos.xlsx");

const expected = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const text = (value: object) => jsonReportPieces(value).join("");

/** Array elements that are each hard in their own way (shapes differ from one to the next). */
function trickyElements(): unknown[] {
  const holey: unknown[] = [1, , 3]; // eslint-disable-line no-sparse-arrays
  holey[6] = "after holes";
  return [
    "Dēmos – visie 😀 \u2028 \ud800 lone",
    'quote " backslash \\ newline \n tab \t bell \u0007 nul \u0000 del \u007f',
    -0,
    NaN,
    Infinity,
    -Infinity,
    1e21,
    5e-324,
    0.1 + 0.2,
    undefined,
    () => 1,
    Symbol("s"),
    null,
    true,
    false,
    [],
    {},
    holey,
    [[], [{}], [[[]]]],
    { a: undefined, b: () => 1, c: Symbol("c") },
    { a: undefined, kept: -0 },
    { 10: "ten", 2: "two", b: "b", a: "a" },
    { nested: { deeper: { deepest: ["x", { y: [NaN, undefined] }] } } },
    new Date(Date.UTC(2026, 11, 2, 10, 20)),
    { when: new Date(Date.UTC(2026, 0, 1)) },
    { toJSON: (key: string) => `toJSON saw key ${JSON.stringify(key)}` },
    Object.assign(Object.create(null) as object, { noPrototype: true }),
    Object.assign(new (class Custom {})(), { custom: 1 }),
    new Map([["m", 1]]),
    Object(5) as object,
    Object("boxed") as object,
    Object(false) as object,
    { respondent: "Netwerk 1", styles: { visie: "facilitator" }, overall: null },
    { respondent: "Netwerk 2", index: 35.714285714285715, gap: -0 },
  ];
}

/** An array whose `slice` makes no array (its constructor's species is Object). */
function oddArray(): unknown[] {
  const array: unknown[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  Object.defineProperty(array, "constructor", { value: { [Symbol.species]: Object } });
  return array;
}

/** An array of a class of its own, with a hole. */
function classArray(): unknown[] {
  class Shelf extends Array<unknown> {}
  const shelf = new Shelf();
  shelf.push("a", "b", "c");
  shelf[5] = "f";
  return shelf;
}

/** Values that put the tricky elements at every depth the report is cut at, and deeper. */
function trickyValues(): [string, object][] {
  const elements = trickyElements();
  const many = Array.from({ length: 40 }, (_, index) => elements[index % elements.length]);
  return [
    ["empty object", {}],
    ["one member", { a: 1 }],
    [
      "members JSON leaves out",
      { skipped: undefined, fn: () => 1, kept: "x", u: { u: undefined } },
    ],
    ["only left out", { only: undefined }],
    ["integer keys first", { 2: "two", 1: "one", b: "b", a: "a" }],
    ["top-level toJSON", { toJSON: () => ({ replaced: [1, 2, 3] }) }],
    ["top-level toJSON → undefined", { toJSON: () => undefined }],
    ["top-level array", many],
    ["top-level empty array", []],
    ["a Date at the top", new Date(Date.UTC(2026, 11, 2))],
    ["every element at depth 1", { list: many, after: "x" }],
    ["every element at depth 2", { outer: { list: many, empty: [], none: {} }, last: [many] }],
    ["every element at depth 3", { a: { b: { list: many } } }],
    ["elements as members", Object.fromEntries(elements.map((element, i) => [`k${i}`, element]))],
    ["members at depth 2", { outer: Object.fromEntries(elements.map((e, i) => [`k${i}`, e])) }],
    [
      "toJSON sees its index in a long array",
      {
        list: Array.from({ length: 9 }, (_, index) =>
          index === 7 ? { toJSON: (key: string) => `index ${key}` } : index
        ),
      },
    ],
    [
      "a Date in a long array",
      { list: [1, 2, 3, 4, 5, new Date(Date.UTC(2026, 1, 3))], d: { list: [new Date(0), 1, 2] } },
    ],
    ["an array whose slice makes no array", { list: oddArray(), a: { list: oddArray() } }],
    [
      "a long array with toJSON",
      { list: Object.assign([1, 2, 3, 4, 5, 6, 7, 8, 9], { toJSON: () => "the array's toJSON" }) },
    ],
    ["an array of a class", { list: classArray(), a: { list: classArray() } }],
    ["a long sparse array", { list: Object.assign(new Array(9), { 4: "four" }) }],
    [
      "a null-prototype object",
      { np: Object.assign(Object.create(null) as object, { a: [1, 2, 3] }) },
    ],
  ];
}

describe("jsonReportPieces", () => {
  it.each(trickyValues())("%s", (_name, value) => {
    expect(text(value)).toBe(expected(value));
  });

  it("makes one piece per top-level key, and leaves out what JSON leaves out", () => {
    expect(jsonReportPieces({ a: [1], b: "x", c: undefined, d: {} })).toEqual([
      "{",
      "\n",
      '  "a": [\n    1\n  ]',
      ",\n",
      '  "b": "x"',
      ",\n",
      '  "d": {}',
      "\n}\n",
    ]);
  });

  it("throws as JSON.stringify does for a BigInt and a cycle", () => {
    const cyclic: Record<string, unknown> = { a: [1, 2, 3] };
    (cyclic.a as unknown[]).push(cyclic);
    expect(() => text({ n: 1n })).toThrow(TypeError);
    expect(() => text(cyclic)).toThrow(TypeError);
  });
});

/** The example workbook analysed as `netwerkmeter analyze` does (the default Dēmos codebook). */
async function exampleResult() {
  const grids = await readXlsx(
    new Uint8Array(fs.readFileSync(EXAMPLE)),
    "coordinatoren-demos.xlsx"
  );
  const grid = grids.find((g) => g.sheet === "Antwoorden") ?? grids[0];
  const settings = {
    base: "valid" as const,
    rounding: "exact" as const,
    minCell: 5,
    groupBy: ["REGIO"],
    population: null,
    language: "nl" as const,
  };
  return analyseGrid(grid, chooseCodebook({ language: "nl" }), settings).result;
}

/** 600 generated respondents, with names beyond Latin-1. */
function largeResult() {
  const header = ["RESP_ID", "REGIO", "VIS_01", "VIS_02", "ROL_VIS_FAC", "ROL_VIS_COP", "INB_VIS"];
  const rows = Array.from({ length: 600 }, (_, i) => [
    `Netwerk ${i + 1} – Dēmos`,
    i % 3 === 0 ? "Gent" : "Aalst",
    1 + (i % 5),
    i % 7 === 0 ? "weet niet" : 1 + ((i * 3) % 5),
    1 + ((i * 7) % 5),
    1 + ((i * 11) % 5),
    i % 11 === 0 ? null : 1 + ((i * 13) % 5),
  ]);
  const grid = gridFromRows("Antwoorden", [header, ...rows]);
  return analyze(ingest(grid, demosCoordinatorenCodebook()), { groupBy: ["REGIO"] });
}

describe("the analysis report", () => {
  it("of the example workbook", async () => {
    const result = await exampleResult();
    expect(result.governance?.respondents.length).toBeGreaterThan(50);
    expect(text(result)).toBe(expected(result));
  });

  it("of 600 respondents", () => {
    const result = largeResult();
    expect(result.participation?.respondents).toHaveLength(600);
    expect(text(result)).toBe(expected(result));
  });
});

describe("writeOutput of text pieces", () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "nwm-json-"));
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("writes the report's UTF-8 bytes, and nothing else is left in the folder", async () => {
    const result = largeResult();
    const file = path.join(folder, "rapport.json");
    await writeOutput(file, jsonReportPieces(result), "nl");
    expect(fs.readFileSync(file).equals(Buffer.from(expected(result), "utf8"))).toBe(true);
    expect(fs.readdirSync(folder)).toEqual(["rapport.json"]);
  });

  it("writes pieces near and beyond the buffer's size, in one- to four-byte characters", async () => {
    const pieces = [
      "a".repeat(80_000),
      "é".repeat(87_000),
      "€".repeat(87_381),
      "😀".repeat(50_000),
      "x",
      "Dēmos".repeat(30_000),
      "€".repeat(300_000),
      "end\n",
    ];
    const file = path.join(folder, "pieces.txt");
    await writeOutput(file, pieces, "en");
    expect(fs.readFileSync(file).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
  });

  it("never cuts a surrogate pair in two where a long piece is cut into slices", async () => {
    // The writer encodes 87,381 UTF-16 units at a time: put a pair across every cut near there,
    // with the first and the last high surrogate (U+10000 is D800 DC00, U+10FFFD is DBFF DFFD).
    const pairs = ["😀", "\u{10000}", "\u{10FFFD}"];
    const pieces = Array.from(
      { length: 12 },
      (_, shift) => "a".repeat(87_376 + shift) + pairs[shift % 3].repeat(100_000) + "é"
    );
    const file = path.join(folder, "pairs.txt");
    await writeOutput(file, pieces, "en");
    expect(fs.readFileSync(file).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
  });

  it("writes pieces of every length that fill the buffer unevenly", async () => {
    // A piece that fits in characters but not in bytes, after a buffer mostly filled.
    const characters = ["a", "é", "€", "😀", "Dē"];
    let seed = 7;
    const pieces = Array.from({ length: 120 }, (_, index) => {
      seed = (seed * 48271) % 2147483647;
      const length = index % 10 === 0 ? 200_000 : 1 + (seed % 40_000);
      return characters[(index + Math.floor(index / 10)) % characters.length].repeat(length);
    });
    const file = path.join(folder, "uneven.txt");
    await writeOutput(file, pieces, "en");
    expect(fs.readFileSync(file).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
  });

  it("writes a string and bytes as before", async () => {
    await writeOutput(path.join(folder, "s.txt"), "Dēmos\n", "nl");
    await writeOutput(path.join(folder, "b.bin"), new Uint8Array([0, 1, 255]), "nl");
    expect(fs.readFileSync(path.join(folder, "s.txt"), "utf8")).toBe("Dēmos\n");
    expect([...fs.readFileSync(path.join(folder, "b.bin"))]).toEqual([0, 1, 255]);
  });

  it("a folder that does not exist is a user error naming the file", async () => {
    const file = path.join(folder, "ontbreekt", "rapport.json");
    await expect(writeOutput(file, ["{}", "\n"], "nl")).rejects.toThrow(CliError);
    await expect(writeOutput(file, ["{}", "\n"], "en")).rejects.toThrow(
      `${file}: cannot write (ENOENT)`
    );
  });
});
