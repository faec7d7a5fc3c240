/**
 * The coordinator template in a real spreadsheet program: LibreOffice Calc, headless. Runs when
 * `soffice` (or `libreoffice`) is on PATH — CI installs `libreoffice-calc` and `poppler-utils`
 * (.ci/run) — and is skipped, saying why, elsewhere.
 *
 * - PDF: the template converts without error (a file LibreOffice could not open, or would repair,
 *   gives no PDF); with `pdftotext`, the PDF holds every item and statement, the network form and
 *   the instructions, never the hidden sheets, and every survey page shows all four columns
 *   (one page wide).
 * - Round trip to .xlsx: the drop-downs, protection, unlocked answer cells and the meta sheet
 *   survive LibreOffice saving the file, and the size-class formula computes.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { findPreset } from "../../src/presets";
import { DEMOS_ITEMS, DEMOS_PRESET_ID } from "../../src/presets/demosCoordinatoren";
import {
  DONT_KNOW_CHOICE,
  META_KEYS,
  NETWORK_FIELDS,
  TEMPLATE_VERSION,
} from "../../src/template/layout";
import type { TemplateSpec } from "../../src/template/templateSpec";
import { buildTemplateSpec } from "../../src/template/templateSpec";
import { findSheet, readXlsx } from "../../src/xlsx/readXlsx";
import { writeTemplateWorkbook } from "../../src/xlsx/writeTemplate";
import { CONVERT_TIMEOUT_MS, convert, onPath, pdftotext, soffice } from "./libreOfficeTools";

// JSZip comes with ExcelJS; only the tests open the package with it.
const JSZip = require("jszip");

jest.setTimeout(4 * CONVERT_TIMEOUT_MS);

let dir: string;
let spec: TemplateSpec;
let templateFile: string;
const INHABITANTS = 12000;

beforeAll(async () => {
  if (!soffice) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-lo-"));
  spec = buildTemplateSpec(findPreset(DEMOS_PRESET_ID)!, {
    language: "nl",
    presetId: DEMOS_PRESET_ID,
    generated: "2026-03-01",
    contact: "An Peeters, an.peeters@demos.be",
  });
  templateFile = path.join(dir, "sjabloon.xlsx");
  fs.writeFileSync(templateFile, await writeTemplateWorkbook(spec));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Text of a PDF (or of pages first…last), whitespace collapsed. */
function pdfText(file: string, first?: number, last?: number): string {
  const pages = first ? ["-f", String(first), "-l", String(last ?? first)] : [];
  const result = spawnSync(pdftotext!, [...pages, file, "-"], { encoding: "utf8" });
  expect(result.status).toBe(0);
  return result.stdout.replace(/\s+/g, " ");
}

/** The leading words of a statement, up to about `length` characters (never split mid-word). */
function opening(statement: string, length = 25): string {
  const words = statement.split(" ");
  let text = words[0];
  for (const word of words.slice(1)) {
    if (text.length >= length) break;
    text += ` ${word}`;
  }
  return text;
}

