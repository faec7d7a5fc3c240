/**
 * Writes examples/monitoring-wijdoenmee.xlsx: a made-up indicator framework (docs/indicators.md)
 * of a Wij Doen Mee-like programme (scripts/monitoringData.ts, seed MONITORING_SEED), with the
 * sheets Info, Indicatoren, Metingen, Eenheden and Doelen. Byte-stable like the survey example.
 *
 * Run: npm run examples   (or: node lib/scripts/generate-monitoring-example.js [output.xlsx])
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import type { CellValue } from "../src/analysis/grid";
import { setZipTimestamps } from "./generate-example";
import { monitoringExample, MONITORING_SEED } from "./monitoringData";

const FIXED_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));
const DEFAULT_OUTPUT = path.join(__dirname, "..", "..", "examples", "monitoring-wijdoenmee.xlsx");

const INFO = [
  ["Voorbeeld: monitoring Wij Doen Mee (verzonnen cijfers)"],
  [""],
  [
    "Een indicatorenkader zoals Netwerkmeter het leest (docs/indicators.md): bladen Indicatoren, Metingen, Eenheden en Doelen.",
  ],
  [
    "40 partnerschappen in 5 regio's rapporteren per kwartaal (2024-Q1 … 2026-Q3): deelnemers (cumulatief, doel 45.000 eind 2029),",
  ],
  [
    "deelnemers aan het werk (doel 20 %), betrokken organisaties (stand), activiteiten per type en het bereik van lokale besturen.",
  ],
  [
    "Enkele rijen zijn met opzet fout, laat of dubbel: ze verschijnen op het blad Problemen van het rapport.",
  ],
  [""],
  [
    "Probeer: netwerkmeter indicators examples/monitoring-wijdoenmee.xlsx --group-by regio --out rapport.xlsx",
  ],
  [`Gemaakt door scripts/generate-monitoring-example.ts (seed ${MONITORING_SEED}).`],
];

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  rows: CellValue[][],
  widths: number[]
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}

/** The example workbook's bytes. */
export async function buildMonitoringWorkbook(): Promise<Uint8Array> {
  const sheets = monitoringExample();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Netwerkmeter (scripts/generate-monitoring-example.ts)";
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = "Voorbeeld: monitoring Wij Doen Mee";
  const info = workbook.addWorksheet("Info");
  info.addRows(INFO);
  info.getRow(1).font = { bold: true, size: 14 };
  addSheet(
    workbook,
    "Indicatoren",
    sheets.indicators,
    [15, 40, 36, 28, 10, 12, 24, 30, 9, 11, 9, 12, 12, 11, 11, 11, 12, 12, 13, 10, 40]
  );
  addSheet(workbook, "Metingen", sheets.measurements, [15, 18, 10, 10, 10, 10, 12, 18, 40]);
  addSheet(workbook, "Eenheden", sheets.units, [18, 18, 14, 12]);
  addSheet(workbook, "Doelen", sheets.targets, [15, 18, 11, 11, 11, 11]);
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  setZipTimestamps(bytes, FIXED_DATE);
  return bytes;
}

async function main(argv: string[]): Promise<void> {
  const output = path.resolve(argv[0] ?? DEFAULT_OUTPUT);
  const bytes = await buildMonitoringWorkbook();
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, bytes);
  process.stdout.write(
    `wrote ${path.relative(process.cwd(), output) || output} (${bytes.length} bytes)\n`
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(
      `generate-monitoring-example: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    process.exitCode = 1;
  });
}
