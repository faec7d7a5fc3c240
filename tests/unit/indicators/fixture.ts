/** Builds indicator-framework grids for the tests (a workbook as sheets of rows). */
import type { CellValue, Grid } from "../../../src/analysis/grid";
import { gridFromRows } from "../../../src/analysis/grid";
import type { IndicatorOptions } from "../../../src/indicators/computeIndicators";
import { computeIndicators } from "../../../src/indicators/computeIndicators";
import { readKader } from "../../../src/indicators/readKader";

export const FILE = "kader.xlsx";

export interface Sheets {
  indicators: CellValue[][];
  measurements?: CellValue[][];
  units?: CellValue[][];
  targets?: CellValue[][];
}

export function grids(sheets: Sheets): Grid[] {
  const result = [gridFromRows("Indicatoren", sheets.indicators, FILE)];
  if (sheets.measurements) result.push(gridFromRows("Metingen", sheets.measurements, FILE));
  if (sheets.units) result.push(gridFromRows("Eenheden", sheets.units, FILE));
  if (sheets.targets) result.push(gridFromRows("Doelen", sheets.targets, FILE));
  return result;
}

export function run(sheets: Sheets, options: Partial<IndicatorOptions> = {}) {
  const kader = readKader(grids(sheets), { language: "nl" });
  return computeIndicators(kader, { groupBy: [], minCell: 5, language: "nl", ...options });
}

export const MEASUREMENT_HEADER: CellValue[] = [
  "indicator",
  "eenheid",
  "periode",
  "waarde",
  "teller",
  "noemer",
  "datum",
];

/** An overview row by indicator id. */
export function overviewOf(result: ReturnType<typeof run>, id: string) {
  const row = result.indicators.overview.find((entry) => entry.indicator === id);
  if (!row) throw new Error(`no overview row for ${id}`);
  return row;
}

export function codes(result: ReturnType<typeof run>): string[] {
  return result.issues.map((issue) => issue.code);
}
