/**
 * The codebook says which column is which item: its statement, scale, construct (items sharing a
 * construct form a scale for reliability), domain (visie / doelstellingen / acties), section
 * (the report heading) and whether it is reverse-keyed. It comes from a built-in preset
 * (src/presets) or from a `Codeboek` / `Codebook` sheet (ARCHITECTURE §3.3), read here.
 */
import type { CellValue, Grid } from "./grid";
import { gridCellAddress } from "./grid";
import type { Issue } from "./issue";
import type { Language, LocalizedText } from "./language";
import type { Scale } from "./scale";
import { resolveScale } from "./scale";
import { normalizeText } from "./textMatch";

export const DOMAINS = ["visie", "doelstellingen", "acties"] as const;
export type Domain = (typeof DOMAINS)[number];

/** Constructs with a fixed meaning (domain/SPEC.md §7b). */
export const ROLE_CONSTRUCTS = {
  facilitator: "rol.facilitator",
  coproducent: "rol.coproducent",
  opdrachtgever: "rol.opdrachtgever",
} as const;
export const PARTICIPATION_CONSTRUCTS = {
  representation: "participatie.vertegenwoordiging",
  involvement: "participatie.inbreng",
  expertise: "participatie.expertise",
  directive: "participatie.richtinggevend",
} as const;

/**
 * A published figure to compare an item with, e.g. the Dēmos 2016 share agreeing: shown beside
 * "Wel akkoord" in every item table and as a marker in the charts.
 */
export interface ReferenceFigure {
  /** The published share in the high band (wel akkoord, sterke inzet, wel nuttig), 0–100. */
  pctHigh: number;
  /** Where it comes from, e.g. "Dēmos 2016". */
  source: string;
}

export interface CodebookItem {
  /** Item id; also the column header in a response sheet. */
  id: string;
  /** The statement as shown to respondents. */
  label: string;
  construct: string | null;
  domain: Domain | null;
  /** Report heading the item is shown under, e.g. "Bestuursstijl – acties". */
  section: string | null;
  scale: Scale;
  reversed: boolean;
  /** A published reference figure for this item, when the codebook gives one. */
  reference?: ReferenceFigure;
}

export interface BackgroundVariable {
  id: string;
  label: LocalizedText;
  /** Other headers that mean this variable (matched tolerantly). */
  aliases: string[];
}

export interface Codebook {
  /** "preset:demos-coordinatoren", "Codeboek (antwoorden.xlsx)", … */
  name: string;
  items: CodebookItem[];
  background: BackgroundVariable[];
}

/** Header names accepted for each codebook column (normalised). */
const CODEBOOK_COLUMNS = {
  item: ["item", "item id", "id", "kolom", "variabele", "variable"],
  label: ["tekst", "label", "vraag", "stelling", "statement", "text", "question"],
  construct: ["construct", "schaal construct", "dimensie"],
  domain: ["domein", "domain"],
  scale: ["schaal", "scale", "antwoordschaal", "response scale"],
  reversed: ["omgekeerd", "reversed", "omgepoold", "reverse", "reverse keyed"],
  section: ["sectie", "section", "rubriek", "thema"],
  reference: ["referentie", "reference", "referentiecijfer", "benchmark"],
} as const;

/** A reference column may name its source after the first word: "referentie Dēmos 2016". */
const REFERENCE_PREFIXES = ["referentie ", "reference "];

/**
 * Reads a reference figure cell: the published share high, 0–100. Numbers from 0 to 1 are
 * fractions (an Excel percentage cell holds 0.741 for 74,1 %); 74.1, "74,1", "74,1%" are
 * percentages; in a two-sided text such as "Niet 16.9 / Wel 74.1" or "Zwak 15.6 / Sterk 81.9" the
 * figure after wel / sterk / hoog / high / agree is taken. Empty → null; anything else (e.g.
 * "minimum over de drie domeinen = 65%", which is not this item's own share) → undefined.
 *
 * @example readReferenceFigure("Niet 16.9 / Wel 74.1") // 74.1
 * @example readReferenceFigure("92,2%") // 92.2
 * @example readReferenceFigure(0.741) // 74.1
 */
