/**
 * The monitoring template round trip: `template --indicators` on the example framework, filled by
 * an independent writer (the sheet XML edited directly with JSZip, as Excel saves numbers), then
 * `indicators` on the filled template, which is itself a framework.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli as run } from "./runCli";
import { buildMonitoringWorkbook } from "../../scripts/generate-monitoring-example";

// Workbooks are written and read back: generous under load on the shared machine.
jest.setTimeout(120_000);

let dir: string;
let kader: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "nm-montemplate-"));
  kader = path.join(dir, "kader.xlsx");
  fs.writeFileSync(kader, await buildMonitoringWorkbook());
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

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

describe("netwerkmeter template --indicators", () => {
  test("one unit: definitions, one row per indicator × period, validation, protection", async () => {
    const out = path.join(dir, "p01.xlsx");
    const result = await run(
      "template",
      "--indicators",
      kader,
      "--unit",
      "Partnerschap 01",
      "--periods",
      "2026-Q1..2026-Q2",
      "--out",
      out
    );
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Instructies",
      "Indicatoren",
      "Metingen",
    ]);
    const metingen = workbook.getWorksheet("Metingen")!;
    expect(metingen.rowCount).toBe(1 + 5 * 2);
    expect(metingen.getRow(2).values).toEqual([
      undefined,
      "DEELNEMERS",
      "Partnerschap 01",
      "2026-Q1",
    ]);
    // answer cells unlocked, the rest locked
    expect(metingen.getCell("D2").protection).toMatchObject({ locked: false });
    expect(metingen.getCell("E2").protection?.locked).not.toBe(false);
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(out))
    )
      .file("xl/worksheets/sheet3.xml")!
      .async("string");
    expect(xml).toContain("<sheetProtection");
    expect(xml).toMatch(/<dataValidation type="whole"[^>]*operator="greaterThanOrEqual"/);
    // teller ≤ noemer on the percentage rows (AAN_HET_WERK is rows 4–5: E4 against F4)
    expect(xml).toContain("E4&lt;=F4");
    expect(workbook.keywords).toBe("netwerkmeter-monitoring 1");
  });

  test("filled by an independent writer, the template is a framework `indicators` reads", async () => {
    const out = path.join(dir, "p01-leeg.xlsx");
    expect(
      (
        await run(
          "template",
          "--indicators",
          kader,
          "--unit",
          "Partnerschap 01",
          "--periods",
          "2026-Q1..2026-Q2",
          "--out",
          out
        )
      ).code
    ).toBe(0);
    // DEELNEMERS: D2 (Q1), D3 (Q2); AAN_HET_WERK: E4/F4 (Q1), E5/F5 (Q2)
    const filled = path.join(dir, "p01-ingevuld.xlsx");
    fs.writeFileSync(
      filled,
      await fillAsExcel(fs.readFileSync(out), { D2: 40, D3: 50, E4: 2, F4: 10, E5: 3, F5: 20 })
    );
    const result = await run("indicators", filled, "--json", "-");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json.indicators.period).toBe("2026-Q2");
    const row = (id: string) =>
      json.indicators.overview.find((entry: { indicator: string }) => entry.indicator === id);
    expect(row("DEELNEMERS")).toMatchObject({ value: 90, cumulative: true, unitsReporting: 1 });
    // a stock percentage: the quarter's own 3/20
    expect(row("AAN_HET_WERK").value).toBeCloseTo(15, 10);
    expect(row("ORGANISATIES").status).toBe("geen gegevens");
  });

  test("--per-unit writes one template per unit of Eenheden", async () => {
    const folder = path.join(dir, "sjablonen");
    const result = await run(
      "template",
      "--indicators",
      kader,
      "--per-unit",
      folder,
      "--periods",
      "2026-Q4"
    );
    expect(result.code).toBe(0);
    const files = fs.readdirSync(folder);
    expect(files).toHaveLength(40);
    expect(files).toContain("monitoring-partnerschap-01.xlsx");
  });

  test("wrong usage: no periods, neither --unit nor --per-unit, the input as output", async () => {
    expect(
      (
        await run(
          "template",
          "--indicators",
          kader,
          "--unit",
          "X",
          "--out",
          path.join(dir, "x.xlsx")
        )
      ).code
    ).toBe(2);
    expect(
      (
        await run(
          "template",
          "--indicators",
          kader,
          "--periods",
          "2026-Q1",
          "--out",
          path.join(dir, "x.xlsx")
        )
      ).code
    ).toBe(2);
    expect(
      (
        await run(
          "template",
          "--indicators",
          kader,
          "--unit",
          "X",
          "--periods",
          "2026-Q1",
          "--out",
          kader
        )
      ).code
    ).toBe(2);
  });
});
