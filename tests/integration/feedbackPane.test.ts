/**
 * "Feedback per netwerk" in the task pane, with the privacy rule checked the hard way on every
 * path the pane has (the command line's is feedback.test.ts, with the same data and scan):
 * - browser preview: one .zip; every workbook in it is scanned cell by cell, and it holds the same
 *   sheets and values as the workbook `netwerkmeter feedback` writes for that network;
 * - Excel, new workbooks (Excel.createWorkbook, ExcelApi 1.8): every base64 file handed to Excel;
 * - Excel, one sheet per network (the fallback, or by choice): every cell of every sheet, where no
 *   other network may be named on a network's sheet.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { main } from "../../src/cli/main";
import { createPreviewHost } from "../../src/taskpane/hosts/previewHost";
import { FakeExcel } from "../fakes/fakeExcel";
import { excelHostOn } from "../unit/excel/helpers";
import {
  codes,
  csv,
  gridCells,
  group,
  ITEMS,
  NAMES,
  ONLY_BEFORE,
  rows,
  scan,
  violationsIn,
  xlsx,
} from "./feedbackPrivacy";

jest.setTimeout(180_000);

const before = () => {
  const table = rows(99).slice(0, 23);
  table[22] = [ONLY_BEFORE, "middel", ...codes(5, ITEMS.length)];
  return table;
};
const request = {
  networkColumn: "Netwerk",
  groupBy: "GROOTTE_KLASSE",
  minCell: 5,
  language: "nl" as const,
};

test("preview: one .zip of one workbook per network, the CLI's workbooks, nothing of another network", async () => {
  const preview = createPreviewHost({ loadExcelJs: async () => ExcelJS });
  await preview.openWorkbook("2024.xlsx", await xlsx(rows(11)));
  await preview.detect();
  expect(await preview.feedbackNetworks("Netwerk")).toEqual(NAMES);
  await preview.chooseEarlierWave({ name: "2016.xlsx", bytes: await xlsx(before()) });
  const progress: number[] = [];
  const summary = await preview.feedback(
    { ...request, output: "zip", compare: { label: "2016" } },
    (fraction) => progress.push(fraction)
  );
  expect(summary.networks).toEqual(NAMES);
  expect(summary.download!.name).toBe("terugkoppeling-per-netwerk.zip");
  expect(progress[progress.length - 1]).toBe(1);
  const files = unzipSync(summary.download!.bytes);
  expect(Object.keys(files).sort()).toEqual(NAMES.map((name) => `${name}.xlsx`).sort());

  const violations: string[] = [];
  let percentCells = 0;
  for (const [index, own] of NAMES.entries()) {
    const { cells, workbook } = await scan(files[`${own}.xlsx`]);
    const found = violationsIn(`${own}.xlsx`, own, cells, workbook);
    violations.push(...found.violations);
    percentCells += found.percentCells;
    expect(cells.map((cell) => String(cell.value)).join("\n")).toContain(own);
    expect(workbook.worksheets.some((sheet) => sheet.name === "Verandering")).toBe(index < 22);
    if (group(index) === "middel")
      expect(
        cells.filter(
          (cell) => cell.header?.startsWith("Uw groep") && typeof cell.value === "number"
        )
      ).toHaveLength(0);
  }
  expect(violations).toEqual([]);
  expect(percentCells).toBeGreaterThan(25 * ITEMS.length);

  // The same workbook as the command line's: sheets and every cell value (the date aside).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-feedback-pane-"));
  try {
    fs.writeFileSync(path.join(dir, "2024.csv"), csv(rows(11)));
    fs.writeFileSync(path.join(dir, "2016.csv"), csv(before()));
    const code = await main(
      [
        "feedback",
        path.join(dir, "2024.csv"),
        "--network-column",
        "Netwerk",
        "--group-by",
        "GROOTTE_KLASSE",
        "--compare",
        path.join(dir, "2016.csv"),
        "--compare-label",
        "2016",
        "--out-dir",
        path.join(dir, "out"),
      ],
      { stdout: () => undefined, stderr: () => undefined }
    );
    expect(code).toBe(0);
    for (const own of [NAMES[0], NAMES[23]]) {
      const cli = await scan(path.join(dir, "out", `${own}.xlsx`));
      const pane = await scan(files[`${own}.xlsx`]);
      const values = (cells: typeof cli.cells) =>
        cells
          .filter((cell) => !(cell.value instanceof Date))
          .map((cell) => `${cell.sheet}!${cell.address}=${JSON.stringify(cell.value)}`);
      expect(pane.workbook.worksheets.map((sheet) => sheet.name)).toEqual(
        cli.workbook.worksheets.map((sheet) => sheet.name)
      );
      expect(values(pane.cells)).toEqual(values(cli.cells));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("Excel, ExcelApi 1.8: each chosen network's workbook opens as a new workbook; none names another", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Antwoorden", [["Netwerk", "GROOTTE_KLASSE", ...ITEMS], ...rows(11)]);
  const opened: string[] = [];
  const host = excelHostOn(fake, opened);
  expect(host.feedbackOutputs!()).toEqual(["workbooks", "sheets"]);
  await host.detect();
  const chosen = [NAMES[0], NAMES[12], NAMES[23]];
  const summary = await host.feedback!({ ...request, networks: chosen, output: "workbooks" });
  expect(summary).toMatchObject({ output: "workbooks", networks: chosen });
  expect(opened).toHaveLength(3);
  const sheetsBefore = fake.sheets.map((sheet) => sheet.name);
  expect(sheetsBefore).toEqual(["Antwoorden"]);
  for (const [index, own] of chosen.entries()) {
    const { cells, workbook } = await scan(new Uint8Array(Buffer.from(opened[index], "base64")));
    expect(violationsIn(own, own, cells, workbook).violations).toEqual([]);
    expect(cells.map((cell) => String(cell.value)).join("\n")).toContain(own);
  }
});

test("Excel without ExcelApi 1.8: one sheet per chosen network, named after it, nothing of another network on it", async () => {
  const fake = new FakeExcel({ apiVersion: "1.7" });
  fake.addSheet("Antwoorden", [["Netwerk", "GROOTTE_KLASSE", ...ITEMS], ...rows(11)]);
  const host = excelHostOn(fake);
  expect(host.feedbackOutputs!()).toEqual(["sheets"]);
  await host.detect();
  // Even when asked for workbooks, 1.7 gets sheets.
  const summary = await host.feedback!({ ...request, output: "workbooks" });
  expect(summary.output).toBe("sheets");
  expect(summary.sheets).toHaveLength(25);
  const violations: string[] = [];
  let percentCells = 0;
  for (const [index, own] of NAMES.entries()) {
    const sheet = summary.sheets![index];
    // Sheet names via src/report/names.ts: valid, at most 31 characters, here the network's name.
    expect(sheet).toBe(own);
    const cells = gridCells(sheet, fake.values(sheet));
    const found = violationsIn(`sheet ${sheet}`, own, cells);
    violations.push(...found.violations);
    percentCells += found.percentCells;
    expect(cells.map((cell) => String(cell.value)).join("\n")).toContain(own);
  }
  expect(violations).toEqual([]);
  expect(percentCells).toBeGreaterThan(25 * ITEMS.length);
  // The data sheet is untouched; a second run writes the network's own sheet again (found by its
  // marker) instead of adding a copy beside it, and it still holds nothing of another network.
  expect(fake.sheets[0].name).toBe("Antwoorden");
  const sheetCount = fake.sheets.length;
  const again = await host.feedback!({ ...request, networks: [NAMES[0]], output: "sheets" });
  expect(again.sheets).toEqual([NAMES[0]]);
  expect(fake.sheets).toHaveLength(sheetCount);
  expect(
    violationsIn(`sheet ${NAMES[0]}`, NAMES[0], gridCells(NAMES[0], fake.values(NAMES[0])))
      .violations
  ).toEqual([]);
});

test("positive control: with min-cell 1 the sheet scan does find the small group's shares", async () => {
  const fake = new FakeExcel({ apiVersion: "1.7" });
  fake.addSheet("Antwoorden", [["Netwerk", "GROOTTE_KLASSE", ...ITEMS], ...rows(11)]);
  const host = excelHostOn(fake);
  await host.detect();
  // A "middel" network: with min-cell 1 its own group of 3 is shown, and the scan must see it.
  const own = NAMES[22];
  const summary = await host.feedback!({
    ...request,
    minCell: 1,
    networks: [own],
    output: "sheets",
  });
  const leaks = violationsIn(own, own, gridCells(own, fake.values(summary.sheets![0]))).violations;
  expect(leaks.length).toBeGreaterThan(0);
  expect(leaks.every((leak) => leak.includes("a share of a group of 3"))).toBe(true);
});