export function readReferenceFigure(value: CellValue): number | null | undefined {
  if (value === null) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0 || value > 100) return undefined;
    return value <= 1 ? Math.round(value * 100 * 1e9) / 1e9 : value;
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "") return null;
  const number = (digits: string) => Number(digits.replace(",", "."));
  const high =
    /(?:^|[^\p{L}])(?:wel|sterk|sterke inzet|hoog|high|agree|yes|ja)\s*[:=]?\s*(\d+(?:[.,]\d+)?)\s*%?/iu.exec(
      text
    );
  if (high) {
    const figure = number(high[1]);
    return figure <= 100 ? figure : undefined;
  }
  const plain = /^(\d+(?:[.,]\d+)?)\s*(%?)$/.exec(text);
  if (!plain) return undefined;
  const figure = number(plain[1]);
  if (figure > 100) return undefined;
  return plain[2] === "" && figure <= 1 ? Math.round(figure * 100 * 1e9) / 1e9 : figure;
}
type CodebookColumn = keyof typeof CODEBOOK_COLUMNS;

const YES = new Set(["ja", "j", "yes", "y", "1", "x", "waar", "true", "omgekeerd"]);
const NO = new Set(["nee", "neen", "n", "no", "0", "", "onwaar", "false"]);

/** Reads a yes/no cell of a codebook (ja/nee, yes/no, 1/0, x). Returns null when unreadable. */
export function readYesNo(value: CellValue): boolean | null {
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  const text = normalizeText(String(value));
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}

/** Reads a domain cell: visie / doelstellingen / acties (also English and short forms), or empty. */
export function readDomain(value: CellValue): Domain | null | undefined {
  if (value === null) return null;
  const text = normalizeText(String(value));
  if (text === "") return null;
  const synonyms: Record<string, Domain> = {
    visie: "visie",
    vision: "visie",
    vis: "visie",
    doelstellingen: "doelstellingen",
    doelstelling: "doelstellingen",
    objectives: "doelstellingen",
    doe: "doelstellingen",
    acties: "acties",
    actie: "acties",
    actions: "acties",
    act: "acties",
  };
  // Own keys only: "constructor" or "toString" must not find Object.prototype members.
  return Object.prototype.hasOwnProperty.call(synonyms, text) ? synonyms[text] : undefined;
}

const cellText = (value: CellValue): string =>
  value === null ? "" : value instanceof Date ? value.toISOString() : String(value).trim();

function message(language: Language, nl: string, en: string): string {
  return language === "nl" ? nl : en;
}

/**
 * Parses codebook rows (a `Codeboek` sheet, or a JSON codebook turned into rows). The first row
 * with an `item` column and a `schaal`/`scale` column is the header. Rows with problems are left out
 * and each becomes an issue with its cell address; the rest of the codebook still works.
 */
