/**
 * Test helper: generates the coordinator template with the real generator (buildTemplateSpec +
 * writeTemplateWorkbook) and fills it in the way a coordinator's Excel would, with two writers that
 * are independent of the generator's code path:
 *
 * - `fillAsExcel`: edits the package's XML directly (JSZip): answers go into the existing styled
 *   cells as shared strings or numbers, like Excel saves them, everything else (validations,
 *   protection, hidden sheets) stays byte for byte; the size-class formula gets the cached result
 *   Excel computes on saving.
 * - `fillWithExcelJS`: loads the template with ExcelJS, sets the cells and saves (the formula keeps
 *   no cached value, as with any writer that does not calculate).
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Language } from "../../../src/analysis/language";
import { findPreset } from "../../../src/presets";
import { DEMOS_PRESET_ID } from "../../../src/presets/demosCoordinatoren";
import {
  DEFAULT_SIZE_THRESHOLD,
  NETWORK_FIELDS,
  SIZE_CLASSES,
  SIZE_THRESHOLD_LABEL,
} from "../../../src/template/layout";
import type { TemplateSpec } from "../../../src/template/templateSpec";
import { buildTemplateSpec } from "../../../src/template/templateSpec";
import { writeTemplateWorkbook } from "../../../src/xlsx/writeTemplate";

export type NetworkFieldKey = (typeof NETWORK_FIELDS)[number]["key"];

export interface TemplateFill {
  /** Item id → the answer as chosen or typed (a label from the drop-down, a code, anything). */
  answers?: Record<string, string | number>;
  comments?: Record<string, string>;
  profile?: Partial<Record<NetworkFieldKey, string | number | Date>>;
  /** A changed inhabitants threshold (Netwerk, threshold row). */
  threshold?: number;
}

export interface Template {
  bytes: Uint8Array;
  spec: TemplateSpec;
}

/** The template for the Dēmos preset, as `netwerkmeter template` writes it. */
export async function makeTemplate(language: Language = "nl"): Promise<Template> {
  const spec = buildTemplateSpec(findPreset(DEMOS_PRESET_ID)!, {
    language,
    presetId: DEMOS_PRESET_ID,
    generated: "2026-03-01",
  });
  const bytes = await writeTemplateWorkbook(spec, { timestamp: new Date("2026-03-01T09:00:00Z") });
  return { bytes, spec };
}

function sheetName(spec: TemplateSpec, key: "network" | "survey" | "meta"): string {
  return spec.sheets.find((sheet) => sheet.key === key)!.name;
}

/** Row of a label in column A of the network sheet. */
function labelRow(spec: TemplateSpec, label: string): number {
  const network = spec.sheets.find((sheet) => sheet.key === "network")!;
  const cell = network.cells.find((entry) => /^A\d+$/.test(entry.address) && entry.value === label);
  if (!cell) throw new Error(`label ${label} not on the network sheet`);
  return Number(cell.address.slice(1));
}

/** Address of a profile field's value cell, e.g. "B4" for the network name. */
export function profileCell(spec: TemplateSpec, key: NetworkFieldKey): string {
  const field = NETWORK_FIELDS.find((entry) => entry.key === key)!;
  return `B${labelRow(spec, field.label[spec.language])}`;
}

export function thresholdCell(spec: TemplateSpec): string {
  return `B${labelRow(spec, SIZE_THRESHOLD_LABEL[spec.language])}`;
}

/** Address of an item's answer cell, e.g. "C6". */
export function answerCell(spec: TemplateSpec, itemId: string): string {
  const placement = spec.items.find((item) => item.id === itemId);
  if (!placement) throw new Error(`item ${itemId} not in the template`);
  return placement.answerCell;
}

/** Cells to write per sheet name. */
function plannedCells(
  spec: TemplateSpec,
  fill: TemplateFill
): Map<string, Map<string, string | number | Date>> {
  const plan = new Map<string, Map<string, string | number | Date>>();
  const put = (sheet: string, address: string, value: string | number | Date) => {
    if (!plan.has(sheet)) plan.set(sheet, new Map());
    plan.get(sheet)!.set(address, value);
  };
  const survey = sheetName(spec, "survey");
  const network = sheetName(spec, "network");
  for (const [id, value] of Object.entries(fill.answers ?? {}))
    put(survey, answerCell(spec, id), value);
  for (const [id, value] of Object.entries(fill.comments ?? {}))
    put(survey, spec.items.find((item) => item.id === id)!.commentCell, value);
  for (const [key, value] of Object.entries(fill.profile ?? {}))
    put(network, profileCell(spec, key as NetworkFieldKey), value as string | number | Date);
  if (fill.threshold !== undefined) put(network, thresholdCell(spec), fill.threshold);
  return plan;
}

