/**
 * The rows of a report's large tables, written as sheet XML straight into the package ExcelJS
 * wrote (the command line's report file, writeReport.ts).
 *
 * Why: ExcelJS keeps an object per cell and builds each sheet's XML as strings in memory. The
 * indicator benchmark's per-unit table has 50,000 rows (500,000 cells): ~2.5 s and ~500 MB of the
 * report. ExcelJS now holds only the header and the first data row of such a table
 * (exceljsPort.ts writePlanSheets); the other rows are added here in the form ExcelJS writes them:
 * each column's style taken from that first row, text in the shared string table, numbers as
 * JavaScript prints them, an empty cell only where its style needs it, the height wrapped text
 * needs (wrappedRowHeight.ts). The table's range, its filter's range and the sheet's dimension
 * grow to the last row. A table qualifies only when nothing else the plan writes (a line, another
 * table, a chart's data block, a chart's source) lies in the rows added here.
 *
 * Written by hand because no maintained library appends rows to a written package (ExcelJS's
 * streaming writer has no tables). Reference: ECMA-376 Part 1, §18.3.1.73 row, §18.3.1.4 c,
 * §18.4.9 sst, §18.5.1.2 table.
 *
 * @example
 * const large = largeTablesOf(plan);
 * writePlanSheets(workbook, plan, "nl", large);
 * const bytes = addLargeTableRows(await writeWorkbookWithCharts(workbook, charts), plan, large);
 */
import { strFromU8, strToU8 } from "fflate";
import { columnLetters } from "../analysis/grid";
import type { PlanSheet, PlanTable, PublishPlan } from "../workbook/port";
import { sheetParts } from "./charts/addCharts";
import { elementAttributes, escapeXml, unescapeXml } from "./charts/xml";
import { readPackage, replaceZipEntries } from "./charts/zipRewrite";
import { wrappedRowHeight } from "./wrappedRowHeight";

/** Tables with at least this many data rows are written here rather than by ExcelJS. */
export const LARGE_TABLE_MIN_ROWS = 1000;

const SHARED_STRINGS = "xl/sharedStrings.xml";

/** A package that is not as ExcelJS writes it (a programming error, not the user's). */
export class LargeTableRowsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LargeTableRowsError";
  }
}

/**
 * The names of the plan's tables whose rows after the first are written by addLargeTableRows:
 * at least `minRows` data rows, and nothing else on their sheet in those rows.
 *
 * @example largeTablesOf(plan) // Set { "NM_IndPerEenheid" } for the indicator benchmark
 */
export function largeTablesOf(plan: PublishPlan, minRows = LARGE_TABLE_MIN_ROWS): Set<string> {
  const names = new Set<string>();
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      if (table.rows.length < Math.max(2, minRows)) continue;
      // Zero-based rows written here: the data rows after the first.
      const first = table.row + 2;
      const last = table.row + table.rows.length;
      const overlaps = (from: number, to: number) => from <= last && to >= first;
      const crowded =
        sheet.lines.some((line) => overlaps(line.row, line.row)) ||
        sheet.tables.some(
          (other) => other !== table && overlaps(other.row, other.row + other.rows.length)
        ) ||
        sheet.chartData.some((block) => overlaps(block.row, block.row + block.rows.length)) ||
        sheet.charts.some((chart) =>
          overlaps(chart.source.headerRow, chart.source.headerRow + chart.source.rowCount)
        );
      if (!crowded) names.add(table.name);
    }
  }
  return names;
}