if (!soffice) {
  // A suite of skipped tests prints no names; say why here.
  console.warn(
    "tests/integration/libreoffice.test.ts skipped: neither soffice nor libreoffice is on PATH " +
      "(Debian: apt-get install libreoffice-calc poppler-utils)."
  );
  test.skip("LibreOffice (soffice/libreoffice) is not on PATH: install libreoffice-calc to run these checks", () => {});
} else {
  describe("LibreOffice opens the template", () => {
    test("converts to a non-trivial PDF", () => {
      const pdf = convert(templateFile, "pdf", path.join(dir, "pdf"), dir);
      const bytes = fs.readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(bytes.length).toBeGreaterThan(20_000);
    });

    (pdftotext ? test : test.skip)(
      "the PDF shows every statement, the network form and the instructions, never the hidden sheets" +
        (pdftotext ? "" : " (skipped: pdftotext from poppler-utils is not on PATH)"),
      () => {
        const pdf = path.join(dir, "pdf", "sjabloon.pdf");
        const text = pdfText(pdf);
        for (const row of DEMOS_ITEMS) {
          expect(text).toContain(row.id);
          expect(text).toContain(opening(row.text));
        }
        for (const field of NETWORK_FIELDS) expect(text).toContain(field.label.nl);
        for (const phrase of [
          "Zo vult u de werkmap in",
          "Contact: An Peeters, an.peeters@demos.be",
          "Beleidsthema",
          "Ondersteuningsnoden",
          "construct",
          `versie ${TEMPLATE_VERSION}`,
        ])
          expect(text).toContain(phrase);
        // Hidden sheets are not printed: no meta keys, no list headers.
        expect(text).not.toContain(META_KEYS.marker);
        expect(text).not.toContain("Zeer zwakke inzet");
        // One page wide: every page with the survey header has all four columns.
        const pages = Number(
          /Pages:\s+(\d+)/.exec(
            spawnSync(onPath("pdfinfo") ?? "pdfinfo", [pdf], { encoding: "utf8" }).stdout ?? ""
          )?.[1] ?? 0
        );
        let surveyPages = 0;
        for (let page = 1; page <= pages; page += 1) {
          const pageText = pdfText(pdf, page);
          if (!/\bitem vraag\b/.test(pageText)) continue;
          surveyPages += 1;
          expect(pageText).toMatch(/item vraag antwoord opmerking/);
        }
        if (pages > 0) expect(surveyPages).toBeGreaterThanOrEqual(1);
      }
    );

    test("saved by LibreOffice as .xlsx, the drop-downs, protection and meta sheet survive", async () => {
      // A coordinator's answer to the network form, so the size-class formula has work to do.
      const filled: TemplateSpec = structuredClone(spec);
      const network = filled.sheets.find((sheet) => sheet.key === "network")!;
      const inhabitantsLabel = network.cells.find((cell) => cell.value === "Aantal inwoners")!;
      const inhabitantsRow = inhabitantsLabel.address.slice(1);
      network.cells.find((cell) => cell.address === `B${inhabitantsRow}`)!.value = INHABITANTS;
      const filledFile = path.join(dir, "ingevuld.xlsx");
      fs.writeFileSync(filledFile, await writeTemplateWorkbook(filled));

      const saved = convert(filledFile, "xlsx", path.join(dir, "roundtrip"), dir);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
        spec.sheets.map((sheet) => sheet.name)
      );
      // LibreOffice has no "very hidden": the meta sheet comes back hidden, with its values.
      const meta = workbook.getWorksheet("_Netwerkmeter")!;
      expect(["hidden", "veryHidden"]).toContain(meta.state);
      expect(meta.getCell("A3").value).toBe(META_KEYS.version);
      expect(meta.getCell("B3").value).toBe(TEMPLATE_VERSION);

      const survey = workbook.getWorksheet("Bevraging")!;
      const lists = workbook.getWorksheet("Lijsten")!;
      expect(lists.state).toBe("hidden");
      for (const placement of spec.items) {
        expect(survey.getCell(`A${placement.row}`).value).toBe(placement.id);
        const validation = survey.getCell(placement.answerCell).dataValidation;
        expect(validation?.type).toBe("list");
        expect(validation.formulae[0].replace(/'/g, "")).toBe(placement.source);
        expect(validation.showErrorMessage).toBe(true);
      }
      expect(lists.getCell("A7").value).toBe(DONT_KNOW_CHOICE.nl);

      // Protection, from the XML: LibreOffice writes booleans as "true"/"false", which ExcelJS
      // 4.4 reads only as "1"/"0" (it would report every cell locked and the sheet unprotected).
      const zip = await JSZip.loadAsync(fs.readFileSync(saved));
      const sheetXml: string = await zip.file("xl/worksheets/sheet3.xml").async("string");
      const stylesXml: string = await zip.file("xl/styles.xml").async("string");
      expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
      expect(sheetXml).not.toMatch(/<sheetProtection [^>]*(hashValue|password)=/);
      const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)![1];
      const xfs = cellXfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
      const locked = (address: string): boolean => {
        const style = new RegExp(`<c r="${address}"(?: [^>]*)? s="(\\d+)"`).exec(sheetXml);
        const xf = xfs[style ? Number(style[1]) : 0];
        return !/<protection [^>]*locked="(0|false)"/.test(xf);
      };
      for (const placement of spec.items) {
        expect([placement.answerCell, locked(placement.answerCell)]).toEqual([
          placement.answerCell,
          false,
        ]);
        expect(locked(placement.commentCell)).toBe(false);
        expect(locked(`A${placement.row}`)).toBe(true);
        expect(locked(`B${placement.row}`)).toBe(true);
      }

      // The size class was computed by LibreOffice: 12,000 inhabitants < 15,000 → "klein".
      const grids = await readXlsx(fs.readFileSync(saved), "ingevuld.xlsx");
      const form = findSheet(grids, "Netwerk");
      const sizeRow = form.rows.find((row) => row[0] === "Grootteklasse");
      expect(sizeRow?.[1]).toBe("klein");
      const inhabitants = form.rows.find((row) => row[0] === "Aantal inwoners");
      expect(inhabitants?.[1]).toBe(INHABITANTS);
    });
  });
}