export function parseCodebookGrid(
  grid: Grid,
  options: { name?: string; language?: Language } = {}
): { codebook: Codebook; issues: Issue[] } {
  const language = options.language ?? "nl";
  const issues: Issue[] = [];
  const where = (row: number, column: number) => ({
    file: grid.file,
    sheet: grid.sheet,
    cell: gridCellAddress(grid, row, column),
  });
  /** An issue at a cell of the codebook sheet, in the run's language. */
  const flag = (
    severity: Issue["severity"],
    code: Issue["code"],
    [row, column]: [number, number],
    nl: string,
    en: string
  ) => issues.push({ severity, code, message: message(language, nl, en), ...where(row, column) });
  const codebook: Codebook = {
    name: options.name ?? `${grid.sheet}${grid.file ? ` (${grid.file})` : ""}`,
    items: [],
    background: [],
  };

  let headerRow = -1;
  const columns: Partial<Record<CodebookColumn, number>> = {};
  let referenceSource = language === "nl" ? "referentie" : "reference";
  for (let row = 0; row < Math.min(grid.rows.length, 20) && headerRow < 0; row += 1) {
    const found: Partial<Record<CodebookColumn, number>> = {};
    grid.rows[row].forEach((value, column) => {
      const header = normalizeText(cellText(value));
      const prefix = REFERENCE_PREFIXES.find((start) => header.startsWith(start));
      if (prefix && found.reference === undefined) {
        found.reference = column;
        // The source is the rest of the header as written: "referentie Dēmos 2016" → "Dēmos 2016".
        referenceSource = cellText(value).replace(/^\S+\s+/, "");
      }
      for (const [key, names] of Object.entries(CODEBOOK_COLUMNS) as [
        CodebookColumn,
        readonly string[],
      ][]) {
        if (found[key] === undefined && names.includes(header)) found[key] = column;
      }
    });
    if (found.item !== undefined && found.scale !== undefined) {
      headerRow = row;
      Object.assign(columns, found);
    }
  }
  if (headerRow < 0) {
    flag(
      "error",
      "CODEBOOK_MISSING_COLUMN",
      [0, 0],
      `Het codeboek op blad '${grid.sheet}' heeft geen kopregel met de kolommen 'item' en 'schaal'.`,
      `The codebook on sheet '${grid.sheet}' has no header row with the columns 'item' and 'scale'.`
    );
    return { codebook, issues };
  }

  const seen = new Map<string, number>();
  for (let row = headerRow + 1; row < grid.rows.length; row += 1) {
    const cells = grid.rows[row];
    const get = (key: CodebookColumn): CellValue =>
      columns[key] === undefined ? null : (cells[columns[key]!] ?? null);
    const id = cellText(get("item"));
    if (id === "") continue;
    const normalizedId = normalizeText(id);
    if (seen.has(normalizedId)) {
      flag(
        "error",
        "CODEBOOK_DUPLICATE_ITEM",
        [row, columns.item!],
        `Item '${id}' staat twee keer in het codeboek; de tweede regel wordt genegeerd.`,
        `Item '${id}' appears twice in the codebook; the second row is ignored.`
      );
      continue;
    }
    const scaleText = cellText(get("scale"));
    const scale = resolveScale(scaleText);
    if (!scale) {
      flag(
        "error",
        "CODEBOOK_UNKNOWN_SCALE",
        [row, columns.scale!],
        `Onbekende schaal '${scaleText}' voor item '${id}'. Gebruik AKK5, INZ5, NUT2, JN, SUC5 of een bereik zoals 1-6.`,
        `Unknown scale '${scaleText}' for item '${id}'. Use AKK5, INZ5, NUT2, JN, SUC5 or a range such as 1-6.`
      );
      continue;
    }
    const reversed = readYesNo(get("reversed"));
    if (reversed === null) {
      flag(
        "warning",
        "CODEBOOK_BAD_VALUE",
        [row, columns.reversed!],
        `'${cellText(get("reversed"))}' is geen ja/nee voor 'omgekeerd' bij item '${id}'; 'nee' aangenomen.`,
        `'${cellText(get("reversed"))}' is not yes/no for 'reversed' of item '${id}'; assumed 'no'.`
      );
    }
    const domain = readDomain(get("domain"));
    if (domain === undefined) {
      flag(
        "warning",
        "CODEBOOK_BAD_VALUE",
        [row, columns.domain!],
        `Onbekend domein '${cellText(get("domain"))}' bij item '${id}' (verwacht: visie, doelstellingen, acties of leeg); leeg gelaten.`,
        `Unknown domain '${cellText(get("domain"))}' for item '${id}' (expected visie, doelstellingen, acties or empty); left empty.`
      );
    }
    const construct = cellText(get("construct"));
    const section = cellText(get("section"));
    const reference = readReferenceFigure(get("reference"));
    if (reference === undefined) {
      flag(
        "info",
        "CODEBOOK_BAD_VALUE",
        [row, columns.reference!],
        `Referentie '${cellText(get("reference"))}' bij item '${id}' is geen percentage (0–100, of 'Wel 74,1'); er wordt geen referentie getoond voor dit item.`,
        `Reference '${cellText(get("reference"))}' for item '${id}' is not a percentage (0–100, or 'Wel 74.1'); no reference is shown for this item.`
      );
    }
    seen.set(normalizedId, row);
    codebook.items.push({
      id,
      label: cellText(get("label")) || id,
      construct: construct === "" ? null : construct,
      domain: domain ?? null,
      section: section === "" ? null : section,
      scale,
      reversed: reversed === true,
      ...(reference !== undefined && reference !== null
        ? { reference: { pctHigh: reference, source: referenceSource } }
        : {}),
    });
  }
  return { codebook, issues };
}

