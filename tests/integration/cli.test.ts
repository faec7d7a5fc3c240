/**
 * The `netwerkmeter analyze` command line end to end (ARCHITECTURE §3.1, §3.2): real files in a
 * temporary folder, main(argv, io) with captured stdout/stderr.
 * Exit 0: done (warnings allowed); 1: the input cannot be analysed (one line naming the file,
 * never a stack trace); 2: wrong usage.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { runCli as run } from "./runCli";

jest.setTimeout(60_000);

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-cli-"));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  out: string;
  err: string;
}

function file(name: string): string {
  return path.join(dir, name);
}

const CONTRACT_KEYS = [
  "tool",
  "source",
  "options",
  "population",
  "responseRate",
  "items",
  "scales",
  "governance",
  "participation",
  "indicators",
  "groups",
  "comments",
  "issues",
];

/** Ten networks on the preset's acties role items, representation and involvement. */
const HEADER = [
  "RESP_ID",
  "GROOTTE_KLASSE",
  "ROL_ACT_FAC",
  "ROL_ACT_COP",
  "ROL_ACT_OPD",
  "VER_01",
  "INB_ACT",
  "RIC_ACT",
];
const ROWS: (string | number | null)[][] = [
  ["N01", "groot", 4, 5, 1, 4, 4, 2],
  ["N02", "groot", 5, 4, 2, 5, 5, 3],
  ["N03", "groot", 2, 5, 2, 2, 4, 4],
  ["N04", "groot", 4, 4, 1, 4, 2, 1],
  ["N05", "groot", 3, 5, 3, 3, 3, 2],
  ["N06", "klein", 1, 2, 5, 4, 5, 5],
  ["N07", "klein", 2, 4, 4, 1, 4, 2],
  ["N08", "klein", 1, 3, 5, 2, 2, 1],
  ["N09", "klein", 2, 4, 5, 4, 4, 2],
  ["N10", "klein", 1, 5, 4, 5, 3, 3],
];

