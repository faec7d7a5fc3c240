/**
 * "Feedback per eenheid" in the task pane, on the example indicator framework
 * (examples/monitoring-wijdoenmee.xlsx: 40 partnerships in 5 regions), on every path the pane has
 * (the command line's is indicatorFeedback.test.ts):
 * - browser preview: one .zip of the chosen units' workbooks, each with the same sheets and cell
 *   values as the workbook `netwerkmeter feedback kader.xlsx` writes for that unit;
 * - Excel with ExcelApi 1.8: each workbook handed to Excel.createWorkbook;
 * - Excel without it: one sheet per unit, the framework's sheets untouched, a second run writing a
 *   unit's sheet again instead of adding a copy.
 * Every cell of every workbook and sheet is scanned: no other unit is named.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { a1Address } from "../../src/analysis/grid";
import type { UnitFeedbackRequest } from "../../src/app/host";
import { createPreviewHost } from "../../src/taskpane/hosts/previewHost";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { FakeExcel } from "../fakes/fakeExcel";
import { excelHostOn } from "../unit/excel/helpers";
import { gridCells, scan, type ScannedCell } from "./feedbackPrivacy";
import { runCli } from "./runCli";

jest.setTimeout(180_000);

const MONITORING = path.join(__dirname, "../../examples/monitoring-wijdoenmee.xlsx");
const UNITS = Array.from(
  { length: 40 },
  (_, index) => `Partnerschap ${String(index + 1).padStart(2, "0")}`
);
const CHOSEN = ["Partnerschap 01", "Partnerschap 17", "Partnerschap 40"];
const request: UnitFeedbackRequest = {
  period: null,
  per: null,
  groupBy: "regio",
  minCell: 5,
  units: CHOSEN,
  output: "zip",
  language: "nl",
};

/** Cells of `own`'s workbook or sheet that name another unit. */
function otherUnits(where: string, own: string, cells: readonly ScannedCell[]): string[] {
  const found: string[] = [];
  for (const cell of cells) {
    const text = typeof cell.value === "string" ? cell.value : JSON.stringify(cell.value);
    for (const unit of UNITS)
      if (unit !== own && text.includes(unit))
        found.push(`${where} ${cell.sheet}!${cell.address}: ${unit}`);
  }
  return found;
}

async function monitoringFake(apiVersion?: string): Promise<FakeExcel> {
  const grids = await readXlsx(fs.readFileSync(MONITORING), "monitoring-wijdoenmee.xlsx");
  const fake = new FakeExcel(apiVersion ? { apiVersion } : {});
  for (const grid of grids)
    fake.addSheet(grid.sheet, grid.rows, a1Address(grid.originRow, grid.originColumn));
  return fake;
}

test("preview: one .zip of the chosen units' workbooks, the command line's workbooks, no other unit named", async () => {
  const preview = createPreviewHost({ loadExcelJs: async () => ExcelJS });
  await preview.openWorkbook("monitoring-wijdoenmee.xlsx", fs.readFileSync(MONITORING));
  expect(preview.indicators.feedbackOutputs!()).toEqual(["zip"]);
  expect((await preview.indicators.detect())?.units).toEqual(UNITS);
  const progress: number[] = [];
  const summary = await preview.indicators.feedback!(request, (fraction) =>
    progress.push(fraction)
  );
  expect(summary.networks).toEqual(CHOSEN);
  expect(summary.download!.name).toBe("terugkoppeling-per-eenheid.zip");
  expect(progress[progress.length - 1]).toBe(1);
  const files = unzipSync(summary.download!.bytes);
  expect(Object.keys(files).sort()).toEqual(CHOSEN.map((unit) => `${unit}.xlsx`));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-unit-feedback-pane-"));
  try {
    const cli = await runCli("feedback", MONITORING, "--group-by", "regio", "--out-dir", dir);
    expect(cli.code).toBe(0);
    const values = (cells: readonly ScannedCell[]) =>
      cells
        .filter((cell) => !(cell.value instanceof Date))
        .map((cell) => `${cell.sheet}!${cell.address}=${JSON.stringify(cell.value)}`);
    for (const unit of CHOSEN) {
      const pane = await scan(files[`${unit}.xlsx`]);
      const own = await scan(path.join(dir, `${unit}.xlsx`));
      expect(pane.workbook.worksheets.map((sheet) => sheet.name)).toEqual(
        own.workbook.worksheets.map((sheet) => sheet.name)
      );
      expect(values(pane.cells)).toEqual(values(own.cells));
      expect(values(pane.cells).join("\n")).toContain(unit);
      expect(otherUnits(unit, unit, pane.cells)).toEqual([]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("Excel, ExcelApi 1.8: each chosen unit's workbook opens as a new workbook; none names another", async () => {
  const fake = await monitoringFake();
  const opened: string[] = [];
  const host = excelHostOn(fake, opened);
  expect(host.indicators!.feedbackOutputs!()).toEqual(["workbooks", "sheets"]);
  const sheetsBefore = fake.sheets.map((sheet) => sheet.name);
  const summary = await host.indicators!.feedback!({ ...request, output: "workbooks" });
  expect(summary).toMatchObject({ output: "workbooks", networks: CHOSEN });
  expect(opened).toHaveLength(3);
  expect(fake.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
  for (const [index, unit] of CHOSEN.entries()) {
    const { cells } = await scan(new Uint8Array(Buffer.from(opened[index], "base64")));
    expect(cells.map((cell) => String(cell.value)).join("\n")).toContain(unit);
    expect(otherUnits(unit, unit, cells)).toEqual([]);
  }
});

test("Excel without ExcelApi 1.8: one sheet per unit, the framework untouched, a second run rewrites its sheet", async () => {
  const fake = await monitoringFake("1.7");
  const framework = ["Indicatoren", "Metingen", "Eenheden", "Doelen"];
  const before = framework.map((name) => JSON.stringify(fake.values(name)));
  const host = excelHostOn(fake);
  expect(host.indicators!.feedbackOutputs!()).toEqual(["sheets"]);
  const summary = await host.indicators!.feedback!({ ...request, output: "workbooks" });
  expect(summary.output).toBe("sheets");
  expect(summary.sheets).toEqual(CHOSEN);
  for (const unit of CHOSEN) {
    const cells = gridCells(unit, fake.values(unit));
    expect(cells.map((cell) => String(cell.value)).join("\n")).toContain(unit);
    expect(otherUnits(`sheet ${unit}`, unit, cells)).toEqual([]);
  }
  expect(framework.map((name) => JSON.stringify(fake.values(name)))).toEqual(before);
  // Positive control: the scan does find the other units where they are (the framework's list).
  expect(
    otherUnits("Eenheden", CHOSEN[0], gridCells("Eenheden", fake.values("Eenheden")))
  ).toHaveLength(39);
  const count = fake.sheets.length;
  const again = await host.indicators!.feedback!({
    ...request,
    units: [CHOSEN[1]],
    output: "sheets",
  });
  expect(again.sheets).toEqual([CHOSEN[1]]);
  expect(fake.sheets).toHaveLength(count);
});

test("a unit that is not in the framework, or a period that is none, is a message, not a run", async () => {
  const host = excelHostOn(await monitoringFake());
  await expect(
    host.indicators!.feedback!({ ...request, units: ["Partnerschap 99"], output: "sheets" })
  ).rejects.toThrow("geen van de gekozen eenheden komt voor in het kader.");
  await expect(
    host.indicators!.feedback!({ ...request, period: "2026-Q9", output: "sheets" })
  ).rejects.toThrow(/geen periode/);
});