/**
 * The names a codebook sheet may have (Dutch first). One rule for every reader — the command line,
 * both task-pane hosts and consolidation: the name trimmed, in Unicode NFC and lower case, equals
 * one of these.
 *
 * @example
 * isCodebookSheetName(" CODEBOEK ") // true
 * isCodebookSheetName("Antwoorden") // false
 */
export const CODEBOOK_SHEET_NAMES: readonly string[] = ["Codeboek", "Codebook"];

const codebookSheetKeys = CODEBOOK_SHEET_NAMES.map((name) => name.normalize("NFC").toLowerCase());

/** True when a sheet of this name is a codebook sheet (see CODEBOOK_SHEET_NAMES). */
export function isCodebookSheetName(name: string): boolean {
  return codebookSheetKeys.includes(name.trim().normalize("NFC").toLowerCase());
}

/** The columns of a codebook as written (and as a JSON codebook becomes a grid), in order. */
const WRITTEN_COLUMNS = [
  "item",
  "tekst",
  "construct",
  "domein",
  "schaal",
  "omgekeerd",
  "sectie",
] as const;

/** Turns a JSON codebook (`{ items: [{ item, tekst, construct, domein, schaal, omgekeerd }] }`) into a grid for parseCodebookGrid. */
export function codebookJsonToGrid(json: unknown, file: string): Grid {
  const items = Array.isArray(json) ? json : (json as { items?: unknown })?.items;
  if (!Array.isArray(items)) throw new Error(`${file}: a JSON codebook needs an "items" array`);
  const header = [...WRITTEN_COLUMNS, "referentie"];
  const pick = (entry: Record<string, unknown>, ...keys: string[]): CellValue => {
    for (const key of keys)
      if (entry[key] !== undefined && entry[key] !== null) return entry[key] as CellValue;
    return null;
  };
  const rows: CellValue[][] = [header];
  for (const raw of items) {
    const entry = (raw ?? {}) as Record<string, unknown>;
    rows.push([
      pick(entry, "item", "id"),
      pick(entry, "tekst", "label", "text"),
      pick(entry, "construct"),
      pick(entry, "domein", "domain"),
      pick(entry, "schaal", "scale"),
      pick(entry, "omgekeerd", "reversed"),
      pick(entry, "sectie", "section"),
      pick(entry, "referentie", "reference"),
    ]);
  }
  return { file, sheet: "codebook", originRow: 0, originColumn: 0, rows };
}

/**
 * Rows for writing a codebook as a `Codeboek` sheet (the inverse of parseCodebookGrid). When items
 * carry reference figures, an eighth column "referentie <source>" holds them as "74.1%" (text, so
 * a figure below 1 % is not read back as a fraction).
 */
export function codebookToRows(codebook: Codebook): string[][] {
  const source = codebook.items.find((item) => item.reference)?.reference?.source;
  const header: string[] = [...WRITTEN_COLUMNS];
  if (source !== undefined) header.push(`referentie ${source}`);
  const rows = [header];
  for (const item of codebook.items) {
    rows.push([
      item.id,
      item.label,
      item.construct ?? "",
      item.domain ?? "",
      item.scale.id,
      item.reversed ? "ja" : "nee",
      item.section ?? "",
      ...(source !== undefined ? [item.reference ? `${item.reference.pctHigh}%` : ""] : []),
    ]);
  }
  return rows;
}
