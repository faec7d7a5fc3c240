/**
 * `netwerkmeter feedback` end to end, with the privacy rule checked the hard way: every cell of
 * every sheet of every feedback workbook is read back and scanned for (a) the name of any other
 * network (also one only present in the previous wave) and (b) any percentage that could only come
 * from a group smaller than --min-cell.
 *
 * The data are built so that (b) is decidable: 25 networks in groups of 11 ("groot"), 11 ("klein")
 * and 3 ("middel"). A share of the 3-network group is a multiple of 1/3 (33.33…, 66.66…, since each
 * item has 1 or 2 high answers there), while a share of 25, 23 or 11 networks never is (3x = 25k,
 * 23k or 11k has no solution with 0 < x < n). So any 33.33… or 66.66… in a percentage column
 * would be a leak of the small group.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as ExcelJS from "exceljs";
import { runCli as run } from "./runCli";
import {
  codes,
  csv,
  group,
  ITEMS,
  NAMES,
  ONLY_BEFORE,
  rows,
  scan,
  type ScannedCell,
  violationsIn,
} from "./feedbackPrivacy";

jest.setTimeout(120_000);

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-feedback-"));
  fs.mkdirSync(file("in"));
  fs.writeFileSync(file("in/2024.csv"), csv(rows(11)));
  // The previous wave: 23 of the networks (not Bree, not Genk) plus one that stopped (Zele).
  const before = rows(99).slice(0, 23);
  before[22] = [ONLY_BEFORE, "middel", ...codes(5, ITEMS.length)];
  fs.writeFileSync(file("in/2016.csv"), csv(before));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Scans every workbook in a folder of the output: returns every cell that names another network
 * or shows a share of the 3-network group, plus counts; `check` runs extra assertions per file.
 */
async function scanAll(
  folder: string,
  check?: (own: string, cells: ScannedCell[], workbook: ExcelJS.Workbook, index: number) => void
): Promise<{ violations: string[]; scannedCells: number; percentCells: number }> {
  const violations: string[] = [];
  let scannedCells = 0;
  let percentCells = 0;
  for (const [index, own] of NAMES.entries()) {
    const { cells, workbook } = await scan(file(`${folder}/${own}.xlsx`));
    scannedCells += cells.length;
    const found = violationsIn(`${own}.xlsx`, own, cells, workbook);
    violations.push(...found.violations);
    percentCells += found.percentCells;
    check?.(own, cells, workbook, index);
  }
  return { violations, scannedCells, percentCells };
}

test("one workbook per network; none names another network or shows a small group's figure", async () => {
  const { code, out, err } = await run(
    "feedback",
    file("in/2024.csv"),
    "--codebook",
    "preset:demos-coordinatoren",
    "--network-column",
    "Netwerk",
    "--group-by",
    "GROOTTE_KLASSE",
    "--compare",
    file("in/2016.csv"),
    "--compare-label",
    "2016",
    "--min-cell",
    "5",
    "--out-dir",
    file("out")
  );
  expect(err).not.toMatch(/internal error|interne fout/);
  expect(code).toBe(0);
  expect(out).toContain("25 terugkoppelingen geschreven");
  const written = fs.readdirSync(file("out")).sort();
  expect(written).toEqual(NAMES.map((name) => `${name}.xlsx`).sort());

  const { violations, scannedCells, percentCells } = await scanAll(
    "out",
    (own, cells, workbook, index) => {
      const all = cells.map((cell) => String(cell.value)).join("\n");
      expect(all).toContain(own);
      // The middel networks see no group column values; the others see their group's shares.
      const groupCells = cells.filter(
        (cell) => cell.header?.startsWith("Uw groep") && typeof cell.value === "number"
      );
      // Each share twice: in the table and in the statements chart's data block beside the chart
      // (the chart draws a reference marker series, so it reads a block of its own).
      if (group(index) === "middel") expect(groupCells).toHaveLength(0);
      else expect(groupCells.length).toBe(2 * ITEMS.length);
      // Change since 2016 for the networks that were there (Bree and Genk were not).
      const sheets = workbook.worksheets.map((sheet) => sheet.name);
      expect(sheets.includes("Verandering")).toBe(index < 22);
    }
  );
  expect(violations).toEqual([]);
  expect(percentCells).toBeGreaterThan(25 * ITEMS.length);
  expect(scannedCells).toBeGreaterThan(25 * 100);
});

test("positive control: with --min-cell 1 the same scan does find the small group's shares", async () => {
  const { code } = await run(
    "feedback",
    file("in/2024.csv"),
    "--codebook",
    "preset:demos-coordinatoren",
    "--network-column",
    "Netwerk",
    "--group-by",
    "GROOTTE_KLASSE",
    "--min-cell",
    "1",
    "--out-dir",
    file("leak")
  );
  expect(code).toBe(0);
  const { violations } = await scanAll("leak");
  expect(violations.length).toBeGreaterThan(0);
  expect(violations.every((violation) => violation.includes("a share of a group of 3"))).toBe(true);
});

test("the scan would catch a leak: the small group's share is in the data", () => {
  // Guard against a test that cannot fail: "middel" has 1 or 2 high answers of 3 per item.
  const table = rows(11);
  const middel = table.slice(22);
  for (let column = 2; column < 2 + ITEMS.length; column += 1) {
    const high = middel.filter((row) => (row[column] as number) >= 4).length;
    expect([1, 2]).toContain(high);
  }
});

test("the output folder may not hold an input (exit 2), and is not created then", async () => {
  const { code, err } = await run(
    "feedback",
    file("in/2024.csv"),
    "--network-column",
    "Netwerk",
    "--out-dir",
    file("in")
  );
  expect(code).toBe(2);
  expect(err).toContain("aparte map");
});

test("an unknown network column: exit 1 naming the file and the columns", async () => {
  const { code, err } = await run(
    "feedback",
    file("in/2024.csv"),
    "--network-column",
    "Naam",
    "--out-dir",
    file("out2")
  );
  expect(code).toBe(1);
  expect(err).toMatch(/2024\.csv.*'Naam' bestaat niet.*Netwerk/);
  expect(fs.existsSync(file("out2"))).toBe(false);
});

// Found when an analyst tried the command line: a column whose names all repeat (a group column
// chosen by mistake) was told as "geen enkel netwerk met een naam", and --compare-label without
// --compare was silently ignored (analyze refuses it).
test("a network column whose every name repeats: exit 1 saying so", async () => {
  const { code, err } = await run(
    "feedback",
    file("in/2024.csv"),
    "--network-column",
    "GROOTTE_KLASSE",
    "--out-dir",
    file("out3")
  );
  expect(code).toBe(1);
  expect(err).toMatch(
    /elke naam in kolom 'GROOTTE_KLASSE' komt meer dan eens voor \(3 namen voor 25 rijen\): kies de kolom met één naam per netwerk\./
  );
  expect(err).not.toContain("geen enkel netwerk");
});

test("--compare-label without --compare: exit 2", async () => {
  const { code, err } = await run(
    "feedback",
    file("in/2024.csv"),
    "--network-column",
    "Netwerk",
    "--compare-label",
    "2016",
    "--out-dir",
    file("out4")
  );
  expect(code).toBe(2);
  expect(err).toBe("netwerkmeter: --compare-label hoort bij --compare (de vorige bevraging).\n");
  expect(fs.existsSync(file("out4"))).toBe(false);
});
