import { gridCellAddress } from "../../../src/analysis/grid";
import { InputError } from "../../../src/analysis/inputError";
import {
  decodeCsvBytes,
  decodeWindows1252,
  detectDelimiter,
  hasLoneCarriageReturn,
  readCsv,
  splitQuoteFree,
} from "../../../src/xlsx/readCsv";
import { randomQuoteFreeTexts, viaPapaparse } from "../../fakes/quoteFreeCsv";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).code;
  }
  throw new Error("expected an InputError");
}

describe("readCsv", () => {
  it("reads Excel's Dutch CSV: BOM, semicolons, decimal commas kept as text", () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8("id;score;leeftijd\r\n1;3,5;42\r\n2;;37\r\n"),
    ]);
    const grid = readCsv(bytes, "antwoorden.csv");
    expect(grid).toEqual({
      file: "antwoorden.csv",
      sheet: "antwoorden",
      originRow: 0,
      originColumn: 0,
      rows: [
        ["id", "score", "leeftijd"],
        ["1", "3,5", "42"],
        ["2", null, "37"],
      ],
    });
  });

  it("reads comma-separated text", () => {
    const grid = readCsv("id,score\n1,3.5\n", "export.csv");
    expect(grid.rows).toEqual([
      ["id", "score"],
      ["1", "3.5"],
    ]);
  });

  it("reads tab-separated text", () => {
    expect(readCsv("id\tscore\n1\t4", "export.txt").rows).toEqual([
      ["id", "score"],
      ["1", "4"],
    ]);
  });

  it("picks ';' for a header like 'item;vraag, met komma'", () => {
    const grid = readCsv("item;vraag, met komma\nV1;Ik voel me betrokken, echt\n", "items.csv");
    expect(grid.rows).toEqual([
      ["item", "vraag, met komma"],
      ["V1", "Ik voel me betrokken, echt"],
    ]);
  });

  it("decodes windows-1252 bytes when they are not valid UTF-8", () => {
    // "rôle;école\r\nja;€" in windows-1252
    const bytes = new Uint8Array([
      0x72, 0xf4, 0x6c, 0x65, 0x3b, 0xe9, 0x63, 0x6f, 0x6c, 0x65, 0x0d, 0x0a, 0x6a, 0x61, 0x3b,
      0x80,
    ]);
    expect(readCsv(bytes, "ansi.csv").rows).toEqual([
      ["rôle", "école"],
      ["ja", "€"],
    ]);
  });

  it("keeps separators and line breaks inside quoted fields, and counts rows as records", () => {
    const text = 'id;opmerking;score\n1;"goed; echt\nheel goed";4\n2;"zei ""ja""";5\n';
    const grid = readCsv(text, "open.csv");
    expect(grid.rows).toEqual([
      ["id", "opmerking", "score"],
      ["1", "goed; echt\nheel goed", "4"],
      ["2", 'zei "ja"', "5"],
    ]);
    expect(gridCellAddress(grid, 2, 2)).toBe("C3");
  });

  it("ignores separators inside quotes when detecting the delimiter", () => {
    expect(readCsv('id,"vraag; met puntkomma"\n1,2', "q.csv").rows).toEqual([
      ["id", "vraag; met puntkomma"],
      ["1", "2"],
    ]);
  });

  it("keeps empty rows in the middle (addresses stay true) and drops trailing ones", () => {
    const grid = readCsv("a;b\n\n1;2\n\n\n", "gaten.csv");
    expect(grid.rows).toEqual([["a", "b"], [null], ["1", "2"]]);
  });

  it("uses and drops Excel's sep= line", () => {
    expect(readCsv("sep=,\nid;x,y\n", "sep.csv").rows).toEqual([["id;x", "y"]]);
  });

  it("reads UTF-16LE text with a byte order mark (Excel's Unicode text)", () => {
    const text = "id\tnaam\n1\tZoë";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index += 1)
      bytes[2 + index * 2] = text.charCodeAt(index);
    expect(readCsv(bytes, "unicode.txt").rows).toEqual([
      ["id", "naam"],
      ["1", "Zoë"],
    ]);
  });

  it("accepts an ArrayBuffer and strips a BOM from a string", () => {
    expect(readCsv(utf8("a;b").slice().buffer, "x.csv").rows).toEqual([["a", "b"]]);
    expect(readCsv("\uFEFFa;b", "x.csv").rows).toEqual([["a", "b"]]);
  });

  it("names the sheet after the file without folder and extension", () => {
    expect(readCsv("a", "data/2024/antwoorden.v2.csv").sheet).toBe("antwoorden.v2");
    expect(readCsv("a", "C:\\data\\antwoorden.csv").sheet).toBe("antwoorden");
    expect(readCsv("a", "antwoorden").sheet).toBe("antwoorden");
  });

  it("rejects an empty file", () => {
    expect(codeOf(() => readCsv(new Uint8Array(0), "leeg.csv"))).toBe("EMPTY_FILE");
    expect(codeOf(() => readCsv(new Uint8Array([0xef, 0xbb, 0xbf]), "leeg.csv"))).toBe(
      "EMPTY_FILE"
    );
    expect(codeOf(() => readCsv("", "leeg.csv"))).toBe("EMPTY_FILE");
    expect(() => readCsv(new Uint8Array(0), "leeg.csv")).toThrow("leeg.csv: het bestand is leeg.");
    expect(() => readCsv("", "leeg.csv", "en")).toThrow("leeg.csv: the file is empty.");
  });

  it("rejects a file with only empty fields", () => {
    expect(codeOf(() => readCsv(";;\n;;\n", "puntkommas.csv"))).toBe("NO_DATA");
  });

  it("rejects a quoted field that is never closed, naming its row", () => {
    expect(codeOf(() => readCsv('id;opmerking\n1;ok\n2;"open\n3;x\n', "q.csv"))).toBe(
      "CSV_UNCLOSED_QUOTE"
    );
    expect(() => readCsv('id;opmerking\n1;ok\n2;"open\n3;x\n', "q.csv")).toThrow(
      'q.csv: het aanhalingsteken (") dat in rij 3 begint, wordt nooit gesloten; controleer het bestand.'
    );
  });
});