/** The shared string table: the entries ExcelJS wrote, and the ones added for the new rows. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private references = 0;
  private readonly entries: number;

  constructor(private readonly xml: string) {
    let entries = 0;
    for (const match of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) {
      const plain = /^<t(?: xml:space="preserve")?>([^<]*)<\/t>$/.exec(match[1] ?? "");
      if (plain) {
        const text = unescapeXml(plain[1]);
        if (!this.index.has(text)) this.index.set(text, entries);
      }
      entries += 1;
    }
    this.entries = entries;
  }

  /** The index of `text`, added to the table when it is new. */
  indexOf(text: string): number {
    this.references += 1;
    const known = this.index.get(text);
    if (known !== undefined) return known;
    const index = this.entries + this.added.length;
    this.index.set(text, index);
    this.added.push(text);
    return index;
  }

  /** The part with the new entries and counts. */
  toXml(): string {
    const open = /<sst\b[^>]*>/.exec(this.xml);
    const close = this.xml.lastIndexOf("</sst>");
    if (!open || close < 0)
      throw new LargeTableRowsError(`${SHARED_STRINGS} has no <sst> element.`);
    const count = Number(/\scount="(\d+)"/.exec(open[0])?.[1] ?? this.entries);
    const tag = open[0]
      .replace(/\s(?:count|uniqueCount)="\d+"/g, "")
      .replace(
        /\/?>$/,
        ` count="${count + this.references}" uniqueCount="${this.entries + this.added.length}">`
      );
    // As ExcelJS's text element: whitespace kept where it leads, trails or breaks a line.
    const added = this.added
      .map((text) => {
        const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : "";
        return `<si><t${space}>${escapeXml(text)}</t></si>`;
      })
      .join("");
    const body = open[0].endsWith("/>") ? "" : this.xml.slice(open.index + open[0].length, close);
    return `${this.xml.slice(0, open.index)}${tag}${body}${added}</sst>`;
  }
}

/** The style id ExcelJS gave each column of the table in its first data row ("" for none). */
function columnStyles(rowXml: string, table: PlanTable): string[] {
  const byColumn = new Map<string, string>();
  for (const match of rowXml.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)\/?>/g))
    byColumn.set(match[1], /\ss="(\d+)"/.exec(match[2])?.[1] ?? "");
  return table.headers.map(
    (_header, index) => byColumn.get(columnLetters(table.column + index)) ?? ""
  );
}

/** The rows after the first of `table`, as sheet XML. */
function rowsXml(
  sheet: PlanSheet,
  table: PlanTable,
  styles: readonly string[],
  strings: SharedStrings
): string {
  const letters = table.headers.map((_header, index) => columnLetters(table.column + index));
  const styleAttributes = styles.map((style) => (style && style !== "0" ? ` s="${style}"` : ""));
  const labelWidth =
    table.labelColumn >= 0 ? sheet.columnWidths[table.column + table.labelColumn] : undefined;
  const parts: string[] = [];
  for (let offset = 1; offset < table.rows.length; offset += 1) {
    const row = table.rows[offset];
    const number = table.row + 2 + offset;
    let cells = "";
    let min = 0;
    let max = 0;
    for (let index = 0; index < letters.length; index += 1) {
      const value = row[index] ?? null;
      const style = styleAttributes[index];
      const ref = `${letters[index]}${number}`;
      let cell: string;
      if (typeof value === "number" && Number.isFinite(value))
        cell = `<c r="${ref}"${style}><v>${String(value)}</v></c>`;
      else if (typeof value === "string")
        cell = `<c r="${ref}"${style} t="s"><v>${strings.indexOf(value)}</v></c>`;
      else if (style) cell = `<c r="${ref}"${style}/>`;
      else continue;
      cells += cell;
      const column = table.column + index + 1;
      if (min === 0) min = column;
      max = column;
    }
    if (cells === "") continue;
    const label = table.labelColumn >= 0 ? row[table.labelColumn] : null;
    const height = typeof label === "string" ? wrappedRowHeight(label, labelWidth) : undefined;
    const heightAttributes = height !== undefined ? ` ht="${height}" customHeight="1"` : "";
    parts.push(
      `<row r="${number}"${heightAttributes} spans="${min}:${max}" x14ac:dyDescent="0.25">${cells}</row>`
    );
  }
  return parts.join("");
}

