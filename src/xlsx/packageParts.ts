/**
 * The small parts of an .xlsx package that the input reader (xlsxReader.ts) needs beside the
 * worksheets: relationships (which part is which sheet), the shared-string table, and which cell
 * styles show dates. Shared strings are scanned over bytes like the worksheets (byteXmlScanner.ts);
 * the other parts are small and go through the string scanner (xmlScanner.ts).
 *
 * @example
 * const strings = readSharedStrings(zip, zip.find("xl/sharedStrings.xml")!); // ["Netwerk", …]
 */
import { isPercentFormat } from "../analysis/grid";
import type { ZipPackage } from "./zipEntries";
import type { ZipEntry } from "./zipGuard";
import type { XmlHandler } from "./xmlScanner";
import { attribute, XmlScanner } from "./xmlScanner";
import type { ElementShortcut } from "./byteXmlScanner";
import { ByteXmlScanner, decodeText } from "./byteXmlScanner";

/** Built-in number formats that ExcelJS (and Excel) show as dates or times. */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * True for a number format that shows a date or time, the rule ExcelJS uses (utils.isDateFmt):
 * y, m, d, h, s or b outside quotes and brackets.
 *
 * @example isDateFormat("dd/mm/yyyy") // true
 * @example isDateFormat('0.0" dagen"') // false
 */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

export interface Relationship {
  type: string;
  target: string;
}

/** The folder of a part: "xl/workbook.xml" → "xl/". */
export function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

/** A relationship target resolved against its source part's folder. */
export function resolvePart(folder: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === "..") resolved.pop();
    else if (segment !== "." && segment !== "") resolved.push(segment);
  }
  return resolved.join("/");
}

/** Streams one part through a handler. */
export function scanPart(zip: ZipPackage, entry: ZipEntry, handler: XmlHandler): void {
  const decoder = new TextDecoder("utf-8");
  const scanner = new XmlScanner(handler);
  zip.inflate(entry, (chunk) => scanner.push(decoder.decode(chunk, { stream: true })));
  scanner.push(decoder.decode());
  scanner.end();
}

/** A handler that only looks at tags. */
export function tagHandler(open: (name: string, attributes: string) => void): XmlHandler {
  return { open, close: () => undefined, text: () => undefined, wantsText: () => false };
}

