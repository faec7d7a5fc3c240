/**
 * The monitoring round trip through `consolidate` (issue 8 §4, docs/consolidate.md "Monitoring
 * templates"): `template --indicators` for three units, filled by an independent writer (the
 * Metingen sheet XML edited with JSZip, numbers as Excel saves them), consolidated with a copy of
 * one unit, an empty template, a broken file and a foreign workbook in the folder; then
 * `indicators` on the result, checking figures (worked by hand below) and provenance; and with
 * `--kader`, the framework's Eenheden and Doelen carried over so `indicators` gives unit targets,
 * progress and status.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli as run } from "./runCli";
import { buildMonitoringWorkbook } from "../../scripts/generate-monitoring-example";
import { fillAsExcel as fillSurvey, makeTemplate } from "../unit/template/fillTemplate";

jest.setTimeout(180_000);

let dir: string;
let kader: string;

/** Writes numbers into existing cells of the Metingen sheet (sheet3.xml) without ExcelJS. */
async function fillAsExcel(bytes: Buffer, values: Record<string, number>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const file = "xl/worksheets/sheet3.xml";
  let xml = await zip.file(file)!.async("string");
  for (const [address, value] of Object.entries(values)) {
    const pattern = new RegExp(`<c r="${address}"( s="\\d+")?\\s*/>`);
    if (!pattern.test(xml)) throw new Error(`no empty cell ${address}`);
    xml = xml.replace(pattern, `<c r="${address}"$1><v>${value}</v></c>`);
  }
  zip.file(file, xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function makeMonitoringTemplate(unit: string, out: string): Promise<Buffer> {
  const result = await run(
    "template",
    "--indicators",
    kader,
    "--unit",
    unit,
    "--periods",
    "2026-Q1..2026-Q2",
    "--out",
    out
  );
  expect(result.code).toBe(0);
  return fs.readFileSync(out);
}

async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: unknown[][] = [];
  workbook
    .getWorksheet(sheet)!
    .eachRow((row) =>
      rows.push(Array.from((row.values as unknown[]).slice(1), (value) => value ?? null))
    );
  return rows;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "nm-consolidate-monitoring-"));
  kader = path.join(dir, "kader.xlsx");
  fs.writeFileSync(kader, await buildMonitoringWorkbook());
  const blank = path.join(dir, "leeg");
  fs.mkdirSync(blank);
  const retour = path.join(dir, "retour");
  fs.mkdirSync(retour);
  // Rows per template: DEELNEMERS D2 (Q1), D3 (Q2); AAN_HET_WERK E4/F4 (Q1), E5/F5 (Q2).
  const fills: Record<string, [string, Record<string, number>]> = {
    "monitoring-p01.xlsx": ["Partnerschap 01", { D2: 40, D3: 50, E4: 2, F4: 10, E5: 3, F5: 20 }],
    "monitoring-p02.xlsx": ["Partnerschap 02", { D2: 10, D3: 20, E4: 5, F4: 10, E5: 7, F5: 10 }],
    // 4.5 participants (not whole) and 30 of 20 at work: both rows left out
    "monitoring-p03.xlsx": ["Partnerschap 03", { D2: 4.5, D3: 7, E4: 1, F4: 4, E5: 30, F5: 20 }],
  };
  for (const [name, [unit, values]] of Object.entries(fills)) {
    const empty = await makeMonitoringTemplate(unit, path.join(blank, name));
    fs.writeFileSync(path.join(retour, name), await fillAsExcel(empty, values));
  }
  // the same unit returned twice (identical copy), an unfilled template, a broken and a foreign file
  fs.copyFileSync(path.join(retour, "monitoring-p02.xlsx"), path.join(retour, "z-kopie-p02.xlsx"));
  fs.copyFileSync(path.join(blank, "monitoring-p01.xlsx"), path.join(retour, "leeg-p01.xlsx"));
  fs.writeFileSync(path.join(retour, "kapot.xlsx"), "dit is geen werkmap");
  const foreign = new ExcelJS.Workbook();
  foreign.addWorksheet("Blad1").addRow(["begroting", 2026]);
  fs.writeFileSync(
    path.join(retour, "begroting.xlsx"),
    new Uint8Array((await foreign.xlsx.writeBuffer()) as ArrayBuffer)
  );
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("netwerkmeter consolidate on monitoring templates", () => {
  test("a framework with provenance, the per-file report, then `indicators` on it", async () => {
    const out = path.join(dir, "samengevoegd.xlsx");
    const report = path.join(dir, "problemen.json");
    const result = await run(
      "consolidate",
      path.join(dir, "retour"),
      "--out",
      out,
      "--report",
      report
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain("3 eenheden");
    expect(result.out).toContain("netwerkmeter indicators");
    expect(result.err).toContain("7 bestanden gelezen, 4 samengevoegd, 3 overgeslagen");

    const json = JSON.parse(fs.readFileSync(report, "utf8"));
    expect(json.kind).toBe("monitoring");
    const status = Object.fromEntries(
      json.files.map((file: { file: string; status: string }) => [file.file, file.status])
    );
    expect(status).toEqual({
      "begroting.xlsx": "skipped",
      "kapot.xlsx": "skipped",
      "leeg-p01.xlsx": "skipped",
      "monitoring-p01.xlsx": "ok",
      "monitoring-p02.xlsx": "warning",
      "monitoring-p03.xlsx": "warning",
      "z-kopie-p02.xlsx": "warning",
    });
    const codes = (file: string) =>
      json.issues
        .filter((issue: { file: string }) => issue.file === file)
        .map((issue: { code: string; sheet?: string; cell?: string }) =>
          [issue.code, issue.sheet, issue.cell].join(" ")
        );
    expect(codes("begroting.xlsx")).toEqual(["NOT_A_TEMPLATE  "]);
    expect(codes("kapot.xlsx")[0]).toMatch(/^(NOT_XLSX|CORRUPT) /);
    expect(codes("leeg-p01.xlsx")).toEqual(["EMPTY_TEMPLATE Metingen "]);
    expect(codes("monitoring-p03.xlsx")).toEqual([
      "IND_NOT_WHOLE Metingen D2",
      "IND_NUMERATOR_GT_DENOMINATOR Metingen E5",
    ]);
    expect(codes("monitoring-p02.xlsx")).toEqual(["DUPLICATE_UNIT Instructies B3"]);
    expect(codes("z-kopie-p02.xlsx")).toEqual(["DUPLICATE_UNIT Instructies B3"]);
    // rows with a figure: p01 4, p02 4, p03 4 − 2 rejected, the copy 4
    expect(json.summary).toMatchObject({ units: 3, measurements: 4 + 4 + 2 + 4 });

    // Metingen: the contract's columns plus provenance
    const metingen = await sheetRows(out, "Metingen");
    expect(metingen[0]).toEqual([
      "indicator",
      "eenheid",
      "periode",
      "waarde",
      "teller",
      "noemer",
      "datum",
      "opmerking",
      "bestand",
      "cel",
    ]);
    expect(metingen).toContainEqual([
      "AAN_HET_WERK",
      "Partnerschap 01",
      "2026-Q2",
      null,
      3,
      20,
      null,
      null,
      "monitoring-p01.xlsx",
      "Metingen!E5:F5",
    ]);
    const p03 = metingen.filter((row) => row[8] === "monitoring-p03.xlsx").map((row) => row[9]);
    expect(p03).toEqual(["Metingen!D3", "Metingen!E4:F4"]);
    expect((await sheetRows(out, "Indicatoren"))[0][0]).toBe("indicator");

    // indicators on the consolidated framework
    const indicators = await run("indicators", out, "--json", "-");
    expect(indicators.code).toBe(0);
    const figures = JSON.parse(indicators.out);
    expect(figures.indicators.period).toBe("2026-Q2");
    const row = (id: string) =>
      figures.indicators.overview.find((entry: { indicator: string }) => entry.indicator === id);
    // cumulative participants to 2026-Q2: p01 40 + 50, p02 10 + 20, p03 7 (its 4.5 left out) = 127
    expect(row("DEELNEMERS")).toMatchObject({ value: 127, unitsReporting: 3 });
    // at work, a stock percentage in 2026-Q2: p01 3/20, p02 7/10, p03 rejected → 10/30 = 33.33 %
    expect(row("AAN_HET_WERK")).toMatchObject({ numerator: 10, denominator: 30 });
    expect(row("AAN_HET_WERK").value).toBeCloseTo(100 / 3, 10);
    expect(row("AAN_HET_WERK").unitsReporting).toBe(2);
    // the copy's rows are the later duplicates, reported at their row of the consolidated Metingen
    const duplicates = figures.issues.filter(
      (issue: { code: string }) => issue.code === "IND_DUPLICATE"
    );
    expect(duplicates).toHaveLength(4);
    for (const issue of duplicates) {
      expect(issue.sheet).toBe("Metingen");
      const sheetRow = Number(String(issue.cell).replace(/^[A-Z]+/, ""));
      expect(metingen[sheetRow - 1][8]).toBe("z-kopie-p02.xlsx");
    }
  });

  test("--kader keeps the framework's Eenheden and Doelen: `indicators` gives targets, progress and status", async () => {
    const plain = path.join(dir, "zonder-kader.xlsx");
    const withKader = path.join(dir, "met-kader.xlsx");
    const report = path.join(dir, "met-kader.json");
    expect((await run("consolidate", path.join(dir, "retour"), "--out", plain)).code).toBe(0);
    const result = await run(
      "consolidate",
      path.join(dir, "retour"),
      "--kader",
      kader,
      "--out",
      withKader,
      "--report",
      report
    );
    expect(result.code).toBe(0);
    // the broken and the foreign file are still skipped and reported
    expect(result.err).toContain("7 bestanden gelezen, 4 samengevoegd, 3 overgeslagen");
    expect(JSON.parse(fs.readFileSync(report, "utf8")).summary.kader).toBe(kader);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(withKader);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Indicatoren",
      "Eenheden",
      "Doelen",
      "Metingen",
      "Bestanden",
      "Problemen",
    ]);
    // the kader's sheets, as they are in the kader (header and every row)
    const kaderUnits = await sheetRows(kader, "Eenheden");
    expect(await sheetRows(withKader, "Eenheden")).toEqual(kaderUnits);
    expect(await sheetRows(withKader, "Doelen")).toEqual(await sheetRows(kader, "Doelen"));

    const figures = async (file: string) => {
      const output = await run("indicators", file, "--json", "-");
      expect(output.code).toBe(0);
      return JSON.parse(output.out).indicators as {
        overview: {
          indicator: string;
          status: string;
          unitsExpected: number;
          target: number | null;
        }[];
        byUnit: { indicator: string; unit: string; target: number | null; status: string }[];
      };
    };
    const before = await figures(plain);
    const after = await figures(withKader);
    // the units expected come from Eenheden: every unit of the kader active in 2026-Q2, not only
    // the 3 that returned a template (the example's units are active throughout)
    const deelnemers = (result: typeof before) =>
      result.overview.find((row) => row.indicator === "DEELNEMERS")!;
    expect(deelnemers(before).unitsExpected).toBe(3);
    expect(deelnemers(after).unitsExpected).toBe(kaderUnits.length - 1);
    // a count is never held against the programme target; with Doelen each unit has its own
    const unitRow = (result: typeof before) =>
      result.byUnit.find(
        (row) => row.indicator === "DEELNEMERS" && row.unit === "Partnerschap 01"
      )!;
    expect(unitRow(before)).toMatchObject({ target: null, status: "geen doel" });
    const target = (await sheetRows(kader, "Doelen")).find(
      (row) => row[0] === "DEELNEMERS" && row[1] === "Partnerschap 01"
    );
    expect(target).toBeDefined();
    expect(unitRow(after).target).toBe(target![2]);
    expect(["groen", "oranje", "rood"]).toContain(unitRow(after).status);
    for (const row of after.overview) expect(row.status).toEqual(expect.any(String));

    // The kader's figures so far come along (found by Dēmos staff: a cumulative count lost its
    // history and turned red): a unit that returned nothing has, at the kader's latest period,
    // exactly its figures on the kader; rows a template returned replace the kader's.
    expect(result.out).toMatch(
      /metingen uit het kader; \d+ andere vervangen door de ingezonden cijfers\)/
    );
    const latest = async (file: string) => {
      const output = await run("indicators", file, "--period", "2026-Q3", "--json", "-");
      expect(output.code).toBe(0);
      return JSON.parse(output.out).indicators.byUnit.filter(
        (row: { unit: string }) => row.unit === "Partnerschap 10"
      );
    };
    const onKader = await latest(kader);
    expect(onKader.length).toBeGreaterThan(0);
    expect(await latest(withKader)).toEqual(onKader);
    const metingen = await sheetRows(withKader, "Metingen");
    const fromKader = metingen.filter((row) => row[8] === "kader.xlsx");
    expect(fromKader.length).toBeGreaterThan(100);
    expect(fromKader[0][9]).toMatch(/^Metingen!A\d+$/);
  });

  test("--kader: a file without Indicatoren stops at once; with survey templates it is wrong usage", async () => {
    const foreign = path.join(dir, "retour", "begroting.xlsx");
    const out = path.join(dir, "nooit.xlsx");
    const bad = await run(
      "consolidate",
      path.join(dir, "retour"),
      "--kader",
      foreign,
      "--out",
      out
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("--kader begroting.xlsx: geen blad Indicatoren");
    expect(fs.existsSync(out)).toBe(false);
    const surveys = path.join(dir, "bevraging");
    fs.mkdirSync(surveys);
    fs.writeFileSync(
      path.join(surveys, "netwerk-gent.xlsx"),
      await fillSurvey(await makeTemplate("nl"), {
        answers: { VIS_01: "Akkoord" },
        profile: { name: "Netwerk Gent", inhabitants: 265_000 },
      })
    );
    const wrong = await run("consolidate", surveys, "--kader", kader, "--out", out);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("--kader");
    expect(fs.existsSync(out)).toBe(false);
  });

  test("survey and monitoring templates in one folder: refused with one message, nothing written", async () => {
    const mixed = path.join(dir, "gemengd");
    fs.mkdirSync(mixed);
    fs.copyFileSync(
      path.join(dir, "retour", "monitoring-p01.xlsx"),
      path.join(mixed, "monitoring-p01.xlsx")
    );
    const survey = await makeTemplate("nl");
    fs.writeFileSync(
      path.join(mixed, "netwerk-gent.xlsx"),
      await fillSurvey(survey, {
        answers: { VIS_01: "Akkoord" },
        profile: { name: "Netwerk Gent", inhabitants: 265_000 },
      })
    );
    const out = path.join(dir, "gemengd.xlsx");
    const result = await run("consolidate", mixed, "--out", out);
    expect(result.code).toBe(1);
    expect(result.err).toContain("MIXED_TEMPLATES");
    expect(result.err).toContain("netwerk-gent.xlsx");
    expect(result.err).toContain("monitoring-p01.xlsx");
    expect(fs.existsSync(out)).toBe(false);
  });
});
