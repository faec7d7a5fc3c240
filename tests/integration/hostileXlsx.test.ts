/**
 * Issue 12, items 1–3: .xlsx input that used to get past the zip guard, crash or hang ExcelJS, or
 * take gigabytes. Every file is made by the generator in tests/fakes/craftXlsx.ts (no binaries).
 * Each case asserts the exit code, the message and that the input's bytes are unchanged.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import JSZip from "jszip";
import { runCli as run } from "./runCli";
import { readXlsx, readXlsxForEditing } from "../../src/xlsx/readXlsx";
import { craftXlsx, rowsXml, twoDirectoryXlsx, workbookParts } from "../fakes/craftXlsx";
import { fillAsExcel, makeTemplate } from "../unit/template/fillTemplate";

/**
 * These files used to hang for minutes or exhaust memory; a run far below that passes. How fast they are
 * refused or read is measured by `npm run bench -- --only input` (the 6 KB merge row), not here: a
 * wall-clock bound of a few seconds failed on a loaded 2-core CI machine (8.8 s at load 13).
 */
const HANG_GUARD_MS = 60_000;

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-hostile-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const hash = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

function write(name: string, bytes: Uint8Array): { file: string; digest: string } {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return { file, digest: hash(file) };
}

/** Ten networks on items of the Dēmos preset. */
const SURVEY = [
  ["RESP_ID", "GROOTTE_KLASSE", "ROL_ACT_FAC", "ROL_ACT_COP", "ROL_ACT_OPD", "VER_01"],
  ...Array.from({ length: 10 }, (_, index) => [
    `N${index + 1}`,
    index < 5 ? "groot" : "klein",
    1 + (index % 5),
    1 + ((index + 2) % 5),
    1 + ((index + 4) % 5),
    1 + ((index + 1) % 5),
  ]),
];

describe("one zip directory for guard and reader (item 1)", () => {
  it("a package with two central directories: JSZip reads the bomb, netwerkmeter refuses the file", async () => {
    const benign = workbookParts([{ name: "Antwoorden", rows: SURVEY }]);
    // The same parts, but a sheet of 50 MB (spaces: ~50 KB deflated).
    const bomb = {
      ...benign,
      "xl/worksheets/sheet1.xml": new Uint8Array(50 * 1024 * 1024).fill(32),
    };
    const { file, digest } = write("twee-mappen.xlsx", twoDirectoryXlsx(benign, bomb));
    // The bypass: JSZip (inside ExcelJS) finds directory B and would inflate the 50 MB part…
    const jszip = await JSZip.loadAsync(fs.readFileSync(file));
    const sheet = jszip.file("xl/worksheets/sheet1.xml") as unknown as {
      _data: { uncompressedSize: number };
    };
    expect(sheet._data.uncompressedSize).toBe(50 * 1024 * 1024);
    // …while netwerkmeter sees two directories and reads neither.
    const result = await run("analyze", file, "--lang", "en");
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "netwerkmeter: twee-mappen.xlsx: the file is damaged or incomplete and cannot be read; open it in Excel and save it again as .xlsx.\n"
    );
    expect(hash(file)).toBe(digest);
  });

  it("the reader never inflates a part beyond what it declares (counted while inflating)", async () => {
    const parts = workbookParts([{ name: "Antwoorden", rows: SURVEY }]);
    const zip = zipSync(parts, { level: 6 });
    // Patch the central directory's declared size of the sheet down to 100 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const name = strToU8("xl/worksheets/sheet1.xml");
    for (let at = zip.length - 22; at >= 0; at -= 1) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const length = view.getUint16(at + 28, true);
      if (
        length === name.length &&
        zip.subarray(at + 46, at + 46 + length).every((byte, i) => byte === name[i])
      )
        view.setUint32(at + 24, 100, true);
    }
    const { file, digest } = write("liegt.xlsx", zip);
    const result = await run("analyze", file);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'netwerkmeter: liegt.xlsx: onderdeel "xl/worksheets/sheet1.xml" pakt uit tot meer dan de 100 bytes die het opgeeft; dit is geen gewone Excel-werkmap en wordt niet gelezen.\n'
    );
    expect(hash(file)).toBe(digest);
  });
});

describe("tiny hostile files are read, never expanded (item 3)", () => {
  const cases: [string, Uint8Array][] = [
    [
      "merge-hele-blad.xlsx",
      craftXlsx([
        {
          name: "Antwoorden",
          rows: SURVEY,
          afterXml: '<mergeCells count="1"><mergeCell ref="BA1:XFD1048576"/></mergeCells>',
        },
      ]),
    ],
    [
      "naam-hele-blad.xlsx",
      craftXlsx([{ name: "Antwoorden", rows: SURVEY }], {
        definedNames: ["Antwoorden!$A$1:$XFD$1048576", "'Antwoorden'!$A:$XFD"],
      }),
    ],
    [
      "validatie-hele-kolommen.xlsx",
      craftXlsx([
        {
          name: "Antwoorden",
          rows: SURVEY,
          afterXml:
            '<dataValidations count="1"><dataValidation type="whole" sqref="G2:O1048576 C2:F1048576"><formula1>1</formula1><formula2>5</formula2></dataValidation></dataValidations>',
        },
      ]),
    ],
  ];

  it.each(cases)(
    "%s: exit 0 in well under a few seconds, the ten networks read",
    async (name, bytes) => {
      expect(bytes.length).toBeLessThan(8 * 1024);
      const { file, digest } = write(name, bytes);
      const json = path.join(dir, `${name}.json`);
      const result = await run("analyze", file, "--json", json);
      expect(result.err).not.toMatch(/interne fout|internal error/);
      expect(result.code).toBe(0);
      expect(result.ms).toBeLessThan(HANG_GUARD_MS);
      expect(JSON.parse(fs.readFileSync(json, "utf8")).source.respondents).toBe(10);
      expect(hash(file)).toBe(digest);
    }
  );

  it.each(cases)(
    "%s: the browser preview (ExcelJS loads the workbook whole) refuses it in one line",
    async (_name, bytes) => {
      const started = Date.now();
      await expect(readXlsxForEditing(bytes, "x.xlsx", "en")).rejects.toThrow(
        /^x\.xlsx: merged cells, data validation or names cover [\d,]+ cells \(largest range: .+\); the workbook in the browser cannot open that\./
      );
      expect(Date.now() - started).toBeLessThan(HANG_GUARD_MS);
    }
  );

  it("a merge keeps only its top-left value, as ExcelJS read it", async () => {
    const grids = await readXlsx(
      craftXlsx([
        {
          name: "Blad1",
          rows: [
            ["a", "b", "c"],
            [1, 2, 3],
          ],
          afterXml: '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
        },
      ]),
      "m.xlsx"
    );
    expect(grids[0].rows).toEqual([
      ["a", null, "c"],
      [null, null, 3],
    ]);
  });
});