export function readRelationships(zip: ZipPackage, part: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  const path = `${folderOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
  const entry = zip.find(path);
  if (!entry) return relationships;
  scanPart(
    zip,
    entry,
    tagHandler((name, attributes) => {
      if (name !== "Relationship" || attribute(attributes, "TargetMode") === "External") return;
      const id = attribute(attributes, "Id");
      const target = attribute(attributes, "Target");
      if (id !== undefined && target !== undefined)
        relationships.set(id, {
          type: attribute(attributes, "Type") ?? "",
          target: resolvePart(folderOf(part), target),
        });
    })
  );
  return relationships;
}

/** Is `pattern` at bytes[at …] (before `end`)? */
function bytesAt(bytes: Uint8Array, at: number, end: number, pattern: Uint8Array): boolean {
  if (at + pattern.length > end) return false;
  for (let index = 0; index < pattern.length; index += 1)
    if (bytes[at + index] !== pattern[index]) return false;
  return true;
}

const ascii = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));
const ITEM_START = ascii("<si><t>");
const ITEM_START_PRESERVE = ascii('<si><t xml:space="preserve">');
const ITEM_END = ascii("</t></si>");

/**
 * Reads items of the usual form `<si><t>text</t></si>` (or `<t xml:space="preserve">`) one after
 * another from bytes[lt]; returns where the last one ends (-1 for none) and hands each decoded
 * text to `item`. Rich text, phonetic runs and anything else are left to the scanner.
 *
 * @example readUsualItems(strToU8("<si><t>a</t></si><si><t>b</t></si>"), 0, 34, push) // 34
 */
export function readUsualItems(
  bytes: Uint8Array,
  lt: number,
  end: number,
  item: (text: string) => void
): number {
  let position = lt;
  for (;;) {
    const start = bytesAt(bytes, position, end, ITEM_START)
      ? position + ITEM_START.length
      : bytesAt(bytes, position, end, ITEM_START_PRESERVE)
        ? position + ITEM_START_PRESERVE.length
        : -1;
    if (start === -1) break;
    let textEnd = start;
    while (textEnd < end && bytes[textEnd] !== 60 /* < */) textEnd += 1;
    if (!bytesAt(bytes, textEnd, end, ITEM_END)) break;
    item(decodeText(bytes, start, textEnd));
    position = textEnd + ITEM_END.length;
  }
  return position === lt ? -1 : position;
}

/** The shared-string table, over bytes like the sheets (one string per item, phonetic runs left out). */
export function readSharedStrings(zip: ZipPackage, entry: ZipEntry): string[] {
  const strings: string[] = [];
  let parts: string[] = [];
  let inItem = false;
  let phonetic = 0;
  let capturing = false;
  const [ITEM, TEXT, PHONETIC] = [1, 2, 3];
  const push = (text: string) => strings.push(text);
  // Usual items in one pass each; the handler's state after them is as its calls would leave it.
  const shortcut: ElementShortcut = {
    first: 115 /* s */,
    read(bytes, lt, end) {
      if (phonetic !== 0 || capturing) return -1;
      const after = readUsualItems(bytes, lt, end, push);
      if (after !== -1) {
        inItem = false;
        const last = strings[strings.length - 1];
        parts = last === "" ? [] : [last];
      }
      return after;
    },
  };
  const scanner = new ByteXmlScanner(
    ["si", "t", "rPh"],
    {
      open(name, _bytes, _start, _end, selfClosing) {
        if (name === ITEM) {
          inItem = true;
          parts = [];
        } else if (name === PHONETIC) phonetic += 1;
        else if (name === TEXT && inItem && phonetic === 0) capturing = !selfClosing;
      },
      close(name) {
        if (name === ITEM) {
          strings.push(parts.length === 1 ? parts[0] : parts.join(""));
          inItem = false;
        } else if (name === PHONETIC) phonetic -= 1;
        else if (name === TEXT) capturing = false;
      },
      text: (bytes, start, end, cdata) => parts.push(decodeText(bytes, start, end, cdata)),
      wantsText: () => capturing,
    },
    shortcut
  );
  zip.inflate(entry, (chunk) => scanner.push(chunk));
  scanner.end();
  return strings;
}

/** Built-in number formats that show a percentage (9: "0%", 10: "0.00%"). */
const BUILTIN_PERCENT_FORMATS = new Set([9, 10]);

/** For each cell style (index of cellXfs): does its number format show a date? a percentage? */
export function readNumberStyles(
  zip: ZipPackage,
  entry: ZipEntry
): { date: boolean[]; percent: boolean[] } {
  const customFormats = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  scanPart(zip, entry, {
    open(name, attributes, selfClosing) {
      if (name === "numFmt") {
        const id = Number(attribute(attributes, "numFmtId"));
        customFormats.set(id, attribute(attributes, "formatCode") ?? "");
      } else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "xf" && inCellXfs)
        formatIds.push(Number(attribute(attributes, "numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text: () => undefined,
    wantsText: () => false,
  });
  const date = formatIds.map((id) => {
    if (!id) return false;
    const custom = customFormats.get(id);
    return custom !== undefined ? isDateFormat(custom) : BUILTIN_DATE_FORMATS.has(id);
  });
  const percent = formatIds.map((id) => {
    if (!id) return false;
    const custom = customFormats.get(id);
    return custom !== undefined ? isPercentFormat(custom) : BUILTIN_PERCENT_FORMATS.has(id);
  });
  return { date, percent };
}
