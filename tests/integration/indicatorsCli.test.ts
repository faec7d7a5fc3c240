/**
 * `netwerkmeter indicators` end to end: the example framework written by the seeded generator
 * (scripts/monitoringData.ts) to a temporary .xlsx, main(argv, io) with captured output, the JSON
 * report and the report workbook read back with ExcelJS.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { buildMonitoringWorkbook } from "../../scripts/generate-monitoring-example";
import { runCli as run } from "./runCli";

// Workbooks are written and read back: generous under load on the shared machine.
jest.setTimeout(120_000);

let dir: string;
let kader: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "nm-indicators-"));
  kader = path.join(dir, "monitoring.xlsx");
  fs.writeFileSync(kader, await buildMonitoringWorkbook());
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("netwerkmeter indicators", () => {
  test("JSON on stdout: the indicators key plus tool, source, options, issues", async () => {
    const result = await run("indicators", kader, "--group-by", "regio", "--json", "-");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(["tool", "source", "options", "indicators", "issues"]);
    expect(Object.keys(json.indicators)).toEqual([
      "period",
      "periods",
      "units",
      "overview",
      "byUnit",
      "byGroup",
      "composition",
      "trend",
    ]);
    expect(json.indicators.period).toBe("2026-Q3");
    expect(json.indicators.units).toBe(40);
    const deelnemers = json.indicators.overview.find(
      (row: { indicator: string }) => row.indicator === "DEELNEMERS"
    );
    // R: 45000 * as.numeric(as.Date("2026-09-30") - as.Date("2023-12-31")) / 2192  # 20611.31
    expect(deelnemers.expected).toBeCloseTo(20611.31, 2);
    expect(deelnemers).toMatchObject({
      cumulative: true,
      unitsExpected: 40,
      unitsReporting: 35,
      level: "output",
    });
    expect(json.indicators.byGroup.some((row: { by: string }) => row.by === "regio")).toBe(true);
    expect(json.indicators.composition.map((row: { category: string }) => row.category)).toEqual([
      "andere",
      "cursus",
      "ontmoeting",
      "vrijwilligerswerk",
    ]);
    const codes = new Set(json.issues.map((issue: { code: string }) => issue.code));
    for (const code of [
      "IND_BAD_PERIOD",
      "IND_BAD_NUMBER",
      "IND_NUMERATOR_GT_DENOMINATOR",
      "IND_UNKNOWN_UNIT",
      "IND_DUPLICATE",
      "IND_PERIOD_OPEN",
      "IND_INCOMPLETE",
    ])
      expect(codes).toContain(code);
    // the summary goes to stderr when stdout carries the JSON
    expect(result.err).toContain("DEELNEMERS");
  });

  test("the stdout summary: numbers in the language's style through the one formatter", async () => {
    const dutch = await run("indicators", kader);
    expect(dutch.code).toBe(0);
    expect(dutch.out).toMatch(
      /^ {2}DEELNEMERS: \d{1,3}(\.\d{3})*(,\d)?, verwacht \d{1,3}(\.\d{3})*(,\d)?, voortgang \d+(,\d)?%, \w+ \(\d+\/\d+\)$/m
    );
    const english = await run("indicators", kader, "--lang", "en");
    expect(english.out).toContain("Indicators 2026-Q3: 5 indicators, 40 units.");
    expect(english.out).toMatch(
      /^ {2}DEELNEMERS: \d{1,3}(,\d{3})*(\.\d)?, expected \d{1,3}(,\d{3})*(\.\d)?, progress \d+(\.\d)?%, (green|amber|red) \(\d+\/\d+\)$/m
    );
  });

  test("the report workbook: overview in tree order, status words coloured, problems", async () => {
    const out = path.join(dir, "rapport.xlsx");
    const result = await run("indicators", kader, "--group-by", "regio", "--out", out);
    expect(result.code).toBe(0);
    expect(result.out).toContain("Indicatoren 2026-Q3");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Overzicht",
      "Per eenheid",
      "Per groep",
      "Verloop",
      "Samenstelling",
      "Problemen",
    ]);
    const overview = workbook.getWorksheet("Overzicht")!;
    const texts: string[] = [];
    overview.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("DEELNEMERS");
    expect(texts).toContain("oranje");
    const xml = fs.readFileSync(out);
    expect(xml.length).toBeGreaterThan(1000);
    // conditional formatting on the status column of the overview and the status grid
    const grid = workbook.getWorksheet("Per eenheid")!;
    const formats = (sheet: ExcelJS.Worksheet) =>
      (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(formats(overview).length).toBeGreaterThan(0);
    expect(formats(grid).length).toBeGreaterThan(1);
  });

  test("--lang en, --per jaar", async () => {
    const result = await run("indicators", kader, "--per", "jaar", "--lang", "en", "--json", "-");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json.indicators.period).toBe("2026");
    expect(json.options).toMatchObject({ per: "jaar", lang: "en" });
    // the JSON keeps the Dutch status words of the contract
    expect(["groen", "oranje", "rood", "geen doel", "onbepaald"]).toContain(
      json.indicators.overview[0].status
    );
  });

  test("exit 1: no such file, not an indicator framework, unknown --group-by", async () => {
    expect((await run("indicators", path.join(dir, "nope.xlsx"))).code).toBe(1);
    const other = path.join(dir, "other.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").addRow(["a", "b"]);
    await workbook.xlsx.writeFile(other);
    const notKader = await run("indicators", other);
    expect(notKader.code).toBe(1);
    expect(notKader.err).toMatch(/other\.xlsx: geen blad 'Indicatoren'/);
    const badGroup = await run("indicators", kader, "--group-by", "provincie");
    expect(badGroup.code).toBe(1);
    expect(badGroup.err).toContain("provincie");
  });

  test("exit 2: a bad --period, --period not matching --per, an unknown --per", async () => {
    const bad = await run("indicators", kader, "--period", "2026-Q7");
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      "netwerkmeter: --period '2026-Q7' is geen periode (bv. 2025, 2025-H2, 2025-Q4, 2025-12).\n"
    );
    const mismatch = await run("indicators", kader, "--period", "2026", "--per", "kwartaal");
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toBe("netwerkmeter: --period 2026 past niet bij --per kwartaal.\n");
    expect((await run("indicators", kader, "--per", "week")).code).toBe(2);
  });

  test("exit 2: an output that is the input; the input is left untouched", async () => {
    const before = fs.readFileSync(kader);
    const result = await run("indicators", kader, "--out", kader);
    expect(result.code).toBe(2);
    expect(fs.readFileSync(kader).equals(before)).toBe(true);
    expect((await run("indicators", kader, "--json", kader)).code).toBe(2);
  });
});

describe("percentages typed the Excel way (the tester's kader1.xlsx / pctstr.xlsx)", () => {
  test("0.4 formatted 0% is 40; text '40%' no longer stops the run", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Indicatoren");
    sheet.addRow([
      "indicator",
      "naam",
      "type",
      "basiswaarde",
      "basisperiode",
      "doelwaarde",
      "doelperiode",
    ]);
    const formatted = sheet.addRow(["PCTFMT", "opgemaakt", "percentage", 0.4, 2024, 0.6, 2026]);
    formatted.getCell(4).numFmt = "0%";
    formatted.getCell(6).numFmt = "0%";
    sheet.addRow(["PCTSTR", "tekst", "percentage", "40%", 2024, "60 %", 2026]);
    const measurements = workbook.addWorksheet("Metingen");
    measurements.addRow(["indicator", "eenheid", "periode", "teller", "noemer"]);
    measurements.addRow(["PCTFMT", "U1", "2025", 45, 100]);
    measurements.addRow(["PCTSTR", "U1", "2025", 45, 100]);
    const file = path.join(dir, "procenten.xlsx");
    await workbook.xlsx.writeFile(file);
    const result = await run("indicators", file, "--json", "-");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    for (const id of ["PCTFMT", "PCTSTR"])
      // R: 40 + 20 * 365 / 730  # 50; 100 * (45 - 40) / (50 - 40)  # 50
      expect(
        json.indicators.overview.find((row: { indicator: string }) => row.indicator === id)
      ).toMatchObject({
        baseline: 40,
        target: 60,
        expected: 50,
        progress: 50,
        status: "rood",
      });
  });
});