/** The sheet XML with the table's rows after the first added, and its dimension grown. */
function withTableRows(
  xml: string,
  sheet: PlanSheet,
  table: PlanTable,
  strings: SharedStrings
): string {
  const firstRow = table.row + 2;
  const lastRow = table.row + 1 + table.rows.length;
  const start = xml.indexOf(`<row r="${firstRow}"`);
  const openEnd = start < 0 ? -1 : xml.indexOf(">", start);
  if (start < 0 || xml[openEnd - 1] === "/")
    throw new LargeTableRowsError(
      `Sheet '${sheet.name}' has no row ${firstRow} with the first row of table ${table.name}.`
    );
  const end = xml.indexOf("</row>", openEnd) + "</row>".length;
  // Rows without cells that ExcelJS left in the table's rows (a cell it was asked for) go.
  let rest = end;
  for (;;) {
    const empty = /^<row r="(\d+)"[^>]*\/>/.exec(xml.slice(rest, rest + 200));
    if (!empty || Number(empty[1]) > lastRow) break;
    rest += empty[0].length;
  }
  const next = /^<row r="(\d+)"/.exec(xml.slice(rest, rest + 32));
  if (next ? Number(next[1]) <= lastRow : !xml.startsWith("</sheetData>", rest))
    throw new LargeTableRowsError(
      `Sheet '${sheet.name}' has other cells in the rows of table ${table.name}.`
    );
  const added = rowsXml(sheet, table, columnStyles(xml.slice(start, end), table), strings);
  const grown = `${xml.slice(0, end)}${added}${xml.slice(rest)}`;
  return grown.replace(
    /<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"\/>/,
    (_match, fromColumn: string, fromRow: string, toColumn?: string, toRow?: string) =>
      `<dimension ref="${fromColumn}${fromRow}:${toColumn ?? fromColumn}${Math.max(Number(toRow ?? fromRow), lastRow)}"/>`
  );
}

/** The table part with its range and its filter's range over all of the table's rows. */
function withTableRange(xml: string, table: PlanTable): string {
  const range = `${columnLetters(table.column)}${table.row + 1}:${columnLetters(
    table.column + table.headers.length - 1
  )}${table.row + 1 + table.rows.length}`;
  return xml
    .replace(/(<table\b[^>]*?\sref=")[^"]*"/, `$1${range}"`)
    .replace(/(<autoFilter\b[^>]*?\sref=")[^"]*"/, `$1${range}"`);
}

/**
 * The package with the rows after the first of each table in `largeTables` added (the input bytes
 * are not changed). The workbook must have been written from `plan` by writePlanSheets with the
 * same `largeTables`.
 *
 * @throws LargeTableRowsError when the package is not as ExcelJS writes it
 */
export function addLargeTableRows(
  bytes: Uint8Array,
  plan: PublishPlan,
  largeTables: ReadonlySet<string>,
  options: { level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 } = {}
): Uint8Array {
  const targets = plan.sheets.flatMap((sheet) =>
    sheet.tables.filter((table) => largeTables.has(table.name)).map((table) => ({ sheet, table }))
  );
  if (targets.length === 0) return bytes;
  const { names, read } = readPackage(bytes);
  const tableParts = [...names].filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name));
  const files = read([
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    SHARED_STRINGS,
    ...tableParts,
  ]);
  if (!files[SHARED_STRINGS])
    throw new LargeTableRowsError(`The package has no ${SHARED_STRINGS}.`);
  const strings = new SharedStrings(strFromU8(files[SHARED_STRINGS]));
  const partOfSheet = sheetParts(files);
  const partOfTable = new Map(
    tableParts.map((part) => [
      elementAttributes(strFromU8(files[part]), "table")[0]?.displayName,
      part,
    ])
  );
  const sheetXml = new Map<string, string>();
  const changed: Record<string, Uint8Array> = {};
  // Top to bottom, so each table's rows go in after the rows above them.
  targets.sort((a, b) => a.table.row - b.table.row);
  for (const { sheet, table } of targets) {
    const sheetPart = partOfSheet.get(sheet.name);
    const tablePart = partOfTable.get(table.name);
    if (!sheetPart || !tablePart)
      throw new LargeTableRowsError(
        `The package has no sheet '${sheet.name}' or table ${table.name}.`
      );
    const xml = sheetXml.get(sheetPart) ?? strFromU8(read([sheetPart])[sheetPart]);
    sheetXml.set(sheetPart, withTableRows(xml, sheet, table, strings));
    changed[tablePart] = strToU8(withTableRange(strFromU8(files[tablePart]), table));
  }
  for (const [part, xml] of sheetXml) changed[part] = strToU8(xml);
  changed[SHARED_STRINGS] = strToU8(strings.toXml());
  return replaceZipEntries(bytes, changed, options.level ?? 6);
}
