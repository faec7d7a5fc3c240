/**
 * `netwerkmeter analyze NEW --compare OLD [--compare-label L] [--match-on COLUMN]` end to end:
 * real CSV files, the JSON `comparison` block (p-values pinned to R) and the "Vergelijking" sheet.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { runCli as run } from "./runCli";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-compare-"));
  const now = [4, 5, 3, 4, 5, 2, 4, 5, 3, 4];
  const then = [3, 4, 3, 2, 4, 2, 3, 5, 2, 3];
  const id = (i: number) => `Netwerk ${String(i + 1).padStart(2, "0")}`;
  fs.writeFileSync(
    path.join(dir, "2024.csv"),
    ["RESP_ID;INZ_01;VER_01", ...now.map((code, i) => `${id(i)};${code};5`)].join("\n")
  );
  fs.writeFileSync(
    path.join(dir, "2016.csv"),
    [
      "RESP_ID;INZ_01;VER_01",
      ...then.map((code, i) => `${id(i)};${code};5`).reverse(),
      "Netwerk 11;5;5",
      "Netwerk 12;1;5",
    ].join("\n")
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, name);

test("JSON comparison block, summary line and the Vergelijking sheet", async () => {
  const { code, out, err } = await run(
    "analyze",
    file("2024.csv"),
    "--codebook",
    "preset:demos-coordinatoren",
    "--compare",
    file("2016.csv"),
    "--compare-label",
    "2016",
    "--match-on",
    "RESP_ID",
    "--json",
    file("report.json"),
    "--out",
    file("report.xlsx")
  );
  expect(err).not.toMatch(/internal error|interne fout/);
  expect(code).toBe(0);
  expect(out).toContain("Vergelijking met 2016 (12 respondenten): 0 van 2 stellingen");
  const json = JSON.parse(fs.readFileSync(file("report.json"), "utf8"));
  const { comparison } = json;
  expect(Object.keys(comparison)).toEqual([
    "label",
    "file",
    "respondents",
    "alpha",
    "tests",
    "items",
    "paired",
  ]);
  expect(comparison).toMatchObject({ label: "2016", file: "2016.csv", respondents: 12 });
  const inz = comparison.items.find((item: { id: string }) => item.id === "INZ_01");
  expect(Object.keys(inz)).toEqual([
    "id",
    "n",
    "pctHigh",
    "referenceN",
    "referencePctHigh",
    "change",
    "p",
    "significant",
  ]);
  // > prop.test(c(7, 4), c(10, 12), correct = FALSE)$p.value   0.0867681727038758
  expect(inz.p).toBeCloseTo(0.0867681727038758, 12);
  expect(inz.change).toBeCloseTo(70 - 100 / 3, 10);
  // > wilcox.test(c(4,5,3,4,5,2,4,5,3,4), c(3,4,3,2,4,2,3,5,2,3), paired = TRUE, exact = FALSE)$p.value
  // 0.0147087694431172
  expect(comparison.paired.on).toBe("RESP_ID");
  expect(comparison.paired.matched).toBe(10);
  const pairedInz = comparison.paired.items.find((item: { id: string }) => item.id === "INZ_01");
  expect(pairedInz).toMatchObject({ n: 10, significant: true });
  expect(pairedInz.p).toBeCloseTo(0.0147087694431172, 12);
  expect(pairedInz.meanChange).toBeCloseTo(0.8, 12);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file("report.xlsx"));
  const names = workbook.worksheets.map((sheet) => sheet.name);
  expect(names).toContain("Vergelijking");
  // Before the problem list, which stays last.
  expect(names.indexOf("Vergelijking")).toBe(names.length - 2);
  const sheet = workbook.getWorksheet("Vergelijking")!;
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  expect(texts.join("\n")).toContain("2 stellingen tegelijk getoetst");
  expect(texts).toContain("Hoog 2016 (%)");
});

test("--match-on without --compare is wrong usage (exit 2)", async () => {
  const { code, err } = await run("analyze", file("2024.csv"), "--match-on", "RESP_ID");
  expect(code).toBe(2);
  expect(err).toContain("--compare");
});

test("a match column that does not exist: exit 1 naming the file", async () => {
  const { code, err } = await run(
    "analyze",
    file("2024.csv"),
    "--compare",
    file("2016.csv"),
    "--match-on",
    "GEMEENTE"
  );
  expect(code).toBe(1);
  expect(err).toMatch(/Koppelkolom 'GEMEENTE' bestaat niet in 2024\.csv/);
});

test("an earlier file that does not exist: exit 1 naming it", async () => {
  const { code, err } = await run("analyze", file("2024.csv"), "--compare", file("nope.xlsx"));
  expect(code).toBe(1);
  expect(err).toContain("nope.xlsx");
});

test("an output that is the --compare file is refused before anything is read (exit 2)", async () => {
  const before = fs.readFileSync(file("2016.csv"));
  const { code, err } = await run(
    "analyze",
    file("2024.csv"),
    "--compare",
    file("2016.csv"),
    "--json",
    file("2016.csv")
  );
  expect(code).toBe(2);
  expect(err).toContain("--compare");
  expect(fs.readFileSync(file("2016.csv"))).toEqual(before);
});