/** Rows with a value in column A and one in XFD: each row spans 16,384 cells. */
function wideSparse(rows: number): Uint8Array {
  const xml = Array.from(
    { length: rows },
    (_, index) =>
      `<row r="${index + 1}"><c r="A${index + 1}"><v>1</v></c><c r="XFD${index + 1}"><v>2</v></c></row>`
  ).join("");
  return craftXlsx([{ name: "Antwoorden", sheetDataXml: xml }]);
}

describe("a cell budget (item 2)", () => {
  it("a small file spanning more than 10 million cells is refused with exit 1 and a clear message", async () => {
    const { file, digest } = write("ver-weg.xlsx", wideSparse(700));
    const result = await run("analyze", file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^netwerkmeter: ver-weg\.xlsx, blad "Antwoorden", cel XFD\d+: de werkmap bevat meer dan 10\.000\.000 cellen en wordt niet gelezen; /
    );
    expect(result.err.split("\n")).toHaveLength(2);
    expect(result.ms).toBeLessThan(HANG_GUARD_MS);
    expect(hash(file)).toBe(digest);
  });

  it("one far-away cell below the data is read (a million empty rows are within budget)", async () => {
    const xml =
      rowsXml(SURVEY) +
      '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>';
    const grids = await readXlsx(craftXlsx([{ name: "Antwoorden", sheetDataXml: xml }]), "v.xlsx");
    expect(grids[0].rows).toHaveLength(1_048_576);
    expect(grids[0].rows[1_048_575]).toEqual(["x"]);
  });

  it("a hidden first sheet is skipped by default, as the add-in does", async () => {
    const bytes = craftXlsx([
      {
        name: "Oud",
        rows: [
          ["iets", "anders"],
          [1, 2],
        ],
        state: "hidden",
      },
      { name: "Antwoorden", rows: SURVEY },
    ]);
    const grids = await readXlsx(bytes, "h.xlsx");
    expect(grids.map((grid) => [grid.sheet, grid.hidden ?? false])).toEqual([
      ["Oud", true],
      ["Antwoorden", false],
    ]);
    const { file, digest } = write("verborgen-eerst.xlsx", bytes);
    const json = path.join(dir, "verborgen.json");
    const result = await run("analyze", file, "--json", json);
    expect(result.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, "utf8")).source.sheet).toBe("Antwoorden");
    expect(hash(file)).toBe(digest);
  });
});

describe("consolidate: a hostile file among returned templates (item 3)", () => {
  it("the whole-sheet merge is read, the over-budget file skipped with its own problem, the rest consolidated", async () => {
    const template = await makeTemplate("nl");
    const good = await fillAsExcel(template, {
      answers: { VIS_01: "Akkoord", ROL_ACT_FAC: "Akkoord" },
      profile: { name: "Netwerk Gent", inhabitants: 265_000 },
    });
    const merged = unzipSync(
      await fillAsExcel(template, {
        answers: { VIS_01: "Niet akkoord", ROL_ACT_FAC: 2 },
        profile: { name: "Netwerk Lier", inhabitants: 36_000 },
      })
    );
    for (const name of Object.keys(merged).filter((part) =>
      part.startsWith("xl/worksheets/sheet")
    )) {
      const xml = new TextDecoder().decode(merged[name]);
      merged[name] = strToU8(
        xml.includes("<mergeCells")
          ? xml.replace(/<mergeCells count="\d+">/, '<mergeCells><mergeCell ref="BA1:XFD1048576"/>')
          : xml.replace(
              "</sheetData>",
              '</sheetData><mergeCells count="1"><mergeCell ref="BA1:XFD1048576"/></mergeCells>'
            )
      );
    }
    const inputs = [
      write("map/netwerk-gent.xlsx", good),
      write("map/netwerk-lier.xlsx", zipSync(merged)),
      write("map/ver-weg.xlsx", wideSparse(700)),
    ];
    const out = path.join(dir, "samen.xlsx");
    const report = path.join(dir, "samen.json");
    const result = await run(
      "consolidate",
      path.join(dir, "map"),
      "--out",
      out,
      "--report",
      report
    );
    expect(result.code).toBe(0);
    expect(result.err).toMatch(
      /overgeslagen: ver-weg\.xlsx — TOO_MANY_CELLS: ver-weg\.xlsx, blad "Antwoorden"/
    );
    const json = JSON.parse(fs.readFileSync(report, "utf8"));
    expect(json.summary).toMatchObject({ filesRead: 3, filesConsolidated: 2, filesSkipped: 1 });
    for (const input of inputs) expect(hash(input.file)).toBe(input.digest);
  });
});
