/**
 * `netwerkmeter template` (src/cli/templateCommand.ts through main): exit 0 with one confirmation
 * line and a readable workbook; exit 2 for wrong usage (no --out, not .xlsx, unknown preset,
 * unknown language); exit 1 when the file cannot be written.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { runCli as run } from "../../integration/runCli";
import { templateDate } from "../../../src/cli/templateCommand";
import { TEMPLATE_VERSION } from "../../../src/template/layout";

jest.setTimeout(60_000);

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-template-"));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test("writes the Dutch template and says so in one line", async () => {
  const file = path.join(dir, "sjabloon.xlsx");
  const { code, out, err } = await run("template", "--out", file);
  expect({ code, out, err }).toEqual({
    code: 0,
    out: `Sjabloon geschreven: ${file} (45 stellingen, versie ${TEMPLATE_VERSION})\n`,
    err: "",
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("Bevraging");
});

test("English, another preset spelling and a contact", async () => {
  const file = path.join(dir, "template.XLSX");
  const result = await run(
    "template",
    "--preset",
    "preset:demos-coordinatoren",
    "--lang",
    "en",
    "--contact",
    "An Peeters, an@demos.be",
    "--out",
    file
  );
  expect(result.code).toBe(0);
  expect(result.out).toBe(
    `Template written: ${file} (45 statements, version ${TEMPLATE_VERSION})\n`
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const lines: string[] = [];
  workbook.getWorksheet("Instructions")!.eachRow((row) => lines.push(String(row.getCell(1).value)));
  expect(lines).toContain("Contact: An Peeters, an@demos.be");
  const meta = workbook.getWorksheet("_Netwerkmeter")!;
  expect(meta.getCell("B2").value).toBe("demos-coordinatoren");
  expect(meta.getCell("B4").value).toBe("demos-coordinatoren");
});

test.each([
  [["template"], /--out/],
  [["template", "--out", "sjabloon.csv"], /\.xlsx/],
  [
    ["template", "--preset", "onbekend", "--out", "x.xlsx"],
    /onbekende preset 'onbekend'.*demos-coordinatoren/,
  ],
  [["template", "--lang", "fr", "--out", "x.xlsx"], /fr/],
])("wrong usage %j exits 2 with a message", async (argv, message) => {
  const result = await run(...argv);
  expect(result.code).toBe(2);
  expect(result.out).toBe("");
  expect(result.err).toMatch(message);
  expect(result.err).not.toMatch(/at .*\.ts:\d+/);
});

test("a folder that does not exist exits 1 with one line", async () => {
  const result = await run("template", "--out", path.join(dir, "nergens", "sjabloon.xlsx"));
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/sjabloon\.xlsx: kan niet schrijven \(ENOENT\)/);
  expect(result.err.trim().split("\n")).toHaveLength(1);
});

test("SOURCE_DATE_EPOCH fixes the date", () => {
  expect(templateDate({ SOURCE_DATE_EPOCH: "1772323200" }).toISOString()).toBe(
    "2026-03-01T00:00:00.000Z"
  );
  expect(templateDate({}).getTime()).toBeGreaterThan(0);
});
