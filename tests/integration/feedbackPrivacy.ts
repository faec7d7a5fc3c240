/**
 * The data and the privacy scan of the feedback tests (the CLI's folder of workbooks in
 * feedback.test.ts, the task pane's .zip and sheets in feedbackPane.test.ts): 25 networks in groups
 * of 11 ("groot"), 11 ("klein") and 3 ("middel"), so a share of the 3-network group (a multiple of
 * 1/3) can be told from any share of 25, 23 or 11 networks; and a scan of every cell for (a) the
 * name of another network and (b) a share of the small group.
 */
import * as ExcelJS from "exceljs";

export const TOWNS = [
  "Aalst",
  "Brugge",
  "Dendermonde",
  "Eeklo",
  "Geel",
  "Hasselt",
  "Ieper",
  "Kortrijk",
  "Lier",
  "Mechelen",
  "Ninove",
  "Oostende",
  "Peer",
  "Ronse",
  "Tielt",
  "Turnhout",
  "Vilvoorde",
  "Waregem",
  "Zottegem",
  "Maaseik",
  "Lommel",
  "Diest",
  "Halle",
  "Genk",
  "Bree",
];
export const NAMES = TOWNS.map((town) => `Netwerk ${town}`);
export const ONLY_BEFORE = "Netwerk Zele";
export const ITEMS = [
  "VIS_01",
  "VIS_02",
  "ROL_ACT_FAC",
  "ROL_ACT_COP",
  "ROL_ACT_OPD",
  "INB_ACT",
  "EXP_ACT",
  "RIC_ACT",
];
export const group = (index: number) => (index < 11 ? "groot" : index < 22 ? "klein" : "middel");

/** A small deterministic generator (LCG), so the data are the same on every run. */
export function codes(seed: number, count: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return 1 + (state % 5);
  });
}

export function rows(seed: number): (string | number)[][] {
  const table = NAMES.map((name, index) => [
    name,
    group(index),
    ...codes(seed + index * 7, ITEMS.length),
  ]);
  // The "middel" group (rows 22–24): exactly one or two high answers (4–5) per item.
  ITEMS.forEach((_, item) => {
    const column = item + 2;
    table[22][column] = 5;
    table[23][column] = item % 2 === 0 ? 4 : 2;
    table[24][column] = 1;
  });
  return table;
}

/** The data as CSV text (";"), header Netwerk; GROOTTE_KLASSE; items. */
export const csv = (table: (string | number)[][]) =>
  [["Netwerk", "GROOTTE_KLASSE", ...ITEMS].join(";"), ...table.map((row) => row.join(";"))].join(
    "\n"
  );

/** The data as an .xlsx (sheet Antwoorden), for the task pane's hosts. */
export async function xlsx(table: (string | number)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Antwoorden");
  sheet.addRow(["Netwerk", "GROOTTE_KLASSE", ...ITEMS]);
  for (const row of table) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface ScannedCell {
  sheet: string;
  address: string;
  value: unknown;
  header: string | null;
}

/** Every cell of every sheet, with the header of its table column when it is in a table. */
export async function scan(
  source: string | Uint8Array
): Promise<{ cells: ScannedCell[]; workbook: ExcelJS.Workbook }> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === "string") await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
  const cells: ScannedCell[] = [];
  for (const sheet of workbook.worksheets) {
    const headers = new Map<number, string>();
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const value = cell.value;
        // A header row: text cells, headers are remembered per column until the next table.
        if (
          typeof value === "string" &&
          row.cellCount > 1 &&
          /\(%\)$|^Item$|^Wat$|^Domein$/.test(value)
        )
          headers.set(column, value);
        cells.push({
          sheet: sheet.name,
          address: cell.address,
          value,
          header: headers.get(column) ?? null,
        });
      });
    });
  }
  return { cells, workbook };
}

const FORBIDDEN_SHARES = [100 / 3, 200 / 3];

/**
 * The privacy violations in one network's cells: another network named (in a cell or the
 * workbook's properties), or a share of the 3-network group in a percentage column. `where` names
 * the workbook or sheet in the messages.
 */
export function violationsIn(
  where: string,
  own: string,
  cells: readonly ScannedCell[],
  workbook?: ExcelJS.Workbook
): { violations: string[]; percentCells: number } {
  const violations: string[] = [];
  let percentCells = 0;
  const others = [...NAMES.filter((name) => name !== own), ONLY_BEFORE];
  const properties = workbook
    ? [workbook.title, workbook.creator, workbook.subject, workbook.description]
    : [];
  for (const text of properties)
    for (const other of others)
      if (
        String(text ?? "")
          .toLowerCase()
          .includes(other.toLowerCase())
      )
        violations.push(`${where} properties name ${other}`);
  for (const cell of cells) {
    const text =
      typeof cell.value === "object" && cell.value !== null
        ? JSON.stringify(cell.value)
        : String(cell.value);
    for (const other of others)
      if (text.toLowerCase().includes(other.toLowerCase()))
        violations.push(`${where} ${cell.sheet}!${cell.address} names ${other}: ${text}`);
    if (typeof cell.value === "number" && cell.header?.endsWith("(%)")) {
      percentCells += 1;
      for (const share of FORBIDDEN_SHARES)
        if (Math.abs(cell.value - share) < 1e-6)
          violations.push(
            `${where} ${cell.sheet}!${cell.address} (${cell.header}) shows ${cell.value}, a share of a group of 3`
          );
    }
  }
  return { violations, percentCells };
}

/** The cells of a sheet given as rows of values (the fake Excel), with the same header rule as scan. */
export function gridCells(sheet: string, rows: readonly (readonly unknown[])[]): ScannedCell[] {
  const cells: ScannedCell[] = [];
  const headers = new Map<number, string>();
  rows.forEach((row, rowIndex) => {
    const filled = row.filter((value) => value !== null && value !== "").length;
    row.forEach((value, column) => {
      if (value === null || value === "") return;
      if (typeof value === "string" && filled > 1 && /\(%\)$|^Item$|^Wat$|^Domein$/.test(value))
        headers.set(column, value);
      cells.push({
        sheet,
        address: `R${rowIndex + 1}C${column + 1}`,
        value,
        header: headers.get(column) ?? null,
      });
    });
  });
  return cells;
}