/** Fills the template with ExcelJS (load, set cells, save). */
export async function fillWithExcelJS(template: Template, fill: TemplateFill): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template.bytes as unknown as ExcelJS.Buffer);
  for (const [sheet, cells] of plannedCells(template.spec, fill)) {
    const worksheet = workbook.getWorksheet(sheet)!;
    for (const [address, value] of cells) worksheet.getCell(address).value = value;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Excel's serial date (1900 system) of a date. */
function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, ""));
  }
  const paths = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(match[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(match[0])?.[1];
    if (name && id) paths.set(name, `xl/${targets.get(id)}`);
  }
  return paths;
}

/**
 * Fills the template by editing its XML, as Excel saves a workbook: text as shared strings in the
 * existing (styled) cells, numbers and dates as numbers, and the size-class formula with the cached
 * result Excel would compute. Throws when a target cell does not exist in the template.
 */
export async function fillAsExcel(template: Template, fill: TemplateFill): Promise<Uint8Array> {
  const { spec } = template;
  const zip = await JSZip.loadAsync(template.bytes);
  const paths = await sheetPaths(zip);
  let strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  let unique = Number(/uniqueCount="(\d+)"/.exec(strings)![1]);
  const added: string[] = [];
  const sharedString = (text: string): number => {
    added.push(`<si><t xml:space="preserve">${escapeXml(text)}</t></si>`);
    unique += 1;
    return unique - 1;
  };
  const setCell = (xml: string, address: string, inner: (style: string) => string): string => {
    const pattern = new RegExp(`<c r="${address}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
    const match = pattern.exec(xml);
    if (!match) throw new Error(`cell ${address} not in the sheet`);
    const style = /\bs="\d+"/.exec(match[1])?.[0] ?? "";
    return xml.replace(pattern, inner(style ? ` ${style}` : ""));
  };

  const plan = plannedCells(spec, fill);
  // What Excel computes for the size class when it saves.
  const network = sheetName(spec, "network");
  const inhabitants = fill.profile?.inhabitants;
  const threshold = fill.threshold ?? DEFAULT_SIZE_THRESHOLD;
  const computed =
    typeof inhabitants === "number"
      ? inhabitants < threshold
        ? SIZE_CLASSES.small[spec.language]
        : SIZE_CLASSES.large[spec.language]
      : "";
  const sizeClass = profileCell(spec, "sizeClass");
  for (const sheet of new Set([...plan.keys(), network])) {
    const path = paths.get(sheet)!;
    let xml = await zip.file(path)!.async("string");
    for (const [address, value] of plan.get(sheet) ?? []) {
      xml = setCell(xml, address, (style) =>
        typeof value === "number"
          ? `<c r="${address}"${style}><v>${value}</v></c>`
          : value instanceof Date
            ? `<c r="${address}"${style}><v>${excelSerial(value)}</v></c>`
            : `<c r="${address}"${style} t="s"><v>${sharedString(value)}</v></c>`
      );
    }
    if (sheet === network && !plan.get(sheet)?.has(sizeClass)) {
      xml = xml.replace(
        new RegExp(`(<c r="${sizeClass}"[^>]*?)>(<f>[\\s\\S]*?</f>)(?:<v>[^<]*</v>)?</c>`),
        `$1 t="str">$2<v>${escapeXml(computed)}</v></c>`
      );
    }
    zip.file(path, xml);
  }
  strings = strings
    .replace(/uniqueCount="\d+"/, `uniqueCount="${unique}"`)
    .replace(/ count="(\d+)"/, (_, count) => ` count="${Number(count) + added.length}"`)
    .replace("</sst>", `${added.join("")}</sst>`);
  zip.file("xl/sharedStrings.xml", strings);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Sets a meta value (e.g. the version) by key, as an edited or future template would hold it. */
export async function withMeta(
  template: Template,
  key: string,
  value: string
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template.bytes as unknown as ExcelJS.Buffer);
  const meta = workbook.getWorksheet(sheetName(template.spec, "meta"))!;
  meta.eachRow((row) => {
    if (row.getCell(1).value === key) row.getCell(2).value = value;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
