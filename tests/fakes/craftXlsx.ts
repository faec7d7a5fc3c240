/**
 * A generator of small .xlsx packages written part by part (fflate's zipSync), so tests can make
 * the hostile and unusual files of issue 12 without committing binaries: a merge over a whole
 * sheet, a defined name over a whole sheet, data validation on whole columns, a far-away cell,
 * two central directories.
 */
import { deflateRawSync } from "zlib";
import { strToU8, zipSync } from "fflate";

export type CraftedValue = string | number | boolean | null;

export interface CraftedSheet {
  name: string;
  /** Rows of values from A1; strings are written inline. */
  rows?: CraftedValue[][];
  /** Raw XML for the sheetData element's content, instead of rows. */
  sheetDataXml?: string;
  /** Raw XML placed after sheetData (mergeCells, dataValidations, …). */
  afterXml?: string;
  state?: "hidden" | "veryHidden";
}

function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function columnName(index: number): string {
  let name = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** sheetData content for rows of values starting at A1. */
export function rowsXml(rows: CraftedValue[][], firstRow = 1): string {
  return rows
    .map((row, rowIndex) => {
      const r = rowIndex + firstRow;
      const cells = row
        .map((value, columnIndex) => {
          const ref = `${columnName(columnIndex)}${r}`;
          if (value === null) return "";
          if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
          if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r}">${cells}</row>`;
    })
    .join("");
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a workbook package (name → bytes). */
export function workbookParts(
  sheets: CraftedSheet[],
  options: { definedNames?: string[] } = {}
): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  parts["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map(
        (_, index) =>
          `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      )
      .join("")}</Types>`
  );
  parts["_rels/.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  );
  const names = (options.definedNames ?? [])
    .map((text, index) => `<definedName name="naam${index + 1}">${escape(text)}</definedName>`)
    .join("");
  parts["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets>${sheets
      .map(
        (sheet, index) =>
          `<sheet name="${escape(sheet.name)}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${index + 1}"/>`
      )
      .join("")}</sheets>${names ? `<definedNames>${names}</definedNames>` : ""}</workbook>`
  );
  parts["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, index) =>
          `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`
      )
      .join("")}</Relationships>`
  );
  sheets.forEach((sheet, index) => {
    const data = sheet.sheetDataXml ?? rowsXml(sheet.rows ?? []);
    parts[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${data}</sheetData>${sheet.afterXml ?? ""}</worksheet>`
    );
  });
  return parts;
}

/** A workbook package as .xlsx bytes. */
export function craftXlsx(
  sheets: CraftedSheet[],
  options: { definedNames?: string[] } = {}
): Uint8Array {
  return zipSync(workbookParts(sheets, options), { level: 6 });
}

interface Part {
  name: string;
  data: Uint8Array;
}

/** Local header + data for one deflated part; returns the bytes and central header maker. */
function localPart(part: Part, offset: number) {
  const name = strToU8(part.name);
  const compressed = new Uint8Array(deflateRawSync(part.data));
  const local = new Uint8Array(30 + name.length + compressed.length);
  const view = new DataView(local.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(8, 8, true);
  view.setUint32(18, compressed.length, true);
  view.setUint32(22, part.data.length, true);
  view.setUint16(26, name.length, true);
  local.set(name, 30);
  local.set(compressed, 30 + name.length);
  const central = (recordedOffset: number) => {
    const header = new Uint8Array(46 + name.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, compressed.length, true);
    cv.setUint32(24, part.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, recordedOffset, true);
    header.set(name, 46);
    return header;
  };
  return { local, central, offset };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}

/** A ZIP package of deflated parts in this order, duplicate names allowed (zipSync refuses them). */
export function rawZip(entries: [string, Uint8Array][]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const parts = entries.map(([name, data]) => {
    const part = localPart({ name, data }, offset);
    chunks.push(part.local);
    offset += part.local.length;
    return part;
  });
  const directory = concat(parts.map((part) => part.central(part.offset)));
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, parts.length, true);
  view.setUint16(10, parts.length, true);
  view.setUint32(12, directory.length, true);
  view.setUint32(16, offset, true);
  return concat([...chunks, directory, end]);
}

/**
 * The two-central-directory bypass of issue 12: directory A (benign parts) sits at the offset the
 * end record declares; directory B (the same names, a bomb sheet) sits just before the end record.
 * The end record's size is B's, so offset + size ends |A| bytes early: JSZip then takes |A| bytes
 * as a prefix and reads B (whose offsets are written |A| lower), while a reader that trusts the
 * declared offset reads A.
 */
export function twoDirectoryXlsx(
  benign: Record<string, Uint8Array>,
  bomb: Record<string, Uint8Array>
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const add = (parts: Record<string, Uint8Array>) =>
    Object.entries(parts).map(([name, data]) => {
      const part = localPart({ name, data }, offset);
      chunks.push(part.local);
      offset += part.local.length;
      return part;
    });
  const partsA = add(benign);
  const partsB = add(bomb);
  const directoryA = concat(partsA.map((part) => part.central(part.offset)));
  const shift = directoryA.length;
  const directoryB = concat(partsB.map((part) => part.central(part.offset - shift)));
  const offsetA = offset;
  chunks.push(directoryA, directoryB);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, partsB.length, true);
  view.setUint16(10, partsB.length, true);
  view.setUint32(12, directoryB.length, true);
  view.setUint32(16, offsetA, true);
  chunks.push(end);
  return concat(chunks);
}