async function writeWorkbook(
  name: string,
  build: (workbook: ExcelJS.Workbook) => void
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const target = file(name);
  fs.writeFileSync(target, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return target;
}

function addRows(worksheet: ExcelJS.Worksheet, rows: (string | number | null)[][]): void {
  for (const row of rows) worksheet.addRow(row);
}

/** A Codeboek sheet describing the columns of HEADER (ARCHITECTURE §3.3). */
const CODEBOOK_ROWS = [
  ["item", "tekst", "construct", "domein", "schaal", "omgekeerd"],
  ["ROL_ACT_FAC", "De partners hadden meer inbreng.", "rol.facilitator", "acties", "AKK5", "nee"],
  [
    "ROL_ACT_COP",
    "De partners hadden evenveel inbreng.",
    "rol.coproducent",
    "acties",
    "AKK5",
    "nee",
  ],
  [
    "ROL_ACT_OPD",
    "De coördinator had de meeste inbreng.",
    "rol.opdrachtgever",
    "acties",
    "AKK5",
    "nee",
  ],
  [
    "VER_01",
    "De stem van mensen in armoede is goed vertegenwoordigd.",
    "participatie.vertegenwoordiging",
    "",
    "AKK5",
    "nee",
  ],
  [
    "INB_ACT",
    "Inbreng van bij het begin bij de acties.",
    "participatie.inbreng",
    "acties",
    "AKK5",
    "nee",
  ],
  [
    "RIC_ACT",
    "De inbreng was richtinggevend bij de acties.",
    "participatie.richtinggevend",
    "acties",
    "AKK5",
    "nee",
  ],
];

/** Asserts a user error: exit 1, one line on stderr naming the file, no stack trace, nothing on stdout. */
function expectUserError(result: Run, fileName: string): void {
  expect(result.code).toBe(1);
  expect(result.out).toBe("");
  const lines = result.err.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(result.err).toContain(fileName);
  expect(result.err).not.toMatch(/^\s{4}at /m);
  expect(result.err).not.toMatch(/interne fout|internal error|NETWERKMETER_DEBUG/);
}

function expectUsageError(result: Run): void {
  expect(result.code).toBe(2);
  expect(result.out).toBe("");
  expect(result.err.length).toBeGreaterThan(0);
  expect(result.err).not.toMatch(/^\s{4}at /m);
}

describe("successful runs (exit 0)", () => {
  it("a ';' CSV with a byte order mark, default preset, --json to a file", async () => {
    const csv = file("antwoorden.csv");
    const text = [HEADER, ...ROWS]
      .map((row) => row.map((value) => (value === null ? "" : String(value))).join(";"))
      .join("\r\n");
    fs.writeFileSync(
      csv,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\r\n`, "utf8")])
    );
    const json = file("antwoorden.json");
    const result = await run(
      "analyze",
      csv,
      "--json",
      json,
      "--population",
      "104",
      "--group-by",
      "GROOTTE_KLASSE"
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(Object.keys(report)).toEqual(CONTRACT_KEYS);
    expect(report.source).toMatchObject({
      file: "antwoorden.csv",
      sheet: "antwoorden",
      respondents: 10,
      codebook: "preset:demos-coordinatoren",
    });
    // the BOM did not end up in the first header: RESP_ID is the respondent id column
    expect(report.governance.respondents[0].respondent).toBe("N01");
    expect(report.responseRate).toBeCloseTo((100 * 10) / 104, 10);
    // ROL_ACT_COP 5,4,5,4,5,2,4,3,4,5 → high 8/10
    expect(
      report.items.find((item: { id: string }) => item.id === "ROL_ACT_COP").pctHigh
    ).toBeCloseTo(80, 10);
    expect(
      report.groups.map((group: { value: string; n: number }) => [group.value, group.n])
    ).toEqual([
      ["groot", 5],
      ["klein", 5],
    ]);
    expect(
      report.issues.find((issue: { code: string }) => issue.code === "DEFAULT_CODEBOOK")
    ).toBeDefined();
    // the human summary goes to stdout when the JSON goes to a file
    expect(result.out).toContain("10 respondenten");
    expect(result.out).toContain("Responsgraad: 9,6%");
  });

  it("--json - puts only the JSON on stdout and the summary on stderr", async () => {
    const csv = file("stdout.csv");
    fs.writeFileSync(csv, [HEADER, ...ROWS].map((row) => row.join(";")).join("\n"));
    const result = await run("analyze", csv, "--json", "-");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(Object.keys(report)).toEqual(CONTRACT_KEYS);
    expect(result.err).toContain("10 respondenten");
    expect(result.out).not.toContain("respondenten,");
  });

  it("an .xlsx with a Codeboek sheet in the same workbook uses that codebook; --out writes a readable report", async () => {
    const input = await writeWorkbook("met-codeboek.xlsx", (workbook) => {
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...ROWS]);
      addRows(workbook.addWorksheet("Codeboek"), CODEBOOK_ROWS);
    });
    const json = file("met-codeboek.json");
    const out = file("rapport.xlsx");
    const result = await run(
      "analyze",
      input,
      "--json",
      json,
      "--out",
      out,
      "--group-by",
      "GROOTTE_KLASSE"
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(report.source).toMatchObject({
      file: "met-codeboek.xlsx",
      sheet: "Antwoorden",
      respondents: 10,
      codebook: "Codeboek (met-codeboek.xlsx)",
    });
    expect(report.items.map((item: { id: string }) => item.id)).toEqual([
      "ROL_ACT_FAC",
      "ROL_ACT_COP",
      "ROL_ACT_OPD",
      "VER_01",
      "INB_ACT",
      "RIC_ACT",
    ]);
    expect(report.items[0].label).toBe("De partners hadden meer inbreng.");
    expect(
      report.issues.find((issue: { code: string }) => issue.code === "DEFAULT_CODEBOOK")
    ).toBeUndefined();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
    const names = workbook.worksheets.map((worksheet) => worksheet.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Overzicht",
        "Items",
        "Rollen",
        "Participatie",
        "Stijl naar GROOTTE_KLASSE",
        "Problemen",
      ])
    );
    expect(names[0]).toBe("Overzicht");
    expect(names[names.length - 1]).toBe("Problemen");
    const items = workbook.getWorksheet("Items")!;
    const tables = Object.keys((items as unknown as { tables: Record<string, unknown> }).tables);
    expect(tables).toContain("NM_Items");
  });

  it("an .xlsx without a codebook, with --codebook preset:demos-coordinatoren", async () => {
    const input = await writeWorkbook("zonder-codeboek.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...ROWS])
    );
    const result = await run(
      "analyze",
      input,
      "--codebook",
      "preset:demos-coordinatoren",
      "--json",
      "-"
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.source.codebook).toBe("preset:demos-coordinatoren");
    expect(report.governance.domains.map((domain: { domain: string }) => domain.domain)).toEqual([
      "acties",
    ]);
    expect(
      report.issues.find((issue: { code: string }) => issue.code === "DEFAULT_CODEBOOK")
    ).toBeUndefined();
  });

  it("--codebook pointing at a .json codebook", async () => {
    const input = await writeWorkbook("json-codeboek.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...ROWS])
    );
    const codebook = file("codeboek.json");
    const [header, ...rows] = CODEBOOK_ROWS;
    fs.writeFileSync(
      codebook,
      JSON.stringify({
        items: rows.map((row) => Object.fromEntries(header.map((key, index) => [key, row[index]]))),
      })
    );
    const result = await run("analyze", input, "--codebook", codebook, "--json", "-");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.source.codebook).toBe("codeboek.json");
    expect(report.items).toHaveLength(6);
    expect(report.items[3].label).toBe("De stem van mensen in armoede is goed vertegenwoordigd.");
    expect(report.participation.representation.pctHigh).toBeCloseTo(60, 10); // VER_01 4,5,2,4,3,4,1,2,4,5 → 6/10
  });

  it("--codebook pointing at another .xlsx with a Codeboek sheet", async () => {
    const input = await writeWorkbook("data-apart.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...ROWS])
    );
    const codebook = await writeWorkbook("codeboek-apart.xlsx", (workbook) => {
      workbook.addWorksheet("Uitleg").getCell("A1").value = "Lees mij";
      addRows(workbook.addWorksheet("Codeboek"), CODEBOOK_ROWS.slice(0, 4));
    });
    const result = await run("analyze", input, "--codebook", codebook, "--json", "-");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.source.codebook).toBe("Codeboek (codeboek-apart.xlsx)");
    expect(report.items.map((item: { id: string }) => item.id)).toEqual([
      "ROL_ACT_FAC",
      "ROL_ACT_COP",
      "ROL_ACT_OPD",
    ]);
    expect(report.participation).toBeNull();
  });

  it("bad cells: exit 0, each issue in the JSON with sheet and cell, a summary on stderr naming the cells", async () => {
    const rows = ROWS.map((row) => [...row]);
    rows[1][2] = 7; // N02 ROL_ACT_FAC → C3
    rows[4][5] = "misschien"; // N05 VER_01 → F6
    const input = await writeWorkbook("fouten.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...rows])
    );
    const json = file("fouten.json");
    const result = await run("analyze", input, "--json", json);
    expect(result.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, "utf8"));
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: "error",
          code: "OUT_OF_RANGE",
          file: "fouten.xlsx",
          sheet: "Antwoorden",
          cell: "C3",
        }),
        expect.objectContaining({
          severity: "error",
          code: "UNKNOWN_LABEL",
          file: "fouten.xlsx",
          sheet: "Antwoorden",
          cell: "F6",
        }),
      ])
    );
    // the rejected cells count as missing
    const fac = report.items.find((item: { id: string }) => item.id === "ROL_ACT_FAC");
    expect([fac.n, fac.missing]).toEqual([9, 1]);
    expect(result.err).toContain("Antwoorden!C3");
    expect(result.err).toContain("Antwoorden!F6");
    expect(result.err).not.toMatch(/^\s{4}at /m);
  });

  it("--lang en writes English sheet names", async () => {
    const input = await writeWorkbook("engels.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...ROWS])
    );
    const out = file("report-en.xlsx");
    const result = await run("analyze", input, "--lang", "en", "--out", out);
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(
      expect.arrayContaining(["Overview", "Items", "Roles", "Problems"])
    );
  });
});

describe("input that cannot be analysed (exit 1, one line naming the file)", () => {
  it("file not found", async () => {
    const result = await run("analyze", file("bestaat-niet.xlsx"));
    expectUserError(result, "bestaat-niet.xlsx");
    expect(result.err).toMatch(/niet gevonden/);
  });

  it("empty file (0 bytes .xlsx)", async () => {
    fs.writeFileSync(file("leeg.xlsx"), new Uint8Array(0));
    const result = await run("analyze", file("leeg.xlsx"));
    expectUserError(result, "leeg.xlsx");
    expect(result.err).toMatch(/leeg/);
  });

  it("random bytes renamed .xlsx", async () => {
    const bytes = new Uint8Array(4096);
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 7919 + 13) % 251;
    fs.writeFileSync(file("willekeurig.xlsx"), bytes);
    const result = await run("analyze", file("willekeurig.xlsx"));
    expectUserError(result, "willekeurig.xlsx");
    expect(result.err).toMatch(/geen Excel-werkmap/);
  });

  const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

  it("legacy .xls (OLE2 signature) with an .xls name", async () => {
    const bytes = new Uint8Array(1024);
    bytes.set(OLE2, 0);
    fs.writeFileSync(file("oud.xls"), bytes);
    const result = await run("analyze", file("oud.xls"));
    expectUserError(result, "oud.xls");
    expect(result.err).toMatch(/ouder \.xls-bestand/);
  });

  it("legacy .xls (OLE2 signature) renamed .xlsx", async () => {
    const bytes = new Uint8Array(1024);
    bytes.set(OLE2, 0);
    fs.writeFileSync(file("oud-hernoemd.xlsx"), bytes);
    const result = await run("analyze", file("oud-hernoemd.xlsx"));
    expectUserError(result, "oud-hernoemd.xlsx");
    expect(result.err).toMatch(/ouder \.xls-bestand/);
  });

  it("password-protected workbook (OLE2 with an EncryptionInfo stream)", async () => {
    const bytes = new Uint8Array(2048);
    bytes.set(OLE2, 0);
    bytes.set([...Buffer.from("EncryptionInfo", "utf16le")], 1024);
    fs.writeFileSync(file("beveiligd.xlsx"), bytes);
    const result = await run("analyze", file("beveiligd.xlsx"));
    expectUserError(result, "beveiligd.xlsx");
    expect(result.err).toMatch(/wachtwoord/);
  });

  it("--sheet that does not exist lists the available sheets", async () => {
    const input = await writeWorkbook("bladen.xlsx", (workbook) => {
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...ROWS]);
      addRows(workbook.addWorksheet("Codeboek"), CODEBOOK_ROWS);
    });
    const result = await run("analyze", input, "--sheet", "Resultaten");
    expectUserError(result, "bladen.xlsx");
    expect(result.err).toContain('"Resultaten"');
    expect(result.err).toContain('"Antwoorden", "Codeboek"');
  });

  it("a workbook whose only sheet is empty", async () => {
    const input = await writeWorkbook("leeg-blad.xlsx", (workbook) => {
      workbook.addWorksheet("Blad1");
    });
    const result = await run("analyze", input);
    expectUserError(result, "leeg-blad.xlsx");
    expect(result.err).toMatch(/geen gegevens/);
  });

  it("no recognised items (unrelated headers)", async () => {
    const input = await writeWorkbook("onbekend.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Gegevens"), [
        ["Naam", "Leeftijd", "Woonplaats"],
        ["An", 34, "Gent"],
        ["Bert", 51, "Hasselt"],
      ])
    );
    const result = await run("analyze", input);
    expectUserError(result, "onbekend.xlsx");
    expect(result.err).toContain("Gegevens");
    expect(result.err).toMatch(/Geen enkele kolomkop/);
  });

  it("unknown --group-by column names the available columns", async () => {
    const input = await writeWorkbook("groep.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...ROWS])
    );
    const result = await run(
      "analyze",
      input,
      "--group-by",
      "Provincie",
      "--json",
      file("groep.json")
    );
    expectUserError(result, "groep.xlsx");
    expect(result.err).toContain("'Provincie'");
    expect(result.err).toContain("RESP_ID, GROOTTE_KLASSE");
    expect(result.err).toContain("groep.xlsx, blad Antwoorden: Groeperingskolom 'Provincie'");
    expect(fs.existsSync(file("groep.json"))).toBe(false);
  });

  it("with --lang en the location of a fatal problem is in English too", async () => {
    const input = await writeWorkbook("group-en.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...ROWS])
    );
    const result = await run("analyze", input, "--group-by", "Provincie", "--lang", "en");
    expectUserError(result, "group-en.xlsx");
    expect(result.err).toContain("group-en.xlsx, sheet Antwoorden: Group column 'Provincie'");
  });
});

describe("output that cannot be written (exit 1, one line naming the file)", () => {
  it("--json into a folder that does not exist", async () => {
    const input = await writeWorkbook("uitvoer.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...ROWS])
    );
    const target = path.join(dir, "bestaat-niet", "rapport.json");
    const result = await run("analyze", input, "--json", target);
    expectUserError(result, target);
  });

  it("--out pointing at a folder", async () => {
    const input = await writeWorkbook("uitvoer2.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...ROWS])
    );
    // A folder named like a workbook (a name without .xlsx is refused earlier, as usage: exit 2).
    const folder = path.join(dir, "map.xlsx");
    fs.mkdirSync(folder);
    const result = await run("analyze", input, "--out", folder);
    expectUserError(result, folder);
  });
});

describe("wrong usage (exit 2)", () => {
  let input: string;

  beforeAll(async () => {
    input = await writeWorkbook("gebruik.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [HEADER, ...ROWS])
    );
  });

  it("unknown option", async () => {
    const result = await run("analyze", input, "--frobnicate");
    expectUsageError(result);
    expect(result.err).toContain("--frobnicate");
  });

  // Found when the command line was tried as a new user: commander's English ("error: unknown
  // option", "missing required argument", "argument 'abc' is invalid") beside Dutch everywhere else.
  it.each([
    [
      ["analyze", "IN", "--bogus"],
      "netwerkmeter: onbekende optie '--bogus'; zie netwerkmeter analyze --help.\n",
    ],
    [
      ["analyze", "IN", "--bas", "all"],
      "netwerkmeter: onbekende optie '--bas' (bedoelt u --base?); zie netwerkmeter analyze --help.\n",
    ],
    [
      ["analyze"],
      "netwerkmeter: het bestand ontbreekt (<input>); zie netwerkmeter analyze --help.\n",
    ],
    [
      ["analyze", "IN", "--population", "abc"],
      "netwerkmeter: --population: 'abc' is geen positief geheel getal; zie netwerkmeter analyze --help.\n",
    ],
    [
      ["analyze", "IN", "--min-cell", "-1"],
      "netwerkmeter: --min-cell: '-1' is geen geheel getal ≥ 0; zie netwerkmeter analyze --help.\n",
    ],
    [
      ["analyze", "IN", "--base", "foo"],
      "netwerkmeter: --base: 'foo' kan niet; kies uit valid, all; zie netwerkmeter analyze --help.\n",
    ],
    [
      ["analyze", "IN", "--out"],
      "netwerkmeter: --out heeft een waarde nodig (--out <file>); zie netwerkmeter analyze --help.\n",
    ],
    [
      ["analyse", "IN"],
      "netwerkmeter: onbekende opdracht 'analyse'; kies analyze, indicators, template, consolidate of feedback; zie netwerkmeter --help.\n",
    ],
    [
      ["feedback", "IN"],
      "netwerkmeter: de optie --out-dir <dir> ontbreekt; zie netwerkmeter feedback --help.\n",
    ],
    [
      ["analyze", "IN", "extra"],
      "netwerkmeter: te veel bestanden of waarden (2 in plaats van 1); zet een pad met spaties tussen aanhalingstekens; zie netwerkmeter analyze --help.\n",
    ],
    [
      ["analyze", "IN", "--lang", "en", "--population", "abc"],
      "netwerkmeter: --population: 'abc' is not a positive whole number; see netwerkmeter analyze --help.\n",
    ],
  ])("in the user's language: %j", async (args, message) => {
    const result = await run(...args.map((arg) => (arg === "IN" ? input : arg)));
    expect(result.code).toBe(2);
    expect(result.err).toBe(message);
  });

  it("--base foo", async () => {
    const result = await run("analyze", input, "--base", "foo");
    expectUsageError(result);
    expect(result.err).toContain("foo");
  });

  it("--population -3", async () => {
    const result = await run("analyze", input, "--population", "-3");
    expectUsageError(result);
    expect(result.err).toContain("-3");
  });

  it("no arguments", async () => {
    const result = await run();
    expectUsageError(result);
    expect(result.err).toMatch(/analyze/);
  });

  it("unknown preset --codebook preset:nope", async () => {
    const result = await run("analyze", input, "--codebook", "preset:nope");
    expectUsageError(result);
    expect(result.err).toContain("preset:nope");
    expect(result.err).toContain("preset:demos-coordinatoren");
    expect(result.err.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("group-by that makes sense, comments and disclosure control", () => {
  const header = ["RESP_ID", "INWONERS", "INGEVULD_DOOR", ...HEADER.slice(2), "Opmerking VER_01"];
  const inhabitants = [9000, 12000, 14999, 15000, 30000, 49999, 50000, 80000, 262000, 11000];
  const rows = ROWS.map((row, i) => [
    `CS ${String(i + 1).padStart(2, "0")}`,
    inhabitants[i],
    `Persoon ${i}`,
    ...row.slice(2),
    i === 0 ? "=1+1 is geen formule" : i === 3 ? "Brugfiguren werken goed." : null,
  ]);

  it("--bands INWONERS:15000,50000 groups by bands in order; comments in JSON and on the Opmerkingen sheet; no personal data", async () => {
    const input = await writeWorkbook("bands.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [header, ...rows])
    );
    const json = file("bands.json");
    const out = file("bands-report.xlsx");
    const result = await run(
      "analyze",
      input,
      "--bands",
      "INWONERS:15000,50000",
      "--min-cell",
      "3",
      "--json",
      json,
      "--out",
      out
    );
    expect(result.err).not.toMatch(/GROUP_COLUMN/);
    expect(result.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, "utf8"));
    // < 15.000: 9000, 12000, 14999, 11000 (4); 15.000–50.000: 15000, 30000, 49999 (3); ≥ 50.000: 3
    expect(
      report.groups.map((group: { by: string; value: string; n: number }) => [
        group.by,
        group.value,
        group.n,
      ])
    ).toEqual([
      ["INWONERS", "< 15.000", 4],
      ["INWONERS", "15.000–50.000", 3],
      ["INWONERS", "≥ 50.000", 3],
    ]);
    expect(report.options.bands).toEqual([
      {
        column: "INWONERS",
        cuts: [15000, 50000],
        labels: ["< 15.000", "15.000–50.000", "≥ 50.000"],
      },
    ]);
    expect(
      report.comments.map(
        (comment: { network: string; respondentType: string; item: string; text: string }) => [
          comment.network,
          comment.respondentType,
          comment.item,
          comment.text,
        ]
      )
    ).toEqual([
      ["CS 01", "CS", "VER_01", "=1+1 is geen formule"],
      ["CS 04", "CS", "VER_01", "Brugfiguren werken goed."],
    ]);
    // Cross-tab cells of 1 or 2 networks are masked (null), never a count below --min-cell.
    for (const crosstab of report.governance.crosstabs)
      for (const cells of Object.values(crosstab.table) as Record<string, number | null>[])
        for (const count of Object.values(cells))
          expect(count === null || count === 0 || count >= 3).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Opmerkingen")!;
    expect(sheet).toBeDefined();
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("=1+1 is geen formule");
    let formulas = 0;
    let personal = 0;
    workbook.eachSheet((worksheet) =>
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) formulas += 1;
          if (String(cell.value).includes("Persoon")) personal += 1;
        })
      )
    );
    expect(formulas).toBe(0);
    expect(personal).toBe(0);
  });

  // Found by an analyst: a second --bands on the same column was dropped without a word, and a
  // value that is no number was reported without its cell.
  it("a second --bands on the same column is wrong usage (exit 2), nothing written", async () => {
    const input = await writeWorkbook("bands-twice.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [header, ...rows])
    );
    const json = file("bands-twice.json");
    const result = await run(
      "analyze",
      input,
      "--bands",
      "INWONERS:15000,50000",
      "--bands",
      "inwoners:q3",
      "--json",
      json
    );
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      "netwerkmeter: --bands inwoners:q3: inwoners wordt al in klassen verdeeld door --bands INWONERS:15000,50000; één indeling per kolom per run (maak een tweede rapport voor de andere).\n"
    );
    expect(fs.existsSync(json)).toBe(false);
  });

  it("a value that is no number in a banded column: a warning with its cell", async () => {
    const withText = rows.map((row, i) => (i === 2 ? [row[0], "onbekend", ...row.slice(2)] : row));
    const input = await writeWorkbook("bands-text.xlsx", (workbook) =>
      addRows(workbook.addWorksheet("Antwoorden"), [header, ...withText])
    );
    const json = file("bands-text.json");
    const result = await run("analyze", input, "--bands", "INWONERS:15000", "--json", json);
    expect(result.code).toBe(0);
    const issue = JSON.parse(fs.readFileSync(json, "utf8")).issues.find(
      (entry: { code: string }) => entry.code === "BAND_NOT_A_NUMBER"
    );
    expect(issue).toMatchObject({ sheet: "Antwoorden", cell: "B4" });
    expect(issue.message).toContain("'onbekend' bij CS 03");
  });

  it("a malformed --bands is wrong usage (exit 2) with the form to write", async () => {
    const csv = file("bands-bad.csv");
    fs.writeFileSync(csv, [HEADER, ...ROWS].map((row) => row.join(";")).join("\n"));
    const result = await run("analyze", csv, "--bands", "INWONERS");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/KOLOM:GRENS,GRENS/);
  });
});
