/**
 * Adds native charts to an .xlsx package written by ExcelJS (which writes none): unzips it with
 * fflate, adds per sheet a drawing part and its chart parts with their relationships, a
 * `<drawing r:id>` in the sheet XML at the place the schema wants it, and the content types; then
 * zips it again. Works in Node and in the browser (fflate is ~10 KiB gzipped; JSZip would add a
 * second copy to the browser chunk, ExcelJS bundles its own).
 *
 * Facts (shared/engineering/XLSX-CHARTS.md): `<drawing>` goes before legacyDrawing,
 * legacyDrawingHF, drawingHF, picture, oleObjects, controls, webPublishItems, tableParts and
 * extLst (CT_Worksheet is a sequence); its relationship id must be one the sheet does not use yet
 * (ExcelJS's tables and hyperlinks take rId1…); every chart and drawing part needs an Override
 * in `[Content_Types].xml`.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import type { ChartToWrite } from "./chartPart";
import { readPackage, replaceZipEntries, ZipLayoutError } from "./zipRewrite";
import { chartPartXml } from "./chartPart";
import { drawingPartXml, type DrawingChart } from "./drawingPart";
import { elementAttributes, escapeXml } from "./xml";

const RELATIONSHIP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_TYPE = `${RELATIONSHIP_NS}/drawing`;
const CHART_TYPE = `${RELATIONSHIP_NS}/chart`;
const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Sheet elements that must come after `<drawing>` (CT_Worksheet order). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** A chart package problem (a sheet the charts name does not exist, a drawing already there). */
export class ChartPackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChartPackageError";
  }
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target relative to the part that owns the .rels. */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** Worksheet name → its part path, from xl/workbook.xml and its relationships. */
export function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = files["xl/workbook.xml"];
  const rels = files["xl/_rels/workbook.xml.rels"];
  if (!workbook || !rels) throw new ChartPackageError("xl/workbook.xml or its .rels is missing.");
  const targets = new Map(
    elementAttributes(strFromU8(rels), "Relationship").map((rel) => [rel.Id, rel.Target])
  );
  const parts = new Map<string, string>();
  for (const sheet of elementAttributes(strFromU8(workbook), "sheet")) {
    const target = targets.get(sheet["r:id"]);
    if (target) parts.set(sheet.name, resolveTarget("xl/workbook.xml", target));
  }
  return parts;
}

/** Adds relationships to a .rels part (created when missing); returns their ids. */
function addRelationships(
  files: Record<string, Uint8Array>,
  relsPath: string,
  added: { type: string; target: string }[]
): string[] {
  const existing = files[relsPath]
    ? strFromU8(files[relsPath])
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const used = new Set(elementAttributes(existing, "Relationship").map((rel) => rel.Id));
  let counter = 1;
  const ids = added.map(() => {
    while (used.has(`rId${counter}`)) counter += 1;
    used.add(`rId${counter}`);
    return `rId${counter}`;
  });
  const elements = added
    .map(
      (rel, index) =>
        `<Relationship Id="${ids[index]}" Type="${rel.type}" Target="${escapeXml(rel.target)}"/>`
    )
    .join("");
  const closing = existing.lastIndexOf("</Relationships>");
  const xml =
    closing >= 0
      ? `${existing.slice(0, closing)}${elements}${existing.slice(closing)}`
      : existing.replace(
          /<Relationships([^>]*)\/>/,
          `<Relationships$1>${elements}</Relationships>`
        );
  files[relsPath] = strToU8(xml);
  return ids;
}

/** Puts `<drawing r:id="…"/>` into a sheet's XML where CT_Worksheet wants it. */
export function insertDrawingElement(sheetXml: string, relationshipId: string): string {
  if (/<drawing[\s/>]/.test(sheetXml))
    throw new ChartPackageError("The sheet already has a drawing part.");
  let xml = sheetXml;
  // The r: prefix must be declared on the root (ExcelJS declares it; be sure).
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (root && !root[0].includes(`xmlns:r="${RELATIONSHIP_NS}"`))
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${RELATIONSHIP_NS}"`);
  const element = `<drawing r:id="${relationshipId}"/>`;
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const match = new RegExp(`<${name}[\\s/>]`).exec(xml);
    if (match && (at < 0 || match.index < at)) at = match.index;
  }
  if (at < 0) at = xml.lastIndexOf("</worksheet>");
  if (at < 0) throw new ChartPackageError("The sheet XML has no </worksheet>.");
  return `${xml.slice(0, at)}${element}${xml.slice(at)}`;
}

