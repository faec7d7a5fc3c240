/**
 * The indicator run in the browser preview (ExcelJS adapter): open the example monitoring
 * workbook, run, download, open the download again and refresh it; the framework's sheets never
 * change, the report's sheets are replaced (no duplicates), the charts are in the file, and the
 * monitoring template is its own file.
 */
import { unzipSync } from "fflate";
import * as fs from "fs";
import * as ExcelJS from "exceljs";
import { createPreviewHost } from "../../../src/taskpane/hosts/previewHost";
import { readXlsx } from "../../../src/xlsx/readXlsx";
import { DEFAULT_INDICATOR_SETTINGS } from "../../../src/workbook/indicatorSettings";
import { EXAMPLE, MONITORING_EXAMPLE } from "../excel/helpers";

const host = () => createPreviewHost({ loadExcelJs: async () => ExcelJS });
const FRAMEWORK = ["Info", "Indicatoren", "Metingen", "Eenheden", "Doelen"];

describe("preview host: indicator run", () => {
  it("run → download → open again → refresh: the same sheets, the framework untouched", async () => {
    const bytes = new Uint8Array(fs.readFileSync(MONITORING_EXAMPLE));
    const before = await readXlsx(bytes, "monitoring-wijdoenmee.xlsx");
    const preview = host();
    expect(await preview.indicators.detect()).toBeNull();
    await preview.openWorkbook("monitoring-wijdoenmee.xlsx", bytes);
    const overview = await preview.indicators.detect();
    expect(overview).toMatchObject({ sheet: "Indicatoren", indicators: 5 });
    expect(await preview.indicators.storedSettings()).toBeNull();

    const summary = await preview.indicators.run({
      ...DEFAULT_INDICATOR_SETTINGS,
      groupBy: ["grootteklasse"],
    });
    expect(summary.sheets).toEqual([
      "Overzicht",
      "Per eenheid",
      "Per groep",
      "Verloop",
      "Samenstelling",
      "Problemen",
    ]);
    expect(summary.charts).toHaveLength(16);
    const first = await preview.downloadWorkbook();
    expect(first.name).toBe("monitoring-wijdoenmee-netwerkmeter.xlsx");
    const charts = Object.keys(unzipSync(first.bytes)).filter((entry) =>
      /^xl\/charts\/chart\d+\.xml$/.test(entry)
    );
    expect(charts).toHaveLength(16);

    // The downloaded file, opened again: refresh finds its own sheets and settings.
    const again = host();
    await again.openWorkbook(first.name, first.bytes);
    expect(await again.indicators.storedSettings()).toEqual({
      ...DEFAULT_INDICATOR_SETTINGS,
      groupBy: ["grootteklasse"],
    });
    const refreshed = await again.indicators.refresh();
    expect(refreshed.sheets).toEqual(summary.sheets);
    expect(refreshed.statusCounts).toEqual(summary.statusCounts);
    const second = await again.downloadWorkbook();
    const after = await readXlsx(second.bytes, second.name);
    const visible = after.map((grid) => grid.sheet);
    expect(visible.filter((name) => name === "Overzicht")).toHaveLength(1);
    for (const name of FRAMEWORK)
      expect(after.find((grid) => grid.sheet === name)!.rows).toEqual(
        before.find((grid) => grid.sheet === name)!.rows
      );
  }, 60000);

  it("the monitoring template is a new file to download, never written into the open one", async () => {
    const preview = host();
    await preview.openWorkbook(
      "monitoring-wijdoenmee.xlsx",
      new Uint8Array(fs.readFileSync(MONITORING_EXAMPLE))
    );
    const file = await preview.indicators.monitoringTemplate(
      "Partnerschap 05",
      "2027-Q1..2027-Q4",
      "nl"
    );
    expect(file).toMatchObject({ name: "monitoring-partnerschap-05.xlsx", opened: false });
    const grids = await readXlsx(file.bytes, file.name);
    expect(grids.find((grid) => grid.sheet === "Metingen")!.rows).toHaveLength(21);
    const open = await readXlsx((await preview.downloadWorkbook()).bytes, "x.xlsx");
    expect(open.map((grid) => grid.sheet)).toEqual(FRAMEWORK);
  }, 60000);

  it("a survey workbook is no indicator framework", async () => {
    const preview = host();
    await preview.openWorkbook(
      "coordinatoren-demos.xlsx",
      new Uint8Array(fs.readFileSync(EXAMPLE))
    );
    expect(await preview.indicators.detect()).toBeNull();
    await expect(preview.indicators.refresh()).rejects.toMatchObject({ code: "NO_STORED_RUN" });
  }, 60000);
});
