/**
 * "Vergelijk met vorige bevraging" through the task pane's hosts (src/app/earlierWave.ts with the
 * session): the preview host holds an earlier wave read from a picked file, a run with
 * `options.compare` writes the Vergelijking sheet and chart as `analyze --compare` does, a refresh
 * in the same session compares again, and a refresh of the downloaded file (the earlier file is not
 * stored) says the file is needed again while the stored options keep the comparison.
 */
import * as fs from "fs";
import * as ExcelJS from "exceljs";
import { createPreviewHost } from "../../../src/taskpane/hosts/previewHost";
import { DEFAULT_RUN_OPTIONS, readRunOptions } from "../../../src/workbook/metadata";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { EXAMPLE } from "../excel/helpers";

jest.setTimeout(60_000);

const exampleBytes = () => new Uint8Array(fs.readFileSync(EXAMPLE));
const host = () => createPreviewHost({ loadExcelJs: async () => ExcelJS });

/** The example with every INZ_01 answer 1 ("helemaal niet akkoord"): 0 % high in that wave. */
async function earlierWaveBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(exampleBytes() as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("Antwoorden")!;
  const header = sheet.getRow(1).values as unknown[];
  const column = header.indexOf("INZ_01");
  expect(column).toBeGreaterThan(0);
  for (let row = 2; row <= sheet.rowCount; row += 1) sheet.getRow(row).getCell(column).value = 1;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The row of `item` in the Vergelijking sheet of a downloaded workbook, as header → value. */
async function comparisonRow(bytes: Uint8Array, item: string): Promise<Record<string, unknown>> {
  const grid = (await readXlsx(bytes, "download.xlsx")).find((g) => g.sheet === "Vergelijking")!;
  const headerAt = grid.rows.findIndex((row) => row[0] === "Item");
  const row = grid.rows.slice(headerAt).find((candidate) => candidate[0] === item)!;
  return Object.fromEntries(grid.rows[headerAt].map((header, index) => [header, row[index]]));
}

const options = {
  ...DEFAULT_RUN_OPTIONS,
  compare: { file: "bevraging-2016.xlsx", label: "2016", matchOn: "RESP_ID" },
};

describe("comparing with an earlier wave in the task pane", () => {
  it("runs, refreshes in the same session, and asks for the file after reopening", async () => {
    const preview = host();
    await preview.openWorkbook("coordinatoren-demos.xlsx", exampleBytes());
    const overview = await preview.detect();
    const info = await preview.chooseEarlierWave({
      name: "bevraging-2016.xlsx",
      bytes: await earlierWaveBytes(),
    });
    expect(info).toEqual({
      file: "bevraging-2016.xlsx",
      sheet: "Antwoorden",
      respondents: 77,
      itemsRecognised: overview.itemsRecognised,
      columns: expect.arrayContaining(["RESP_ID", "GEMEENTE", "REGIO"]),
    });

    const summary = await preview.run(options);
    expect(summary.sheets).toContain("Vergelijking");
    expect(summary.charts).toContain("NM_Chart_Vergelijking");
    expect(summary.issues.map((issue) => issue.code)).not.toContain("EARLIER_WAVE_NEEDED");
    const download = await preview.downloadWorkbook();
    const inz = await comparisonRow(download.bytes, "INZ_01");
    // Then 0 % high; now the Items sheet's share (59 of 75 valid answers): the change is all of it.
    const grids = await readXlsx(download.bytes, "download.xlsx");
    const items = grids.find((grid) => grid.sheet === "Items")!;
    const itemsHeader = items.rows.find((row) => row[0] === "Item")!;
    const itemsRow = items.rows.find((row) => row[0] === "INZ_01")!;
    const high = itemsRow[itemsHeader.findIndex((header) => header === "Hoog (%)")];
    expect(high).toBeCloseTo((59 / 75) * 100, 6);
    expect(inz["Hoog 2016 (%)"]).toBe(0);
    expect(inz["n nu"]).toBe(75);
    expect(inz["Hoog nu (%)"]).toBe(high);
    expect(inz["Verschil (%-punt)"]).toBe(high);
    // Matched on RESP_ID: the paired table is there.
    const sheet = grids.find((grid) => grid.sheet === "Vergelijking")!;
    expect(sheet.rows.flat().join(" ")).toMatch(/RESP_ID/);

    // Refresh in the same session compares again.
    const refreshed = await preview.refresh();
    expect(refreshed.sheets).toContain("Vergelijking");
    expect(refreshed.issues.map((issue) => issue.code)).not.toContain("EARLIER_WAVE_NEEDED");

    // The downloaded file keeps the options (the file's name, label, match column), not the file.
    const reopened = host();
    await reopened.openWorkbook(download.name, download.bytes);
    await reopened.detect();
    expect((await reopened.storedOptions())!.compare).toEqual(options.compare);
    const withoutFile = await reopened.refresh();
    const needed = withoutFile.issues.find((issue) => issue.code === "EARLIER_WAVE_NEEDED")!;
    expect(needed.severity).toBe("warning");
    expect(needed.message).toContain("bevraging-2016.xlsx");
    expect(needed.message).toContain("Vergelijk met vorige bevraging");
    expect(withoutFile.sheets).not.toContain("Vergelijking");
    // Chosen again, the refresh compares again.
    await reopened.chooseEarlierWave({
      name: "bevraging-2016.xlsx",
      bytes: await earlierWaveBytes(),
    });
    expect((await reopened.refresh()).sheets).toContain("Vergelijking");
  });

  it("forgets the wave on null, and another file's name is not compared", async () => {
    const preview = host();
    await preview.openWorkbook("coordinatoren-demos.xlsx", exampleBytes());
    await preview.detect();
    await preview.chooseEarlierWave({ name: "andere.xlsx", bytes: await earlierWaveBytes() });
    const other = await preview.run(options);
    expect(other.issues.map((issue) => issue.code)).toContain("EARLIER_WAVE_NEEDED");
    expect(await preview.chooseEarlierWave(null)).toBeNull();
    const plain = await preview.run(DEFAULT_RUN_OPTIONS);
    expect(plain.sheets).not.toContain("Vergelijking");
  });

  it("stops with the comparison's fatal issue when the match column is missing", async () => {
    const preview = host();
    await preview.openWorkbook("coordinatoren-demos.xlsx", exampleBytes());
    await preview.detect();
    await preview.chooseEarlierWave({
      name: "bevraging-2016.xlsx",
      bytes: await earlierWaveBytes(),
    });
    await expect(
      preview.run({ ...options, compare: { ...options.compare, matchOn: "NETWERK_ID" } })
    ).rejects.toMatchObject({ name: "AnalysisError", fatal: { code: "MATCH_COLUMN_MISSING" } });
  });

  it("reads a stored comparison back, dropping a malformed one", () => {
    expect(readRunOptions({ compare: { file: "a.xlsx", label: 2016 } }).compare).toEqual({
      file: "a.xlsx",
    });
    expect(readRunOptions({ compare: { file: "" } }).compare).toBeUndefined();
    expect(readRunOptions({ compare: "a.xlsx" }).compare).toBeUndefined();
  });
});