/** Adds Override entries to [Content_Types].xml. */
function addContentTypes(
  files: Record<string, Uint8Array>,
  overrides: { part: string; type: string }[]
): void {
  const path = "[Content_Types].xml";
  const xml = strFromU8(files[path]);
  const elements = overrides
    .map((entry) => `<Override PartName="/${entry.part}" ContentType="${entry.type}"/>`)
    .join("");
  const closing = xml.lastIndexOf("</Types>");
  if (closing < 0) throw new ChartPackageError("[Content_Types].xml has no </Types>.");
  files[path] = strToU8(`${xml.slice(0, closing)}${elements}${xml.slice(closing)}`);
}

export interface AddChartsOptions {
  /** Deflate level of the new and changed parts (0–9). Default 6. */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/**
 * The parts to add and change for `charts`, given the package's part names and a reader.
 * Charts are grouped per sheet (`chart.sheet` is the worksheet's name).
 */
function chartChanges(
  names: Set<string>,
  read: (wanted: readonly string[]) => Record<string, Uint8Array>,
  charts: readonly ChartToWrite[]
): Record<string, Uint8Array> {
  const changed: Record<string, Uint8Array> = {};
  const files = read(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);
  const parts = sheetParts(files);
  const bySheet = new Map<string, ChartToWrite[]>();
  for (const entry of charts) {
    const list = bySheet.get(entry.chart.sheet);
    if (list) list.push(entry);
    else bySheet.set(entry.chart.sheet, [entry]);
  }
  const sheetFiles = [...bySheet.keys()].flatMap((sheet) => {
    const part = parts.get(sheet);
    return part ? [part, relsPathOf(part)] : [];
  });
  Object.assign(files, read(sheetFiles));
  const taken = (name: string) => names.has(name) || changed[name] !== undefined;
  const freeNumber = (prefix: string, from: number) => {
    let number = from;
    while (taken(`${prefix}${number}.xml`)) number += 1;
    return number;
  };
  const overrides: { part: string; type: string }[] = [];
  let drawingNumber = 1;
  let chartNumber = 1;
  for (const [sheet, sheetCharts] of bySheet) {
    const sheetPart = parts.get(sheet);
    if (!sheetPart || !files[sheetPart])
      throw new ChartPackageError(`The workbook has no sheet '${sheet}' for its charts.`);
    drawingNumber = freeNumber("xl/drawings/drawing", drawingNumber);
    const drawingPart = `xl/drawings/drawing${drawingNumber}.xml`;
    const chartParts = sheetCharts.map((entry) => {
      chartNumber = freeNumber("xl/charts/chart", chartNumber);
      const part = `xl/charts/chart${chartNumber}.xml`;
      changed[part] = strToU8(chartPartXml(entry));
      overrides.push({ part, type: CHART_CONTENT_TYPE });
      return part;
    });
    const chartIds = addRelationships(
      changed,
      relsPathOf(drawingPart),
      chartParts.map((part) => ({ type: CHART_TYPE, target: `../charts/${part.split("/")[2]}` }))
    );
    const drawingCharts: DrawingChart[] = sheetCharts.map((entry, index) => ({
      name: entry.chart.name,
      placement: entry.chart.placement,
      relationshipId: chartIds[index],
    }));
    changed[drawingPart] = strToU8(drawingPartXml(drawingCharts));
    overrides.push({ part: drawingPart, type: DRAWING_CONTENT_TYPE });
    const sheetRels = relsPathOf(sheetPart);
    if (files[sheetRels]) changed[sheetRels] = files[sheetRels];
    const [drawingId] = addRelationships(changed, sheetRels, [
      { type: DRAWING_TYPE, target: `../drawings/drawing${drawingNumber}.xml` },
    ]);
    changed[sheetPart] = strToU8(insertDrawingElement(strFromU8(files[sheetPart]), drawingId));
  }
  changed["[Content_Types].xml"] = files["[Content_Types].xml"];
  addContentTypes(changed, overrides);
  return changed;
}

/**
 * The package with the charts added (the input bytes are not changed). The parts that do not
 * change are copied without being decompressed (zipRewrite.ts); a package that cannot be copied
 * that way (ZIP64) is unzipped and zipped whole. A sheet name the package does not have is an
 * error, as is a sheet that already has a drawing.
 *
 * @example
 * const bytes = await workbook.xlsx.writeBuffer();
 * const withCharts = addChartsToPackage(new Uint8Array(bytes), charts);
 */
export function addChartsToPackage(
  bytes: Uint8Array,
  charts: readonly ChartToWrite[],
  options: AddChartsOptions = {}
): Uint8Array {
  if (charts.length === 0) return bytes;
  const level = options.level ?? 6;
  const { names, read } = readPackage(bytes);
  const changed = chartChanges(names, read, charts);
  try {
    return replaceZipEntries(bytes, changed, level);
  } catch (error) {
    if (!(error instanceof ZipLayoutError)) throw error;
    const files: Zippable = { ...unzipSync(bytes), ...changed };
    return zipSync(files, { level });
  }
}
