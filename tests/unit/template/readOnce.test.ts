/**
 * `consolidate` reads each file once (src/cli/readOnce.ts): the survey pass reads every file, and
 * the monitoring pass that follows in a monitoring-only folder takes what the first read kept. The
 * result is the same as a monitoring consolidation that reads the files itself.
 */
import type { CellValue, Grid } from "../../../src/analysis/grid";
import { gridFromRows } from "../../../src/analysis/grid";
import { consolidateMonitoringWorkbooks } from "../../../src/app/monitoringConsolidation";
import { readOnce } from "../../../src/cli/readOnce";
import type { WorkbookFile, WorkbookReader } from "../../../src/template/consolidate";
import { consolidateWorkbooks } from "../../../src/template/consolidate";

const template = (unit: string, value: number): Grid[] => [
  gridFromRows("Instructies", [
    ["Monitoring"],
    [],
    ["Eenheid", unit],
    ["Perioden", "2026-Q1"],
    ["Sjabloonversie", "netwerkmeter-monitoring 1"],
  ]),
  gridFromRows("Indicatoren", [
    ["indicator", "naam", "type"],
    ["DEELNEMERS", "Deelnemers", "aantal"],
  ]),
  gridFromRows("Metingen", [
    ["indicator", "eenheid", "periode", "waarde", "teller", "noemer", "datum", "opmerking"],
    ["DEELNEMERS", unit, "2026-Q1", value, null, null, null, null] as CellValue[],
  ]),
];

const sheets: Record<string, Grid[] | Error> = {
  "p01.xlsx": template("Partnerschap 01", 12),
  "p02.xlsx": template("Partnerschap 02", 30),
  "kapot.xlsx": new Error("Dit bestand is beschadigd."),
  "begroting.xlsx": [gridFromRows("Blad1", [["begroting", 2026]])],
};

function counted() {
  const reads = new Map<string, number>();
  const loads = new Map<string, number>();
  const reader: WorkbookReader = async (_bytes, name) => {
    reads.set(name, (reads.get(name) ?? 0) + 1);
    const outcome = sheets[name];
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  const files: WorkbookFile[] = Object.keys(sheets).map((name) => ({
    name,
    bytes: async () => {
      loads.set(name, (loads.get(name) ?? 0) + 1);
      return new Uint8Array([80, 75, 3, 4]);
    },
  }));
  return { reads, loads, reader, files };
}

test("a monitoring-only folder: every file loaded and read once, the same result", async () => {
  const { reads, loads, reader, files } = counted();
  const once = readOnce(reader);
  const survey = await consolidateWorkbooks(files, {
    readWorkbook: once.firstPass,
    language: "nl",
  });
  expect(survey.filesConsolidated).toBe(0);
  expect(once.monitoringFiles()).toEqual(["p01.xlsx", "p02.xlsx"]);
  const result = await consolidateMonitoringWorkbooks(once.again(files), {
    readWorkbook: once.secondPass,
    language: "nl",
  });
  const perName = Object.fromEntries(Object.keys(sheets).map((name) => [name, 1]));
  expect(Object.fromEntries(reads)).toEqual(perName);
  expect(Object.fromEntries(loads)).toEqual(perName);

  const direct = counted();
  const expected = await consolidateMonitoringWorkbooks(direct.files, {
    readWorkbook: direct.reader,
    language: "nl",
  });
  expect(result).toEqual(expected);
  expect(result.filesConsolidated).toBe(2);
  expect(result.issues.map((issue) => `${issue.file} ${issue.code}`).sort()).toEqual(
    expected.issues.map((issue) => `${issue.file} ${issue.code}`).sort()
  );
  expect(result.issues.some((issue) => issue.file === "begroting.xlsx")).toBe(true);
  expect(result.issues.some((issue) => issue.file === "kapot.xlsx")).toBe(true);
});