describe("splitQuoteFree (text without quotes: csvColumns.ts, or papaparse for one very long line)", () => {
  it.each([
    ["id;score\n1;3,5\n2;\n", ";"],
    ["id;score\r\n1;3,5\r\n2;\r\n", ";"],
    ["id;score\r\n1;3,5\n2;4\r\n\r\n;;\n", ";"],
    ["a,b,c\n,,\n1,2", ","],
    ["a\tb\n\n\t\n", "\t"],
    ["", ";"],
    ["\n", ";"],
    ["\r\n", ";"],
    ["one column\nx\r\ny", ";"],
    ["a;b\r\n1;2;3;4\r\n5", ";"],
  ])("%j split at %j as papaparse does", (text, delimiter) => {
    expect(splitQuoteFree(text, delimiter)).toEqual(viaPapaparse(text, delimiter));
  });
  it.each([
    ["a\rb;c\r\rd\r", ";"],
    ["x;y\r\r\n1;2\r\n\r3", ";"],
    ["\r", ","],
    ["a\r\n", "\t"],
    ["é;€;ab;éé\n€\r\u00e9", ";"],
  ])(
    "takes a lone CR for a line end as papaparse does after CR → LF: %j at %j",
    (text, delimiter) => {
      expect(splitQuoteFree(text, delimiter)).toStrictEqual(viaPapaparse(text, delimiter));
    }
  );
  it("agrees with papaparse on 3,000 random texts (ragged lines, repeats, every line end)", () => {
    for (const { text, delimiter } of randomQuoteFreeTexts(3000))
      expect(splitQuoteFree(text, delimiter)).toStrictEqual(viaPapaparse(text, delimiter));
  });
  it("gives a repeated text once per value, whichever column or row it stands in", () => {
    const rows = splitQuoteFree("groot;klein;groot\r\nklein;groot;gro\nGroot;groot;", ";");
    expect(rows).toStrictEqual([
      ["groot", "klein", "groot"],
      ["klein", "groot", "gro"],
      ["Groot", "groot", null],
    ]);
  });
  it("makes each record exactly as long as its line, shorter or longer than the one before", () => {
    const rows = splitQuoteFree("a;b;c\n1\n1;2;3;4;5\n;\n", ";");
    expect(rows.map((record) => record.length)).toEqual([3, 1, 5, 2, 1]);
    expect(rows[2]).toStrictEqual(["1", "2", "3", "4", "5"]);
    expect(rows[3]).toStrictEqual([null, null]);
  });
  it("needs a separator of one character other than CR and LF", () => {
    expect(() => splitQuoteFree("a;;b", ";;")).toThrow("one-character separator");
    expect(() => splitQuoteFree("a\nb", "\n")).toThrow("one-character separator");
    expect(() => splitQuoteFree("a\rb", "\r")).toThrow("one-character separator");
  });
  it("readCsv reads a lone CR, a sep= line ending in CR and CRLF as line ends", () => {
    expect(hasLoneCarriageReturn("a\r\nb\nc")).toBe(false);
    expect(hasLoneCarriageReturn("a\rb")).toBe(true);
    expect(hasLoneCarriageReturn("a\r\nb\r")).toBe(true);
    expect(readCsv("id;score\r1;2\r\n3;4\n", "mac.csv").rows).toEqual([
      ["id", "score"],
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(readCsv("sep=,\rid;x,y\r\r\n1,2\r", "sep.csv").rows).toEqual([
      ["id;x", "y"],
      [null],
      ["1", "2"],
    ]);
  });
  it("keeps papaparse's reading of quote-free text with a sep= byte order mark", () => {
    // papaparse guesses the separator (among , tab | ;); a CRLF file keeps the CR in the last field
    // of each line (as before splitQuoteFree), a file with a lone CR has its line ends made LF.
    expect(readCsv("sep=\uFEFF\na,b\r\n1,2\r\n3,4", "bom.csv").rows).toEqual([
      ["a", "b\r"],
      ["1", "2\r"],
      ["3", "4"],
    ]);
    expect(readCsv("sep=\uFEFF\ra,b\r\n1,2", "bom.csv").rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
  it("readCsv gives the same grid with and without quotes in the file", () => {
    const plain = readCsv("id;score\r\nN1;3,5\r\nN2;\r\n", "a.csv").rows;
    const quoted = readCsv('id;score\r\n"N1";3,5\r\nN2;\r\n', "a.csv").rows;
    expect(plain).toEqual([
      ["id", "score"],
      ["N1", "3,5"],
      ["N2", null],
    ]);
    expect(quoted).toEqual(plain);
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["id;score\n1;3,5", ";"],
    ["id,score\n1,3.5", ","],
    ["id\tscore", "\t"],
    ["a;b,c;d,e", ";"],
    ["a,b,c;d", ","],
    ["Enquête 2024\r\nid,score", ","],
    ["enkel", ";"],
  ])("%j → %j", (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe("decodeCsvBytes", () => {
  it("decodes every byte as the WHATWG windows-1252 table says", () => {
    // Not compared with TextDecoder("windows-1252"): Node 20 decodes that label as Latin-1.
    const allBytes = Uint8Array.from({ length: 256 }, (_value, index) => index);
    const text = decodeWindows1252(allBytes);
    expect(text).toHaveLength(256);
    for (let byte = 0; byte < 256; byte += 1) {
      if (byte < 0x80 || byte >= 0xa0) expect(text.charCodeAt(byte)).toBe(byte);
    }
    expect(text.slice(0x80, 0xa0)).toBe(
      "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
        "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178"
    );
    expect(
      decodeWindows1252(new Uint8Array([0x93, 0x6a, 0x61, 0x94, 0x20, 0x96, 0x20, 0x80]))
    ).toBe("“ja” – €");
  });

  it("prefers UTF-8 when the bytes are valid UTF-8", () => {
    expect(decodeCsvBytes(utf8("école"))).toBe("école");
    expect(decodeCsvBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe("café");
  });
});
