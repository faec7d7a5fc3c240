/**
 * The monitoring template's print setup, read from the sheet XML as written: every sheet on A4,
 * fit to one page wide (`<pageSetUpPr fitToPage="1"/>`, without which Excel and LibreOffice ignore
 * fitToWidth), as many pages tall as needed, the header row repeated, the instruction lines
 * merged across both columns and wrapped in rows tall enough, a footer. LibreOffice's PDF of it is
 * checked in tests/integration/libreofficeMonitoring.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { parsePeriodRange } from "../../../src/indicators/period";
import { readKader } from "../../../src/indicators/readKader";
import { buildMonitoringTemplate } from "../../../src/template/monitoringTemplate";
import { writeMonitoringTemplate } from "../../../src/xlsx/writeMonitoringTemplate";
import { readXlsx } from "../../../src/xlsx/readXlsx";

jest.setTimeout(60_000);

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "monitoring-wijdoenmee.xlsx");

let parts: Record<string, string>;

beforeAll(async () => {
  const kader = readKader(await readXlsx(fs.readFileSync(EXAMPLE), "kader.xlsx"), {
    language: "nl",
  });
  const spec = buildMonitoringTemplate(
    kader.indicators,
    "Partnerschap 01",
    parsePeriodRange("2026-Q4..2027-Q1")!,
    { language: "nl", generated: "2026-12-01" }
  );
  const files = unzipSync(await writeMonitoringTemplate(spec));
  parts = Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)])
  );
});

const sheet = (index: number) => parts[`xl/worksheets/sheet${index}.xml`];

describe("monitoring template: print setup", () => {
  test.each([
    [1, "Instructies", "portrait"],
    [2, "Indicatoren", "landscape"],
    [3, "Metingen", "landscape"],
  ])(
    "sheet%i (%s): A4 %s, one page wide, as many pages tall as needed",
    (index, _name, orientation) => {
      const xml = sheet(index);
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
      const setup = /<pageSetup [^>]*\/>/.exec(xml)![0];
      expect(setup).toContain('paperSize="9"');
      expect(setup).toContain(`orientation="${orientation}"`);
      expect(setup).toContain('fitToWidth="1"');
      expect(setup).toContain('fitToHeight="0"');
      expect(/<oddFooter>([^<]*)<\/oddFooter>/.exec(xml)![1]).toBe(
        "&amp;L&amp;8Monitoring Partnerschap 01 · netwerkmeter-monitoring 1&amp;R&amp;8&amp;P / &amp;N"
      );
    }
  );

  test("the header row repeats on every page of Indicatoren and Metingen", () => {
    const titles = [
      ...parts["xl/workbook.xml"].matchAll(
        /<definedName name="_xlnm.Print_Titles" localSheetId="(\d)">([^<]*)<\/definedName>/g
      ),
    ].map((match) => [match[1], match[2]]);
    expect(titles).toEqual([
      ["1", "&apos;Indicatoren&apos;!$1:$1"],
      ["2", "&apos;Metingen&apos;!$1:$1"],
    ]);
  });

  test("Instructies: title, heading and steps merged across both columns, wrapped, rows tall enough", () => {
    const xml = sheet(1);
    expect([...xml.matchAll(/<mergeCell ref="([^"]+)"\/>/g)].map((match) => match[1])).toEqual([
      "A1:B1",
      "A8:B8",
      "A9:B9",
      "A10:B10",
      "A11:B11",
      "A12:B12",
      "A13:B13",
    ]);
    // Steps 1 and 2 (118 and 117 characters) need two lines across 22 + 66 widths; step 3 (97) one.
    const height = (row: number) =>
      new RegExp(`<row r="${row}"[^>]*\\bht="([\\d.]+)"`).exec(xml)?.[1] ?? null;
    expect([9, 10, 11, 12, 13].map(height)).toEqual(["32", "32", null, null, null]);
    // the step's cell wraps (its style has wrapText)
    const style = Number(/<c r="A9" s="(\d+)"/.exec(xml)![1]);
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(parts["xl/styles.xml"])![1];
    expect(xfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)![style]).toContain('wrapText="1"');
  });
});
