/**
 * The command line's report workbook in a real spreadsheet program: LibreOffice Calc, headless.
 * Runs when `soffice` (or `libreoffice`) is on PATH — CI installs `libreoffice-calc` and
 * `poppler-utils` — and is skipped, saying why, elsewhere.
 *
 * - PDF: the report converts without error, and (with `pdftotext`) the PDF shows every chart's
 *   title (LibreOffice draws the chart parts it could read; a chart it rejects is not printed).
 * - Round trip to .xlsx: LibreOffice saves the file again with every chart (the chart parts are
 *   counted and their titles compared), so none was dropped as unreadable, and with the indicator
 *   report's status colours (conditional formatting per status word).
 * - Large tables: the rows the report file writes as sheet XML (src/xlsx/largeTableRows.ts) come
 *   back from LibreOffice as the same cells as when ExcelJS writes every row.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { main } from "../../src/cli/main";
import { computeIndicators } from "../../src/indicators/computeIndicators";
import { readKader } from "../../src/indicators/readKader";
import { buildIndicatorsReport } from "../../src/report/indicatorsReport";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { writeReportWorkbook } from "../../src/xlsx/writeReport";
import { CONVERT_TIMEOUT_MS, convert, pdftotext, soffice } from "./libreOfficeTools";

const EXAMPLE = path.resolve(__dirname, "..", "..", "examples", "coordinatoren-demos.xlsx");
const MONITORING = path.resolve(__dirname, "..", "..", "examples", "monitoring-wijdoenmee.xlsx");

jest.setTimeout(4 * CONVERT_TIMEOUT_MS);

let dir: string;
let report: string;

/** Chart titles in a package, one per chart part (in part order). */
function chartTitles(file: string): string[] {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
  return Object.keys(parts)
    .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
    .map((name) => {
      const xml = strFromU8(parts[name]);
      const title = /<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? "";
      return [...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((match) => match[1])
        .join("")
        .replace(/&amp;/g, "&")
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">");
    });
}

if (!soffice) {
  console.warn(
    "tests/integration/libreofficeCharts.test.ts skipped: neither soffice nor libreoffice is on " +
      "PATH (Debian: apt-get install libreoffice-calc poppler-utils)."
  );
  test.skip("LibreOffice (soffice/libreoffice) is not on PATH: install libreoffice-calc to run these checks", () => {});
} else {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-lo-charts-"));
    report = path.join(dir, "rapport.xlsx");
    let err = "";
    const code = await main(
      [
        "analyze",
        EXAMPLE,
        "--group-by",
        "GROOTTE_KLASSE",
        "--population",
        "104",
        "--min-cell",
        "0",
        "--out",
        report,
      ], // --min-cell 0: the style chart is drawn
      { stdout: () => undefined, stderr: (text) => (err += text) }
    );
    expect([code, err]).toEqual([0, expect.any(String)]);
  });

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  describe("the report's charts in LibreOffice", () => {
    it("keeps every chart when LibreOffice saves the report as .xlsx again", () => {
      const written = chartTitles(report);
      expect(written.length).toBeGreaterThanOrEqual(14);
      const saved = convert(report, "xlsx", path.join(dir, "roundtrip"), dir);
      expect(chartTitles(saved).sort()).toEqual([...written].sort());
    });

    it("keeps the indicator report's charts (progress, value per group, trend) too", async () => {
      const indicators = path.join(dir, "indicatoren.xlsx");
      const code = await main(["indicators", MONITORING, "--out", indicators], {
        stdout: () => undefined,
        stderr: () => undefined,
      });
      expect(code).toBe(0);
      const written = chartTitles(indicators);
      expect(written.length).toBeGreaterThanOrEqual(3);
      const saved = convert(indicators, "xlsx", path.join(dir, "roundtrip-indicators"), dir);
      expect(chartTitles(saved).sort()).toEqual([...written].sort());
      // LibreOffice read the status colours and saved them again: conditional formatting on the
      // overview (the first sheet) with a cellIs-equal rule per status word.
      const overview = strFromU8(
        unzipSync(new Uint8Array(fs.readFileSync(saved)))["xl/worksheets/sheet1.xml"]
      );
      const rules = [
        ...overview.matchAll(/<cfRule[^>]*type="cellIs"[^>]*>[\s\S]*?<\/cfRule>/g),
      ].map((match) => match[0]);
      for (const word of ["groen", "oranje", "rood"])
        expect(
          rules.some((rule) => rule.includes(`&quot;${word}&quot;`) || rule.includes(`"${word}"`))
        ).toBe(true);
    });

    it("reads the rows of large tables written as sheet XML as those written by ExcelJS", async () => {
      // The example framework's report with every table of 3 rows or more written as sheet XML
      // (src/xlsx/largeTableRows.ts) and with every table through ExcelJS: LibreOffice saves both
      // again, and what it saved holds the same cells.
      const kader = readKader(await readXlsx(fs.readFileSync(MONITORING), "kader.xlsx"), {
        language: "nl",
      });
      const run = computeIndicators(kader, { groupBy: ["regio"], minCell: 5, language: "nl" });
      const model = buildIndicatorsReport(run, { file: "kader.xlsx", language: "nl", minCell: 5 });
      const saved = await Promise.all(
        [3, Number.POSITIVE_INFINITY].map(async (largeTableMinRows, index) => {
          const file = path.join(dir, `groot-${index}.xlsx`);
          fs.writeFileSync(file, await writeReportWorkbook(model, { largeTableMinRows }));
          const again = convert(file, "xlsx", path.join(dir, `roundtrip-groot-${index}`), dir);
          return readXlsx(fs.readFileSync(again), "opnieuw.xlsx");
        })
      );
      expect(saved[0].map((grid) => grid.rows.length)).toEqual(
        saved[1].map((grid) => grid.rows.length)
      );
      expect(saved[0]).toEqual(saved[1]);
    });

    const withPdf = pdftotext ? it : it.skip;
    withPdf("prints every chart's title in the PDF", () => {
      const pdf = convert(report, "pdf", path.join(dir, "pdf"), dir);
      const result = spawnSync(pdftotext!, [pdf, "-"], { encoding: "utf8" });
      expect(result.status).toBe(0);
      // Chart titles carry "(n = …)" or differ from the table titles, so a title found in the
      // PDF text is the chart's.
      // Compared without white space: pdftotext may split a word where the letters are spaced
      // out (the upright Likert chart of B04 comes out as "Beleidst hema – inzet (n = 77)").
      const squeeze = (value: string) => value.replace(/\s+/g, "");
      const text = squeeze(result.stdout);
      const titles = chartTitles(report);
      const missing = titles.filter((title) => !text.includes(squeeze(title)));
      expect(missing).toEqual([]);
    });
  });
}
