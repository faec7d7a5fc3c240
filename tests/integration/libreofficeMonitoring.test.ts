/**
 * The monitoring template printed by a real spreadsheet program: LibreOffice Calc, headless, to
 * PDF. Runs when `soffice` (or `libreoffice`) is on PATH — CI installs `libreoffice-calc` and
 * `poppler-utils` — and is skipped, saying why, elsewhere.
 *
 * Each sheet prints one page wide: the example framework with two periods takes three A4 pages
 * (Instructies, Indicatoren, Metingen; it took ten when the fit-to-page flag was missing), the
 * instruction labels stand on the same page as their values, every instruction line is whole, and
 * every page of Metingen shows its whole header row (repeated when the sheet runs over pages).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parsePeriodRange } from "../../src/indicators/period";
import { readKader } from "../../src/indicators/readKader";
import { buildMonitoringTemplate } from "../../src/template/monitoringTemplate";
import { writeMonitoringTemplate } from "../../src/xlsx/writeMonitoringTemplate";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { CONVERT_TIMEOUT_MS, convert, onPath, pdftotext, soffice } from "./libreOfficeTools";

const MONITORING = path.resolve(__dirname, "..", "..", "examples", "monitoring-wijdoenmee.xlsx");
const pdfinfo = onPath("pdfinfo");

jest.setTimeout(4 * CONVERT_TIMEOUT_MS);

let dir: string;

/** Writes the example's template for `periods` and converts it to PDF; returns the PDF. */
async function templatePdf(name: string, periods: string): Promise<string> {
  const kader = readKader(await readXlsx(fs.readFileSync(MONITORING), "kader.xlsx"), {
    language: "nl",
  });
  const spec = buildMonitoringTemplate(
    kader.indicators,
    "Partnerschap 01",
    parsePeriodRange(periods)!,
    {
      language: "nl",
      generated: "2026-12-01",
    }
  );
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, await writeMonitoringTemplate(spec));
  return convert(file, "pdf", path.join(dir, "pdf"), dir);
}

/** The text of each page, laid out as printed (a row's cells on one line), whitespace collapsed. */
function pages(pdf: string): string[] {
  const info = spawnSync(pdfinfo!, [pdf], { encoding: "utf8" }).stdout;
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  return Array.from({ length: count }, (_, index) => {
    const page = String(index + 1);
    const result = spawnSync(pdftotext!, ["-layout", "-f", page, "-l", page, pdf, "-"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    return result.stdout.replace(/\s+/g, " ");
  });
}

if (!soffice || !pdftotext || !pdfinfo) {
  // A suite of skipped tests prints no names; say why here.
  console.warn(
    "tests/integration/libreofficeMonitoring.test.ts skipped: soffice (or libreoffice), pdftotext " +
      "and pdfinfo must be on PATH (Debian: apt-get install libreoffice-calc poppler-utils)."
  );
  test.skip("LibreOffice and poppler-utils are not on PATH: install libreoffice-calc and poppler-utils to run these checks", () => {});
} else {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-lo-monitoring-"));
  });

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  describe("LibreOffice prints the monitoring template", () => {
    test("two periods: one page per sheet, labels beside their values, whole instruction lines", async () => {
      const text = pages(await templatePdf("twee-perioden", "2026-Q4..2027-Q1"));
      expect(text).toHaveLength(3);
      const [instructions, definitions, measurements] = text;
      expect(instructions).toContain("Eenheid Partnerschap 01");
      expect(instructions).toContain("Perioden 2026-Q4, 2027-Q1");
      expect(instructions).toContain("Sjabloonversie netwerkmeter-monitoring 1");
      for (const line of [
        "1. Vul op het blad Metingen per indicator en periode de witte cellen in; grijze cellen gelden niet voor die indicator.",
        "2. Aantallen, tellers en noemers zijn gehele getallen ≥ 0; bij een percentage is de teller niet groter dan de noemer.",
        "5. Wat elke indicator meet, staat op het blad Indicatoren (teller, noemer, bron).",
      ])
        expect(instructions).toContain(line);
      // Indicatoren: all sixteen columns on the page, the last one's values too.
      for (const header of ["indicator", "naam", "aggregatie", "meeteenheid", "decimalen", "bron"])
        expect(definitions).toContain(header);
      expect(definitions).toContain("BEREIK_LB");
      expect(definitions).toContain("zelfrapportage");
      expect(measurements).toContain(
        "indicator eenheid periode waarde teller noemer datum opmerking"
      );
      expect(measurements).toContain("BEREIK_LB Partnerschap 01 2027-Q1");
    });

    test("twelve periods: Metingen runs over pages, each with the whole header row", async () => {
      const text = pages(await templatePdf("twaalf-perioden", "2026-Q1..2028-Q4"));
      const measurementPages = text.filter((page) => /Partnerschap 01 20\d\d-Q\d/.test(page));
      // 60 rows: more than one page tall, never more than one wide.
      expect(measurementPages.length).toBeGreaterThanOrEqual(2);
      expect(text.length).toBeLessThanOrEqual(2 + measurementPages.length);
      for (const page of measurementPages)
        expect(page).toContain("indicator eenheid periode waarde teller noemer datum opmerking");
    });
  });
}
